import '../../translations.define.js';
import { SvaraStudioOptions } from './options.js';

export const STUDIO_OPTIONS_TAG = 'svara-studio-options';

if (!customElements.get(STUDIO_OPTIONS_TAG)) customElements.define(STUDIO_OPTIONS_TAG, SvaraStudioOptions);

declare global {
  interface HTMLElementTagNameMap {
    'svara-studio-options': SvaraStudioOptions;
  }
}
