import '../../translations.define.js';
import { SvaraStudioCondition } from './condition.js';

export const STUDIO_CONDITION_TAG = 'svara-studio-condition';

if (!customElements.get(STUDIO_CONDITION_TAG))
  customElements.define(STUDIO_CONDITION_TAG, SvaraStudioCondition);

declare global {
  interface HTMLElementTagNameMap {
    'svara-studio-condition': SvaraStudioCondition;
  }
}
