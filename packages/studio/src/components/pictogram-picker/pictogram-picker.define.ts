import '../../translations.define.js';
import { SvaraStudioPictogramPicker } from './pictogram-picker.js';

export const STUDIO_PICTOGRAM_PICKER_TAG = 'svara-studio-pictogram-picker';

if (!customElements.get(STUDIO_PICTOGRAM_PICKER_TAG))
  customElements.define(STUDIO_PICTOGRAM_PICKER_TAG, SvaraStudioPictogramPicker);

declare global {
  interface HTMLElementTagNameMap {
    'svara-studio-pictogram-picker': SvaraStudioPictogramPicker;
  }
}
