/** Examples of `<svara-studio-translations>`: the single source for its stories, tests and axe checks. */
import { html } from 'lit';
import type { StudioExample } from '../../examples.js';
import { exampleDraft } from '../../examples.js';
import type { SvaraStudioTranslations } from './translations.js';
import './translations.define.js';

export type TranslationsExample = StudioExample<SvaraStudioTranslations>;

export const translationsExamples = {
  three: {
    title: 'Svenska, engelska och arabiska',
    description: 'Every text per language: English partly done, Arabic missing (written right to left).',
    render: () => html`<svara-studio-translations .draft=${exampleDraft()}></svara-studio-translations>`,
  },
  missingOnly: {
    title: 'Bara det som saknas',
    description: 'The table filtered to the texts that lack a translation.',
    render: () => html`<svara-studio-translations .draft=${exampleDraft()}></svara-studio-translations>`,
    prepare: async (element) => {
      element.shadowRoot!.querySelector<HTMLInputElement>('.check input')!.click();
      await element.updateComplete;
    },
  },
} satisfies Record<string, TranslationsExample>;
