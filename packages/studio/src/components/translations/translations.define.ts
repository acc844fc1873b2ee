import '../../translations.define.js';
import { SvaraStudioTranslations } from './translations.js';

export const STUDIO_TRANSLATIONS_TAG = 'svara-studio-translations';

if (!customElements.get(STUDIO_TRANSLATIONS_TAG))
  customElements.define(STUDIO_TRANSLATIONS_TAG, SvaraStudioTranslations);

declare global {
  interface HTMLElementTagNameMap {
    'svara-studio-translations': SvaraStudioTranslations;
  }
}
