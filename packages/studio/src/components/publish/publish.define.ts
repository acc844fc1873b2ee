import '../../translations.define.js';
import { SvaraStudioPublish } from './publish.js';

export const STUDIO_PUBLISH_TAG = 'svara-studio-publish';

if (!customElements.get(STUDIO_PUBLISH_TAG)) customElements.define(STUDIO_PUBLISH_TAG, SvaraStudioPublish);

declare global {
  interface HTMLElementTagNameMap {
    'svara-studio-publish': SvaraStudioPublish;
  }
}
