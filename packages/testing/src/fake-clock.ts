/**
 * A clock for tests (the outbox's retries, the kiosk's timers, switch scanning): time moves only when the test
 * says so, and no test sleeps. It has the shape of the `Clock` the widget and its outbox take.
 */
export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

interface Timer {
  at: number;
  callback: () => void;
}

export class FakeClock implements Clock {
  private readonly timers = new Map<number, Timer>();
  private sequence = 0;

  constructor(public time = Date.UTC(2026, 10, 22, 10, 0, 0)) {}

  now = (): number => this.time;

  setTimeout = (callback: () => void, ms: number): number => {
    const id = ++this.sequence;
    this.timers.set(id, { at: this.time + Math.max(0, ms), callback });
    return id;
  };

  clearTimeout = (handle: unknown): void => {
    this.timers.delete(handle as number);
  };

  /** When the next timer fires, if any. */
  nextAt(): number | undefined {
    let next: number | undefined;
    for (const { at } of this.timers.values()) if (next === undefined || at < next) next = at;
    return next;
  }

  /** Moves to the next timer and runs it (and any other due at that moment). Returns false if none. */
  runNext(): boolean {
    const at = this.nextAt();
    if (at === undefined) return false;
    this.time = Math.max(this.time, at);
    this.runDue();
    return true;
  }

  /** Moves time forward by `ms`, running every timer that falls due on the way, in order. */
  advance(ms: number): void {
    const end = this.time + ms;
    for (let at = this.nextAt(); at !== undefined && at <= end; at = this.nextAt()) {
      this.time = Math.max(this.time, at);
      this.runDue();
    }
    this.time = end;
  }

  private runDue(): void {
    const due = [...this.timers].filter(([, t]) => t.at <= this.time).sort((a, b) => a[1].at - b[1].at);
    for (const [id, { callback }] of due) {
      this.timers.delete(id);
      callback();
    }
  }
}
