import '../../translations.define.js';
import { SvaraStudioQuestion } from './question.js';

export const STUDIO_QUESTION_TAG = 'svara-studio-question';

if (!customElements.get(STUDIO_QUESTION_TAG)) customElements.define(STUDIO_QUESTION_TAG, SvaraStudioQuestion);

declare global {
  interface HTMLElementTagNameMap {
    'svara-studio-question': SvaraStudioQuestion;
  }
}
