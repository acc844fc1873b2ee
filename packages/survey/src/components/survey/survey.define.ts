/**
 * Registers `<svara-survey>` and the controls every survey may show at once: choices, scales, text, the error
 * summary (and, through them, the pictograms). The form-only controls (`<svara-date>`, `<svara-email>`,
 * `<svara-consent>`) are registered when a definition that asks for them is loaded (`lazy-controls.ts`), so a
 * survey of smileys never downloads them.
 */
import '@svara/elements/components/option/option.define';
import '@svara/elements/components/choice/choice.define';
import '@svara/elements/components/scale/scale.define';
import '@svara/elements/components/text/text.define';
import '@svara/elements/components/error-summary/error-summary.define';
import { SvaraSurvey } from './survey.js';

export const SVARA_SURVEY_TAG = 'svara-survey';

// Guarded: two embeds on one page may both load svara.
if (!customElements.get(SVARA_SURVEY_TAG)) customElements.define(SVARA_SURVEY_TAG, SvaraSurvey);

declare global {
  interface HTMLElementTagNameMap {
    'svara-survey': SvaraSurvey;
  }
}
