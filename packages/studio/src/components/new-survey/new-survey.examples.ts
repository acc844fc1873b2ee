/** Examples of `<svara-studio-new-survey>`: the single source for its stories, tests and axe checks. */
import { html } from 'lit';
import type { StudioExample } from '../../examples.js';
import { exampleApi, exampleBackend, exampleUnits } from '../../example-api.js';
import type { SvaraStudioNewSurvey } from './new-survey.js';
import './new-survey.define.js';

export type NewSurveyExample = StudioExample<SvaraStudioNewSurvey>;

export const newSurveyExamples = {
  form: {
    title: 'Ny enkät',
    description: 'Title, unit, audience and the id made from the title.',
    render: () => {
      const backend = exampleBackend();
      return html`<svara-studio-new-survey
        .api=${exampleApi(backend)}
        .me=${backend.me}
        .units=${exampleUnits()}
      ></svara-studio-new-survey>`;
    },
  },
} satisfies Record<string, NewSurveyExample>;
