import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { parseSubmission, parseSurvey } from '../src/index.js';
import type { Issue, Survey } from '../src/index.js';
import { issueSubmission, issueSurvey, submissionFor, surveyWith } from './fixtures.js';

function survey(input: unknown): Survey {
  const result = parseSurvey(input);
  assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
  return result.survey;
}

function issuesOf(s: Survey, input: unknown): Issue[] {
  const result = parseSubmission(s, input);
  assert.equal(result.ok, false, 'expected the submission to be refused');
  return result.ok ? [] : result.issues;
}

const form = survey(
  surveyWith([
    { id: 'betyg', type: 'scale', text: 'Hur?', scale: 'smiley-5', allowDontKnow: true, required: true },
    { id: 'svar', type: 'scale', text: 'Får du stöd?', scale: 'yes-partly-no' },
    {
      id: 'kon',
      type: 'choice',
      text: 'Kön',
      allowSkip: true,
      options: [
        { value: 'kvinna', text: 'Kvinna' },
        { value: 'man', text: 'Man' },
      ],
    },
    {
      id: 'platser',
      type: 'multi',
      text: 'Var?',
      min: 1,
      max: 2,
      options: [
        { value: 'a', text: 'A' },
        { value: 'b', text: 'B' },
        { value: 'c', text: 'C' },
      ],
    },
    { id: 'fritext', type: 'text', text: 'Skriv', maxLength: 5 },
    {
      id: 'grupp',
      type: 'scale-group',
      text: 'Hur mår du?',
      scale: 'smiley-3',
      allowSkip: true,
      required: true,
      items: [
        { id: 'fore', text: 'Före' },
        { id: 'nu', text: 'Nu' },
      ],
    },
    { id: 'datum', type: 'date', text: 'När?', min: '2026-01-01', max: '2026-12-31' },
    { id: 'samtycke', type: 'consent', text: 'Ni får kontakta mig.' },
    {
      id: 'epost',
      type: 'email',
      text: 'E-post',
      required: true,
      showIf: { question: 'samtycke', equals: true },
    },
  ]),
);
const complete = { betyg: 4, grupp: { fore: 1, nu: 3 } };

describe('parseSubmission', () => {
  test('accepts the submission from the issue; an answer to a question hidden by showIf is dropped', () => {
    const result = parseSubmission(survey(issueSurvey()), issueSubmission());
    assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
    assert.deepEqual(result.submission.answers, { 'vet-varfor': 5, kon: 'flicka' });
    const shown = parseSubmission(survey(issueSurvey()), issueSubmission({ 'vet-varfor': 2 }));
    assert.ok(shown.ok);
    assert.equal(shown.submission.answers['kommentar'], 'Bra!');
  });

  test('accepts every kind of answer', () => {
    const answers = {
      betyg: 'dont_know',
      svar: 'partly',
      kon: 'skipped',
      platser: ['a', 'c'],
      fritext: 'Bra!',
      grupp: { fore: 1, nu: 'skipped' },
      datum: '2026-04-15',
      samtycke: true,
      epost: 'namn@exempel.se',
    };
    const result = parseSubmission(form, submissionFor(answers));
    assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
    assert.deepEqual(result.submission.answers, answers);
  });

  test('checks the envelope: uuid v4, survey id and version, language, time, meta', () => {
    const codes = (extra: Record<string, unknown>) =>
      issuesOf(form, submissionFor(complete, extra)).map((i) => i.path + ' ' + i.code);
    assert.deepEqual(codes({ submissionId: '0b6f' }), ['submissionId uuid']);
    assert.deepEqual(codes({ submissionId: '0b6f3c2e-1d4a-1f5b-9c8d-7e6f5a4b3c2d' }), ['submissionId uuid']);
    assert.deepEqual(codes({ surveyId: 'annan' }), ['surveyId survey-id-mismatch']);
    assert.deepEqual(codes({ surveyVersion: 2 }), ['surveyVersion survey-version-mismatch']);
    assert.deepEqual(codes({ lang: 'fi' }), ['lang submission-lang']);
    assert.deepEqual(codes({ submittedAt: 'igår' }), ['submittedAt datetime']);
    assert.deepEqual(codes({ meta: { answeredBy: 'robot', mode: 'web' } }), ['meta.answeredBy enum']);
    assert.deepEqual(codes({ extra: 1 }), ['extra unknown-field']);
    assert.deepEqual(codes({ unit: 'Familjeenheten!' }), ['unit id']);
    assert.deepEqual(codes({ round: 7 }), ['round type']);
  });

  test('unit and round ride in the envelope and are kept as sent', () => {
    const result = parseSubmission(
      form,
      submissionFor(complete, { unit: 'familjeenheten', round: 'r-2027' }),
    );
    assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
    assert.equal(result.submission.unit, 'familjeenheten');
    assert.equal(result.submission.round, 'r-2027');
    const without = parseSubmission(form, submissionFor(complete));
    assert.ok(without.ok);
    assert.equal('unit' in without.submission, false, 'absent stays absent');
  });

  test('refuses a mode the survey is not meant for', () => {
    const interview = survey(
      surveyWith([{ id: 'a', type: 'scale', text: 'Hur?', scale: 'yes-partly-no' }], {
        modes: ['interview'],
      }),
    );
    const issues = issuesOf(interview, submissionFor({ a: 'yes' }));
    assert.equal(issues[0]!.code, 'mode-not-allowed');
    assert.ok(
      parseSubmission(
        interview,
        submissionFor({ a: 'yes' }, { meta: { answeredBy: 'interviewer', mode: 'interview' } }),
      ).ok,
    );
  });

  test('refuses values outside the scale and special codes where not allowed', () => {
    const one = (answers: Record<string, unknown>) => {
      const issues = issuesOf(form, submissionFor({ ...complete, ...answers }));
      assert.equal(issues.length, 1, JSON.stringify(issues));
      return issues[0]!;
    };
    const outside = one({ betyg: 6 });
    assert.equal(outside.code, 'answer-value');
    assert.equal(outside.path, 'answers.betyg');
    assert.match(outside.message, /Möjliga svar: 1, 2, 3, 4, 5/);
    assert.equal(one({ betyg: '5' }).code, 'answer-value');
    assert.equal(one({ svar: 'dont_know' }).code, 'answer-dont-know-not-allowed');
    assert.equal(one({ betyg: 'skipped' }).code, 'answer-skip-not-allowed');
    assert.equal(one({ kon: 'dont_know' }).code, 'answer-dont-know-not-allowed');
    assert.equal(one({ grupp: { fore: 1, nu: 'dont_know' } }).path, 'answers.grupp.nu');
  });

  test('checks multi answers: list, known values, no repeats, min and max', () => {
    const code = (platser: unknown) =>
      issuesOf(form, submissionFor({ ...complete, platser })).map((i) => i.code);
    assert.deepEqual(code('a'), ['answer-type']);
    assert.deepEqual(code([]), ['answer-empty']);
    assert.deepEqual(code(['a', 'a']), ['answer-duplicate']);
    assert.deepEqual(code(['a', 'x']), ['answer-value']);
    assert.deepEqual(code(['a', 'b', 'c']), ['answer-count-max']);
  });

  test('checks text length in characters, e-mail, dates and consent', () => {
    const code = (answers: Record<string, unknown>) =>
      issuesOf(form, submissionFor({ ...complete, ...answers })).map((i) => i.code);
    assert.ok(
      parseSubmission(form, submissionFor({ ...complete, fritext: '😀😀😀😀😀' })).ok,
      'emoji count as one character each',
    );
    assert.deepEqual(code({ fritext: 'sex te' }), ['answer-too-long']);
    assert.deepEqual(code({ fritext: '   ' }), ['answer-empty']);
    assert.deepEqual(code({ fritext: 5 }), ['answer-type']);
    assert.deepEqual(code({ samtycke: true, epost: 'inte en adress' }), ['answer-email']);
    assert.deepEqual(code({ datum: '2026-02-30' }), ['answer-date']);
    assert.deepEqual(code({ datum: '2025-12-31' }), ['answer-date-min']);
    assert.deepEqual(code({ samtycke: 'ja' }), ['answer-type']);
  });

  test('requires required answers unless showIf hides the question', () => {
    const issues = issuesOf(form, submissionFor({ grupp: { fore: 1 } }));
    assert.deepEqual(
      issues.map((i) => `${i.path} ${i.code}`),
      ['answers.grupp.nu answer-item-required', 'answers.betyg answer-required'],
    );
    assert.ok(parseSubmission(form, submissionFor({ ...complete, samtycke: false })).ok, 'epost is hidden');
    const needsEmail = issuesOf(form, submissionFor({ ...complete, samtycke: true }));
    assert.deepEqual(
      needsEmail.map((i) => i.code),
      ['answer-required'],
    );
    assert.match(needsEmail[0]!.message, /"epost" måste besvaras/);
  });

  test('a required consent must be given', () => {
    const s = survey(surveyWith([{ id: 'ok', type: 'consent', text: 'Jag har läst.', required: true }]));
    assert.equal(issuesOf(s, submissionFor({ ok: false }))[0]!.code, 'answer-consent-required');
  });

  test('refuses answers to unknown questions and unknown items', () => {
    const issues = issuesOf(
      form,
      submissionFor({ ...complete, okand: 1, grupp: { fore: 1, nu: 2, efter: 3 } }),
    );
    assert.deepEqual(
      issues.map((i) => `${i.path} ${i.code}`),
      ['answers.grupp.efter answer-item-unknown', 'answers.okand unknown-question'],
    );
  });

  test('reports envelope and answer issues together, in English on request', () => {
    const result = parseSubmission(
      form,
      { ...submissionFor({ betyg: 9 }), submissionId: 'x' },
      { locale: 'en' },
    );
    assert.ok(!result.ok);
    assert.deepEqual(result.issues.map((i) => i.code).sort(), ['answer-required', 'answer-value', 'uuid']);
    assert.match(result.issues.map((i) => i.message).join(' '), /is not an answer to the question "betyg"/);
  });
});

describe('hostile input', () => {
  test('an answer nested 30,000 levels deep is refused with an issue, never a thrown error', () => {
    let deep: unknown = 1;
    for (let level = 0; level < 30_000; level++) deep = { a: deep };
    const issues = issuesOf(form, submissionFor({ betyg: deep }));
    const issue = issues.find((i) => i.path === 'answers.betyg');
    assert.ok(issue, JSON.stringify(issues));
    assert.match(issue.message, /\{…\}/);
  });
});
