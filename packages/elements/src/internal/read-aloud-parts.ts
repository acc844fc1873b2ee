/**
 * The read-aloud pieces `<svara-scale>` and `<svara-choice>` need before anything is read: the `read-aloud`
 * attribute and the texts to read. The "Lyssna" button and the reading itself load on demand (`assist.ts`).
 */
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
