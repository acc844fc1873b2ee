/**
 * Per-client token buckets: `perMinute` requests a minute on average, bursts up to `burst`. Idle buckets are
 * forgotten, and the table never grows past `maxClients` (the oldest are dropped first).
 */
export interface RateLimitOptions {
  perMinute: number;
  burst?: number;
  maxClients?: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;
  private readonly burst: number;
  private readonly maxClients: number;

  constructor(
    options: RateLimitOptions,
    private readonly now: () => number = Date.now,
  ) {
    this.perMs = options.perMinute / 60_000;
    this.burst = Math.max(1, options.burst ?? Math.ceil(options.perMinute / 2));
    this.maxClients = options.maxClients ?? 100_000;
  }

  /** Takes one token for `client`. Returns 0 when allowed, else the seconds to wait (for Retry-After). */
  take(client: string): number {
    const now = this.now();
    let bucket = this.buckets.get(client);
    if (bucket) {
      bucket.tokens = Math.min(this.burst, bucket.tokens + (now - bucket.at) * this.perMs);
      bucket.at = now;
      // Re-insert so the Map's order stays least-recently-used first.
      this.buckets.delete(client);
    } else {
      bucket = { tokens: this.burst, at: now };
      if (this.buckets.size >= this.maxClients) this.sweep(now);
    }
    this.buckets.set(client, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000));
  }

  private sweep(now: number): void {
    for (const [client, bucket] of this.buckets) {
      const full = bucket.tokens + (now - bucket.at) * this.perMs >= this.burst;
      if (full || this.buckets.size >= this.maxClients) this.buckets.delete(client);
      else break;
    }
  }

  get size(): number {
    return this.buckets.size;
  }
}
