/**
 * Read-aloud and switch scanning for `<svara-scale>` and `<svara-choice>`, loaded on demand (see
 * `lazy-assist.ts`): the controllers, the "Lyssna" and "Börja skanna" buttons and their styles. A page whose
 * questions never turn on `read-aloud` or `scanning` never downloads this.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { ReadAloudController } from '../controllers/read-aloud-controller.js';
import { ScanningController } from '../controllers/scanning-controller.js';
import { getLocale } from '../localization.js';

export { ReadAloudController, ScanningController };
export { readAloudStyles, scanningStyles } from '../styles/read-aloud.styles.js';

/** A language's name in the UI language ("svenska", "Swedish"), or its code when the browser cannot name it. */
function languageName(lang: string): string {
  try {
    return new Intl.DisplayNames([getLocale()], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

/** The "Lyssna" / "Sluta läsa" button and, below it, the plain message when there is no voice. */
export function renderReadAloud(reader: ReadAloudController, onClick: () => void): TemplateResult {
  const missing = reader.missingLanguage;
  const language = missing ? languageName(missing) : '';
  return html`<div part="read-aloud" class="read-aloud">
    <button part="read-aloud-button" class="read-aloud-button" type="button" @click=${onClick}>
      <span class="read-aloud-icon" aria-hidden="true">${reader.reading ? '■' : '▶'}</span>
      ${
        reader.reading
          ? msg('Sluta läsa', {
              id: 'elements.readAloud.stop',
              desc: 'Button that stops reading the question aloud (shown while reading)',
            })
          : msg('Lyssna', {
              id: 'elements.readAloud.listen',
              desc: 'Button that reads the question and its answers aloud',
            })
      }
    </button>
    <p part="read-aloud-message" class="read-aloud-message" role="status">
      ${
        missing
          ? msg(str`Uppläsning på ${language} finns inte på den här enheten.`, {
              id: 'elements.readAloud.noVoice',
              desc: 'Shown when the device cannot read a text aloud in its language. ${language} is the language name as it is written inside a sentence in this language (e.g. "svenska", "Swedish")',
            })
          : nothing
      }
    </p>
  </div>`;
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
