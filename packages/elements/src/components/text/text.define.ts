import { SvaraText } from './text.js';

export const SVARA_TEXT_TAG = 'svara-text';

// Guarded: two embeds on one page may both load svara.
if (!customElements.get(SVARA_TEXT_TAG)) customElements.define(SVARA_TEXT_TAG, SvaraText);

declare global {
  interface HTMLElementTagNameMap {
    'svara-text': SvaraText;
  }
}
