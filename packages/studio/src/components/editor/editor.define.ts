import '../../translations.define.js';
import { SvaraStudioEditor } from './editor.js';

export const STUDIO_EDITOR_TAG = 'svara-studio-editor';

if (!customElements.get(STUDIO_EDITOR_TAG)) customElements.define(STUDIO_EDITOR_TAG, SvaraStudioEditor);

declare global {
  interface HTMLElementTagNameMap {
    'svara-studio-editor': SvaraStudioEditor;
  }
}
