/** Examples of `<svara-studio-editor>`: the single source for its stories, tests and axe checks. */
import { html } from 'lit';
import type { StudioExample } from '../../examples.js';
import { exampleDraft } from '../../examples.js';
import { checkDraft } from '../../model/check.js';
import type { SvaraStudioEditor } from './editor.js';
import './editor.define.js';

export type EditorExample = StudioExample<SvaraStudioEditor>;

export const editorExamples = {
  child: {
    title: 'Barnenkät',
    description:
      'The form of the children’s survey: its texts with plain variants, audience, languages, privacy, the questions and "Efter svaret".',
    render: () => {
      const draft = exampleDraft();
      const check = checkDraft(draft);
      return html`<svara-studio-editor
        .draft=${draft}
        .findings=${[...check.errors, ...check.warnings]}
      ></svara-studio-editor>`;
    },
  },
  english: {
    title: 'På engelska',
    description: 'The same form with the studio in English.',
    locale: 'en',
    render: () => {
      const draft = exampleDraft();
      const check = checkDraft(draft, { locale: 'en' });
      return html`<svara-studio-editor
        .draft=${draft}
        .findings=${[...check.errors, ...check.warnings]}
      ></svara-studio-editor>`;
    },
  },
} satisfies Record<string, EditorExample>;
