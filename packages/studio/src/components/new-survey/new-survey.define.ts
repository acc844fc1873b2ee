import '../../translations.define.js';
import { SvaraStudioNewSurvey } from './new-survey.js';

export const STUDIO_NEW_SURVEY_TAG = 'svara-studio-new-survey';

if (!customElements.get(STUDIO_NEW_SURVEY_TAG))
  customElements.define(STUDIO_NEW_SURVEY_TAG, SvaraStudioNewSurvey);

declare global {
  interface HTMLElementTagNameMap {
    'svara-studio-new-survey': SvaraStudioNewSurvey;
  }
}
