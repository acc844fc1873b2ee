import '../../translations.define.js';
import { SvaraStudioSignIn } from './sign-in.js';

export const STUDIO_SIGN_IN_TAG = 'svara-studio-sign-in';

if (!customElements.get(STUDIO_SIGN_IN_TAG)) customElements.define(STUDIO_SIGN_IN_TAG, SvaraStudioSignIn);

declare global {
  interface HTMLElementTagNameMap {
    'svara-studio-sign-in': SvaraStudioSignIn;
  }
}
