import '../../translations.define.js';
import { SvaraStudioApp } from './app.js';

export const STUDIO_APP_TAG = 'svara-studio-app';

if (!customElements.get(STUDIO_APP_TAG)) customElements.define(STUDIO_APP_TAG, SvaraStudioApp);

declare global {
  interface HTMLElementTagNameMap {
    'svara-studio-app': SvaraStudioApp;
  }
}
