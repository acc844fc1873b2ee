/**
 * The scanning pieces `<svara-scale>` and `<svara-choice>` share: the "Börja skanna" / "Sluta skanna" button
 * and the key list. Styles: `styles/read-aloud.styles.ts` (`.scan-*`).
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { ScanningController } from '../controllers/scanning-controller.js';

/** `scan-keys="Space Enter"` → `['Space', 'Enter']`. */
export function scanKeys(value: string | null | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter((key) => key !== '');
}

export function renderScanButton(scanner: ScanningController, onClick: () => void): TemplateResult {
  return html`<button
    part="scan-button"
    class="read-aloud-button scan-button"
    type="button"
    @click=${onClick}
  >
    ${
      scanner.active
        ? msg('Sluta skanna', {
            id: 'elements.scanning.stop',
            desc: 'Button that stops switch scanning (the moving highlight); Escape does the same',
          })
        : msg('Börja skanna', {
            id: 'elements.scanning.start',
            desc: 'Button that starts switch scanning: a highlight moves through the answers and a switch chooses',
          })
    }
  </button>`;
}
