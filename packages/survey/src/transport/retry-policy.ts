/**
 * The retry policy, as pure functions: given what happened to one attempt, what the outbox does next.
 * No clock, no randomness of its own and no I/O, so it can be checked exhaustively with property tests.
 *
 * | answer from the server                                  | what happens to the entry                          |
 * | ------------------------------------------------------- | -------------------------------------------------- |
 * | 2xx                                                     | delivered: removed from the outbox                 |
 * | 400, 413, 415, 422                                      | rejected: kept as failed, never retried, reported  |
 * | 410 (the survey is closed: it takes no answers at all)  | gone: reported, then removed from the outbox       |
 * | 408, 425, 429, 5xx, no answer (network error, timeout)  | retried after a delay (below)                      |
 * | any other status (401, 403, 404, 409, 3xx, …)           | retried after a delay, like a 503                  |
 *
 * Only 2xx and 410 remove an entry. A 410 means staff closed the survey (or the answering period and its grace
 * are over): no correction and no retry can deliver it, so keeping it would only hold a respondent's answers on
 * the device for nothing; the respondent is told (the problem's `detail`, e.g. "Enkäten är stängd."). Statuses the policy does not name are retried rather than failed: they mean a
 * misconfiguration (wrong endpoint, missing authorisation) that someone can fix, and the answer must still be
 * there when they have.
 *
 * Delay after the n-th failed attempt: "full jitter" exponential backoff, `random × min(CAP, BASE × 2^(n-1))`,
 * so 0–1 s, 0–2 s, 0–4 s, … up to 0–5 min. A `Retry-After` (seconds or an HTTP date) is a lower bound: the delay
 * is at least what the server asked for. Everything is capped at 5 minutes, `Retry-After` included: a page is
 * open for minutes, not hours, and one request per respondent per 5 minutes is no burden on the collector.
 */

/** Delay ceiling for the first retry. */
export const RETRY_BASE_MS = 1000;
/** No retry waits longer than this, whatever the attempt count or `Retry-After`. */
export const RETRY_CAP_MS = 5 * 60 * 1000;
/** The server has understood the submission and refuses it: retrying the same bytes cannot help. */
export const TERMINAL_STATUSES: readonly number[] = [400, 413, 415, 422];

/** The survey takes no answers any more (closed, or its round is over): the entry is told and dropped. */
export const GONE_STATUSES: readonly number[] = [410];

export type Classification = 'delivered' | 'rejected' | 'gone' | 'retry';

/** What an answer means. `undefined` (or 0, an opaque response) is no answer at all: a network error. */
export function classifyStatus(status: number | undefined): Classification {
  if (status === undefined || !Number.isInteger(status)) return 'retry';
  if (status >= 200 && status <= 299) return 'delivered';
  if (TERMINAL_STATUSES.includes(status)) return 'rejected';
  if (GONE_STATUSES.includes(status)) return 'gone';
  return 'retry';
}

/**
 * `Retry-After` in milliseconds from `now`: delta-seconds (`120`) or an HTTP date
 * (`Wed, 21 Oct 2026 07:28:00 GMT`). A date in the past is 0. Anything else (empty, negative, garbage) is
 * `undefined`: ignored, never an error.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (value == null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) {
    const seconds = Number(text);
    return Number.isFinite(seconds) ? seconds * 1000 : undefined;
  }
  // An HTTP date always names a month; requiring a letter keeps Date.parse from reading "1.5" as a date.
  if (!/[A-Za-z]/.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** The largest delay full jitter may choose after `attempt` failed attempts (1 → 1 s, 2 → 2 s, … cap). */
export function backoffCeiling(attempt: number): number {
  const n = Math.max(1, Math.floor(attempt));
  // 2^19 s already exceeds the cap; stop there so huge attempt counts never overflow to Infinity.
  return Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** Math.min(n - 1, 20));
}

/**
 * Milliseconds to wait before the next attempt, after `attempt` (≥ 1) failed attempts.
 * `random` is in [0, 1) (Math.random in production); `retryAfterMs` from `parseRetryAfter`.
 */
export function retryDelay(attempt: number, random: number, retryAfterMs?: number): number {
  const r = Number.isFinite(random) ? Math.min(Math.max(random, 0), 1) : 0;
  const jittered = Math.floor(r * backoffCeiling(attempt));
  const floor = retryAfterMs !== undefined && Number.isFinite(retryAfterMs) ? Math.max(0, retryAfterMs) : 0;
  return Math.min(RETRY_CAP_MS, Math.max(jittered, Math.ceil(floor)));
}

export type Decision =
  { action: 'remove' } | { action: 'fail' } | { action: 'discard' } | { action: 'retry'; delay: number };

export interface AttemptOutcome {
  /** HTTP status, or undefined when no answer arrived (network error, timeout, page offline). */
  status: number | undefined;
  /** Failed attempts so far, this one included (≥ 1). */
  attempt: number;
  /** The raw `Retry-After` header, if any. */
  retryAfter?: string | null;
  /** Current time in ms since the epoch, for HTTP-date `Retry-After`. */
  now: number;
  /** A number in [0, 1). */
  random: number;
}

/** The whole policy: remove (2xx), fail (terminal rejection), discard (410) or retry after `delay` ms. */
export function decide(outcome: AttemptOutcome): Decision {
  switch (classifyStatus(outcome.status)) {
    case 'delivered':
      return { action: 'remove' };
    case 'rejected':
      return { action: 'fail' };
    case 'gone':
      return { action: 'discard' };
    case 'retry':
      return {
        action: 'retry',
        delay: retryDelay(outcome.attempt, outcome.random, parseRetryAfter(outcome.retryAfter, outcome.now)),
      };
  }
}
