import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { parseSurvey } from '@svara/schema';
import { checkDraft, findingKey, findingsAt, findingsWithin } from '../src/model/check.js';
import { setIn } from '../src/model/draft.js';
import { goLiveChecklist, previewKey, readyToPublish } from '../src/model/checklist.js';
import { childDraft } from './fixtures.js';

const hard = 'Socialtjänstens handläggning uppfyllde förväntningarna beträffande informationen.';

describe('checkDraft', () => {
  test('a clean children’s survey is valid, previewable and has no warnings', () => {
    const result = checkDraft(childDraft());
    assert.equal(result.valid, true);
    assert.equal(result.previewable?.id, 'familjeenheten-barn');
    assert.deepEqual(result.errors, []);
    assert.deepEqual(result.warnings, []);
  });

  test('a too-hard sentence for children is a lix warning at the question’s text, with its numbers', () => {
    const result = checkDraft(setIn(childDraft(), ['questions', 1, 'text'], hard));
    const [lix] = findingsAt(result.warnings, 'questions[1].text').filter((w) => w.code === 'lix');
    assert.ok(lix);
    assert.equal(lix.params['max'], 30);
    assert.ok(Number(lix.params['lix']) > 30);
    assert.equal(lix.key, 'lint:lix:lyssnade.text', 'named by the question id, not its position');
  });

  test('an invalid question is an error at its field; the rest can still be previewed', () => {
    const draft = setIn(childDraft(), ['questions', 2, 'options'], [{ value: 'flicka', text: '' }]);
    const result = checkDraft(draft);
    assert.equal(result.valid, false);
    assert.deepEqual(result.errors.map((e) => `${e.path} ${e.code}`).sort(), [
      'questions[2].options options-few',
      'questions[2].options[0].text text-empty',
    ]);
    assert.ok(findingsWithin(result.errors, 'questions[2].options').length >= 1);
    assert.deepEqual(result.leftOut, ['kon']);
    assert.deepEqual(
      result.previewable?.questions?.map((q) => q.id),
      ['vet-varfor', 'lyssnade', 'mer'],
    );
  });

  test('a draft broken outside its questions cannot be previewed', () => {
    const result = checkDraft(setIn(childDraft(), ['title'], ''));
    assert.equal(result.valid, false);
    assert.equal(result.previewable, undefined);
    assert.equal(result.errors[0]?.path, 'title');
  });

  test('compared with the published version, a renamed id and a changed scale are warned about', () => {
    const previous = parseSurvey(childDraft());
    assert.ok(previous.ok);
    let draft = setIn(childDraft(), ['questions', 0, 'id'], 'vet-du-varfor');
    draft = setIn(draft, ['questions', 1, 'scale'], 'smiley-3');
    const codes = checkDraft(draft, { previous: previous.survey }).warnings.map((w) => `${w.path} ${w.code}`);
    assert.deepEqual(codes, ['questions[0].id id-changed', 'questions[1].scale incomparable']);
  });

  test('compared with every published version: a question removed earlier cannot come back as another type', () => {
    const v1 = parseSurvey(childDraft());
    assert.ok(v1.ok);
    const withoutKon = (childDraft()['questions'] as { id: string }[]).filter((q) => q.id !== 'kon');
    const v2 = parseSurvey({ ...childDraft(), version: 2, questions: withoutKon });
    assert.ok(v2.ok);
    const back = setIn(setIn(childDraft(), ['questions'], withoutKon), ['questions', withoutKon.length], {
      id: 'kon',
      type: 'text',
      text: 'Vem är du?',
    });
    const codes = (context: Parameters<typeof checkDraft>[1]) =>
      checkDraft(back, context)
        .warnings.filter((w) => w.code === 'incomparable' || w.code === 'id-changed')
        .map((w) => `${w.path} ${w.code}`);
    // The latest version alone has no "kon"; the collector compares with every version, and so does the studio.
    assert.deepEqual(codes({ previous: v2.survey }), []);
    assert.deepEqual(codes({ previous: v2.survey, published: [v2.survey, v1.survey] }), [
      `questions[${withoutKon.length}].type incomparable`,
    ]);
  });

  test('keys name questions on pages by id too', () => {
    const paged = { pages: [{ id: 'p', questions: [{ id: 'x' }] }] };
    assert.equal(findingKey(paged, 'lix', 'pages[0].questions[0].text'), 'lint:lix:x.text');
    assert.equal(findingKey(paged, 'lix-overall', ''), 'lint:lix-overall:');
  });
});

describe('goLiveChecklist', () => {
  const approved = { by: 'b@stad.se', at: '2027-01-10T10:00:00Z', revision: 7 };

  test('everything done: valid, texts written, warnings acknowledged, previews seen, approved by another', () => {
    const check = checkDraft(setIn(childDraft(), ['questions', 1, 'text'], hard));
    const acknowledged = new Set([
      ...check.warnings.map((w) => w.key),
      previewKey('child'),
      previewKey('plain'),
    ]);
    const items = goLiveChecklist({
      check,
      acknowledged,
      revision: 7,
      updatedBy: 'a@stad.se',
      approvals: [approved],
    });
    assert.deepEqual(
      items.filter((i) => !i.done).map((i) => i.id),
      [],
    );
    assert.ok(readyToPublish(items));
  });

  test('what is missing, item by item', () => {
    let draft = setIn(childDraft(), ['privacy', 'contact'], undefined);
    draft = setIn(draft, ['thanks'], undefined);
    draft = setIn(draft, ['questions', 1, 'text'], hard);
    draft = setIn(draft, ['languages'], ['sv', 'ar']);
    const check = checkDraft(draft);
    const items = goLiveChecklist({
      check,
      acknowledged: new Set([previewKey('child')]),
      revision: 8,
      updatedBy: 'a@stad.se',
      approvals: [approved, { by: 'a@stad.se', at: '2027-01-11T10:00:00Z', revision: 8 }],
    });
    const missing = Object.fromEntries(items.map((i) => [i.id, i.missing]));
    assert.deepEqual(missing['contact'], ['privacy.contact']);
    assert.deepEqual(missing['next'], ['thanks']);
    assert.ok(missing['warnings']!.includes('lint:lix:lyssnade.text'));
    assert.deepEqual(missing['previews'], ['plain', 'lang:ar']);
    assert.deepEqual(
      missing['approval'],
      ['approval'],
      'an older revision’s approval and the author’s own do not count',
    );
    assert.equal(readyToPublish(items), false);
  });
});
