/**
 * The real Outbox (memory storage, as in a browser without IndexedDB) against a server whose answers
 * fast-check chooses: every submission ends delivered exactly once or kept as failed, only a 2xx removes an
 * entry, nothing is sent after its final answer, and retries keep to Retry-After and the cap.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import fc from 'fast-check';

import { Outbox } from '../src/transport/outbox.js';
import type { SubmissionDraft } from '../src/transport/events.js';
import { RETRY_CAP_MS, TERMINAL_STATUSES } from '../src/transport/retry-policy.js';
import type { Transport } from '../src/transport/send.js';
import { FakeClock } from '@svara/testing/fake-clock';

type Answer = { status: number; retryAfter?: string } | 'network';

const answer: fc.Arbitrary<Answer> = fc.oneof(
  fc.constant('network' as const),
  fc.constantFrom(200, 201, 202, 204).map((status) => ({ status })),
  fc.constantFrom(...TERMINAL_STATUSES).map((status) => ({ status })),
  fc.constantFrom(401, 404, 408, 409, 425, 500, 502, 503, 504).map((status) => ({ status })),
  fc
    .record({ status: fc.constantFrom(429, 503), seconds: fc.integer({ min: 0, max: 900 }) })
    .map(({ status, seconds }) => ({ status, retryAfter: String(seconds) })),
);

const draft: SubmissionDraft = {
  surveyId: 'familjeenheten-barn',
  surveyVersion: 1,
  lang: 'sv',
  answers: { 'vet-varfor': 5 },
  meta: { answeredBy: 'self', mode: 'web' },
};

const is2xx = (a: Answer) => a !== 'network' && a.status >= 200 && a.status <= 299;
const isTerminal = (a: Answer) => a !== 'network' && TERMINAL_STATUSES.includes(a.status);

describe('Outbox model', () => {
  test('every submission is delivered exactly once or kept as failed; only a 2xx removes it', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 4 }),
        fc.array(answer, { maxLength: 40 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        async (count, answers, random) => {
          const clock = new FakeClock();
          const sends: { id: string; at: number; answer: Answer }[] = [];
          let next = 0;
          const transport: Transport = async (request) => {
            const a = answers[next++] ?? { status: 201 }; // the server recovers in the end
            sends.push({ id: request.submissionId, at: clock.now(), answer: a });
            if (a === 'network') throw new TypeError('Failed to fetch');
            return a;
          };
          const target = new EventTarget();
          const events: { type: string; id: string; reason?: string }[] = [];
          for (const type of ['svara-queued', 'svara-submitted', 'svara-submit-error'])
            target.addEventListener(type, (e) => {
              const { submissionId, reason } = e as Event & { submissionId: string; reason?: string };
              events.push({ type, id: submissionId, reason });
            });
          const outbox = new Outbox({
            target,
            transport,
            clock,
            random: () => random,
            indexedDB: null,
            name: `model-${run++}`,
          });
          await outbox.start();
          const ids: string[] = [];
          // Time moves only while the outbox is idle, so an answer is handled at the moment it is given (the
          // policy's delays count from the answer; real network latency comes on top).
          for (let i = 0; i < count; i++) {
            ids.push((await outbox.submit(draft, { endpoint: '/r' })).submissionId);
            await outbox.whenIdle();
          }
          for (let step = 0; step < 2000; step++) {
            if (!(await outbox.entries()).some((e) => e.state === 'pending')) break;
            clock.runNext();
            await outbox.whenIdle();
          }
          outbox.stop();
          const left = new Map((await outbox.entries()).map((e) => [e.id, e]));

          for (const id of ids) {
            const mine = sends.filter((s) => s.id === id);
            const final = mine.findIndex((s) => is2xx(s.answer) || isTerminal(s.answer));
            assert.notEqual(final, -1, 'every submission got a final answer');
            assert.equal(final, mine.length - 1, 'nothing is sent after a 2xx or a rejection');
            const delivered = is2xx(mine[final]!.answer);
            assert.equal(left.has(id), !delivered, 'an entry leaves the outbox exactly when a 2xx came');
            if (!delivered) assert.equal(left.get(id)!.state, 'failed');
            const submitted = events.filter((e) => e.id === id && e.type === 'svara-submitted');
            const rejected = events.filter((e) => e.id === id && e.reason === 'rejected');
            assert.equal(submitted.length, delivered ? 1 : 0);
            assert.equal(rejected.length, delivered ? 0 : 1);
            // Retries keep to the policy: at least Retry-After (up to the cap), never beyond the cap.
            for (let i = 1; i < mine.length; i++) {
              const gap = mine[i]!.at - mine[i - 1]!.at;
              const previous = mine[i - 1]!.answer;
              const asked =
                previous !== 'network' && previous.retryAfter ? Number(previous.retryAfter) * 1000 : 0;
              assert.ok(gap >= Math.min(asked, RETRY_CAP_MS), `waited ${gap} ms, server asked ${asked}`);
              assert.ok(gap <= RETRY_CAP_MS, `waited ${gap} ms, over the cap`);
            }
          }
          // Memory storage is reported for each submission, and nothing was claimed to be on the device.
          assert.equal(events.filter((e) => e.reason === 'storage').length, count);
          assert.equal(events.filter((e) => e.type === 'svara-queued').length, 0);
        },
      ),
      { numRuns: 150 },
    );
  });
});
