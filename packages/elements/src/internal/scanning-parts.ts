/**
 * The scanning pieces `<svara-scale>` and `<svara-choice>` need before scanning starts: the `scanning` and
 * `scan-keys` attributes. The "Börja skanna" button and the scanner itself load on demand (`assist.ts`).
 */
import type { ScanMode } from '../controllers/scanning-controller.js';

/** `"auto"`, `"step"`, `"two-switch"`; anything else is off. */
export function scanMode(value: string | null | undefined): ScanMode {
  const mode = (value ?? '').trim().toLowerCase();
  return mode === 'auto' || mode === 'step' || mode === 'two-switch' ? mode : 'off';
}

/** `scan-keys="Space Enter"` → `['Space', 'Enter']`. */
export function scanKeys(value: string | null | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter((key) => key !== '');
}
