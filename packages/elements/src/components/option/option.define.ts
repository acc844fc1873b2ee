import { SvaraOption } from './option.js';

export const SVARA_OPTION_TAG = 'svara-option';

// Guarded: two embeds on one page may both load svara.
if (!customElements.get(SVARA_OPTION_TAG)) customElements.define(SVARA_OPTION_TAG, SvaraOption);

declare global {
  interface HTMLElementTagNameMap {
    'svara-option': SvaraOption;
  }
}
