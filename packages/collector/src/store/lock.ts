/**
 * A first-come-first-served asynchronous lock. On SQLite one connection serves the whole process, so the group
 * commit and every Kysely transaction take this lock: a transaction never interleaves with another on the same
 * connection (better-sqlite3 would fold one into the other).
 */
export class Lock {
  private held = false;
  private readonly waiting: (() => void)[] = [];

  /** Takes the lock now if it is free. */
  tryAcquire(): boolean {
    if (this.held) return false;
    this.held = true;
    return true;
  }

  acquire(): Promise<void> {
    if (this.tryAcquire()) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.held = false;
  }

  async run<T>(work: () => Promise<T> | T): Promise<T> {
    await this.acquire();
    try {
      return await work();
    } finally {
      this.release();
    }
  }
}
