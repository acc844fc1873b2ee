/**
 * The collector refuses a publish (422 incomparable) exactly where the studio warns while the author types:
 * both use `compareVersions` from `@svara/schema/versions`. Checked here over many drafts against the same
 * published history, the collector's way (the union of every version) and the studio's (every version,
 * newest first).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import type { Survey } from '@svara/schema';
import { lintComparability } from '@svara/schema/versions';
import { compareVersions } from '../src/versions/compare.js';
import { unionSurvey } from '../src/versions/union.js';
import { survey } from './helpers.js';

const base = { id: 'hembesok', version: 1, lang: 'sv', title: 'Hembesöket' };
const yesNo = [
  { value: 'ja', text: 'Ja' },
  { value: 'nej', text: 'Nej' },
];
const v1 = survey({
  ...base,
  questions: [
    { id: 'bemotande', type: 'scale', scale: 'smiley-5', text: 'Hur blev du bemött?' },
    { id: 'annat', type: 'choice', text: 'Fick du hjälp med något annat?', options: yesNo },
    { id: 'kommentar', type: 'text', text: 'Något mer?' },
  ],
});
const v2 = survey({
  ...base,
  version: 2,
  questions: [
    { id: 'bemotande', type: 'scale', scale: 'smiley-5', text: 'Hur blev du bemött av oss?' },
    { id: 'kommentar', type: 'text', text: 'Något mer?' },
    { id: 'tid', type: 'choice', text: 'Kom vi i tid?', options: yesNo },
  ],
});
const published = [v2, v1];

/** Drafts of version 3: each kept id changed in one way or another, or not at all. */
const drafts: Record<string, unknown[]> = {
  'reworded only': [
    { id: 'bemotande', type: 'scale', scale: 'smiley-5', text: 'Hur var det?' },
    { id: 'kommentar', type: 'text', text: 'Vill du säga något mer?' },
  ],
  'options in another order': [
    { id: 'tid', type: 'choice', text: 'Kom vi i tid?', options: [...yesNo].reverse() },
  ],
  'another scale': [{ id: 'bemotande', type: 'scale', scale: 'smiley-3', text: 'Hur blev du bemött?' }],
  'a scale of words instead of faces': [
    { id: 'bemotande', type: 'scale', scale: 'yes-partly-no', text: 'Blev du bra bemött?' },
  ],
  'one more option': [
    {
      id: 'tid',
      type: 'choice',
      text: 'Kom vi i tid?',
      options: [...yesNo, { value: 'vet-inte', text: 'Vet inte' }],
    },
  ],
  'another type': [{ id: 'kommentar', type: 'scale', scale: 'yes-no', text: 'Något mer?' }],
  'a removed question back as another type': [
    { id: 'bemotande', type: 'scale', scale: 'smiley-5', text: 'Hur blev du bemött?' },
    { id: 'annat', type: 'text', text: 'Fick du hjälp med något annat?' },
  ],
  'a removed question back as it was': [
    { id: 'annat', type: 'choice', text: 'Fick du hjälp med något annat?', options: yesNo },
  ],
  'multi instead of choice, same values': [
    { id: 'tid', type: 'multi', text: 'Kom vi i tid?', options: yesNo },
  ],
};

const refusedBy = (next: Survey) =>
  compareVersions(unionSurvey(published), v2, next).issues.map((issue) => issue.path);
const warnedBy = (next: Survey) =>
  lintComparability(published, next)
    .filter((warning) => warning.code === 'incomparable')
    .map((warning) => warning.path);

describe('comparability: the collector refuses exactly what the studio warns about', () => {
  for (const [name, questions] of Object.entries(drafts)) {
    test(name, () => {
      const next = survey({ ...base, version: 3, questions });
      assert.deepEqual(refusedBy(next), warnedBy(next));
    });
  }

  test('and the cases are the expected ones', () => {
    const outcome = Object.fromEntries(
      Object.entries(drafts).map(([name, questions]) => [
        name,
        refusedBy(survey({ ...base, version: 3, questions })),
      ]),
    );
    assert.deepEqual(outcome, {
      'reworded only': [],
      'options in another order': [],
      'another scale': ['questions[0].scale'],
      'a scale of words instead of faces': ['questions[0].scale'],
      'one more option': ['questions[0].options'],
      'another type': ['questions[0].type'],
      'a removed question back as another type': ['questions[1].type'],
      'a removed question back as it was': [],
      'multi instead of choice, same values': ['questions[0].type'],
    });
  });

  test('the collector’s words name the question and what to do', () => {
    const next = survey({ ...base, version: 3, questions: drafts['another type']! });
    const [issue] = compareVersions(unionSurvey(published), v2, next, 'en').issues;
    assert.match(issue!.message, /"kommentar" was of type text .* now scale.*new id/);
  });
});
