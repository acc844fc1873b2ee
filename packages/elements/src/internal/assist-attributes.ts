/**
 * What `<svara-scale>` and `<svara-choice>` need of read-aloud and switch scanning before either is loaded:
 * their attributes (`read-aloud`, `scanning`, `scan-keys`) and the texts to read. The "Lyssna" and "Börja
 * skanna" buttons, the reading and the scanner load on demand (`assist-chunk.ts`, through `lazy-assist.ts`).
 */
import type { ScanMode } from '../controllers/scanning-controller.js';
import { getLocale } from '../localization.js';

/** `read-aloud` absent: off; present (any value): the "Lyssna" button; `focus`: also each option on focus. */
export function readAloudMode(value: string | null | undefined): 'off' | 'button' | 'focus' {
  if (value == null || !/^(|on|true|button|focus)$/i.test(value.trim())) return 'off';
  return value.trim().toLowerCase() === 'focus' ? 'focus' : 'button';
}

/** `"auto"`, `"step"`, `"two-switch"`; anything else is off. */
export function scanMode(value: string | null | undefined): ScanMode {
  const mode = (value ?? '').trim().toLowerCase();
  return mode === 'auto' || mode === 'step' || mode === 'two-switch' ? mode : 'off';
}

/** `scan-keys="Space Enter"` → `['Space', 'Enter']`. */
export function scanKeys(value: string | null | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter((key) => key !== '');
}

/** The language a host's own texts (its `label`) are in: the nearest `lang`, else the active svara locale. */
export function hostLanguage(host: HTMLElement): string {
  return host.closest('[lang]')?.getAttribute('lang')?.trim() || getLocale();
}

/**
 * The language the question is read in: that of the text slotted into `label` (a survey shows a Swedish
 * fallback question inside an Arabic widget as `<span slot="label" lang="sv">`), else the host's.
 */
export function questionLanguage(root: ParentNode, host: HTMLElement): string {
  const slot = root.querySelector<HTMLSlotElement>('legend slot[name="label"]');
  const node = slot?.assignedNodes({ flatten: true }).find((assigned) => assigned.textContent?.trim());
  const element = node instanceof Element ? node : node?.parentElement;
  return element?.closest('[lang]')?.getAttribute('lang')?.trim() || hostLanguage(host);
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
