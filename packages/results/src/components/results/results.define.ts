// The faces beside smiley answers are <svara-pictogram>s.
import '@svara/pictograms/define';
import { SvaraResults } from './results.js';

export const SVARA_RESULTS_TAG = 'svara-results';

// Guarded: two embeds on one page may both load svara.
if (!customElements.get(SVARA_RESULTS_TAG)) customElements.define(SVARA_RESULTS_TAG, SvaraResults);

declare global {
  interface HTMLElementTagNameMap {
    'svara-results': SvaraResults;
  }
}
