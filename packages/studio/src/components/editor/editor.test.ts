import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { expectNoAxeViolations } from '@svara/testing/axe';
import { setLocale } from '@svara/elements/localization';
import type { StudioEditEvent } from '../../events.js';
import { exampleDraft } from '../../examples.js';
import { getIn, languagesOf, questionsOf } from '../../model/draft.js';
import type { SvaraStudioEditor } from './editor.js';
import { editorExamples } from './editor.examples.js';
import type { EditorExample } from './editor.examples.js';
import { expectFitsNarrow } from '../../internal/layout-checks.js';
import './editor.define.js';

async function renderExample(example: EditorExample): Promise<SvaraStudioEditor> {
  await setLocale(example.locale ?? 'sv');
  const editor = await fixture<SvaraStudioEditor>(example.render());
  await editor.updateComplete;
  return editor;
}

describe('svara-studio-editor', () => {
  afterEach(async () => setLocale('sv'));

  describe('axe on every example', () => {
    for (const [key, example] of Object.entries(editorExamples) as [string, EditorExample][]) {
      it(`${key}: no violations`, async () => {
        await expectNoAxeViolations(await renderExample(example));
      });
    }
  });

  it('fits 320 px: a text and its plain variant stack, with their findings, inside the screen', async () => {
    await expectFitsNarrow(() => renderExample(editorExamples.child));
  });

  it('adds a question of the chosen type, opened, with focus asked for on its text', async () => {
    const editor = await renderExample(editorExamples.child);
    const select = editor.shadowRoot!.querySelector<HTMLSelectElement>('#new-type')!;
    select.value = 'choice';
    select.dispatchEvent(new Event('change'));
    setTimeout(() =>
      editor.shadowRoot!.querySelector<HTMLButtonElement>('[data-focus="add-question"]')!.click(),
    );
    const event = (await oneEvent(editor, 'studio-edit')) as StudioEditEvent;
    const added = questionsOf(event.draft).at(-1)!;
    expect(added.question.type).to.equal('choice');
    expect(event.focus?.target).to.equal('questions[4].text');
    expect(event.announcement).to.equal('Fråga 5 (Ett svar) har lagts till.');
  });

  it('the audience and the languages are svara controls that change the draft', async () => {
    const editor = await renderExample(editorExamples.child);
    const choices = editor.shadowRoot!.querySelectorAll('svara-choice');
    const audience = choices[0]!;
    audience.value = 'aac';
    setTimeout(() => audience.dispatchEvent(new Event('change')));
    const event = (await oneEvent(editor, 'studio-edit')) as StudioEditEvent;
    expect(getIn(event.draft, ['audience'])).to.equal('aac');
    const languages = choices[1]!;
    languages.values = ['sv', 'en', 'ar', 'so'];
    setTimeout(() => languages.dispatchEvent(new Event('change')));
    const next = (await oneEvent(editor, 'studio-edit')) as StudioEditEvent;
    expect(languagesOf(next.draft)).to.deep.equal(['sv', 'en', 'ar', 'so']);
  });

  it('reveal opens the question a path is in and focuses that field', async () => {
    const editor = await fixture<SvaraStudioEditor>(
      html`<svara-studio-editor .draft=${exampleDraft()}></svara-studio-editor>`,
    );
    expect(await editor.reveal('questions[2].options[1].text')).to.equal(true);
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    expect(active?.localName).to.equal('input');
    expect((active as HTMLInputElement).value).to.equal('Pojke');
  });

  it('an open question stays open while its id follows the text being typed', async () => {
    const editor = await fixture<SvaraStudioEditor>(
      html`<svara-studio-editor .draft=${exampleDraft()}></svara-studio-editor>`,
    );
    expect(await editor.reveal('questions[0].text')).to.equal(true);
    const question = () => editor.shadowRoot!.querySelectorAll('svara-studio-question')[0]!;
    expect(question().expanded).to.equal(true);
    // The draft comes back with the id made from the new text (as the page does after each key).
    const questions = getIn(exampleDraft(), ['questions']) as Record<string, unknown>[];
    const renamed = {
      ...exampleDraft(),
      questions: [{ ...questions[0], id: 'vet-du' }, ...questions.slice(1)],
    };
    editor.draft = renamed;
    await editor.updateComplete;
    expect(question().expanded).to.equal(true);
    // A move is not a rename: the other questions stay as they were.
    expect(editor.shadowRoot!.querySelectorAll('svara-studio-question')[1]!.expanded).to.equal(false);
  });
});
