import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';

import { parseSubmission, parseSurvey } from '@svara/schema';
import fc from 'fast-check';

import { createSubmission, uuidV4 } from '../src/transport/submission.js';
import type { SubmissionDraft } from '../src/transport/events.js';

/** The schema's own pattern (not exported): version nibble 4, variant 8–b. */
const UUID_V4_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const surveyFile = new URL('../../../examples/surveys/familjeenheten-barn.json', import.meta.url);

function draft(answers: SubmissionDraft['answers'] = { 'vet-varfor': 5, kon: 'flicka' }): SubmissionDraft {
  return {
    surveyId: 'familjeenheten-barn',
    surveyVersion: 1,
    lang: 'sv',
    answers,
    meta: { answeredBy: 'self', mode: 'web', pictograms: true },
  };
}

describe('createSubmission', () => {
  test('makes a submission the schema accepts: uuid v4 id, ISO time, the answers as given', () => {
    const parsed = parseSurvey(JSON.parse(readFileSync(surveyFile, 'utf8')));
    assert.ok(parsed.ok);
    const now = Date.UTC(2026, 10, 22, 10, 0, 0);
    const { submissionId, submission, body } = createSubmission(
      draft({ 'vet-varfor': 5, kon: 'flicka', kommentar: 'Bra!' }),
      { now: () => now },
    );
    assert.match(submissionId, UUID_V4_PATTERN);
    assert.equal(submission.submittedAt, '2026-11-22T10:00:00.000Z');
    const result = parseSubmission(parsed.survey, JSON.parse(body));
    assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
    assert.deepEqual(result.submission.answers, { 'vet-varfor': 5, kon: 'flicka', kommentar: 'Bra!' });
  });

  test('the body is serialised once: the frozen object is exactly what the body says', () => {
    const frozen = createSubmission(draft());
    assert.deepEqual(JSON.parse(frozen.body), frozen.submission);
    assert.equal(JSON.stringify(frozen.submission), frozen.body);
  });

  test('is frozen all the way down, and detached from the draft', () => {
    const input = draft();
    const { submission, body } = createSubmission(input);
    assert.ok(
      Object.isFrozen(submission) && Object.isFrozen(submission.answers) && Object.isFrozen(submission.meta),
    );
    assert.throws(() => {
      (submission.answers as Record<string, unknown>).kon = 'pojke';
    }, TypeError);
    input.answers.kon = 'pojke';
    assert.equal(submission.answers.kon, 'flicka');
    assert.equal(JSON.parse(body).answers.kon, 'flicka');
  });

  test('a draft cannot smuggle in its own id or time', () => {
    const sneaky = { ...draft(), submissionId: 'not-a-uuid', submittedAt: 'yesterday' };
    const { submission } = createSubmission(sneaky, { submissionId: uuidV4() });
    assert.match(submission.submissionId, UUID_V4_PATTERN);
    assert.notEqual(submission.submittedAt, 'yesterday');
  });

  test('a payload that cannot be serialised throws (the outbox reports it as invalid)', () => {
    const cyclic = draft() as SubmissionDraft & { self?: unknown };
    cyclic.self = cyclic;
    assert.throws(() => createSubmission(cyclic), TypeError);
  });

  test('ids are uuid v4 and unique, also without crypto.randomUUID (plain-http host pages)', () => {
    const randomUUID = crypto.randomUUID;
    const ids = new Set<string>();
    try {
      Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
      fc.assert(
        fc.property(fc.constant(null), () => {
          const id = uuidV4();
          assert.match(id, UUID_V4_PATTERN);
          ids.add(id);
        }),
        { numRuns: 1000 },
      );
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: randomUUID, configurable: true });
    }
    assert.equal(ids.size, 1000);
    assert.match(uuidV4(), UUID_V4_PATTERN);
  });
});
