/**
 * Rate limits per client address.
 *
 * - `addressKey`: the key a client is counted under. IPv4 by address; IPv6 by its /64, since one household or
 *   device is given a whole /64 and can pick any address in it; an IPv4-mapped IPv6 address as the IPv4 one.
 * - `RateLimiter`: token buckets, `perMinute` on average and bursts up to `burst`. Idle buckets are forgotten,
 *   and the table never grows past `maxClients` (the oldest are dropped first).
 * - `SubmissionLimiter`: two buckets per address — one for valid submissions, one for invalid requests — so
 *   that nobody's valid submission pays for someone else's garbage on the same address (a school, an office).
 */
import { isIPv4, isIPv6 } from 'node:net';

import type { Metrics } from './metrics.js';
import { HttpProblem } from './problem.js';
import type { AppResponse } from './types.js';

export interface RateLimitOptions {
  perMinute: number;
  burst?: number;
  maxClients?: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** The eight 16-bit groups of an IPv6 address (with an embedded IPv4 tail converted), or undefined. */
function ipv6Groups(address: string): number[] | undefined {
  let text = address.split('%')[0]!; // zone index
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4[1]!.split('.').map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? left.length !== 8 : missing < 0) return undefined;
  const groups = [...left, ...Array<string>(tail === undefined ? 0 : missing).fill('0'), ...right].map((g) =>
    parseInt(g, 16),
  );
  return groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : undefined;
}

/** The key a client address is counted under: IPv4 as it is, IPv6 by its /64 (`2001:db8:1:2::/64`). */
export function addressKey(address: string): string {
  if (isIPv4(address)) return address;
  if (!isIPv6(address)) return address;
  const groups = ipv6Groups(address);
  if (!groups) return address;
  // ::ffff:a.b.c.d is an IPv4 client on a dual-stack socket.
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    const [hi = 0, lo = 0] = groups.slice(6);
    return `${hi >> 8}.${hi & 0xff}.${lo >> 8}.${lo & 0xff}`;
  }
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':')}::/64`;
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

  private refilled(client: string, now: number): Bucket {
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
    return bucket;
  }

  private wait(bucket: Bucket): number {
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000));
  }

  /** Takes one token for `client`. Returns 0 when allowed, else the seconds to wait (for Retry-After). */
  take(client: string): number {
    const bucket = this.refilled(client, this.now());
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return this.wait(bucket);
  }

  /** Like `take`, without taking: 0 when a token is there, else the seconds until there is one. */
  peek(client: string): number {
    const bucket = this.buckets.get(client);
    if (!bucket) return 0;
    const tokens = Math.min(this.burst, bucket.tokens + (this.now() - bucket.at) * this.perMs);
    return tokens >= 1 ? 0 : this.wait({ tokens, at: 0 });
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

/** Default bucket for invalid requests per address: 60 a minute, bursts of 60. */
export const DEFAULT_INVALID_RATE_LIMIT: RateLimitOptions = { perMinute: 60, burst: 60 };

/**
 * The submission route's limits. A request is let in (and its body read) while either of its address's buckets
 * has a token; once judged, a valid submission takes from the valid bucket and anything else (invalid JSON, a
 * refused submission, a wrong content type, too large) from the invalid bucket. Each is refused with `429` only
 * when its own bucket is empty.
 */
export class SubmissionLimiter {
  readonly valid: RateLimiter;
  readonly invalid: RateLimiter;

  constructor(
    valid: RateLimitOptions,
    invalid: RateLimitOptions = DEFAULT_INVALID_RATE_LIMIT,
    now: () => number = Date.now,
  ) {
    this.valid = new RateLimiter(valid, now);
    this.invalid = new RateLimiter(invalid, now);
  }

  /** 0 when the request may be read; else the seconds to wait (both buckets are empty). */
  admit(address: string): number {
    const key = addressKey(address);
    const valid = this.valid.peek(key);
    const invalid = this.invalid.peek(key);
    return valid && invalid ? Math.min(valid, invalid) : 0;
  }

  /** Takes from the valid bucket: 0, or the seconds to wait. */
  chargeValid(address: string): number {
    return this.valid.take(addressKey(address));
  }

  /** Takes from the invalid bucket: 0, or the seconds to wait. */
  chargeInvalid(address: string): number {
    return this.invalid.take(addressKey(address));
  }
}

/** The answers that count against the invalid-request bucket. */
const INVALID_STATUSES = new Set([400, 404, 413, 415]);

function tooMany(wait: number, invalid: boolean): HttpProblem {
  return new HttpProblem(
    429,
    'rate-limited',
    invalid ? 'Too many invalid requests' : 'Too many submissions',
    invalid
      ? `This address sent too many invalid requests. Try again in ${wait} s.`
      : `This client sent too many submissions. Try again in ${wait} s.`,
    {},
    { 'retry-after': String(wait) },
  );
}

/**
 * Runs the submission route's `judge` under the limiter. `judge` calls `admitValid()` once it knows the
 * submission is valid and before anything is stored; it throws a `429` when the valid bucket is empty. An answer
 * of `400`, `404`, `413` or `415` takes from the invalid bucket instead, and becomes a `429` when that is empty.
 */
export async function underSubmissionLimits(
  limiter: SubmissionLimiter | undefined,
  metrics: Metrics,
  address: string,
  judge: (admitValid: () => void) => Promise<AppResponse>,
): Promise<AppResponse> {
  if (!limiter) return judge(() => {});
  const wait = limiter.admit(address);
  if (wait) {
    metrics.rateLimited.inc({ bucket: 'both' });
    throw tooMany(wait, false);
  }
  const chargeInvalid = () => {
    const invalidWait = limiter.chargeInvalid(address);
    if (!invalidWait) return;
    metrics.rateLimited.inc({ bucket: 'invalid' });
    throw tooMany(invalidWait, true);
  };
  let response: AppResponse;
  try {
    response = await judge(() => {
      const validWait = limiter.chargeValid(address);
      if (!validWait) return;
      metrics.rateLimited.inc({ bucket: 'valid' });
      throw tooMany(validWait, false);
    });
  } catch (error) {
    if (error instanceof HttpProblem && INVALID_STATUSES.has(error.status)) chargeInvalid();
    throw error;
  }
  if (INVALID_STATUSES.has(response.status)) chargeInvalid();
  return response;
}
