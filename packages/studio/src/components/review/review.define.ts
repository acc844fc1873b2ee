import '../../translations.define.js';
import { SvaraStudioReview } from './review.js';

export const STUDIO_REVIEW_TAG = 'svara-studio-review';

if (!customElements.get(STUDIO_REVIEW_TAG)) customElements.define(STUDIO_REVIEW_TAG, SvaraStudioReview);

declare global {
  interface HTMLElementTagNameMap {
    'svara-studio-review': SvaraStudioReview;
  }
}
