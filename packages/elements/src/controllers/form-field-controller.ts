/**
 * Form association by composition on ElementInternals.
 *
 * The host keeps `static formAssociated = true`, `attachInternals()` and the form callbacks
 * (`formResetCallback`, `formDisabledCallback`, `formStateRestoreCallback`), and forwards them here. This
 * controller owns what they share:
 *
 * | concern                     | host                                   | controller                                  |
 * |-----------------------------|----------------------------------------|---------------------------------------------|
 * | value in FormData           | says what the value is (`formValue`)   | `setFormValue(value, state)` after updates  |
 * | reset / restore             | resets or restores its value           | forgets touched/submitted                   |
 * | disabled                    | `disabled` property                    | `formDisabled` from `<fieldset disabled>`   |
 * | validity                    | lists its validators, gives an anchor  | `setValidity(flags, our message, anchor)`   |
 * | showing errors              | renders the error when `showError`     | touched/submitted tracking, custom states   |
 *
 * Custom states on the host: `:state(user-invalid)` / `:state(user-valid)` (only after the user changed the
 * value or tried to submit), `:state(required)`, `:state(disabled)`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ValidationFailure, Validator } from '../validators/validators.js';

/** What a form-associated svara control offers its FormFieldController. */
export interface FormFieldHost extends ReactiveControllerHost, HTMLElement {
  readonly internals: ElementInternals;
  name: string;
  disabled: boolean;
  required: boolean;
}

export interface FormFieldOptions {
  /** The value for FormData: a string, a FormData with several entries, or null for none. */
  formValue(): string | FormData | null;
  /** What the browser stores for state restore; defaults to the form value. */
  formState?(): string | FormData | null;
  /** Run in order; the first failure wins. */
  validators: readonly Validator[];
  /**
   * The focusable element the browser points at when the control is invalid (focus, validation bubble).
   * Without it the browser reports "An invalid form control is not focusable".
   */
  anchor(): HTMLElement | null | undefined;
}

export class FormFieldController implements ReactiveController {
  /** True after the user changed the value (see {@link markInteracted}). */
  touched = false;
  /** True after a submit attempt (or `reportValidity()`) found the form invalid. */
  submitted = false;
  /** True while an ancestor `<fieldset disabled>` disables the control. */
  formDisabled = false;

  private failure: ValidationFailure | null = null;
  private quietCheck = false;

  constructor(
    private readonly host: FormFieldHost,
    private readonly options: FormFieldOptions,
  ) {
    host.addController(this);
    // `invalid` fires on the host when a submit attempt or reportValidity() finds it invalid.
    host.addEventListener('invalid', () => {
      if (this.quietCheck || this.submitted) return;
      this.submitted = true;
      this.host.requestUpdate();
    });
  }

  // ── Derived state ───────────────────────────────────────────────────────────────────────────────────────

  /** Disabled by its own `disabled` or by a disabled fieldset. Disabled controls leave FormData. */
  get disabled(): boolean {
    return this.host.disabled || this.formDisabled;
  }

  /** The current failure (our message and flags), or null when valid. */
  get validationFailure(): ValidationFailure | null {
    return this.failure;
  }

  /** Whether the error should be visible: invalid, enabled, and after interaction or a submit attempt. */
  get showError(): boolean {
    return this.failure !== null && !this.disabled && (this.touched || this.submitted);
  }

  // ── Lifecycle ───────────────────────────────────────────────────────────────────────────────────────────

  hostConnected(): void {}

  /** Before render: validators only read host state, so the template can show the current error. */
  hostUpdate(): void {
    this.validate();
  }

  /** After render: the anchor exists, so validity and form value can be written. */
  hostUpdated(): void {
    this.write();
  }

  // ── Host forwards ───────────────────────────────────────────────────────────────────────────────────────

  /** Call when the user changed the value: errors may now show. */
  markInteracted(): void {
    if (!this.touched) {
      this.touched = true;
      this.host.requestUpdate();
    }
  }

  /** Call from `formResetCallback` after resetting the value. */
  reset(): void {
    this.touched = false;
    this.submitted = false;
    this.host.requestUpdate();
  }

  /** Call from `formDisabledCallback`. */
  setFormDisabled(disabled: boolean): void {
    this.formDisabled = disabled;
    this.host.requestUpdate();
  }

  /** Validity check without showing errors (for scripts that only want to know). */
  checkValidity(): boolean {
    this.sync(); // a value set by a script counts at once, not only after the next render
    this.quietCheck = true;
    try {
      return this.host.internals.checkValidity();
    } finally {
      this.quietCheck = false;
    }
  }

  /** Like the native method: shows our error (and the browser's bubble) when invalid. */
  reportValidity(): boolean {
    this.sync();
    const valid = this.host.internals.reportValidity();
    if (!valid) this.submitted = true;
    this.host.requestUpdate();
    return valid;
  }

  /** Re-validates and writes form value, validity and custom states (the controller does this on every update). */
  sync(): void {
    this.validate();
    this.write();
  }

  private validate(): void {
    this.failure = null;
    for (const validator of this.options.validators) {
      this.failure = validator.check();
      if (this.failure) break;
    }
  }

  private write(): void {
    const { internals } = this.host;
    const value = this.options.formValue();
    internals.setFormValue(value, this.options.formState ? this.options.formState() : value);
    if (this.failure) {
      const anchor = this.options.anchor() ?? undefined;
      internals.setValidity(this.failure.flags, this.failure.message, anchor);
    } else {
      internals.setValidity({});
    }

    const shown = this.touched || this.submitted;
    this.setState('user-invalid', this.showError);
    this.setState('user-valid', shown && this.failure === null && !this.disabled);
    this.setState('required', this.host.required);
    this.setState('disabled', this.disabled);
  }

  private setState(state: string, on: boolean): void {
    const { states } = this.host.internals;
    if (on) states.add(state);
    else states.delete(state);
  }
}
