import { SvaraDate } from './date.js';

export const SVARA_DATE_TAG = 'svara-date';

// Guarded: two embeds on one page may both load svara.
if (!customElements.get(SVARA_DATE_TAG)) customElements.define(SVARA_DATE_TAG, SvaraDate);

declare global {
  interface HTMLElementTagNameMap {
    'svara-date': SvaraDate;
  }
}
