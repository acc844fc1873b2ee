import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { parseSurvey } from '../src/index.js';
import type { Issue } from '../src/index.js';
import { issueSurvey, surveyWith } from './fixtures.js';

function issuesOf(input: unknown, locale: 'sv' | 'en' = 'sv'): Issue[] {
  const result = parseSurvey(input, { locale });
  assert.equal(result.ok, false, 'expected the survey to be refused');
  return result.ok ? [] : result.issues;
}

function only(input: unknown, locale: 'sv' | 'en' = 'sv'): Issue {
  const issues = issuesOf(input, locale);
  assert.equal(issues.length, 1, JSON.stringify(issues, null, 2));
  return issues[0]!;
}

const choice = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  type: 'choice',
  text: 'Välj',
  options: [
    { value: 'a', text: 'A' },
    { value: 'b', text: 'B' },
  ],
  ...extra,
});

describe('parseSurvey', () => {
  test('accepts the definition from the issue and returns it unchanged', () => {
    const result = parseSurvey(issueSurvey());
    assert.ok(result.ok);
    assert.deepEqual(result.survey, issueSurvey());
  });

  test('accepts pages instead of questions', () => {
    const result = parseSurvey({
      id: 's',
      version: 1,
      lang: 'sv',
      title: 'T',
      pages: [
        { id: 'p1', title: 'Om dig', questions: [choice('a')] },
        { id: 'p2', showIf: { question: 'a', equals: 'b' }, questions: [choice('b')] },
      ],
    });
    assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
  });

  test('names the place and says how to fix it, in Swedish by default and English on request', () => {
    const input = surveyWith([
      {
        ...choice('a'),
        options: [
          { value: 'a', text: 'A' },
          { value: 'A B', text: 'B' },
        ],
      },
    ]);
    const sv = only(input);
    assert.equal(sv.path, 'questions[0].options[1].value');
    assert.match(sv.message, /små bokstäver/);
    const en = only(input, 'en');
    assert.equal(en.path, 'questions[0].options[1].value');
    assert.match(en.message, /lowercase letters/);
  });

  test('refuses what is not a survey at all, without throwing', () => {
    for (const input of [undefined, null, 42, 'survey', [], () => 1]) {
      const result = parseSurvey(input);
      assert.equal(result.ok, false);
    }
    assert.match(
      issuesOf({})
        .map((i) => i.message)
        .join(' '),
      /Fältet "id" saknas/,
    );
  });

  test('suggests the right spelling of a misspelt field', () => {
    const issue = only(surveyWith([{ ...choice('a'), allowDontknow: true }]));
    assert.equal(issue.path, 'questions[0].allowDontknow');
    assert.match(issue.message, /Menade du "allowDontKnow"\?/);
  });

  test('says which question type a field does not belong to', () => {
    const issue = only(surveyWith([{ id: 't', type: 'text', text: 'Skriv', allowSkip: true }]), 'en');
    assert.equal(issue.code, 'unknown-field-type');
    assert.match(issue.message, /questions of type "text"/);
  });

  test('catches duplicate question ids, across pages too', () => {
    const issue = only(surveyWith([choice('a'), choice('a')]));
    assert.equal(issue.code, 'duplicate-id');
    assert.equal(issue.path, 'questions[1].id');
    assert.match(issue.message, /questions\[0\]/);
    const paged = only({
      id: 's',
      version: 1,
      lang: 'sv',
      title: 'T',
      pages: [
        { id: 'p', questions: [choice('a')] },
        { id: 'q', questions: [choice('a')] },
      ],
    });
    assert.equal(paged.path, 'pages[1].questions[0].id');
  });

  test('catches duplicate option values and scale-group item ids', () => {
    const values = only(
      surveyWith([
        {
          ...choice('a'),
          options: [
            { value: 1, text: 'A' },
            { value: 1, text: 'B' },
          ],
        },
      ]),
    );
    assert.equal(values.code, 'duplicate-value');
    const items = only(
      surveyWith([
        {
          id: 'g',
          type: 'scale-group',
          text: 'Hur mår du?',
          scale: 'smiley-3',
          items: [
            { id: 'fore', text: 'Före' },
            { id: 'fore', text: 'Under' },
          ],
        },
      ]),
    );
    assert.equal(items.code, 'duplicate-item');
    assert.equal(items.path, 'questions[0].items[1].id');
  });

  test('catches unknown scale presets and lists the real ones', () => {
    const issue = only(surveyWith([{ id: 's', type: 'scale', text: 'Hur?', scale: 'smiley-7' }]));
    assert.equal(issue.path, 'questions[0].scale');
    assert.match(issue.message, /"smiley-7" finns inte/);
    assert.match(issue.message, /smiley-5, smiley-3, yes-partly-no/);
  });

  test('catches unknown question types', () => {
    const issue = only(surveyWith([{ id: 's', type: 'slider', text: 'Hur?' }]));
    assert.equal(issue.path, 'questions[0].type');
    assert.match(issue.message, /"slider" finns inte/);
  });

  test('catches empty and one-option choices', () => {
    assert.equal(only(surveyWith([{ ...choice('a'), options: [] }])).code, 'options-few');
    assert.equal(
      only(surveyWith([{ ...choice('a'), options: [{ value: 'a', text: 'A' }] }])).code,
      'options-few',
    );
  });

  test('catches maxLength of 0 or less', () => {
    for (const maxLength of [0, -5]) {
      const issue = only(surveyWith([{ id: 't', type: 'text', text: 'Skriv', maxLength }]));
      assert.equal(issue.path, 'questions[0].maxLength');
      assert.equal(issue.code, 'max-length');
    }
  });

  test('catches texts missing the main language, and languages not in "languages"', () => {
    const missing = only(
      surveyWith([{ ...choice('a'), text: { en: 'Choose' } }], { languages: ['sv', 'en'] }),
    );
    assert.equal(missing.code, 'missing-lang-text');
    assert.equal(missing.path, 'questions[0].text');
    assert.match(missing.message, /svenska \(sv\)/);
    const unknown = only(surveyWith([{ ...choice('a'), text: { sv: 'Välj', de: 'Wähle' } }]));
    assert.equal(unknown.code, 'unknown-text-language');
    assert.equal(unknown.path, 'questions[0].text.de');
    assert.equal(only(surveyWith([choice('a')], { languages: ['en'] })).code, 'lang-not-in-languages');
  });

  test('refuses empty texts', () => {
    const issue = only(surveyWith([{ ...choice('a'), text: '' }]));
    assert.equal(issue.code, 'text-empty');
  });

  test('catches showIf pointing at a missing, later or the same question', () => {
    const missing = only(surveyWith([choice('a', { showIf: { question: 'x', answered: true } })]));
    assert.equal(missing.code, 'condition-missing-question');
    assert.equal(missing.path, 'questions[0].showIf.question');
    const later = issuesOf(
      surveyWith([choice('a', { showIf: { question: 'b', equals: 'a' } }), choice('b')]),
    );
    assert.equal(later[0]!.code, 'condition-later-question');
    const self = only(surveyWith([choice('a', { showIf: { question: 'a', answered: true } })]));
    assert.equal(self.code, 'condition-later-question');
  });

  test('catches showIf on an impossible value, and special codes only where allowed', () => {
    const scale = { id: 's', type: 'scale', text: 'Hur?', scale: 'smiley-5' };
    const impossible = only(surveyWith([scale, choice('b', { showIf: { question: 's', in: [1, 6] } })]));
    assert.equal(impossible.code, 'condition-impossible-value');
    assert.equal(impossible.path, 'questions[1].showIf.in[1]');
    assert.match(impossible.message, /Möjliga svar: 1, 2, 3, 4, 5/);
    const stringly = only(surveyWith([scale, choice('b', { showIf: { question: 's', equals: '1' } })]), 'en');
    assert.match(stringly.message, /never have the answer "1"/);
    assert.equal(
      only(surveyWith([scale, choice('b', { showIf: { question: 's', equals: 'dont_know' } })])).code,
      'condition-impossible-value',
    );
    const allowed = parseSurvey(
      surveyWith([
        { ...scale, allowDontKnow: true },
        choice('b', { showIf: { question: 's', equals: 'dont_know' } }),
      ]),
    );
    assert.ok(allowed.ok);
  });

  test('checks conditions nested in all/any, and needs exactly one test', () => {
    const nested = only(
      surveyWith([
        choice('a'),
        choice('b', {
          showIf: { all: [{ question: 'a', equals: 'a' }, { any: [{ question: 'a', equals: 'z' }] }] },
        }),
      ]),
    );
    assert.equal(nested.path, 'questions[1].showIf.all[1].any[0].equals');
    const two = only(
      surveyWith([choice('a'), choice('b', { showIf: { question: 'a', equals: 'a', answered: true } })]),
    );
    assert.equal(two.code, 'condition-one-test');
  });

  test('free-text questions can only be tested with "answered"', () => {
    const text = { id: 't', type: 'text', text: 'Skriv' };
    assert.equal(
      only(surveyWith([text, choice('b', { showIf: { question: 't', equals: 'hej' } })])).code,
      'condition-answered-only',
    );
    assert.ok(parseSurvey(surveyWith([text, choice('b', { showIf: { question: 't', answered: true } })])).ok);
  });

  test('conditions on scale-group questions name the item', () => {
    const group = {
      id: 'g',
      type: 'scale-group',
      text: 'Hur?',
      scale: 'smiley-3',
      items: [{ id: 'fore', text: 'Före' }],
    };
    assert.equal(
      only(surveyWith([group, choice('b', { showIf: { question: 'g', equals: 1 } })])).code,
      'condition-item-missing',
    );
    assert.equal(
      only(surveyWith([group, choice('b', { showIf: { question: 'g', item: 'efter', equals: 1 } })])).code,
      'condition-item-unknown',
    );
    assert.ok(
      parseSurvey(surveyWith([group, choice('b', { showIf: { question: 'g', item: 'fore', in: [1, 2] } })]))
        .ok,
    );
  });

  test('reserves "dont_know" and "skipped" for allowDontKnow and allowSkip', () => {
    const issue = only(
      surveyWith([
        {
          ...choice('a'),
          options: [
            { value: 'a', text: 'A' },
            { value: 'dont_know', text: 'Vet inte' },
          ],
        },
      ]),
    );
    assert.equal(issue.code, 'reserved-value');
    assert.match(issue.message, /"allowDontKnow": true/);
  });

  test('checks numeric scales, multi min/max, display and dates', () => {
    assert.equal(
      only(surveyWith([{ id: 's', type: 'scale', text: 'Hur?', scale: { min: 5, max: 1 } }])).code,
      'numeric-scale-range',
    );
    assert.equal(
      only(surveyWith([{ id: 's', type: 'scale', text: 'Hur?', scale: { min: 0, max: 20 } }])).code,
      'numeric-scale-range',
    );
    assert.equal(only(surveyWith([{ ...choice('m'), type: 'multi', min: 2, max: 1 }])).code, 'multi-min-max');
    assert.equal(only(surveyWith([{ ...choice('m'), type: 'multi', max: 3 }])).code, 'multi-too-many');
    assert.equal(
      only(surveyWith([{ id: 's', type: 'scale', text: 'Hur?', scale: 'yes-no', display: 'smiley' }])).code,
      'display-smiley',
    );
    assert.equal(
      only(surveyWith([{ id: 's', type: 'scale', text: 'Hur?', scale: 'yes-no', display: 'number' }])).code,
      'display-number',
    );
    assert.equal(
      only(surveyWith([{ id: 's', type: 'scale', text: 'Hur?', scale: 'agree-5', display: 'pictogram' }]))
        .code,
      'display-pictogram',
    );
    assert.equal(only(surveyWith([{ ...choice('a'), display: 'pictogram' }])).code, 'display-pictogram');
    assert.ok(
      parseSurvey(
        surveyWith([{ id: 's', type: 'scale', text: 'Hur?', scale: 'yes-no', display: 'pictogram' }]),
      ).ok,
    );
    assert.equal(
      only(surveyWith([{ id: 'd', type: 'date', text: 'När?', min: '2026-02-30' }])).code,
      'date-invalid',
    );
    assert.equal(
      only(surveyWith([{ id: 'd', type: 'date', text: 'När?', min: '2026-05-01', max: '2026-04-01' }])).code,
      'date-range',
    );
  });

  test('refuses both questions and pages, and neither', () => {
    assert.equal(
      only(surveyWith([choice('a')], { pages: [{ id: 'p', questions: [choice('b')] }] })).code,
      'questions-or-pages',
    );
    assert.equal(only({ id: 's', version: 1, lang: 'sv', title: 'T' }).code, 'no-questions');
  });

  test('refuses ids that would collide with JavaScript object members', () => {
    const issue = only(surveyWith([choice('constructor')]));
    assert.equal(issue.code, 'id-reserved');
  });

  test('refuses script and plain-http addresses for audio and pictures', () => {
    assert.equal(only(surveyWith([{ ...choice('a'), audio: { sv: 'javascript:alert(1)' } }])).code, 'url');
    assert.equal(
      only(surveyWith([{ ...choice('a'), pictogram: { src: 'http://example.com/x.png', alt: 'X' } }])).code,
      'url',
    );
    assert.ok(
      parseSurvey(surveyWith([{ ...choice('a'), pictogram: { src: '/bilder/hus.png', alt: 'Ett hus' } }])).ok,
    );
  });
});
