/**
 * Time, apart from the outbox so that the widget's first load (which takes the clock for its kiosk timer and
 * scanning) does not bring the outbox with it.
 */

/** Time, injectable so that tests (and nothing else) can move it. */
export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
