import '../../translations.define.js';
import { SvaraStudioJsonView } from './json-view.js';

export const STUDIO_JSON_VIEW_TAG = 'svara-studio-json-view';

if (!customElements.get(STUDIO_JSON_VIEW_TAG))
  customElements.define(STUDIO_JSON_VIEW_TAG, SvaraStudioJsonView);

declare global {
  interface HTMLElementTagNameMap {
    'svara-studio-json-view': SvaraStudioJsonView;
  }
}
