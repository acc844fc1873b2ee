import '../../translations.define.js';
import { SvaraStudioScalePicker } from './scale-picker.js';

export const STUDIO_SCALE_PICKER_TAG = 'svara-studio-scale-picker';

if (!customElements.get(STUDIO_SCALE_PICKER_TAG))
  customElements.define(STUDIO_SCALE_PICKER_TAG, SvaraStudioScalePicker);

declare global {
  interface HTMLElementTagNameMap {
    'svara-studio-scale-picker': SvaraStudioScalePicker;
  }
}
