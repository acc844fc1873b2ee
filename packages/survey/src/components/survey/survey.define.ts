/**
 * Registers `<svara-survey>`. The controls it shows are registered when the widget loads them: choices, scales,
 * text and the error summary (and, through them, the pictograms) right after its first screen is painted
 * (`lazy-questions.ts`); `<svara-date>`, `<svara-email>` and `<svara-consent>` only for a definition that asks
 * for them (`lazy-controls.ts`), so a survey of smileys never downloads them.
 */
import { SvaraSurvey } from './survey.js';

export const SVARA_SURVEY_TAG = 'svara-survey';

// Guarded: two embeds on one page may both load svara.
if (!customElements.get(SVARA_SURVEY_TAG)) customElements.define(SVARA_SURVEY_TAG, SvaraSurvey);

declare global {
  interface HTMLElementTagNameMap {
    'svara-survey': SvaraSurvey;
  }
}
