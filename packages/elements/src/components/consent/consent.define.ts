import { SvaraConsent } from './consent.js';

export const SVARA_CONSENT_TAG = 'svara-consent';

// Guarded: two embeds on one page may both load svara.
if (!customElements.get(SVARA_CONSENT_TAG)) customElements.define(SVARA_CONSENT_TAG, SvaraConsent);

declare global {
  interface HTMLElementTagNameMap {
    'svara-consent': SvaraConsent;
  }
}
