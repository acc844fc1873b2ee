/**
 * Switch access (kontaktstyrning) by scanning: a highlight moves through a question's options (and any
 * navigation buttons the page registers), and a switch selects the highlighted one.
 *
 * - `auto`: one switch; the highlight moves every `interval` ms (the first item dwells twice as long) and the
 *   scan pauses after {@link SCAN_ROUNDS} rounds; the switch selects, or restarts a paused scan.
 * - `step`: one switch; a short press moves the highlight, a press of at least {@link LONG_PRESS_MS} selects.
 * - `two-switch`: the first key moves the highlight, the second selects.
 *
 * Selecting calls `click()` on the item, so the native events and the control's own state follow as for a
 * pointer. Only one scanner runs on a page at a time; Escape stops it. While stopped, nothing is listened to and
 * the native keyboard model is untouched. Timers and time come from an injectable {@link ScanClock}.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type ScanMode = 'off' | 'auto' | 'step' | 'two-switch';

/** Rounds an auto-scan makes before it pauses. */
export const SCAN_ROUNDS = 3;
/** A press at least this long selects in step mode. */
export const LONG_PRESS_MS = 400;
export const DEFAULT_SCAN_INTERVAL = 1500;

export interface ScanClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realClock: ScanClock = {
  now: () => performance.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as number),
};

export interface ScanningOptions {
  mode(): ScanMode;
  /** The items to scan, in order (options, then registered buttons, then the stop button). */
  items(): HTMLElement[];
  /** Auto-scan interval in ms. */
  interval?(): number;
  /** The switch keys (`event.key`, `Space` for the space bar): default `Space Enter`. In two-switch mode the first steps and the second selects. */
  keys?(): string[];
  clock?(): ScanClock | undefined;
  /** Called when the highlight moves to an item (e.g. to read it aloud). */
  highlighted?(item: HTMLElement): void;
  /**
   * Where the highlight goes after the switch chose `item` (e.g. from an answer straight to "Fortsätt", so a
   * switch user does not wait through the other answers). Nothing, or an item not scanned: it goes on from there.
   */
  next?(item: HTMLElement): HTMLElement | null | undefined;
}

// Parsing the attribute is needed before the scanner is (it decides whether to load it).
export { scanMode } from '../internal/assist-attributes.js';

/** The one scanner running on the page. */
const page: { running: ScanningController | null } = { running: null };

/** The attribute on the highlighted item; the host draws the ring on the option's label. */
export const HIGHLIGHT_ATTRIBUTE = 'data-svara-scan-highlight';

/** Marks the highlighted item. Items other than radios and checkboxes (e.g. a page's buttons) also get a ring. */
function mark(item: HTMLElement): void {
  item.setAttribute(HIGHLIGHT_ATTRIBUTE, '');
  if (item instanceof HTMLInputElement) return;
  item.dataset['svaraScanOutline'] = item.style.outline;
  item.dataset['svaraScanOffset'] = item.style.outlineOffset;
  item.style.outline = '4px solid #0b5cad';
  item.style.outlineOffset = '3px';
}

function unmark(item: HTMLElement): void {
  item.removeAttribute(HIGHLIGHT_ATTRIBUTE);
  if (item instanceof HTMLInputElement) return;
  item.style.outline = item.dataset['svaraScanOutline'] ?? '';
  item.style.outlineOffset = item.dataset['svaraScanOffset'] ?? '';
  delete item.dataset['svaraScanOutline'];
  delete item.dataset['svaraScanOffset'];
}

export class ScanningController implements ReactiveController {
  /** True while scanning (listening to the switch). */
  active = false;
  /** The highlighted item, or null (not scanning, or an auto-scan paused after its rounds). */
  current: HTMLElement | null = null;

  /** The host is in the page (Lit calls hostConnected at once for a controller added to a connected host). */
  private connected = false;
  private index = -1;
  private steps = 0;
  private timer: unknown = null;
  private pressedAt: number | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ScanningOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
  }

  hostDisconnected(): void {
    this.connected = false;
    this.stop();
  }

  /**
   * Starts scanning from the first item (stopping any other scanner on the page). Not for a host that has left
   * the page (a start that was on its way when it was removed): that scan could never be stopped, and would
   * keep Space and Enter from the whole page.
   */
  start(): void {
    if (this.options.mode() === 'off' || !this.connected) return;
    if (page.running && page.running !== this) page.running.stop();
    page.running = this;
    if (!this.active) {
      this.active = true;
      document.addEventListener('keydown', this.handleKeydown, true);
      document.addEventListener('keyup', this.handleKeyup, true);
    }
    this.restart();
  }

  /** Stops scanning: no highlight, no timers, no key handling. */
  stop(): void {
    this.clearTimer();
    if (page.running === this) page.running = null;
    if (this.active) {
      document.removeEventListener('keydown', this.handleKeydown, true);
      document.removeEventListener('keyup', this.handleKeyup, true);
    }
    this.active = false;
    this.pressedAt = null;
    this.moveTo(-1);
  }

  private get clock(): ScanClock {
    return this.options.clock?.() ?? realClock;
  }

  private get keys(): string[] {
    const keys = this.options.keys?.() ?? [];
    return (keys.length > 0 ? keys : ['Space', 'Enter']).map((key) => (key === 'Space' ? ' ' : key));
  }

  private restart(): void {
    this.steps = 0;
    this.moveTo(0);
    this.schedule(true);
  }

  private schedule(first: boolean): void {
    this.clearTimer();
    if (this.options.mode() !== 'auto' || !this.active) return;
    const interval = Math.max(250, this.options.interval?.() || DEFAULT_SCAN_INTERVAL);
    this.timer = this.clock.setTimeout(() => this.autoStep(), first ? interval * 2 : interval);
  }

  private autoStep(): void {
    this.timer = null;
    const count = this.options.items().length;
    this.steps++;
    if (count === 0 || this.steps >= count * SCAN_ROUNDS) {
      this.moveTo(-1); // paused: the switch starts a new scan
      return;
    }
    const next = (this.index + 1) % count;
    this.moveTo(next);
    this.schedule(next === 0);
  }

  private step(): void {
    const count = this.options.items().length;
    if (count === 0) return;
    this.moveTo((this.index + 1) % count);
  }

  private select(): void {
    const item = this.current;
    if (!item) {
      this.restart();
      return;
    }
    item.click();
    if (!this.active) return; // the stop button
    this.steps = 0;
    const next = this.options.next?.(item);
    const index = next ? this.options.items().indexOf(next) : -1;
    if (index >= 0) {
      this.moveTo(index);
      this.schedule(true); // a longer first dwell, as at the start: time to see where the highlight went
    } else this.schedule(false);
  }

  private moveTo(index: number): void {
    const items = this.options.items();
    this.index = index;
    const item = index >= 0 ? (items[index] ?? null) : null;
    if (item === this.current) return;
    if (this.current) unmark(this.current);
    this.current = item;
    if (item) mark(item);
    this.host.requestUpdate();
    if (item) {
      item.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
      this.options.highlighted?.(item);
    }
  }

  private clearTimer(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  private readonly handleKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      this.stop();
      return;
    }
    const keys = this.keys;
    if (!keys.includes(event.key)) return;
    // The switch belongs to scanning now: no native activation of what has focus.
    event.preventDefault();
    event.stopPropagation();
    if (event.repeat) return;
    const mode = this.options.mode();
    if (mode === 'auto') this.select();
    else if (mode === 'two-switch') {
      if (event.key === keys[0]) this.step();
      else this.select();
    } else if (mode === 'step') this.pressedAt = this.clock.now();
  };

  private readonly handleKeyup = (event: KeyboardEvent): void => {
    if (!this.keys.includes(event.key)) return;
    event.preventDefault();
    event.stopPropagation();
    if (this.options.mode() !== 'step' || this.pressedAt === null) return;
    const held = this.clock.now() - this.pressedAt;
    this.pressedAt = null;
    if (held >= LONG_PRESS_MS) this.select();
    else this.step();
  };
}
