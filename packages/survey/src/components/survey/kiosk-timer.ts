/**
 * A kiosk (a tablet in a waiting room) starts over for the next person by itself: 2 minutes after the last
 * input, and 15 seconds after the receipt appeared. Time comes from the widget's clock, so tests move it by hand.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Clock } from '../../transport/outbox.js';

/** How long a kiosk waits without any input before it starts over (ms). */
export const KIOSK_IDLE_MS = 2 * 60 * 1000;
/** How long a kiosk shows the receipt before it starts over (ms). */
export const KIOSK_RECEIPT_MS = 15 * 1000;

/** What counts as input: a press, a key, typing. */
const ACTIVITY = ['pointerdown', 'keydown', 'input'] as const;

/** The widget, as far as the timer needs it. */
export interface KioskHost extends ReactiveControllerHost, EventTarget {
  /** Timed only in `kiosk` mode (it may change). */
  readonly mode: string;
  readonly clock: Clock;
  /** Called when the receipt has been shown for {@link KIOSK_RECEIPT_MS}. */
  startOver(focus: boolean): void;
}

export class KioskTimer implements ReactiveController {
  #idleTimer: unknown;
  #receiptTimer: unknown;

  readonly #host: KioskHost;
  readonly #idle: () => void;

  /** `idle`: no input for {@link KIOSK_IDLE_MS}. */
  constructor(host: KioskHost, idle: () => void) {
    this.#host = host;
    this.#idle = idle;
    host.addController(this);
  }

  hostConnected(): void {
    for (const type of ACTIVITY) this.#host.addEventListener(type, this.#handleActivity);
  }

  hostDisconnected(): void {
    for (const type of ACTIVITY) this.#host.removeEventListener(type, this.#handleActivity);
    this.clear();
  }

  /** The receipt is on screen: start over after {@link KIOSK_RECEIPT_MS} (in a kiosk). */
  receiptShown(): void {
    if (this.#host.mode !== 'kiosk') return;
    this.#receiptTimer = this.#host.clock.setTimeout(() => {
      this.#receiptTimer = undefined;
      this.#host.startOver(false);
    }, KIOSK_RECEIPT_MS);
  }

  /** Stops both timers (the widget started over, or left the page). */
  clear(): void {
    const { clock } = this.#host;
    if (this.#idleTimer !== undefined) clock.clearTimeout(this.#idleTimer);
    if (this.#receiptTimer !== undefined) clock.clearTimeout(this.#receiptTimer);
    this.#idleTimer = this.#receiptTimer = undefined;
  }

  #handleActivity = (): void => {
    const { clock, mode } = this.#host;
    if (mode !== 'kiosk') return;
    if (this.#idleTimer !== undefined) clock.clearTimeout(this.#idleTimer);
    this.#idleTimer = clock.setTimeout(() => {
      this.#idleTimer = undefined;
      this.#idle();
    }, KIOSK_IDLE_MS);
  };
}
