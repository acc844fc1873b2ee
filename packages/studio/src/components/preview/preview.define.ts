import '../../translations.define.js';
import { SvaraStudioPreview } from './preview.js';

export const STUDIO_PREVIEW_TAG = 'svara-studio-preview';

if (!customElements.get(STUDIO_PREVIEW_TAG)) customElements.define(STUDIO_PREVIEW_TAG, SvaraStudioPreview);

declare global {
  interface HTMLElementTagNameMap {
    'svara-studio-preview': SvaraStudioPreview;
  }
}
