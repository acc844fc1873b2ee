import '../../translations.define.js';
import { SvaraStudioUnits } from './units.js';

export const STUDIO_UNITS_TAG = 'svara-studio-units';

if (!customElements.get(STUDIO_UNITS_TAG)) customElements.define(STUDIO_UNITS_TAG, SvaraStudioUnits);

declare global {
  interface HTMLElementTagNameMap {
    'svara-studio-units': SvaraStudioUnits;
  }
}
