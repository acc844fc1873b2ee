import '../../translations.define.js';
import { SvaraStudioAudit } from './audit.js';

export const STUDIO_AUDIT_TAG = 'svara-studio-audit';

if (!customElements.get(STUDIO_AUDIT_TAG)) customElements.define(STUDIO_AUDIT_TAG, SvaraStudioAudit);

declare global {
  interface HTMLElementTagNameMap {
    'svara-studio-audit': SvaraStudioAudit;
  }
}
