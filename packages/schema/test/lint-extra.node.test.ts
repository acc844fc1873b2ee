import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { lintPictograms, lintReadAloud, lintSurvey, parseSurvey } from '../src/index.js';
import { lintComparability } from '../src/versions.js';
import type { Survey } from '../src/index.js';
import { surveyWith } from './fixtures.js';

function survey(questions: unknown[], extra: Record<string, unknown> = {}): Survey {
  const result = parseSurvey(surveyWith(questions, extra));
  assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
  return result.survey;
}

const where = (issues: { path: string; code: string }[]) => issues.map((w) => `${w.path} ${w.code}`);

const smiley = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  type: 'scale',
  scale: 'smiley-5',
  text: 'Jag mår bra.',
  ...extra,
});

describe('lint warnings carry the values of their message', () => {
  test('lix gives the measured value and the audience limit', () => {
    const s = survey([smiley('a', { text: 'Socialtjänstens handläggning uppfyllde förväntningarna.' })]);
    const lix = lintSurvey(s).find((w) => w.code === 'lix');
    assert.deepEqual(lix?.params, { lix: 104, max: 40 });
  });
});

describe('lintReadAloud', () => {
  test('a question in a language no common device can read, without a recording, is reported once per language', () => {
    const s = survey([smiley('a', { text: { sv: 'Jag mår bra.', so: 'Waan fiicanahay.' } })], {
      languages: ['sv', 'so'],
      title: { sv: 'Test', so: 'Tijaabo' },
    });
    const warnings = lintReadAloud(s);
    assert.deepEqual(where(warnings), ['questions[0].audio no-voice']);
    assert.match(warnings[0]!.message, /somaliska \(so\)/);
    assert.equal(warnings[0]!.params['lang'], 'so');
  });

  test('a recording of the question and of each of its own options is enough; a voice is enough', () => {
    const choice = {
      id: 'c',
      type: 'choice',
      text: { sv: 'Välj.', so: 'Dooro.' },
      audio: { so: '/ljud/c.mp3' },
      options: [
        { value: 'a', text: { sv: 'A', so: 'A' }, audio: { so: '/ljud/a.mp3' } },
        { value: 'b', text: { sv: 'B', so: 'B' } },
      ],
    };
    const s = survey([choice], { languages: ['sv', 'so'], title: { sv: 'T', so: 'T' } });
    assert.deepEqual(where(lintReadAloud(s)), ['questions[0].audio no-voice'], 'option b has no recording');
    choice.options[1] = { ...choice.options[1]!, audio: { so: '/ljud/b.mp3' } };
    const recorded = survey([choice], { languages: ['sv', 'so'], title: { sv: 'T', so: 'T' } });
    assert.deepEqual(lintReadAloud(recorded), []);
    assert.deepEqual(lintReadAloud(s, { voices: ['sv', 'so-SO'] }), [], 'a device that has the voice');
    assert.deepEqual(lintReadAloud(survey([smiley('a')])), [], 'Swedish has voices');
  });

  test('without a Swedish voice every Swedish question without a recording is reported', () => {
    const s = survey([smiley('a'), smiley('b', { audio: { sv: '/ljud/b.mp3' } })]);
    assert.deepEqual(where(lintReadAloud(s, { voices: [], locale: 'en' })), ['questions[0].audio no-voice']);
  });
});

describe('lintPictograms', () => {
  const aac = {
    id: 'c',
    type: 'choice',
    text: 'Var vill du bo?',
    pictogram: { arasaac: 6964 },
    options: [
      { value: 'hemma', text: 'Hemma', pictogram: { arasaac: 6964 } },
      { value: 'skola', text: 'Skolan', pictogram: { arasaac: 3082 } },
      {
        value: 'annat',
        text: 'Annat',
        pictogram: { src: 'https://static.arasaac.org/pictograms/5584/5584_500.png', alt: 'Ja' },
      },
      { value: 'eget', text: 'Eget', pictogram: { src: '/bilder/eget.png', alt: 'Eget' } },
    ],
  };

  test('ARASAAC ids the server does not host are reported where they are used', () => {
    const warnings = lintPictograms(survey([aac]), { hosted: [6964] });
    assert.deepEqual(where(warnings), [
      'questions[0].options[1].pictogram pictogram-not-hosted',
      'questions[0].options[2].pictogram.src pictogram-third-party',
    ]);
    assert.match(warnings[0]!.message, /ARASAAC 3082 finns inte på servern/);
  });

  test('without a list of hosted ids only pictures from arasaac.org itself are reported', () => {
    assert.deepEqual(where(lintPictograms(survey([aac]))), [
      'questions[0].options[2].pictogram.src pictogram-third-party',
    ]);
  });
});

describe('lintComparability', () => {
  const v1 = survey([
    smiley('vet-varfor'),
    {
      id: 'kon',
      type: 'choice',
      text: 'Är du',
      options: [
        { value: 'flicka', text: 'Flicka' },
        { value: 'pojke', text: 'Pojke' },
      ],
    },
    { id: 'ovrigt', type: 'text', text: 'Något mer?' },
  ]);

  test('a new wording and a new order keep the answers comparable', () => {
    const v2 = survey([
      { id: 'ovrigt', type: 'text', text: 'Vill du säga något mer?' },
      smiley('vet-varfor', { text: 'Jag vet varför vi sågs.' }),
      {
        id: 'kon',
        type: 'choice',
        text: 'Är du',
        options: [
          { value: 'pojke', text: 'Kille' },
          { value: 'flicka', text: 'Tjej' },
        ],
      },
    ]);
    assert.deepEqual(lintComparability(v1, v2), []);
  });

  test('a kept id with another type, scale or option values is incomparable', () => {
    const v2 = survey([
      smiley('vet-varfor', { scale: 'smiley-3' }),
      {
        id: 'kon',
        type: 'choice',
        text: 'Är du',
        options: [
          { value: 'flicka', text: 'Flicka' },
          { value: 'pojke', text: 'Pojke' },
          { value: 'annat', text: 'Annat' },
        ],
      },
      { id: 'ovrigt', type: 'scale', scale: 'yes-no', text: 'Något mer?' },
    ]);
    const warnings = lintComparability(v1, v2);
    assert.deepEqual(where(warnings), [
      'questions[0].scale incomparable',
      'questions[1].options incomparable',
      'questions[2].type incomparable',
    ]);
    assert.match(warnings[0]!.message, /bytt skala/);
  });

  test('a question that only changed its id is reported at the new id', () => {
    const v2 = survey([smiley('vet-varfor-2'), { id: 'ovrigt', type: 'text', text: 'Något mer?' }]);
    const warnings = lintComparability(v1, v2, { locale: 'en' });
    assert.deepEqual(where(warnings), ['questions[0].id id-changed']);
    assert.deepEqual(warnings[0]!.params, { id: 'vet-varfor-2', previous: 'vet-varfor' });
    assert.match(warnings[0]!.message, /"vet-varfor" became "vet-varfor-2"/);
  });

  test('a new question of another kind is simply new', () => {
    const v2 = survey([{ id: 'trygg', type: 'scale', scale: 'yes-no', text: 'Känner du dig trygg?' }]);
    assert.deepEqual(lintComparability(v1, v2), []);
  });
});
