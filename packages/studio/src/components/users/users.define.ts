import '../../translations.define.js';
import { SvaraStudioUsers } from './users.js';

export const STUDIO_USERS_TAG = 'svara-studio-users';

if (!customElements.get(STUDIO_USERS_TAG)) customElements.define(STUDIO_USERS_TAG, SvaraStudioUsers);

declare global {
  interface HTMLElementTagNameMap {
    'svara-studio-users': SvaraStudioUsers;
  }
}
