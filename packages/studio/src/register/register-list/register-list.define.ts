import '../../translations.define.js';
import { SvaraStudioRegister } from './register-list.js';

export const STUDIO_REGISTER_TAG = 'svara-studio-register';

if (!customElements.get(STUDIO_REGISTER_TAG)) customElements.define(STUDIO_REGISTER_TAG, SvaraStudioRegister);

declare global {
  interface HTMLElementTagNameMap {
    'svara-studio-register': SvaraStudioRegister;
  }
}
