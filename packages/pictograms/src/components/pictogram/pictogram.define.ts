import { SvaraPictogram } from './pictogram.js';

export const SVARA_PICTOGRAM_TAG = 'svara-pictogram';

// Guarded: two embeds on one page may both load svara.
if (!customElements.get(SVARA_PICTOGRAM_TAG)) customElements.define(SVARA_PICTOGRAM_TAG, SvaraPictogram);

declare global {
  interface HTMLElementTagNameMap {
    'svara-pictogram': SvaraPictogram;
  }
}
