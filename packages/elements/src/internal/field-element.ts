/**
 * The shared anatomy of svara's single-field form controls (`<svara-text>`, `<svara-email>`, `<svara-date>`,
 * `<svara-consent>`): one base class, no mixins.
 *
 * What it owns:
 * - form association on ElementInternals (`formAssociated`, `internals`, the reset and disabled callbacks
 *   forwarded to the subclass's {@link FormFieldController});
 * - the properties every field has: `name`, `label`, `hint`, `required`, `disabled`, `size`;
 * - the validity API a developer expects from a form control (`form`, `validity`, `validationMessage`,
 *   `willValidate`, `checkValidity()`, `reportValidity()`);
 * - the hint and error-message templates (the error from `group-parts.ts`, as in the group controls), so that
 *   label, hint, error and control share ONE shadow root and every `aria-describedby` resolves.
 *
 * A subclass creates its `field` controller (its value, validators and validity anchor), renders its control,
 * and implements {@link SvaraFieldElement.resetValue}, `formStateRestoreCallback`, `focus()` and
 * `scrollTarget`.
 */
import { LitElement, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { FormFieldController } from '../controllers/form-field-controller.js';
import { renderErrorMessage, slotHasText } from './group-parts.js';

/**
 * Passes an attribute through to a native control, removing it when empty. For attributes whose values the
 * template checker cannot type (`autocomplete` takes free combinations such as `section-home email`).
 */
export function setOptionalAttribute(element: Element, name: string, value: string): void {
  if (value) element.setAttribute(name, value);
  else element.removeAttribute(name);
}

export abstract class SvaraFieldElement extends LitElement {
  // ── Static configuration ────────────────────────────────────────────────────────────────────────────────
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  /** ElementInternals: form value, validity, custom states. */
  readonly internals: ElementInternals = this.attachInternals();

  // ── Controllers ─────────────────────────────────────────────────────────────────────────────────────────
  /** Value, validators and validity anchor of the concrete control. */
  protected abstract readonly field: FormFieldController;

  // ── Internal state ──────────────────────────────────────────────────────────────────────────────────────
  @state() protected hasSlottedHint = false;

  // ── Properties ──────────────────────────────────────────────────────────────────────────────────────────
  /** Name of the field in FormData. */
  @property({ reflect: true }) name = '';

  /** The question or label. Required for an accessible name unless the `label` slot is used. */
  @property() label = '';

  /** Help text under the label, read after the label by screen readers. */
  @property() hint = '';

  /** The field must be filled in. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Disables the field; a disabled field is left out of FormData. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** `large` gives every target at least 44 px height and bigger text (children, AAC, motor impairments). */
  @property({ reflect: true }) size: 'medium' | 'large' = 'medium';

  // ── Getters ─────────────────────────────────────────────────────────────────────────────────────────────
  /** The form this control belongs to. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  get validity(): ValidityState {
    return this.internals.validity;
  }
  /** Our own plain-language message in the active locale ('' when valid). */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** The element to scroll into view when leading the user to this field (its label or legend). */
  abstract get scrollTarget(): HTMLElement;

  protected get hasHint(): boolean {
    return this.hint !== '' || this.hasSlottedHint;
  }

  // ── Lifecycle ───────────────────────────────────────────────────────────────────────────────────────────
  /** Browser: the form was reset. */
  formResetCallback(): void {
    this.resetValue();
    this.field.reset();
  }

  /** Browser: an ancestor `<fieldset disabled>` changed. */
  formDisabledCallback(disabled: boolean): void {
    this.field.setFormDisabled(disabled);
  }

  /** Browser: restoring the form after navigation or autofill, with the state given to `setFormValue`. */
  abstract formStateRestoreCallback(
    state: string | File | FormData | null,
    reason?: 'restore' | 'autocomplete',
  ): void;

  // ── Event handlers ──────────────────────────────────────────────────────────────────────────────────────
  protected handleHintSlotChange(event: Event): void {
    this.hasSlottedHint = slotHasText(event);
  }

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

  // ── Public methods ──────────────────────────────────────────────────────────────────────────────────────
  /** True when valid; never shows an error (a script is asking, not the user). */
  checkValidity(): boolean {
    return this.field.checkValidity();
  }

  /** True when valid; otherwise shows our error message and returns false. */
  reportValidity(): boolean {
    return this.field.reportValidity();
  }

  // ── Subclass hooks ──────────────────────────────────────────────────────────────────────────────────────
  /** Puts the value back to the default (called by `form.reset()`). */
  protected abstract resetValue(): void;

  // ── Render helpers ──────────────────────────────────────────────────────────────────────────────────────
  /** The hint (id `hint`), hidden when empty so it never adds an empty description. */
  protected renderHint(): TemplateResult {
    return html`<div id="hint" part="hint" class="hint" ?hidden=${!this.hasHint}>
      <slot name="hint" @slotchange=${this.handleHintSlotChange}>${this.hint}</slot>
    </div>`;
  }

  /** The error message (id `error`) with its visually hidden "Fel:" prefix, only while it should show. */
  protected renderError(): TemplateResult | typeof nothing {
    return this.field.showError ? renderErrorMessage(this.field.validationFailure?.message) : nothing;
  }
}
