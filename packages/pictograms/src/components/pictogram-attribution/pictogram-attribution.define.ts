import { SvaraPictogramAttribution } from './pictogram-attribution.js';

export const SVARA_PICTOGRAM_ATTRIBUTION_TAG = 'svara-pictogram-attribution';

// Guarded: two embeds on one page may both load svara.
if (!customElements.get(SVARA_PICTOGRAM_ATTRIBUTION_TAG))
  customElements.define(SVARA_PICTOGRAM_ATTRIBUTION_TAG, SvaraPictogramAttribution);

declare global {
  interface HTMLElementTagNameMap {
    'svara-pictogram-attribution': SvaraPictogramAttribution;
  }
}
