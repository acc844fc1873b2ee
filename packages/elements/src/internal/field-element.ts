/**
 * The shared anatomy of svara's single-field form controls (`<svara-text>`, `<svara-email>`, `<svara-date>`,
 * `<svara-consent>`): what {@link SvaraFormElement} gives every control (form association, the common
 * properties, the validity API, the hint), and Enter submitting the form from a one-line field and the error
 * message under the field (from `group-templates.ts`, as in the group controls), so that label, hint, error
 * and control share ONE shadow root and every `aria-describedby` resolves.
 *
 * A subclass creates its `field` controller (its value, validators and validity anchor), renders its control,
 * and implements {@link SvaraFormElement.resetValue}, `formStateRestoreCallback`, `focus()` and
 * `scrollTarget`.
 */
import { nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { SvaraFormElement } from './form-element.js';
import { renderErrorMessage } from './group-templates.js';

/**
 * Passes an attribute through to a native control, removing it when empty. For attributes whose values the
 * template checker cannot type (`autocomplete` takes free combinations such as `section-home email`).
 */
export function setOptionalAttribute(element: Element, name: string, value: string): void {
  if (value) element.setAttribute(name, value);
  else element.removeAttribute(name);
}

export abstract class SvaraFieldElement extends SvaraFormElement {
  // ── Event handlers ──────────────────────────────────────────────────────────────────────────────────────
  /**
   * Enter in a one-line field submits its form, as in a native form (implicit submission does not reach our
   * inner inputs: they are in a shadow root, outside the form). Like the browser, it "clicks" the form's
   * default button, so `formaction`, `formnovalidate` and click listeners apply; without one it calls
   * `requestSubmit()`.
   */
  protected handleImplicitSubmit(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.isComposing || event.shiftKey || event.ctrlKey || event.altKey) return;
    if (event.metaKey || event.defaultPrevented) return;
    const form = this.form;
    if (!form) return;
    event.preventDefault();
    const defaultButton = [...form.elements].find(
      (element): element is HTMLButtonElement | HTMLInputElement =>
        (element instanceof HTMLButtonElement || element instanceof HTMLInputElement) &&
        element.type === 'submit',
    );
    if (defaultButton) {
      if (!defaultButton.disabled) defaultButton.click();
    } else {
      form.requestSubmit();
    }
  }

  // ── Render helpers ──────────────────────────────────────────────────────────────────────────────────────
  /** The error message (id `error`) with its visually hidden "Fel:" prefix, only while it should show. */
  protected renderError(): TemplateResult | typeof nothing {
    return this.field.showError ? renderErrorMessage(this.field.validationFailure?.message) : nothing;
  }
}
