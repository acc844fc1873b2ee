/** `register: true` and `registerField`: the rules a register survey must follow, with paths and plain messages. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import { parseSurvey } from '../src/index.js';

const base = (questions: unknown[], register = true) => ({
  id: 'klagomal',
  version: 1,
  lang: 'sv',
  title: 'Lämna synpunkter',
  ...(register ? { register: true } : {}),
  questions,
});
const category = {
  id: 'kategori',
  type: 'choice',
  registerField: 'category',
  text: 'Vad vill du lämna?',
  options: [
    { value: 'synpunkt', text: 'En synpunkt' },
    { value: 'klagomal', text: 'Ett klagomål' },
  ],
};
const wish = { id: 'svar', type: 'consent', registerField: 'wantsAnswer', text: 'Jag vill ha svar.' };
const email = (extra: Record<string, unknown> = {}) => ({
  id: 'epost',
  type: 'email',
  registerField: 'contactEmail',
  text: 'Din e-post',
  ...extra,
});

function issues(input: unknown, locale: 'sv' | 'en' = 'sv') {
  const result = parseSurvey(input, { locale });
  return result.ok ? [] : result.issues.map((i) => ({ code: i.code, path: i.path, message: i.message }));
}

test('a register survey with a category and contact details asked only of those who want an answer is valid', () => {
  const survey = base([category, wish, email({ showIf: { question: 'svar', equals: true } })]);
  assert.deepEqual(issues(survey), []);
});

test('the example surveys synpunkter and synpunkter-barn are register surveys', () => {
  for (const file of ['synpunkter', 'synpunkter-barn']) {
    const input = JSON.parse(
      readFileSync(new URL(`../../../examples/surveys/${file}.json`, import.meta.url), 'utf8'),
    ) as unknown;
    const result = parseSurvey(input);
    assert.ok(result.ok, file);
    assert.equal(result.survey.register, true);
    assert.ok(result.survey.privacy?.anonymity && result.survey.privacy.retention, `${file}: privacy texts`);
  }
});

test('every rule names the path and says what to do', () => {
  assert.deepEqual(issues(base([{ ...category, registerField: undefined }])), [
    {
      code: 'register-no-category',
      path: 'register',
      message: 'Lägg till en fråga med "registerField": "category".',
    },
  ]);
  assert.deepEqual(
    issues(base([category], false)).map((i) => [i.code, i.path]),
    [['register-field-without-register', 'questions[0].registerField']],
  );
  assert.deepEqual(
    issues(
      base([
        category,
        { ...category, id: 'igen' },
        { id: 'text', type: 'choice', registerField: 'description', text: 'T', options: category.options },
      ]),
    ).map((i) => [i.code, i.path]),
    [
      ['register-field-twice', 'questions[1].registerField'],
      ['register-field-type', 'questions[2].registerField'],
    ],
  );
  assert.deepEqual(
    issues(
      base([
        {
          ...category,
          options: [
            { value: 'synpunkt', text: 'A' },
            { value: 'ilska', text: 'B' },
          ],
        },
      ]),
    ).map((i) => [i.code, i.path]),
    [['register-category-value', 'questions[0].options[1].value']],
  );
  assert.deepEqual(
    issues(base([category, email()])).map((i) => [i.code, i.path]),
    [['register-contact', 'questions[1].showIf']],
  );
  const unconditional = issues(base([category, wish, email()]), 'en');
  assert.deepEqual(
    unconditional.map((i) => [i.code, i.path]),
    [['register-contact', 'questions[2].showIf']],
  );
  assert.match(unconditional[0]!.message, /only when the person wants an answer/);
});
