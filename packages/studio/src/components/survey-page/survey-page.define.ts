import '../../translations.define.js';
import { SvaraStudioSurveyPage } from './survey-page.js';

export const STUDIO_SURVEY_PAGE_TAG = 'svara-studio-survey-page';

if (!customElements.get(STUDIO_SURVEY_PAGE_TAG))
  customElements.define(STUDIO_SURVEY_PAGE_TAG, SvaraStudioSurveyPage);

declare global {
  interface HTMLElementTagNameMap {
    'svara-studio-survey-page': SvaraStudioSurveyPage;
  }
}
