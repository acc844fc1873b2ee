import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import {
  addOption,
  addQuestion,
  changeQuestionType,
  dependentsOf,
  duplicateQuestion,
  followText,
  getIn,
  languagesOf,
  moveOption,
  moveQuestion,
  questionsOf,
  removeOption,
  removeQuestion,
  renameQuestion,
  setIn,
  setLanguages,
  setText,
  slugify,
  textIn,
} from '../src/model/draft.js';
import { EditHistory } from '../src/model/history.js';
import { childDraft } from './fixtures.js';

const ids = (draft: Record<string, unknown>) => questionsOf(draft).map((q) => q.question.id);

describe('paths', () => {
  test('setIn copies what it changes and never the rest', () => {
    const draft = childDraft();
    const next = setIn(draft, ['questions', 0, 'text'], 'Ny text.');
    assert.equal(getIn(next, ['questions', 0, 'text']), 'Ny text.');
    assert.equal(
      getIn(draft, ['questions', 0, 'text']),
      'Jag vet varför vi träffades.',
      'the old draft is untouched',
    );
    assert.equal(getIn(next, ['questions', 1]), getIn(draft, ['questions', 1]), 'unchanged parts are shared');
  });

  test('removing the last plain text removes the empty plain object', () => {
    const next = setIn(childDraft(), ['questions', 0, 'plain', 'text'], undefined);
    assert.equal(getIn(next, ['questions', 0, 'plain']), undefined);
    assert.ok(!Object.hasOwn(getIn(next, ['questions', 0]) as object, 'plain'));
  });
});

describe('texts and languages', () => {
  test('a one-language survey keeps plain strings; another language turns the text into an object', () => {
    let draft = setText(childDraft(), ['title'], 'sv', 'Hej!');
    assert.equal(draft['title'], 'Hej!');
    draft = setLanguages(draft, ['sv', 'ar']);
    assert.deepEqual(languagesOf(draft), ['sv', 'ar']);
    draft = setText(draft, ['title'], 'ar', 'مرحبا');
    assert.deepEqual(draft['title'], { sv: 'Hej!', ar: 'مرحبا' });
    assert.equal(textIn(draft, ['title'], 'ar'), 'مرحبا');
    assert.equal(textIn(draft, ['intro'], 'ar'), '', 'the intro has no Arabic yet');
  });

  test('emptying a required text keeps it empty (so it is reported); an optional one is removed', () => {
    assert.equal(
      setText(childDraft(), ['questions', 0, 'text'], 'sv', '')['questions'] instanceof Array,
      true,
    );
    assert.equal(
      getIn(setText(childDraft(), ['questions', 0, 'text'], 'sv', ''), ['questions', 0, 'text']),
      '',
    );
    const withoutIntro = setText(childDraft(), ['intro'], 'sv', '', { optional: true });
    assert.ok(!Object.hasOwn(withoutIntro, 'intro'));
    const bilingual = setLanguages(childDraft(), ['sv', 'en']);
    const translated = setText(bilingual, ['intro'], 'en', 'Some questions.');
    assert.deepEqual(setText(translated, ['intro'], 'en', '', { optional: true })['intro'], {
      sv: 'Du får svara på några frågor. Det går fort.',
    });
  });

  test('the main language stays first and is never removed', () => {
    assert.deepEqual(languagesOf(setLanguages(childDraft(), ['en', 'ar'])), ['sv', 'en', 'ar']);
    assert.ok(!Object.hasOwn(setLanguages(childDraft(), []), 'languages'));
  });
});

describe('questions', () => {
  test('a new question gets a free id and what its type needs; for children a scale has faces', () => {
    const { draft, index, id } = addQuestion(childDraft(), 'scale', { after: 0 });
    assert.equal(index, 1);
    assert.equal(id, 'fraga-5');
    assert.deepEqual(questionsOf(draft)[1]!.question, {
      id: 'fraga-5',
      type: 'scale',
      text: '',
      scale: 'smiley-5',
    });
    const choice = addQuestion(childDraft(), 'choice');
    assert.equal(ids(choice.draft).at(-1), 'fraga-5');
    assert.equal((questionsOf(choice.draft).at(-1)!.question as { options: unknown[] }).options.length, 2);
  });

  test('moving up and down within the list, never past its ends', () => {
    const draft = childDraft();
    assert.deepEqual(ids(moveQuestion(draft, 2, -1)!), ['vet-varfor', 'kon', 'lyssnade', 'mer']);
    assert.deepEqual(ids(moveQuestion(draft, 0, 1)!), ['lyssnade', 'vet-varfor', 'kon', 'mer']);
    assert.equal(moveQuestion(draft, 0, -1), undefined);
    assert.equal(moveQuestion(draft, 3, 1), undefined);
  });

  test('deleting, and undoing the deletion, with the step named', () => {
    let t = 1000;
    const history = new EditHistory(childDraft(), () => t);
    history.commit(removeQuestion(history.current, 1), { label: 'Ta bort fråga 2' });
    assert.deepEqual(ids(history.current), ['vet-varfor', 'kon', 'mer']);
    assert.equal(history.undoLabel, 'Ta bort fråga 2');
    t += 10;
    assert.equal(history.undo(), 'Ta bort fråga 2');
    assert.deepEqual(ids(history.current), ['vet-varfor', 'lyssnade', 'kon', 'mer']);
    assert.equal(history.redo(), 'Ta bort fråga 2');
    assert.deepEqual(ids(history.current), ['vet-varfor', 'kon', 'mer']);
  });

  test('typing in one field is one undo step; a pause or another field starts a new one', () => {
    let t = 0;
    const history = new EditHistory(childDraft(), () => t);
    for (const text of ['J', 'Ja', 'Jag']) {
      t += 200;
      history.commit(setText(history.current, ['title'], 'sv', text), { label: 'Rubrik', group: 'title' });
    }
    t += 5000;
    history.commit(setText(history.current, ['title'], 'sv', 'Jag!'), { label: 'Rubrik', group: 'title' });
    history.undo();
    assert.equal(history.current['title'], 'Jag');
    history.undo();
    assert.equal(history.current['title'], 'Vad tyckte du om att träffa oss?');
    assert.equal(history.canUndo, false);
  });

  test('changing the type keeps the texts and condition, and what the new type can use', () => {
    const draft = changeQuestionType(childDraft(), 2, 'multi');
    const multi = questionsOf(draft)[2]!.question as Record<string, unknown>;
    assert.equal(multi['type'], 'multi');
    assert.deepEqual(multi['options'], [
      { value: 'flicka', text: 'Flicka' },
      { value: 'pojke', text: 'Pojke' },
    ]);
    const text = questionsOf(changeQuestionType(childDraft(), 0, 'text'))[0]!.question as Record<
      string,
      unknown
    >;
    assert.deepEqual(text, {
      id: 'vet-varfor',
      type: 'text',
      text: 'Jag vet varför vi träffades.',
      plain: { text: 'Vet du varför vi träffades?' },
    });
    const scale = questionsOf(changeQuestionType(childDraft(), 3, 'scale'))[3]!.question as Record<
      string,
      unknown
    >;
    assert.deepEqual(scale['showIf'], { question: 'lyssnade', in: [1, 2] });
    assert.equal(scale['scale'], 'smiley-5');
  });

  test('a renamed question takes its conditions along; deleting names who depends on it', () => {
    const draft = renameQuestion(childDraft(), 1, 'vuxna-lyssnade');
    assert.deepEqual((questionsOf(draft)[3]!.question as { showIf?: unknown }).showIf, {
      question: 'vuxna-lyssnade',
      in: [1, 2],
    });
    assert.deepEqual(
      dependentsOf(childDraft(), 'lyssnade').map((q) => q.question.id),
      ['mer'],
    );
  });

  test('a copy comes right after the question, with a new id', () => {
    const { draft, index } = duplicateQuestion(childDraft(), 0);
    assert.equal(index, 1);
    assert.deepEqual(ids(draft), ['vet-varfor', 'vet-varfor-kopia', 'lyssnade', 'kon', 'mer']);
  });

  test('questions on pages are found and moved within their page', () => {
    const paged = {
      ...childDraft(),
      questions: undefined,
      pages: [
        {
          id: 'a',
          questions: [
            { id: 'x', type: 'text', text: 'X?' },
            { id: 'y', type: 'text', text: 'Y?' },
          ],
        },
        { id: 'b', questions: [{ id: 'z', type: 'text', text: 'Z?' }] },
      ],
    };
    assert.deepEqual(
      questionsOf(paged).map((q) => q.path),
      [
        ['pages', 0, 'questions', 0],
        ['pages', 0, 'questions', 1],
        ['pages', 1, 'questions', 0],
      ],
    );
    assert.deepEqual(ids(moveQuestion(paged, 1, -1)!), ['y', 'x', 'z']);
    assert.equal(moveQuestion(paged, 2, -1), undefined, 'moving across pages is done in the JSON view');
    assert.deepEqual(ids(addQuestion(paged, 'text', { after: 0 }).draft), ['x', 'fraga-4', 'y', 'z']);
  });
});

describe('options', () => {
  const list = ['questions', 2, 'options'];
  test('added with a free value, moved and removed', () => {
    let draft = addOption(childDraft(), list);
    assert.deepEqual(getIn(draft, [...list, 2]), { value: 'alternativ-3', text: '' });
    draft = moveOption(draft, list, 2, -1)!;
    assert.deepEqual(
      (getIn(draft, list) as { value: string }[]).map((o) => o.value),
      ['flicka', 'alternativ-3', 'pojke'],
    );
    assert.equal(moveOption(draft, list, 0, -1), undefined);
    draft = removeOption(draft, list, 0);
    assert.deepEqual(
      (getIn(draft, list) as { value: string }[]).map((o) => o.value),
      ['alternativ-3', 'pojke'],
    );
  });

  test('a statement of a scale group gets an id, not a value', () => {
    const draft = addOption({ questions: [{ id: 'g', type: 'scale-group', items: [] }] }, [
      'questions',
      0,
      'items',
    ]);
    assert.deepEqual(getIn(draft, ['questions', 0, 'items', 0]), { id: 'pastaende-1', text: '' });
  });
});

describe('ids that follow their text', () => {
  test('slugs fold Swedish letters and stop at 40 characters', () => {
    assert.equal(slugify('Jag vet varför vi träffades.'), 'jag-vet-varfor-vi-traffades');
    assert.equal(slugify('Ålder och kön'), 'alder-och-kon');
    assert.equal(slugify('x'.repeat(50)).length, 40);
  });

  test('a generated id follows the text; a chosen or published one never changes', () => {
    const taken = new Set(['fraga-3', 'trygg']);
    assert.equal(followText('fraga-3', '', 'Känner du dig trygg?', taken), 'kanner-du-dig-trygg');
    assert.equal(
      followText('kanner-du-dig', 'Känner du dig', 'Känner du dig trygg?', taken),
      'kanner-du-dig-trygg',
    );
    assert.equal(followText('trygg', 'Känner du dig', 'Trygg', taken), 'trygg', 'chosen by the author');
    assert.equal(followText('fraga-3', '', 'Trygg', taken), 'trygg-2', 'never a taken id');
    assert.equal(followText('fraga-3', '', 'Trygg', taken, new Set(['fraga-3'])), 'fraga-3', 'published');
    assert.equal(followText('fraga-3', '', '?', taken), 'fraga-3', 'no letters to make an id from');
  });
});
