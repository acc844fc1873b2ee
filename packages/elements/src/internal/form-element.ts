/**
 * What every svara form control shares, the single-field ones (`SvaraFieldElement`: text, e-mail, date,
 * consent) and the groups (`SvaraGroupElement`: choice, scale):
 * - form association on ElementInternals (`formAssociated`, `internals`, `delegatesFocus`, the reset and
 *   disabled callbacks forwarded to the subclass's {@link FormFieldController});
 * - the properties every control has: `name`, `label`, `hint`, `required`, `disabled`, `size`;
 * - the validity API a developer expects from a form control (`form`, `validity`, `validationMessage`,
 *   `willValidate`, `checkValidity()`, `reportValidity()`);
 * - the hint under the question (`id="hint"`), in the same shadow root as the control it describes.
 */
import { LitElement, html } from 'lit';
import type { TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { FormFieldController } from '../controllers/form-field-controller.js';
import { slotHasText } from './group-templates.js';

export abstract class SvaraFormElement extends LitElement {
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

  /** Help text under the question or label, read after it by screen readers. */
  @property() hint = '';

  /** The question must be answered (in a choice or scale, "Vet inte" and "Vill inte svara" count as answers). */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Disables the control; a disabled control is left out of FormData. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /**
   * `large` gives every target at least 44×44 px and bigger text (children, AAC, motor impairments); the
   * default `medium` at least 24×24 px.
   */
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

  /** The element to scroll into view when leading the user to this control (its label or legend). */
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
}
