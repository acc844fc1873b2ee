import '../../translations.define.js';
import { SvaraStudioRegisterCase } from './register-case.js';

export const STUDIO_REGISTER_CASE_TAG = 'svara-studio-register-case';

if (!customElements.get(STUDIO_REGISTER_CASE_TAG))
  customElements.define(STUDIO_REGISTER_CASE_TAG, SvaraStudioRegisterCase);

declare global {
  interface HTMLElementTagNameMap {
    'svara-studio-register-case': SvaraStudioRegisterCase;
  }
}
