import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import type { ReactiveController } from 'lit';

import { FakeClock } from '@svara/testing/fake-clock';
import { KIOSK_IDLE_MS, KIOSK_RECEIPT_MS, KioskTimer } from './kiosk-timer.js';
import type { KioskHost } from './kiosk-timer.js';

/** A widget as far as the timer sees it: its mode and clock, events, and its controllers connected and disconnected. */
class Host extends EventTarget implements KioskHost {
  mode = 'kiosk';
  readonly clock = new FakeClock();
  readonly calls: string[] = [];
  readonly started = this.clock.now();
  readonly controllers: ReactiveController[] = [];
  startOver(focus: boolean): void {
    this.calls.push(`startOver(${focus}) at ${this.clock.now() - this.started}`);
  }
  readonly updateComplete = Promise.resolve(true);
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {}
  connect(): void {
    for (const controller of this.controllers) controller.hostConnected?.();
  }
  disconnect(): void {
    for (const controller of this.controllers) controller.hostDisconnected?.();
  }
}

function kiosk(mode = 'kiosk') {
  const host = new Host();
  host.mode = mode;
  const { clock, calls } = host;
  const timer = new KioskTimer(host, () => calls.push(`idle at ${clock.now() - host.started}`));
  host.connect();
  return { host, clock, calls, timer };
}

describe('KioskTimer', () => {
  test('starts over 2 minutes after the last input, counting from each press, key or typing', () => {
    const { host, clock, calls } = kiosk();
    host.dispatchEvent(new Event('pointerdown'));
    clock.advance(KIOSK_IDLE_MS - 1000);
    host.dispatchEvent(new Event('keydown'));
    clock.advance(KIOSK_IDLE_MS - 1000);
    host.dispatchEvent(new Event('input'));
    assert.deepEqual(calls, []);
    clock.advance(KIOSK_IDLE_MS);
    assert.deepEqual(calls, [`idle at ${3 * KIOSK_IDLE_MS - 2000}`]);
    clock.advance(10 * KIOSK_IDLE_MS);
    assert.equal(calls.length, 1, 'once per period of input, not again and again');
  });

  test('starts over 15 seconds after the receipt appeared', () => {
    const { clock, calls, timer } = kiosk();
    timer.receiptShown();
    clock.advance(KIOSK_RECEIPT_MS - 1);
    assert.deepEqual(calls, []);
    clock.advance(1);
    assert.deepEqual(calls, [`startOver(false) at ${KIOSK_RECEIPT_MS}`]);
  });

  test('outside a kiosk nothing is timed', () => {
    const { host, clock, calls, timer } = kiosk('web');
    host.dispatchEvent(new Event('pointerdown'));
    timer.receiptShown();
    assert.equal(clock.nextAt(), undefined);
    clock.advance(10 * KIOSK_IDLE_MS);
    assert.deepEqual(calls, []);
  });

  test('clear() and leaving the page stop both timers; input after leaving starts none', () => {
    const { host, clock, calls, timer } = kiosk();
    host.dispatchEvent(new Event('keydown'));
    timer.receiptShown();
    timer.clear();
    assert.equal(clock.nextAt(), undefined);
    host.dispatchEvent(new Event('keydown'));
    timer.receiptShown();
    host.disconnect();
    assert.equal(clock.nextAt(), undefined);
    host.dispatchEvent(new Event('keydown'));
    clock.advance(10 * KIOSK_IDLE_MS);
    assert.deepEqual(calls, []);
  });
});
