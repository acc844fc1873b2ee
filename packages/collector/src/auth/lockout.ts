/**
 * Sign-in throttling: failed password sign-ins are counted per account (by the e-mail typed, whether or not an
 * account has it, so a lockout does not tell which e-mails exist) and per client address. From the threshold on,
 * each failure locks the key for a while, twice as long each time (15 min, 30 min, 1 h, … at most a day); a
 * locked key is refused without checking the password. A good sign-in clears the account's count. Counts live in
 * the database, so every collector behind a load balancer sees the same ones.
 *
 * `afterFailure` and `retryAfterSeconds` are the pure policy; `LoginThrottle` keeps the state in `login_throttle`.
 */
import type { AuthDb } from './schema.js';

export interface ThrottlePolicy {
  /** The failure that first locks. */
  threshold: number;
  /** The first lock; each further failure doubles it. */
  lockMs: number;
  maxLockMs: number;
  /** A key with no failure for this long (after its last lock ended) starts again from zero. */
  resetMs: number;
}

const MINUTE = 60_000;
export const ACCOUNT_POLICY: ThrottlePolicy = {
  threshold: 5,
  lockMs: 15 * MINUTE,
  maxLockMs: 24 * 60 * MINUTE,
  resetMs: 24 * 60 * MINUTE,
};
/** A client address is shared by many people in an office or a school, so it takes more failures to lock. */
export const CLIENT_POLICY: ThrottlePolicy = { ...ACCOUNT_POLICY, threshold: 20 };

export interface ThrottleState {
  failures: number;
  firstFailureAt: number;
  lastFailureAt: number;
  lockedUntil: number | null;
}

/** Seconds until the key may try again (0: not locked). */
export function retryAfterSeconds(state: ThrottleState | undefined, now: number): number {
  if (!state?.lockedUntil || state.lockedUntil <= now) return 0;
  return Math.ceil((state.lockedUntil - now) / 1000);
}

/** The state after one more failure at `now`. */
export function afterFailure(
  state: ThrottleState | undefined,
  now: number,
  policy: ThrottlePolicy,
): ThrottleState {
  // Quiet time counts from the end of the last lock, so a long lock does not itself reset the count.
  const fresh = !state || now - Math.max(state.lastFailureAt, state.lockedUntil ?? 0) >= policy.resetMs;
  const failures = fresh ? 1 : state.failures + 1;
  const firstFailureAt = fresh ? now : state.firstFailureAt;
  const over = failures - policy.threshold;
  const lockedUntil =
    over >= 0 ? now + Math.min(policy.lockMs * 2 ** Math.min(over, 30), policy.maxLockMs) : null;
  return { failures, firstFailureAt, lastFailureAt: now, lockedUntil };
}

export const accountKey = (email: string): string => `account:${email.trim().toLowerCase()}`;
export const clientKey = (address: string): string => `client:${address}`;

export class LoginThrottle {
  constructor(
    private readonly db: AuthDb,
    private readonly policies: { account: ThrottlePolicy; client: ThrottlePolicy } = {
      account: ACCOUNT_POLICY,
      client: CLIENT_POLICY,
    },
  ) {}

  private policyOf(key: string): ThrottlePolicy {
    return key.startsWith('client:') ? this.policies.client : this.policies.account;
  }

  private async read(key: string): Promise<ThrottleState | undefined> {
    const row = await this.db
      .selectFrom('login_throttle')
      .selectAll()
      .where('key', '=', key)
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      failures: Number(row.failures),
      firstFailureAt: Date.parse(row.first_failure_at),
      lastFailureAt: Date.parse(row.last_failure_at),
      lockedUntil: row.locked_until ? Date.parse(row.locked_until) : null,
    };
  }

  /** The longest wait among the keys, in seconds (0: none is locked). */
  async retryAfter(keys: readonly string[], now: Date): Promise<number> {
    let wait = 0;
    for (const key of keys) wait = Math.max(wait, retryAfterSeconds(await this.read(key), now.getTime()));
    return wait;
  }

  /** Counts a failure for each key; returns the keys' states after it. */
  async fail(keys: readonly string[], now: Date): Promise<Map<string, ThrottleState>> {
    const states = new Map<string, ThrottleState>();
    for (const key of keys) {
      const next = afterFailure(await this.read(key), now.getTime(), this.policyOf(key));
      const row = {
        failures: next.failures,
        first_failure_at: new Date(next.firstFailureAt).toISOString(),
        last_failure_at: new Date(next.lastFailureAt).toISOString(),
        locked_until: next.lockedUntil === null ? null : new Date(next.lockedUntil).toISOString(),
      };
      await this.db
        .insertInto('login_throttle')
        .values({ key, ...row })
        .onConflict((oc) => oc.column('key').doUpdateSet(row))
        .execute();
      states.set(key, next);
    }
    return states;
  }

  async clear(key: string): Promise<void> {
    await this.db.deleteFrom('login_throttle').where('key', '=', key).execute();
  }

  /** Forgets keys the policy would start from zero again anyway. */
  async sweep(now: Date): Promise<void> {
    const stale = new Date(
      now.getTime() - Math.max(this.policies.account.resetMs, this.policies.client.resetMs),
    );
    await this.db
      .deleteFrom('login_throttle')
      .where('last_failure_at', '<', stale.toISOString())
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', stale.toISOString())]))
      .execute();
  }
}
