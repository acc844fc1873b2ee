import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { parseSurvey } from '../src/index.js';
import type { Survey } from '../src/index.js';
import { compareVersions, lintComparability } from '../src/versions.js';
import { surveyWith } from './fixtures.js';

function survey(questions: unknown[]): Survey {
  const result = parseSurvey(surveyWith(questions));
  assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
  return result.survey;
}

const kon = (values: string[]) => ({
  id: 'kon',
  type: 'choice',
  text: 'Är du',
  options: values.map((value) => ({ value, text: value })),
});
const smiley = (id: string, scale = 'smiley-5') => ({ id, type: 'scale', scale, text: 'Jag mår bra.' });
const paths = (problems: { path: (string | number)[] }[]) => problems.map((p) => p.path.join('.'));

describe('compareVersions: the one comparability rule of the studio and the collector', () => {
  const v1 = survey([smiley('bra'), kon(['flicka', 'pojke']), { id: 'annat', type: 'text', text: 'Annat?' }]);
  const v2 = survey([smiley('bra'), kon(['flicka', 'pojke'])]); // "annat" removed

  test('nothing published: nothing is incomparable', () => {
    assert.deepEqual(compareVersions([], v1), []);
  });

  test('new words, a new order of questions and of options keep answers comparable', () => {
    const next = survey([kon(['pojke', 'flicka']), smiley('bra')]);
    assert.deepEqual(compareVersions([v2, v1], next), []);
  });

  test('another type, another scale, other option values: each at its path, with what it was and is', () => {
    const next = survey([
      smiley('bra', 'smiley-3'),
      kon(['flicka', 'pojke', 'annat']),
      { id: 'annat', type: 'scale', scale: 'yes-no', text: 'Annat?' },
    ]);
    const problems = compareVersions([v2, v1], next);
    assert.deepEqual(paths(problems), ['questions.0.scale', 'questions.1.options', 'questions.2.type']);
    assert.deepEqual(
      problems.map((p) => p.change),
      ['scale', 'options', 'type'],
    );
    assert.deepEqual([problems[2]!.was, problems[2]!.now], ['text', 'scale']);
    assert.equal(problems[1]!.now, '"flicka", "pojke", "annat"');
  });

  test('a question removed in an earlier version cannot come back with another meaning', () => {
    const back = survey([smiley('bra'), kon(['flicka', 'pojke']), smiley('annat')]);
    // Against the latest version alone "annat" looks new; against every version it is not.
    assert.deepEqual(compareVersions([v2], back), []);
    assert.deepEqual(paths(compareVersions([v2, v1], back)), ['questions.2.type']);
  });

  test('the newest version that asked a question decides what it means', () => {
    const v3 = survey([smiley('bra', 'smiley-3'), kon(['flicka', 'pojke'])]);
    // v3 changed the scale (refused by the collector, but say it was published by an operator): v4 keeps v3's.
    assert.deepEqual(compareVersions([v3, v2, v1], survey([smiley('bra', 'smiley-3')])), []);
  });
});

describe('lintComparability warns exactly where compareVersions refuses', () => {
  const v1 = survey([smiley('bra'), { id: 'annat', type: 'text', text: 'Annat?' }]);
  const v2 = survey([smiley('bra')]);
  const next = survey([smiley('bra', 'smiley-3'), smiley('annat')]);

  test('given every version, it also names a question removed earlier', () => {
    const warnings = lintComparability([v2, v1], next).filter((w) => w.code === 'incomparable');
    assert.deepEqual(
      warnings.map((w) => w.path),
      compareVersions([v2, v1], next).map((p) => `questions[${p.path[1]}].${p.path[2]}`),
    );
    assert.deepEqual(
      warnings.map((w) => w.path),
      ['questions[0].scale', 'questions[1].type'],
    );
  });

  test('given one version (as before), the same as compareVersions with that version', () => {
    const warnings = lintComparability(v2, next).filter((w) => w.code === 'incomparable');
    assert.deepEqual(
      warnings.map((w) => w.path),
      ['questions[0].scale'],
    );
  });

  test('a reused id of an earlier version is not called a renamed question', () => {
    assert.deepEqual(
      lintComparability([v2, v1], next).map((w) => w.code),
      ['incomparable', 'incomparable'],
    );
  });
});
