import '../../translations.define.js';
import { SvaraStudioTextField } from './text-field.js';

export const STUDIO_TEXT_FIELD_TAG = 'svara-studio-text-field';

if (!customElements.get(STUDIO_TEXT_FIELD_TAG))
  customElements.define(STUDIO_TEXT_FIELD_TAG, SvaraStudioTextField);

declare global {
  interface HTMLElementTagNameMap {
    'svara-studio-text-field': SvaraStudioTextField;
  }
}
