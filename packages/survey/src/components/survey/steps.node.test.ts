import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { parseSurvey } from '@svara/schema';
import type { Survey } from '@svara/schema';

import {
  answersToSend,
  estimatedMinutes,
  findQuestion,
  isChildOrAac,
  nextStepKey,
  previousStepKey,
  stepIndex,
  stepKeyOf,
  submissionLang,
  surveySteps,
  withAnswer,
} from './steps.js';

function survey(definition: Record<string, unknown>): Survey {
  const result = parseSurvey({ id: 's', version: 1, lang: 'sv', title: 'Enkät', ...definition });
  assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
  return result.survey;
}

const yesNo = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  type: 'scale',
  scale: 'yes-no',
  text: `Fråga ${id}?`,
  ...extra,
});

/** Three questions; `b` only when `a` is answered yes. */
const flat = survey({
  questions: [yesNo('a'), yesNo('b', { showIf: { question: 'a', equals: 'yes' } }), yesNo('c')],
});

/** Two pages; the second only has a question when `a` is answered yes. */
const paged = survey({
  pages: [
    { id: 'p1', title: 'Om dig', questions: [yesNo('a'), yesNo('c')] },
    { id: 'p2', title: 'Mer', questions: [yesNo('b', { showIf: { question: 'a', equals: 'yes' } })] },
  ],
});

const keys = (steps: { key: string; questions: { id: string }[] }[]) =>
  steps.map((step) => `${step.key}=${step.questions.map((q) => q.id).join(',')}`);

describe('surveySteps: which questions are on which screen', () => {
  test('one question per screen: a screen per visible question, named by its id', () => {
    assert.deepEqual(keys(surveySteps(flat, {}, true)), ['a=a', 'c=c']);
    assert.deepEqual(keys(surveySteps(flat, { a: 'yes' }, true)), ['a=a', 'b=b', 'c=c']);
  });

  test('without pages and not one per screen: every visible question on one screen', () => {
    assert.deepEqual(keys(surveySteps(flat, {}, false)), ['all=a,c']);
    assert.deepEqual(keys(surveySteps(flat, { a: 'yes' }, false)), ['all=a,b,c']);
  });

  test('with pages: a screen per page, and a page left empty by showIf is no screen', () => {
    assert.deepEqual(keys(surveySteps(paged, { a: 'no' }, false)), ['page:p1=a,c']);
    assert.deepEqual(keys(surveySteps(paged, { a: 'yes' }, false)), ['page:p1=a,c', 'page:p2=b']);
    const [first] = surveySteps(paged, {}, false);
    assert.equal(first!.page?.id, 'p1');
  });

  test('one per screen keeps each question’s page (for its title)', () => {
    const steps = surveySteps(paged, { a: 'yes' }, true);
    assert.deepEqual(
      steps.map((step) => step.page?.id),
      ['p1', 'p1', 'p2'],
    );
  });

  test('children and AAC users get one question per screen; others do not', () => {
    assert.equal(isChildOrAac('child'), true);
    assert.equal(isChildOrAac('aac'), true);
    assert.equal(isChildOrAac('general'), false);
  });
});

describe('where Tillbaka and Fortsätt lead', () => {
  const steps = surveySteps(flat, { a: 'yes' }, true);

  test('Fortsätt goes to the next screen, and on the last one sends (undefined)', () => {
    assert.equal(nextStepKey(steps, 'a'), 'b');
    assert.equal(nextStepKey(steps, 'b'), 'c');
    assert.equal(nextStepKey(steps, 'c'), undefined);
  });

  test('Tillbaka goes to the previous screen, and from the first one to the start screen (undefined)', () => {
    assert.equal(previousStepKey(steps, 'c'), 'b');
    assert.equal(previousStepKey(steps, 'a'), undefined);
  });

  test('a step that is gone (its question was hidden) counts as the first', () => {
    const hidden = surveySteps(flat, { a: 'no' }, true);
    assert.equal(stepIndex(hidden, 'b'), 0);
    assert.equal(nextStepKey(hidden, 'b'), 'c');
    assert.equal(previousStepKey(hidden, ''), undefined);
  });

  test('stepKeyOf finds the screen of a question after the screens were cut differently', () => {
    const pages = surveySteps(paged, { a: 'yes' }, false);
    assert.equal(stepKeyOf(pages, 'c'), 'page:p1');
    assert.equal(stepKeyOf(pages, 'b'), 'page:p2');
    assert.equal(stepKeyOf(surveySteps(paged, { a: 'yes' }, true), 'c'), 'c');
    assert.equal(stepKeyOf(pages, 'nope'), '');
    assert.equal(stepKeyOf(pages, undefined), '');
  });
});

describe('answers', () => {
  test('withAnswer sets and removes an answer without changing the object it was given', () => {
    const before = { a: 'yes' };
    assert.deepEqual(withAnswer(before, 'c', 'no'), { a: 'yes', c: 'no' });
    assert.deepEqual(withAnswer(before, 'a', undefined), {});
    assert.deepEqual(before, { a: 'yes' });
  });

  test('answers to hidden questions are kept on screen but not sent', () => {
    const answers = { a: 'no', b: 'yes', c: 'yes' };
    assert.deepEqual(answersToSend(flat, answers), { a: 'no', c: 'yes' });
    assert.deepEqual(answersToSend(flat, { ...answers, a: 'yes' }), { a: 'yes', b: 'yes', c: 'yes' });
  });

  test('findQuestion finds questions on pages too', () => {
    assert.equal(findQuestion(paged, 'b')?.id, 'b');
    assert.equal(findQuestion(paged, 'x'), undefined);
  });
});

describe('what the start screen and the submission say', () => {
  test('20 seconds a question, at least one minute', () => {
    assert.equal(estimatedMinutes(flat), 1); // 3 questions: 1 minute
    const long = survey({ questions: Array.from({ length: 7 }, (_, i) => yesNo(`q${i}`)) });
    assert.equal(estimatedMinutes(long), 2); // 140 s
  });

  test('a submission is recorded in the text language when the survey has it, else in its main language', () => {
    const bilingual = survey({
      languages: ['sv', 'en'],
      title: { sv: 'Enkät', en: 'Survey' },
      questions: [{ ...yesNo('a'), text: { sv: 'Fråga?', en: 'Question?' } }],
    });
    assert.equal(submissionLang(bilingual, 'en'), 'en');
    assert.equal(submissionLang(bilingual, 'ar'), 'sv'); // Arabic UI, Swedish texts
    assert.equal(submissionLang(flat, 'en'), 'sv');
  });
});
