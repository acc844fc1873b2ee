import '@svara/elements/define';
import { SvaraSurvey } from './survey.js';

export const SVARA_SURVEY_TAG = 'svara-survey';

// Guarded: two embeds on one page may both load svara.
if (!customElements.get(SVARA_SURVEY_TAG)) customElements.define(SVARA_SURVEY_TAG, SvaraSurvey);

declare global {
  interface HTMLElementTagNameMap {
    'svara-survey': SvaraSurvey;
  }
}
