import '../../translations.define.js';
import { SvaraStudioRounds } from './rounds.js';

export const STUDIO_ROUNDS_TAG = 'svara-studio-rounds';

if (!customElements.get(STUDIO_ROUNDS_TAG)) customElements.define(STUDIO_ROUNDS_TAG, SvaraStudioRounds);

declare global {
  interface HTMLElementTagNameMap {
    'svara-studio-rounds': SvaraStudioRounds;
  }
}
