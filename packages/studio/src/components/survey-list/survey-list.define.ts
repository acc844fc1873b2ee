import '../../translations.define.js';
import { SvaraStudioSurveyList } from './survey-list.js';

export const STUDIO_SURVEY_LIST_TAG = 'svara-studio-survey-list';

if (!customElements.get(STUDIO_SURVEY_LIST_TAG))
  customElements.define(STUDIO_SURVEY_LIST_TAG, SvaraStudioSurveyList);

declare global {
  interface HTMLElementTagNameMap {
    'svara-studio-survey-list': SvaraStudioSurveyList;
  }
}
