// <svara-pictogram-attribution> is registered when an ARASAAC pictogram is shown (internal/attribution.ts).
import '@svara/pictograms/components/pictogram/pictogram.define';
import { SvaraScale } from './scale.js';

export const SVARA_SCALE_TAG = 'svara-scale';

// Guarded: two embeds on one page may both load svara.
if (!customElements.get(SVARA_SCALE_TAG)) customElements.define(SVARA_SCALE_TAG, SvaraScale);

declare global {
  interface HTMLElementTagNameMap {
    'svara-scale': SvaraScale;
  }
}
