import '../../translations.define.js';
import { SvaraStudioRegisterSummary } from './register-summary.js';

export const STUDIO_REGISTER_SUMMARY_TAG = 'svara-studio-register-summary';

if (!customElements.get(STUDIO_REGISTER_SUMMARY_TAG))
  customElements.define(STUDIO_REGISTER_SUMMARY_TAG, SvaraStudioRegisterSummary);

declare global {
  interface HTMLElementTagNameMap {
    'svara-studio-register-summary': SvaraStudioRegisterSummary;
  }
}
