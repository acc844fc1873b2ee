import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { localized } from '@lit/localize';
import { FormFieldController } from '../../controllers/form-field-controller.js';
import { SvaraTextFieldElement } from '../../internal/text-field-element.js';
import { describedBy } from '../../internal/group-templates.js';
import { fieldStyles } from '../../styles/field.styles.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { emailMessages, emailValidator } from '../../validators/email-validator.js';
import { requiredValidator } from '../../validators/validators.js';
import { styles } from './email.styles.js';

/**
 * An e-mail address: a native `<input type="email">` (the phone shows its e-mail keyboard) with
 * `autocomplete="email"` and spell checking off, checked by OUR plain-language validator ("Skriv
 * e-postadressen så här: namn@exempel.se"), never the browser's message in the browser's language.
 *
 * The check is deliberately simple (something@something.tld, no spaces): whether an address can receive mail
 * is for the server to find out. Leading and trailing spaces are ignored. An address is always written left
 * to right (`dir="ltr"` on the input), and in a right-to-left page it stays aligned with the label.
 *
 * Label, hint, error message and input share this element's shadow root (`aria-describedby="hint error"`
 * resolves). Light-DOM `<label for>` cannot point at it: use `label` or the `label` slot. Errors appear only
 * after the user changed the address and left the field, or tried to submit. Enter submits the form.
 *
 * @summary An e-mail address field with our own plain-language check.
 * @tag svara-email
 *
 * @slot label - The label, when it needs markup. Overrides the `label` attribute.
 * @slot hint - Help text under the label. Overrides the `hint` attribute.
 *
 * @csspart label - The `<label>`.
 * @csspart hint - The hint under the label.
 * @csspart error-message - The error message (only present while shown).
 * @csspart control - The native `<input type="email">`.
 *
 * @cssprop --svara-color-text - Text colour.
 * @cssprop --svara-color-hint - Hint colour.
 * @cssprop --svara-color-border - Input border (keep ≥ 3:1 against the background).
 * @cssprop --svara-color-error - Error text, border and bar colour.
 * @cssprop --svara-color-surface - Input background.
 * @cssprop --svara-focus-color - Focus outline colour (keep ≥ 3:1 against the background).
 * @cssprop --svara-focus-width - Focus outline width (at least 2px; default 3px).
 * @cssprop --svara-radius - Corner radius of the input.
 * @cssprop --svara-control-width - Width of the input (default 100%, at most 30rem).
 *
 * @cssstate user-invalid - Invalid, after the user changed the address or tried to submit.
 * @cssstate user-valid - Valid, after the user changed the address or tried to submit.
 * @cssstate required - The field must be filled in.
 * @cssstate disabled - Disabled by itself or by a `<fieldset disabled>`.
 *
 * @fires input - On every change of the address by the user (bubbles, composed).
 * @fires change - When the user commits a changed address, usually by leaving the field (bubbles, composed).
 */
@localized()
export class SvaraEmail extends SvaraTextFieldElement {
  // ── Static configuration ────────────────────────────────────────────────────────────────────────────────
  static override styles = [sharedStyles, fieldStyles, styles];

  // ── Controllers ─────────────────────────────────────────────────────────────────────────────────────────
  protected readonly field = new FormFieldController(this, {
    formValue: () => this.value.trim(),
    formState: () => this.value,
    anchor: () => this.control,
    validators: [
      requiredValidator({
        required: () => this.required,
        isEmpty: () => this.value.trim() === '',
        message: () => emailMessages.emailMissing(),
      }),
      emailValidator({ text: () => this.value }),
    ],
  });

  // ── Properties ──────────────────────────────────────────────────────────────────────────────────────────
  /** Passed to the native input. Default `email`; use e.g. `work email`, or `off` for someone else's address. */
  @property() override autocomplete = 'email';

  // ── Render ──────────────────────────────────────────────────────────────────────────────────────────────
  protected override render(): TemplateResult {
    const showError = this.field.showError;
    return html`
      <div class="group">
        <label part="label" class="label" for="control"><slot name="label">${this.label}</slot></label>
        ${this.renderHint()} ${this.renderError()}
        <input
          id="control"
          part="control"
          class="control"
          type="email"
          dir="ltr"
          spellcheck="false"
          autocapitalize="off"
          .value=${live(this.value)}
          ?disabled=${this.field.disabled}
          aria-describedby=${describedBy(this.hasHint && 'hint', showError && 'error')}
          aria-invalid=${ifDefined(showError ? 'true' : undefined)}
          aria-required=${ifDefined(this.required ? 'true' : undefined)}
          @input=${this.handleInput}
          @change=${this.handleChange}
          @blur=${this.handleBlur}
          @keydown=${this.handleImplicitSubmit}
        />
      </div>
    `;
  }
}
