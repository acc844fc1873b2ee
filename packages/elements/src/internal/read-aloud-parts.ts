/**
 * The read-aloud pieces `<svara-scale>` and `<svara-choice>` share: the `read-aloud` attribute, the "Lyssna"
 * button with its message when the device has no voice for the text's language, and the texts to read.
 * Styles: `styles/read-aloud.styles.ts`.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { ReadAloudController } from '../controllers/read-aloud-controller.js';
import { getLocale } from '../localization.js';

/** `read-aloud` absent: off; present (any value): the "Lyssna" button; `focus`: also each option on focus. */
export function readAloudMode(value: string | null | undefined): 'off' | 'button' | 'focus' {
  if (value == null || !/^(|on|true|button|focus)$/i.test(value.trim())) return 'off';
  return value.trim().toLowerCase() === 'focus' ? 'focus' : 'button';
}

/** The language a host's own texts (its `label`) are in: the nearest `lang`, else the active svara locale. */
export function hostLanguage(host: HTMLElement): string {
  return host.closest('[lang]')?.getAttribute('lang')?.trim() || getLocale();
}

/** The visible text of the question: what is slotted into `label`, else the `label` property. */
export function questionText(root: ParentNode, label: string): string {
  const slot = root.querySelector<HTMLSlotElement>('legend slot[name="label"]');
  const slotted = slot
    ?.assignedNodes({ flatten: true })
    .map((node) => node.textContent ?? '')
    .join(' ')
    .trim();
  return slotted || label;
}

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
