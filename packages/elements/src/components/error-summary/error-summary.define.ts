import { SvaraErrorSummary } from './error-summary.js';

export const SVARA_ERROR_SUMMARY_TAG = 'svara-error-summary';

// Guarded: two embeds on one page may both load svara.
if (!customElements.get(SVARA_ERROR_SUMMARY_TAG)) {
  customElements.define(SVARA_ERROR_SUMMARY_TAG, SvaraErrorSummary);
}

declare global {
  interface HTMLElementTagNameMap {
    'svara-error-summary': SvaraErrorSummary;
  }
}
