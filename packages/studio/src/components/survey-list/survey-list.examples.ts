/** Examples of `<svara-studio-survey-list>`: the single source for its stories, tests and axe checks. */
import { html } from 'lit';
import type { StudioExample } from '../../examples.js';
import { exampleApi, exampleBackend, exampleUnits } from '../../example-api.js';
import type { SvaraStudioSurveyList } from './survey-list.js';
import './survey-list.define.js';

export type SurveyListExample = StudioExample<SvaraStudioSurveyList>;

export const surveyListExamples = {
  units: {
    title: 'Enkäter per enhet',
    description: 'Two units’ surveys: one with a round open and its responses, one draft never published.',
    render: () => {
      const backend = exampleBackend();
      return html`<svara-studio-survey-list
        .api=${exampleApi(backend)}
        .me=${backend.me}
        .units=${exampleUnits()}
      ></svara-studio-survey-list>`;
    },
  },
} satisfies Record<string, SurveyListExample>;
