// <svara-pictogram-attribution> is registered when an ARASAAC pictogram is shown (internal/attribution.ts).
import '@svara/pictograms/components/pictogram/pictogram.define';
import '../option/option.define.js';
import { SvaraChoice } from './choice.js';

export const SVARA_CHOICE_TAG = 'svara-choice';

// Guarded: two embeds on one page may both load svara.
if (!customElements.get(SVARA_CHOICE_TAG)) customElements.define(SVARA_CHOICE_TAG, SvaraChoice);

declare global {
  interface HTMLElementTagNameMap {
    'svara-choice': SvaraChoice;
  }
}
