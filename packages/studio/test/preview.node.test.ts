import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { parseSurvey } from '@svara/schema';
import type { Survey } from '@svara/schema';
import type { Draft } from '../src/model/draft.js';
import { setIn, setLanguages } from '../src/model/draft.js';
import { previewKinds, previewSpec, previewStart, requiredPreviews } from '../src/model/preview.js';
import { childDraft } from './fixtures.js';

function parsed(draft: Draft): Survey {
  const result = parseSurvey(draft);
  assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
  return result.survey;
}

describe('previews', () => {
  const survey = parsed(
    setIn(setLanguages(childDraft(), ['sv', 'ar']), ['title'], { sv: 'Hej', ar: 'مرحبا' }),
  );

  test('every audience, lättläst, each other language and the phone interview; the own audience first', () => {
    assert.deepEqual(previewKinds(survey), ['child', 'general', 'aac', 'plain', 'lang:ar', 'interview']);
    assert.deepEqual(requiredPreviews(survey), ['child', 'plain', 'lang:ar']);
  });

  test('how each is set up: Arabic right to left, AAC with pictures, the interview mode', () => {
    assert.deepEqual(previewSpec('lang:ar', survey), {
      kind: 'lang:ar',
      audience: 'child',
      lang: 'ar',
      dir: 'rtl',
      plain: false,
      pictograms: false,
      mode: 'web',
      width: 360,
    });
    assert.equal(previewSpec('aac', survey).pictograms, true);
    assert.equal(previewSpec('interview', survey).mode, 'interview');
    assert.equal(previewSpec('general', survey).width, 480);
  });

  test('opens at the question being edited, shown even where its condition would hide it', () => {
    const start = previewStart(survey, previewSpec('child', survey), { questionId: 'mer' });
    assert.deepEqual([start.started, start.step], [true, 'mer']);
    assert.equal(start.definition.questions?.[3]?.showIf, undefined);
    assert.equal(start.definition.id, 'forhandsvisning-child');
    const general = previewStart(survey, previewSpec('general', survey), { questionId: 'kon' });
    assert.deepEqual(
      [general.started, general.step],
      [true, 'all'],
      'adults get every question on one screen',
    );
    const home = previewStart(survey, previewSpec('child', survey), {});
    assert.deepEqual([home.started, home.step], [false, ''], 'no question: the start screen');
  });

  test('a survey only for interviews can still be previewed for the web', () => {
    const interviews = parsed({ ...childDraft(), modes: ['interview'] });
    assert.deepEqual(requiredPreviews(interviews).at(-1), 'interview');
    assert.equal(previewStart(interviews, previewSpec('child', interviews), {}).definition.modes, undefined);
  });
});
