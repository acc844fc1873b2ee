import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import fc from 'fast-check';

import {
  RETRY_BASE_MS,
  RETRY_CAP_MS,
  TERMINAL_STATUSES,
  GONE_STATUSES,
  backoffCeiling,
  classifyStatus,
  decide,
  parseRetryAfter,
  retryDelay,
} from '../src/transport/retry-policy.js';

const NOW = Date.UTC(2026, 10, 22, 10, 0, 0);
const status = fc.oneof(fc.integer({ min: 100, max: 599 }), fc.constant(undefined), fc.constant(0));
const attempt = fc.integer({ min: 1, max: 10_000 });
const random = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
/** Retry-After as servers send it, and as broken servers send it. */
const retryAfter = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.integer({ min: 0, max: 100_000 }).map(String),
  fc.integer({ min: -3600, max: 86_400 }).map((s) => new Date(NOW + s * 1000).toUTCString()),
  fc.string(),
);
const outcome = fc.record({ status, attempt, retryAfter, now: fc.constant(NOW), random });

describe('retry policy: what happens to an entry', () => {
  test('only a 2xx removes an entry', () => {
    fc.assert(
      fc.property(outcome, (o) => {
        const removed = decide(o).action === 'remove';
        const is2xx = o.status !== undefined && o.status >= 200 && o.status <= 299;
        assert.equal(removed, is2xx, `status ${o.status}`);
      }),
    );
  });

  test('400, 413, 415 and 422 fail the entry and are never retried, whatever Retry-After says', () => {
    fc.assert(
      fc.property(outcome, fc.constantFrom(...TERMINAL_STATUSES), (o, terminal) => {
        assert.deepEqual(decide({ ...o, status: terminal }), { action: 'fail' });
      }),
    );
  });

  test('410 (the survey is closed) discards the entry, whatever Retry-After says', () => {
    fc.assert(
      fc.property(outcome, (o) => {
        assert.deepEqual(decide({ ...o, status: 410 }), { action: 'discard' });
      }),
    );
  });

  test('nothing else fails an entry: 408, 425, 429, 5xx, network errors and unknown statuses are retried', () => {
    fc.assert(
      fc.property(outcome, (o) => {
        const expected =
          o.status !== undefined && o.status >= 200 && o.status <= 299
            ? 'remove'
            : o.status !== undefined && TERMINAL_STATUSES.includes(o.status)
              ? 'fail'
              : o.status !== undefined && GONE_STATUSES.includes(o.status)
                ? 'discard'
                : 'retry';
        assert.equal(decide(o).action, expected);
      }),
    );
    for (const s of [408, 425, 429, 500, 502, 503, 504, 599, undefined])
      assert.equal(classifyStatus(s), 'retry', String(s));
  });
});

describe('retry policy: how long to wait', () => {
  test('every delay is between 0 and the 5-minute cap', () => {
    fc.assert(
      fc.property(outcome, (o) => {
        const d = decide(o);
        if (d.action !== 'retry') return;
        assert.ok(Number.isInteger(d.delay) && d.delay >= 0 && d.delay <= RETRY_CAP_MS, `delay ${d.delay}`);
      }),
    );
    assert.equal(RETRY_CAP_MS, 300_000);
  });

  test('a Retry-After is waited for at least, up to the cap', () => {
    fc.assert(
      fc.property(attempt, random, fc.integer({ min: 0, max: 100_000 }), (n, r, seconds) => {
        const d = decide({ status: 503, attempt: n, retryAfter: String(seconds), now: NOW, random: r });
        assert.equal(d.action, 'retry');
        if (d.action === 'retry') assert.ok(d.delay >= Math.min(seconds * 1000, RETRY_CAP_MS));
      }),
    );
  });

  test('an HTTP-date Retry-After is waited for at least, up to the cap', () => {
    fc.assert(
      fc.property(attempt, random, fc.integer({ min: 0, max: 86_400 }), (n, r, seconds) => {
        const date = new Date(NOW + seconds * 1000).toUTCString();
        const d = decide({ status: 429, attempt: n, retryAfter: date, now: NOW, random: r });
        if (d.action === 'retry') assert.ok(d.delay >= Math.min(seconds * 1000, RETRY_CAP_MS));
        else assert.fail('429 must be retried');
      }),
    );
  });

  test('without Retry-After, the delay is full jitter under a ceiling that doubles per attempt up to the cap', () => {
    fc.assert(
      fc.property(attempt, random, (n, r) => {
        const delay = retryDelay(n, r);
        const ceiling = Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** (n - 1));
        assert.equal(backoffCeiling(n), ceiling);
        assert.ok(delay >= 0 && delay <= ceiling, `attempt ${n}: ${delay} > ${ceiling}`);
        assert.equal(delay, Math.floor(r * ceiling));
      }),
    );
    assert.deepEqual([1, 2, 3, 9, 10, 50].map(backoffCeiling), [1000, 2000, 4000, 256_000, 300_000, 300_000]);
  });

  test('the jitter spreads retries out: the same attempt gives different delays for different random draws', () => {
    assert.equal(retryDelay(5, 0), 0);
    assert.equal(retryDelay(5, 0.5), 8000);
    assert.equal(retryDelay(5, 0.999_999), 15_999);
  });

  test('the policy is pure: the same input gives the same decision', () => {
    fc.assert(fc.property(outcome, (o) => assert.deepEqual(decide(o), decide({ ...o }))));
  });
});

describe('Retry-After parsing', () => {
  test('delta-seconds', () => {
    assert.equal(parseRetryAfter('120', NOW), 120_000);
    assert.equal(parseRetryAfter(' 0 ', NOW), 0);
    fc.assert(fc.property(fc.nat(), (s) => assert.equal(parseRetryAfter(String(s), NOW), s * 1000)));
  });

  test('HTTP dates, in the past as 0', () => {
    assert.equal(parseRetryAfter(new Date(NOW + 90_000).toUTCString(), NOW), 90_000);
    assert.equal(parseRetryAfter(new Date(NOW - 90_000).toUTCString(), NOW), 0);
    assert.equal(parseRetryAfter('Sunday, 22-Nov-26 10:01:00 GMT', NOW), 60_000);
  });

  test('anything else is ignored, never an error, never negative', () => {
    for (const junk of ['', '-5', '1.5', 'soon', 'NaN', '2 minutes', null, undefined])
      assert.equal(parseRetryAfter(junk, NOW), undefined, String(junk));
    fc.assert(
      fc.property(fc.string(), (s) => {
        const ms = parseRetryAfter(s, NOW);
        assert.ok(ms === undefined || (Number.isFinite(ms) && ms >= 0));
      }),
    );
  });
});
