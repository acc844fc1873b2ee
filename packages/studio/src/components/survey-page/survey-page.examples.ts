/**
 * Examples of `<svara-studio-survey-page>`: the single source for its stories, tests and axe checks. The draft
 * comes from memory (no server): the page behaves as with the collector, saving included.
 */
import { html } from 'lit';
import type { StudioExample } from '../../examples.js';
import { exampleDraft } from '../../examples.js';
import { MemoryDraftSource } from '../../model/draft-session.js';
import { examplePreviewUrl } from '../preview/preview.examples.js';
import type { SurveyTab, SvaraStudioSurveyPage } from './survey-page.js';
import './survey-page.define.js';

export type SurveyPageExample = StudioExample<SvaraStudioSurveyPage>;

/** A fresh in-memory draft for each rendering, so examples never share a save. */
export function exampleSource(): MemoryDraftSource {
  return new MemoryDraftSource({
    definition: exampleDraft(),
    revision: 1,
    updatedBy: 'anna@stad.se',
    approvals: [],
    acknowledged: [],
  });
}

const page = (tab: SurveyTab, id = `exempel-${tab}`) => html`
  <svara-studio-survey-page
    survey-id=${id}
    tab=${tab}
    preview-url=${examplePreviewUrl()}
    .source=${exampleSource()}
  ></svara-studio-survey-page>
`;

export const surveyPageExamples = {
  edit: {
    title: 'Skriv',
    description:
      'The form editor beside the live preview and the list of findings; one statement is too hard for children.',
    render: () => page('edit'),
  },
  json: {
    title: 'JSON',
    description: 'The same draft as JSON, in step with the form.',
    render: () => page('json'),
  },
  translations: {
    title: 'Översättningar',
    description: 'Every text per language, what is missing, export and import.',
    render: () => page('translations'),
  },
  preview: {
    title: 'Förhandsvisning',
    description: 'Every audience and language side by side.',
    render: () => page('preview'),
  },
  publish: {
    title: 'Publicera',
    description: 'The go-live checklist, the changes in words and the list of findings.',
    render: () => page('publish'),
  },
} satisfies Record<string, SurveyPageExample>;
