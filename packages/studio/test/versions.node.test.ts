import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { parseSurvey } from '@svara/schema';
import type { Survey } from '@svara/schema';
import type { Draft } from '../src/model/draft.js';
import { moveQuestion, removeQuestion, setIn, setLanguages } from '../src/model/draft.js';
import { compareVersions } from '../src/model/versions.js';
import { childDraft } from './fixtures.js';

function parsed(draft: Draft): Survey {
  const result = parseSurvey(draft);
  assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
  return result.survey;
}

const words = (changes: ReturnType<typeof compareVersions>) =>
  changes.map((c) =>
    c.question ? `${c.question.number}:${c.question.id} ${c.kind}` : `${c.kind} ${c.field}`,
  );

describe('compareVersions', () => {
  const v1 = parsed(childDraft());

  test('the first version: every question is new', () => {
    assert.deepEqual(words(compareVersions(undefined, v1)), [
      '1:vet-varfor added',
      '2:lyssnade added',
      '3:kon added',
      '4:mer added',
    ]);
  });

  test('new wording, new options, a new condition and a new language', () => {
    let draft = setIn(childDraft(), ['questions', 1, 'text'], 'De vuxna lyssnade på det jag sa.');
    draft = setIn(draft, ['questions', 2, 'options', 2], { value: 'annat', text: 'Annat' });
    draft = setIn(draft, ['questions', 3, 'showIf'], { question: 'lyssnade', answered: true });
    draft = setIn(draft, ['questions', 0, 'plain', 'text'], 'Vet du varför vi sågs?');
    draft = setLanguages(draft, ['sv', 'en']);
    assert.deepEqual(words(compareVersions(v1, parsed(draft))), [
      'survey languages',
      '1:vet-varfor plain',
      '2:lyssnade reworded',
      '3:kon options',
      '4:mer condition',
    ]);
  });

  test('a removed question keeps its old number; a swap is one move', () => {
    const removed = parsed(removeQuestion(childDraft(), 2));
    assert.deepEqual(words(compareVersions(v1, removed)), ['3:kon removed']);
    const swapped = parsed(moveQuestion(childDraft(), 0, 1)!);
    assert.deepEqual(words(compareVersions(v1, swapped)), ['2:vet-varfor moved']);
  });

  test('options: other words, or the same ones in another order', () => {
    const reworded = parsed(setIn(childDraft(), ['questions', 2, 'options', 0, 'text'], 'Tjej'));
    assert.deepEqual(words(compareVersions(v1, reworded)), ['3:kon option-words']);
    const reordered = parsed(
      setIn(
        childDraft(),
        ['questions', 2, 'options'],
        [
          { value: 'pojke', text: 'Pojke' },
          { value: 'flicka', text: 'Flicka' },
        ],
      ),
    );
    assert.deepEqual(words(compareVersions(v1, reordered)), ['3:kon option-order']);
  });
});
