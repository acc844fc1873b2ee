import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { localized } from '@lit/localize';
import { FormFieldController } from '../../controllers/form-field-controller.js';
import { emitValueEvents, stopInnerEvent } from '../../events.js';
import { SvaraFieldElement } from '../../internal/field-element.js';
import { describedBy, slotHasText } from '../../internal/group-templates.js';
import { fieldStyles } from '../../styles/field.styles.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { messages, requiredValidator } from '../../validators/validators.js';
import { styles } from './consent.styles.js';

/**
 * A checkbox the person ticks to agree, usually `required`, with an optional link to the terms:
 *
 * ```html
 * <svara-consent name="samtycke" required>
 *   Jag godkänner att ni sparar min e-postadress för att kunna svara mig.
 *   <a slot="terms" href="/personuppgifter">Så hanterar vi dina personuppgifter</a>
 * </svara-consent>
 * ```
 *
 * The text (default slot or `label`) is the checkbox's label. The terms link goes in the `terms` slot, which is
 * shown under the label — never inside it: a link inside a label makes the label's click target ambiguous and
 * its name long. The link stays a normal link in the page (its own Tab stop after the checkbox), and the
 * checkbox is described by it, so a screen reader user hears that there are terms to read.
 *
 * FormData holds `value` (default `yes`) only while the box is ticked, like a native checkbox. A required box
 * that is not ticked gives our plain message "Du måste kryssa i rutan för att gå vidare." — shown only after the
 * user changed it or tried to submit.
 *
 * @summary A required checkbox to agree, with a link to the terms kept outside the label.
 * @tag svara-consent
 *
 * @slot - The text next to the checkbox (its label). Overrides the `label` attribute. No links here.
 * @slot terms - A link to the terms (`<a href>`), shown under the label and describing the checkbox.
 * @slot hint - Help text under the label. Overrides the `hint` attribute.
 *
 * @csspart option - The row with the checkbox and its label (a `<label>`).
 * @csspart control - The native checkbox.
 * @csspart label - The text next to the checkbox.
 * @csspart hint - The hint under the label.
 * @csspart terms - The container of the terms link.
 * @csspart error-message - The error message (only present while shown).
 *
 * @cssprop --svara-color-text - Text colour.
 * @cssprop --svara-color-hint - Hint colour.
 * @cssprop --svara-color-border - Row border (keep ≥ 3:1 against the background).
 * @cssprop --svara-color-accent - Ticked row and checkbox colour.
 * @cssprop --svara-color-error - Error text and bar colour.
 * @cssprop --svara-color-surface - Row background.
 * @cssprop --svara-focus-color - Focus outline colour (keep ≥ 3:1 against the background).
 * @cssprop --svara-focus-width - Focus outline width (at least 2px; default 3px).
 * @cssprop --svara-radius - Corner radius of the row.
 *
 * @cssstate checked - The box is ticked.
 * @cssstate user-invalid - Not ticked though required, after the user changed it or tried to submit.
 * @cssstate user-valid - Valid, after the user changed it or tried to submit.
 * @cssstate required - The box must be ticked.
 * @cssstate disabled - Disabled by itself or by a `<fieldset disabled>`.
 *
 * @fires input - When the user ticks or unticks the box (bubbles, composed).
 * @fires change - Right after `input` (bubbles, composed).
 */
@localized()
export class SvaraConsent extends SvaraFieldElement {
  // ── Static configuration ────────────────────────────────────────────────────────────────────────────────
  static override styles = [sharedStyles, fieldStyles, styles];

  // ── Controllers ─────────────────────────────────────────────────────────────────────────────────────────
  protected readonly field = new FormFieldController(this, {
    formValue: () => (this.checked ? this.value : null),
    formState: () => (this.checked ? 'checked' : 'unchecked'),
    anchor: () => this.control,
    validators: [
      requiredValidator({
        required: () => this.required,
        isEmpty: () => !this.checked,
        message: () => messages.checkBox(this.boxName),
      }),
    ],
  });

  /**
   * The box's words for its error message ("Kryssa i rutan ”Jag godkänner …” för att gå vidare."): the error
   * summary lists messages from the whole form, and "the box" alone does not say which. Long labels are cut at a
   * word, about 60 characters in.
   */
  private get boxName(): string {
    // The default slot's text: not the terms link or the hint, which have slots of their own, nor comments (the
    // markers a template library such as Lit leaves around a text it put in).
    const own = [...this.childNodes]
      .filter((node) => !(node instanceof Comment) && !(node instanceof Element && node.slot))
      .map((node) => node.textContent)
      .join('');
    const words = (own.trim() ? own : this.label).replace(/\s+/g, ' ').trim();
    if (words.length <= 60) return words;
    return `${words.slice(0, words.lastIndexOf(' ', 60))} …`;
  }

  // ── Queries ─────────────────────────────────────────────────────────────────────────────────────────────
  @query('.control') private control?: HTMLInputElement;

  // ── Internal state ──────────────────────────────────────────────────────────────────────────────────────
  @state() private hasTerms = false;
  private current = false;
  /** Set once the box was changed by the user or a script; from then on `checked` (attribute) is only the default. */
  private dirty = false;

  // ── Properties ──────────────────────────────────────────────────────────────────────────────────────────
  /** What FormData holds under `name` while the box is ticked. */
  @property() value = 'yes';

  /** Ticked at first and after `form.reset()` (attribute `checked`, like a native checkbox). */
  @property({ type: Boolean, attribute: 'checked' }) defaultChecked = false;

  // ── Getters ─────────────────────────────────────────────────────────────────────────────────────────────
  /** Whether the box is ticked now. */
  get checked(): boolean {
    return this.dirty ? this.current : this.defaultChecked;
  }
  set checked(checked: boolean) {
    this.current = checked;
    this.dirty = true;
    this.requestUpdate();
  }

  /** The element to scroll into view when leading the user here (the row with the box and its label). */
  get scrollTarget(): HTMLElement {
    return this.renderRoot.querySelector<HTMLElement>('[part="option"]') ?? this;
  }

  // ── Lifecycle ───────────────────────────────────────────────────────────────────────────────────────────
  protected override updated(): void {
    if (this.checked) this.internals.states.add('checked');
    else this.internals.states.delete('checked');
  }

  /** Browser: restoring the form after navigation or autofill. */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.checked = state === 'checked';
  }

  // ── Event handlers ──────────────────────────────────────────────────────────────────────────────────────
  private handleChange(event: Event): void {
    stopInnerEvent(event);
    this.checked = (event.target as HTMLInputElement).checked;
    this.field.markInteracted();
    void emitValueEvents(this);
  }

  private handleTermsSlotChange(event: Event): void {
    this.hasTerms = slotHasText(event);
  }

  // ── Public methods ──────────────────────────────────────────────────────────────────────────────────────
  /** Focuses the checkbox (the error summary passes `{preventScroll: true}`). */
  override focus(options?: FocusOptions): void {
    if (this.control) this.control.focus(options);
    else super.focus(options);
  }

  // ── Private helpers ─────────────────────────────────────────────────────────────────────────────────────
  protected resetValue(): void {
    this.dirty = false;
    this.current = false;
  }

  // ── Render ──────────────────────────────────────────────────────────────────────────────────────────────
  protected override render(): TemplateResult {
    const showError = this.field.showError;
    return html`
      <div class="group">
        ${this.renderError()}
        <label part="option" class="option">
          <input
            id="control"
            part="control"
            class="control"
            type="checkbox"
            .checked=${live(this.checked)}
            ?disabled=${this.field.disabled}
            aria-describedby=${describedBy(this.hasHint && 'hint', showError && 'error', this.hasTerms && 'terms')}
            aria-invalid=${ifDefined(showError ? 'true' : undefined)}
            aria-required=${ifDefined(this.required ? 'true' : undefined)}
            @change=${this.handleChange}
            @input=${stopInnerEvent}
          />
          <span part="label" class="text"><slot>${this.label}</slot></span>
        </label>
        <div class="below">
          ${this.renderHint()}
          <div id="terms" part="terms" class="terms" ?hidden=${!this.hasTerms}>
            <slot name="terms" @slotchange=${this.handleTermsSlotChange}></slot>
          </div>
        </div>
      </div>
    `;
  }
}
