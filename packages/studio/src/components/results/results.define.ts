import '../../translations.define.js';
import { SvaraStudioResults } from './results.js';

export const STUDIO_RESULTS_TAG = 'svara-studio-results';

if (!customElements.get(STUDIO_RESULTS_TAG)) customElements.define(STUDIO_RESULTS_TAG, SvaraStudioResults);

declare global {
  interface HTMLElementTagNameMap {
    'svara-studio-results': SvaraStudioResults;
  }
}
