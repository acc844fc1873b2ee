import { SvaraEmail } from './email.js';

export const SVARA_EMAIL_TAG = 'svara-email';

// Guarded: two embeds on one page may both load svara.
if (!customElements.get(SVARA_EMAIL_TAG)) customElements.define(SVARA_EMAIL_TAG, SvaraEmail);

declare global {
  interface HTMLElementTagNameMap {
    'svara-email': SvaraEmail;
  }
}
