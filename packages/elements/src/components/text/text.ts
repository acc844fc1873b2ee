import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { localized, msg, str } from '@lit/localize';
import { FormFieldController } from '../../controllers/form-field-controller.js';
import { SvaraTextFieldElement } from '../../internal/text-field-element.js';
import { describedBy } from '../../internal/group-templates.js';
import { fieldStyles } from '../../styles/field.styles.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import {
  characterCount,
  formatNumber,
  maxLengthValidator,
  messages,
  pluralForm,
  requiredValidator,
} from '../../validators/validators.js';
import { styles } from './text.styles.js';

/** How long after the last keystroke the character count is announced (ms): one announcement per pause. */
export const ANNOUNCE_DELAY_MS = 1000;

/** From this share of `maxlength` on, the count is announced (and always when over the limit). */
export const ANNOUNCE_FROM = 0.9;

/** The visible count, "12 av 2 000 tecken"; plural by the limit (lit/lit#1891: no plurals in lit-localize). */
function countMessage(count: number, max: number): string {
  const [n, of] = [formatNumber(count), formatNumber(max)];
  return pluralForm(max) === 'one'
    ? msg(str`${n} av ${of} tecken`, {
        id: 'elements.text.count_one',
        desc: 'Character count under a text field when the limit is 1. ${n}: characters written, ${of}: the limit. Arabic: phrase it so the numbers need no noun agreement, e.g. "number of characters: n of m"',
      })
    : msg(str`${n} av ${of} tecken`, {
        id: 'elements.text.count_other',
        desc: 'Character count under a text field, e.g. "12 av 2 000 tecken". ${n}: characters written, ${of}: the limit (not 1). Arabic: phrase it so the numbers need no noun agreement',
      });
}

/** The limit, for screen readers, in the field's description: "Du kan skriva högst 2 000 tecken." */
function limitMessage(max: number): string {
  const n = formatNumber(max);
  return pluralForm(max) === 'one'
    ? msg(str`Du kan skriva högst ${n} tecken.`, {
        id: 'elements.text.limit_one',
        desc: 'Read by screen readers as part of a text field’s description when at most 1 character is allowed. ${n} is the number',
      })
    : msg(str`Du kan skriva högst ${n} tecken.`, {
        id: 'elements.text.limit_other',
        desc: 'Read by screen readers as part of a text field’s description: the most characters allowed. ${n} is the number (2 or more). Arabic: phrase it so the number needs no noun agreement',
      });
}

/** Announced when the limit is near: "Du har 150 tecken kvar." */
function remainingMessage(remaining: number): string {
  const n = formatNumber(remaining);
  return pluralForm(remaining) === 'one'
    ? msg(str`Du har ${n} tecken kvar.`, {
        id: 'elements.text.remaining_one',
        desc: 'Read by screen readers when a text is close to its limit and 1 character is left. ${n} is the number',
      })
    : msg(str`Du har ${n} tecken kvar.`, {
        id: 'elements.text.remaining_other',
        desc: 'Read by screen readers when a text is close to its limit. ${n} is how many characters are left (0 or 2 and more). Arabic: phrase it so the number needs no noun agreement',
      });
}

/** Announced when the text is over the limit: "Du har skrivit 5 tecken för mycket." */
function overMessage(over: number): string {
  const n = formatNumber(over);
  return pluralForm(over) === 'one'
    ? msg(str`Du har skrivit ${n} tecken för mycket.`, {
        id: 'elements.text.over_one',
        desc: 'Shown and read when a text is 1 character longer than allowed. ${n} is the number',
      })
    : msg(str`Du har skrivit ${n} tecken för mycket.`, {
        id: 'elements.text.over_other',
        desc: 'Shown and read when a text is longer than allowed. ${n} is how many characters too many (2 or more). Arabic: phrase it so the number needs no noun agreement',
      });
}

/**
 * A text answer: one line (`<input>`) or several (`multiline`, a `<textarea>`), with an optional character
 * limit.
 *
 * Label, hint, error message, the native input and the character count are all in this element's shadow root,
 * so `aria-describedby="hint error limit"` resolves. Light-DOM `<label for>` cannot point at it: use `label`
 * or the `label` slot.
 *
 * `maxlength` is a soft limit, as in GOV.UK's character count: the user may type or paste past it (and then
 * shorten), sees "12 av 2 000 tecken" under the field, and the field is invalid while the text is too long.
 * Screen readers hear the limit as part of the field's description ("Du kan skriva högst 2 000 tecken.", as
 * GOV.UK does; the visible count is hidden from them, because a changing description is read again after every
 * key), and a polite announcement ("Du har 150 tecken kvar.", "Du har skrivit 5 tecken för mycket.") once
 * typing pauses near or over the limit — never on every keystroke. Characters are counted as people count them (an emoji or "å" is one).
 *
 * Errors (our own plain-language messages, prefixed with a visually hidden "Fel:") appear only after the user
 * changed the text and left the field, or tried to submit; then they follow the text as it is edited.
 *
 * Keyboard: Enter in a one-line field submits the form, as in native forms; in a `multiline` field it starts
 * a new line.
 *
 * @summary A short or multi-line text answer with a politely announced character count.
 * @tag svara-text
 *
 * @slot label - The label, when it needs markup. Overrides the `label` attribute.
 * @slot hint - Help text under the label. Overrides the `hint` attribute.
 *
 * @csspart label - The `<label>`.
 * @csspart hint - The hint under the label.
 * @csspart error-message - The error message (only present while shown).
 * @csspart control - The native `<input>` or `<textarea>`.
 * @csspart count - The character count (only with `maxlength`): "12 av 2 000 tecken", or how many
 *   characters too many.
 *
 * @cssprop --svara-color-text - Text colour.
 * @cssprop --svara-color-hint - Hint and count colour.
 * @cssprop --svara-color-border - Input border (keep ≥ 3:1 against the background).
 * @cssprop --svara-color-error - Error text, border and bar colour.
 * @cssprop --svara-color-surface - Input background.
 * @cssprop --svara-focus-color - Focus outline colour (keep ≥ 3:1 against the background).
 * @cssprop --svara-focus-width - Focus outline width (at least 2px; default 3px).
 * @cssprop --svara-radius - Corner radius of the input.
 * @cssprop --svara-control-width - Width of the input (default 100%; never wider than the field).
 *
 * @cssstate user-invalid - Invalid, after the user changed the text or tried to submit.
 * @cssstate user-valid - Valid, after the user changed the text or tried to submit.
 * @cssstate required - The field must be filled in.
 * @cssstate disabled - Disabled by itself or by a `<fieldset disabled>`.
 * @cssstate over-limit - The text is longer than `maxlength`.
 *
 * @fires input - On every change of the text by the user (bubbles, composed).
 * @fires change - When the user commits a changed text, usually by leaving the field (bubbles, composed).
 */
@localized()
export class SvaraText extends SvaraTextFieldElement {
  // ── Static configuration ────────────────────────────────────────────────────────────────────────────────
  static override styles = [sharedStyles, fieldStyles, styles];

  // ── Controllers ─────────────────────────────────────────────────────────────────────────────────────────
  protected readonly field = new FormFieldController(this, {
    formValue: () => this.value,
    anchor: () => this.control,
    validators: [
      requiredValidator({
        required: () => this.required,
        isEmpty: () => this.value.trim() === '',
        message: () => messages.writeAnswer(),
      }),
      maxLengthValidator({ max: () => this.maxLength, text: () => this.value }),
    ],
  });

  // ── Internal state ──────────────────────────────────────────────────────────────────────────────────────
  /** What the polite live region says; changes only after a pause in typing. */
  @state() private announcement = '';
  private announceTimer?: ReturnType<typeof setTimeout>;

  // ── Properties ──────────────────────────────────────────────────────────────────────────────────────────
  /** Several lines (a `<textarea>`) instead of one. */
  @property({ type: Boolean, reflect: true }) multiline = false;

  /** Visible lines of a `multiline` field. */
  @property({ type: Number }) rows = 5;

  /** The most characters allowed (a soft limit with a visible, announced count). */
  @property({ type: Number, attribute: 'maxlength' }) maxLength?: number;

  /** Passed to the native control: the virtual keyboard to show (`numeric`, `tel`, `decimal` …). */
  @property({ attribute: 'inputmode' }) override inputMode = '';

  /** Passed to the native control; `spellcheck="false"` turns spell checking off. */
  @property({
    type: Boolean,
    reflect: false,
    converter: { fromAttribute: (value: string | null) => value !== 'false' },
  })
  override spellcheck = true;

  // ── Getters ─────────────────────────────────────────────────────────────────────────────────────────────
  private get count(): number {
    return characterCount(this.value);
  }

  private get isOverLimit(): boolean {
    return this.maxLength !== undefined && this.count > this.maxLength;
  }

  // ── Lifecycle ───────────────────────────────────────────────────────────────────────────────────────────
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.isOverLimit) this.internals.states.add('over-limit');
    else this.internals.states.delete('over-limit');
  }

  // ── Event handlers ──────────────────────────────────────────────────────────────────────────────────────
  protected override handleInput(event: Event): void {
    super.handleInput(event);
    this.scheduleAnnouncement();
  }

  /** Also cancels a pending announcement, so it cannot talk over the next field. */
  protected override handleBlur(): void {
    clearTimeout(this.announceTimer);
    super.handleBlur();
  }

  // ── Subclass hooks ──────────────────────────────────────────────────────────────────────────────────────
  protected override resetValue(): void {
    super.resetValue();
    clearTimeout(this.announceTimer);
    this.announcement = '';
  }

  // ── Private helpers ─────────────────────────────────────────────────────────────────────────────────────
  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    if (this.maxLength === undefined) return;
    this.announceTimer = setTimeout(() => {
      const max = this.maxLength;
      if (max === undefined) return;
      const count = this.count;
      if (count > max) this.announcement = overMessage(count - max);
      else if (count >= max * ANNOUNCE_FROM) this.announcement = remainingMessage(max - count);
      else this.announcement = '';
    }, ANNOUNCE_DELAY_MS);
  }

  // ── Render ──────────────────────────────────────────────────────────────────────────────────────────────
  protected override render(): TemplateResult {
    const showError = this.field.showError;
    const hasCount = this.maxLength !== undefined;
    // The limit, not the changing count: a count in the description is read again after every key (Orca).
    // The too-long error names the limit itself; with it goes how many characters too many (the count).
    const tooLong = showError && this.isOverLimit;
    const description = describedBy(
      this.hasHint && 'hint',
      showError && 'error',
      hasCount && (tooLong ? 'count' : 'limit'),
    );

    return html`
      <div class="group">
        <label part="label" class="label" for="control"><slot name="label">${this.label}</slot></label>
        ${this.renderHint()} ${this.renderError()}
        ${
          this.multiline
            ? html`<textarea
                id="control"
                part="control"
                class="control"
                rows=${this.rows}
                .value=${live(this.value)}
                ?disabled=${this.field.disabled}
                inputmode=${ifDefined(this.inputMode || undefined)}
                spellcheck=${this.spellcheck ? 'true' : 'false'}
                aria-describedby=${description}
                aria-invalid=${ifDefined(showError ? 'true' : undefined)}
                aria-required=${ifDefined(this.required ? 'true' : undefined)}
                @input=${this.handleInput}
                @change=${this.handleChange}
                @blur=${this.handleBlur}
              ></textarea>`
            : html`<input
                id="control"
                part="control"
                class="control"
                type="text"
                .value=${live(this.value)}
                @keydown=${this.handleImplicitSubmit}
                ?disabled=${this.field.disabled}
                inputmode=${ifDefined(this.inputMode || undefined)}
                spellcheck=${this.spellcheck ? 'true' : 'false'}
                aria-describedby=${description}
                aria-invalid=${ifDefined(showError ? 'true' : undefined)}
                aria-required=${ifDefined(this.required ? 'true' : undefined)}
                @input=${this.handleInput}
                @change=${this.handleChange}
                @blur=${this.handleBlur}
              />`
        }
        ${
          hasCount
            ? html`<div id="limit" class="visually-hidden">${limitMessage(this.maxLength!)}</div>
                <div id="count" part="count" class="count" aria-hidden="true">
                  ${
                    this.isOverLimit
                      ? overMessage(this.count - this.maxLength!)
                      : countMessage(this.count, this.maxLength!)
                  }
                </div>`
            : nothing
        }
        <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
      </div>
    `;
  }
}
