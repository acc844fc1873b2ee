import type { Pictogram } from '@svara/schema';
import { isBuiltinPictogram } from '@svara/pictograms';

/**
 * One answer option of a `<svara-choice>`, written as a child element:
 *
 * ```html
 * <svara-choice name="kategori" label="Vad vill du lämna?">
 *   <svara-option value="synpunkt">Synpunkt</svara-option>
 *   <svara-option value="klagomal" hint="Något har blivit fel">Klagomål</svara-option>
 * </svara-choice>
 * ```
 *
 * It renders nothing itself: the choice reads `value`, `disabled`, `hint`, `lang` and the text, and draws a
 * native radio or checkbox for it in its own shadow root (so label, hint and control share one tree).
 * Changes to an option (text, attributes, adding or removing one) update the choice at once.
 *
 * @summary An answer option for `<svara-choice>`; renders nothing on its own.
 * @tag svara-option
 *
 * @attr value - The value submitted with the form (default: the text).
 * @attr disabled - The option cannot be chosen.
 * @attr hint - Extra explanation under the option's label.
 * @attr builtin - A pictogram of svara's own (with `display="pictogram"` on the choice).
 * @attr arasaac - A self-hosted ARASAAC pictogram id (with `display="pictogram"`).
 * @attr src - Any picture's address (with `display="pictogram"`), with `alt`.
 * @attr alt - The text alternative of `src`.
 */
export class SvaraOption extends HTMLElement {
  /** The value submitted with the form. Falls back to the text, like a native `<option>`. */
  get value(): string {
    return this.getAttribute('value') ?? this.label;
  }
  set value(value: string) {
    this.setAttribute('value', value);
  }

  /** A disabled option cannot be chosen and is skipped by the arrow keys. */
  get disabled(): boolean {
    return this.hasAttribute('disabled');
  }
  set disabled(disabled: boolean) {
    this.toggleAttribute('disabled', disabled);
  }

  /** Optional extra explanation shown under the option's label. */
  get hint(): string {
    return this.getAttribute('hint') ?? '';
  }
  set hint(hint: string) {
    this.setAttribute('hint', hint);
  }

  /**
   * The pictogram shown with the option when the choice has `display="pictogram"`, from the attributes
   * `builtin` (svara's own: `yes`, `no`, `partly`, `dont-know` …), `arasaac` (a self-hosted ARASAAC id) or
   * `src` + `alt` (any image).
   */
  get pictogram(): Pictogram | undefined {
    const builtin = this.getAttribute('builtin');
    if (builtin && isBuiltinPictogram(builtin)) return { builtin };
    const arasaac = Number(this.getAttribute('arasaac'));
    if (Number.isInteger(arasaac) && arasaac > 0) return { arasaac };
    const src = this.getAttribute('src');
    if (src) return { src, alt: this.getAttribute('alt') ?? '' };
    return undefined;
  }

  /** The visible text and accessible name: the element's text with whitespace collapsed. */
  get label(): string {
    return (this.textContent ?? '').replace(/\s+/g, ' ').trim();
  }
}
