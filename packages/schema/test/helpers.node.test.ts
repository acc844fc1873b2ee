import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import {
  DONT_KNOW,
  SKIPPED,
  allQuestions,
  evaluateCondition,
  isOrdinal,
  iterateQuestions,
  parseSurvey,
  questionDisplay,
  resolveScale,
  resolveText,
  scalePresetNames,
  scalePresets,
  selectText,
  uiLanguages,
  visibleQuestionIds,
} from '../src/index.js';
import type { Survey } from '../src/index.js';

describe('presets', () => {
  test('every preset has a label in sv, en, fi and ar for every option, and distinct values', () => {
    for (const name of scalePresetNames) {
      const preset = scalePresets[name];
      assert.equal(preset.name, name);
      assert.equal(new Set(preset.options.map((o) => o.value)).size, preset.options.length);
      for (const option of preset.options) {
        for (const lang of uiLanguages)
          assert.ok(option.label[lang].trim().length > 0, `${name} ${option.value} ${lang}`);
      }
    }
  });

  test('keeps the public values and Swedish labels', () => {
    const values = (name: keyof typeof scalePresets) => scalePresets[name].options.map((o) => o.value);
    const sv = (name: keyof typeof scalePresets) => scalePresets[name].options.map((o) => o.label.sv);
    assert.deepEqual(values('smiley-5'), [1, 2, 3, 4, 5]);
    assert.deepEqual(sv('smiley-5'), ['Mycket ledsen', 'Ledsen', 'Mittemellan', 'Glad', 'Mycket glad']);
    assert.deepEqual(values('smiley-3'), [1, 2, 3]);
    assert.deepEqual(values('yes-partly-no'), ['yes', 'partly', 'no']);
    assert.deepEqual(sv('yes-partly-no'), ['Ja', 'Delvis', 'Nej']);
    assert.deepEqual(values('grade-3'), ['poor', 'approved', 'very-good']);
    assert.deepEqual(sv('grade-3'), ['Bristande', 'Godkänt', 'Mycket bra']);
    assert.deepEqual(values('agree-5'), [1, 2, 3, 4, 5]);
    assert.deepEqual(values('smiley-agree-5'), values('smiley-5'));
    assert.deepEqual(sv('smiley-agree-5'), [
      'Stämmer inte alls',
      'Stämmer inte så bra',
      'Stämmer delvis',
      'Stämmer ganska bra',
      'Stämmer helt',
    ]);
    const drawings = (name: keyof typeof scalePresets) => scalePresets[name].options.map((o) => o.pictogram);
    assert.deepEqual(drawings('smiley-agree-5'), drawings('smiley-5'), 'the same faces as smiley-5');
    assert.equal(scalePresets['smiley-agree-5'].display, 'smiley');
    assert.deepEqual(sv('never-sometimes-often'), ['Aldrig', 'Ibland', 'Ofta']);
    assert.deepEqual(sv('all-some-none'), ['Alla', 'Några', 'Ingen']);
    assert.equal(scalePresets['smiley-5'].display, 'smiley');
    assert.equal(DONT_KNOW, 'dont_know');
    assert.equal(SKIPPED, 'skipped');
  });

  test('is frozen in meaning: no preset value is a special code', () => {
    for (const name of scalePresetNames) {
      for (const o of scalePresets[name].options) assert.ok(o.value !== DONT_KNOW && o.value !== SKIPPED);
    }
  });
});

describe('texts', () => {
  test('resolveText falls back to the main language and says which language it used', () => {
    const text = { sv: 'Hej', en: 'Hello' };
    assert.deepEqual(resolveText(text, 'en', 'sv'), { text: 'Hello', lang: 'en' });
    assert.deepEqual(resolveText(text, 'fi', 'sv'), { text: 'Hej', lang: 'sv' });
    assert.deepEqual(resolveText('Hej', 'en', 'sv'), { text: 'Hej', lang: 'sv' });
    assert.equal(resolveText(undefined, 'sv', 'sv'), undefined);
  });

  test('selectText prefers the language over plainness', () => {
    const question = {
      text: { sv: 'Jag vet varför vi träffades.', fi: 'Tiedän, miksi tapasimme.' },
      plain: { text: { sv: 'Vet du varför?' } },
    };
    const opts = { defaultLang: 'sv' };
    assert.equal(selectText(question, 'text', { ...opts, lang: 'sv', plain: true })!.text, 'Vet du varför?');
    assert.equal(selectText(question, 'text', { ...opts, lang: 'sv' })!.text, 'Jag vet varför vi träffades.');
    assert.deepEqual(selectText(question, 'text', { ...opts, lang: 'fi', plain: true }), {
      text: 'Tiedän, miksi tapasimme.',
      lang: 'fi',
    });
    assert.deepEqual(selectText(question, 'text', { ...opts, lang: 'en', plain: true }), {
      text: 'Vet du varför?',
      lang: 'sv',
    });
  });
});

function survey(input: unknown): Survey {
  const result = parseSurvey(input);
  assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
  return result.survey;
}

const paged = survey({
  id: 's',
  version: 1,
  lang: 'sv',
  title: 'T',
  pages: [
    {
      id: 'p1',
      questions: [
        {
          id: 'roll',
          type: 'choice',
          text: 'Vem?',
          options: [
            { value: 'barn', text: 'Barn' },
            { value: 'vuxen', text: 'Vuxen' },
          ],
        },
        { id: 'mar', type: 'scale', text: 'Hur?', scale: 'smiley-3', allowDontKnow: true },
      ],
    },
    {
      id: 'p2',
      showIf: { question: 'roll', equals: 'vuxen' },
      questions: [
        {
          id: 'stod',
          type: 'multi',
          text: 'Vad?',
          options: [
            { value: 'a', text: 'A' },
            { value: 'b', text: 'B' },
          ],
        },
        {
          id: 'mer',
          type: 'text',
          text: 'Mer?',
          showIf: {
            all: [
              { question: 'stod', equals: 'b' },
              { question: 'mar', in: [1, 'dont_know'] },
            ],
          },
        },
      ],
    },
  ],
});

describe('questions and conditions', () => {
  test('iterateQuestions walks pages in order with paths', () => {
    assert.deepEqual(
      [...iterateQuestions(paged)].map((e) => [e.question.id, e.index, e.page?.id, e.path.join('.')]),
      [
        ['roll', 0, 'p1', 'pages.0.questions.0'],
        ['mar', 1, 'p1', 'pages.0.questions.1'],
        ['stod', 2, 'p2', 'pages.1.questions.0'],
        ['mer', 3, 'p2', 'pages.1.questions.1'],
      ],
    );
    assert.deepEqual(
      allQuestions(paged).map((q) => q.id),
      ['roll', 'mar', 'stod', 'mer'],
    );
  });

  test('evaluateCondition: equals, in, answered, all, any; multi answers match any chosen option', () => {
    assert.equal(evaluateCondition({ question: 'a', equals: 1 }, { a: 1 }), true);
    assert.equal(evaluateCondition({ question: 'a', equals: 1 }, { a: '1' }), false);
    assert.equal(evaluateCondition({ question: 'a', in: [1, 2] }, { a: 3 }), false);
    assert.equal(evaluateCondition({ question: 'a', answered: true }, { a: 'skipped' }), true);
    assert.equal(evaluateCondition({ question: 'a', answered: false }, {}), true);
    assert.equal(evaluateCondition({ question: 'm', equals: 'b' }, { m: ['a', 'b'] }), true);
    assert.equal(
      evaluateCondition({ question: 'g', item: 'kvall', in: [1, 2] }, { g: { dag: 4, kvall: 1 } }),
      true,
    );
    assert.equal(
      evaluateCondition(
        {
          any: [
            { question: 'a', equals: 1 },
            { question: 'b', equals: 2 },
          ],
        },
        { b: 2 },
      ),
      true,
    );
    assert.equal(
      evaluateCondition(
        {
          all: [
            { question: 'a', equals: 1 },
            { question: 'b', equals: 2 },
          ],
        },
        { b: 2 },
      ),
      false,
    );
    assert.equal(evaluateCondition({ question: 'constructor', answered: true }, {}), false);
  });

  test('visibleQuestionIds hides pages and questions, and ignores answers to hidden questions', () => {
    const ids = (answers: Record<string, unknown>) => [...visibleQuestionIds(paged, answers)];
    assert.deepEqual(ids({ roll: 'barn' }), ['roll', 'mar']);
    assert.deepEqual(ids({ roll: 'vuxen', stod: ['b'], mar: 'dont_know' }), ['roll', 'mar', 'stod', 'mer']);
    // stod is answered but its page is hidden, so mer is hidden too
    assert.deepEqual(ids({ roll: 'barn', stod: ['b'], mar: 1 }), ['roll', 'mar']);
  });

  test('isOrdinal is true where a mean is meaningful', () => {
    assert.equal(isOrdinal('smiley-5'), true);
    assert.equal(isOrdinal('agree-5'), true);
    assert.equal(isOrdinal('yes-partly-no'), false);
    assert.equal(isOrdinal('grade-3'), false);
    assert.equal(isOrdinal({ min: 1, max: 5 }), true);
    assert.equal(
      isOrdinal({
        options: [
          { value: 1, text: 'A' },
          { value: 2, text: 'B' },
        ],
      }),
      true,
    );
    assert.equal(
      isOrdinal({
        options: [
          { value: 'a', text: 'A' },
          { value: 'b', text: 'B' },
        ],
      }),
      false,
    );
    assert.equal(isOrdinal(allQuestions(paged)[0]!), false);
  });

  test('resolveScale gives options with labels and the display to use', () => {
    const numeric = resolveScale({ min: 0, max: 3, minLabel: 'Inte alls' });
    assert.deepEqual(
      numeric.options.map((o) => o.value),
      [0, 1, 2, 3],
    );
    assert.equal(numeric.display, 'number');
    const smiley = resolveScale('smiley-3');
    assert.deepEqual(smiley.options[0], {
      value: 1,
      text: { sv: 'Ledsen', en: 'Sad', fi: 'Surullinen', ar: 'حزين' },
      pictogram: { builtin: 'face-very-sad' },
    });
    // The three-face set is faces 1, 3 and 5 of the five-face art.
    assert.deepEqual(
      smiley.options.map((o) => o.pictogram),
      [{ builtin: 'face-very-sad' }, { builtin: 'face-neutral' }, { builtin: 'face-very-happy' }],
    );
    assert.equal(questionDisplay(allQuestions(paged)[1]!), 'smiley');
  });
});
