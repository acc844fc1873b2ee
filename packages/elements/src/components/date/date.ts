import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { property, queryAll } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { localized, msg } from '@lit/localize';
import { FormFieldController } from '../../controllers/form-field-controller.js';
import { emitValueEvents, stopInnerEvent } from '../../events.js';
import { SvaraFieldElement } from '../../internal/field-element.js';
import { describedBy } from '../../internal/group-templates.js';
import { getLocale } from '../../localization.js';
import { fieldStyles } from '../../styles/field.styles.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import {
  dateProblem,
  datePartsValidator,
  dateRangeValidator,
  isoDate,
  parseIsoDate,
  dateMessages,
} from '../../validators/date-validators.js';
import type { DatePart, DateParts } from '../../validators/date-validators.js';
import { requiredValidator } from '../../validators/validators.js';
import { styles } from './date.styles.js';

const EMPTY: DateParts = { day: '', month: '', year: '' };

/** Field order as the language writes dates: Swedish year–month–day (ISO), the others day–month–year. */
function partOrder(): DatePart[] {
  return getLocale() === 'sv' ? ['year', 'month', 'day'] : ['day', 'month', 'year'];
}

function partLabel(part: DatePart): string {
  switch (part) {
    case 'day':
      return msg('Dag', { id: 'elements.date.day', desc: 'Label of the day field of a date (1–31)' });
    case 'month':
      return msg('Månad', { id: 'elements.date.month', desc: 'Label of the month field of a date (1–12)' });
    case 'year':
      return msg('År', { id: 'elements.date.year', desc: 'Label of the year field of a date (four digits)' });
  }
}

/** ISO `YYYY-MM-DD` → three fields without leading zeros; anything else → empty fields. */
function partsOf(iso: string): DateParts {
  const date = parseIsoDate(iso);
  if (!date) return { ...EMPTY };
  return {
    day: String(date.getUTCDate()),
    month: String(date.getUTCMonth() + 1),
    year: String(date.getUTCFullYear()),
  };
}

/**
 * A date a person knows or can look up (date of birth, when something happened), typed in three fields —
 * day, month and year — as GOV.UK recommends, in the order the language writes dates (Swedish: år, månad,
 * dag; English, Finnish and Arabic: day, month, year).
 *
 * Why not `<input type="date">`: its format, field names and messages follow the browser's language, not the
 * form's; its picker and segments behave differently in every browser and screen reader; and its errors come
 * from the browser. Three plain number fields are predictable, fully in our language, work with autofill
 * (`autocomplete="bday"`) and reflow at 400 % zoom. (For picking a date from a calendar, such as a booking,
 * another control would be needed.)
 *
 * The value is ISO `YYYY-MM-DD` (in FormData under `name`), or `''` while the fields are empty or do not make a
 * real date. Our plain-language errors name the problem ("Skriv dag, månad och år.", "Skriv året med fyra
 * siffror …", "Det datumet finns inte …", and "Datumet måste vara 1 mars 2026 eller senare." for `min`/`max`),
 * and only the fields at fault are marked invalid. Errors appear only after the user leaves the whole date
 * (not when moving from day to month) or tries to submit.
 *
 * Legend, hint, error and the three labelled inputs share this element's shadow root: the group is a
 * `<fieldset>` described by hint and error. Enter submits the form.
 *
 * @summary A date in three fields (day, month, year) with plain-language checks and a min/max range.
 * @tag svara-date
 *
 * @slot label - The question, when it needs markup. Overrides the `label` attribute.
 * @slot hint - Help text under the question, e.g. "Till exempel 2026 3 27". Overrides the `hint` attribute.
 *
 * @csspart fieldset - The `<fieldset>` around everything.
 * @csspart label - The `<legend>` with the question.
 * @csspart hint - The hint under the question.
 * @csspart error-message - The error message (only present while shown).
 * @csspart fields - The row of the three fields.
 * @csspart part-label - The label of each field ("Dag", "Månad", "År").
 * @csspart control - Each of the three inputs (also `day`, `month`, `year`).
 *
 * @cssprop --svara-color-text - Text colour.
 * @cssprop --svara-color-hint - Hint colour.
 * @cssprop --svara-color-border - Input borders (keep ≥ 3:1 against the background).
 * @cssprop --svara-color-error - Error text, border and bar colour.
 * @cssprop --svara-color-surface - Input background.
 * @cssprop --svara-focus-color - Focus outline colour (keep ≥ 3:1 against the background).
 * @cssprop --svara-focus-width - Focus outline width (at least 2px; default 3px).
 * @cssprop --svara-radius - Corner radius of the inputs.
 *
 * @cssstate user-invalid - Invalid, after the user left the date or tried to submit.
 * @cssstate user-valid - Valid, after the user left the date or tried to submit.
 * @cssstate required - The date must be filled in.
 * @cssstate disabled - Disabled by itself or by a `<fieldset disabled>`.
 *
 * @fires input - On every change of any of the three fields by the user (bubbles, composed).
 * @fires change - When the user commits a changed field (bubbles, composed).
 */
@localized()
export class SvaraDate extends SvaraFieldElement {
  // ── Static configuration ────────────────────────────────────────────────────────────────────────────────
  static override styles = [sharedStyles, fieldStyles, styles];

  // ── Controllers ─────────────────────────────────────────────────────────────────────────────────────────
  protected readonly field = new FormFieldController(this, {
    formValue: () => this.value,
    formState: () => {
      const state = new FormData();
      for (const part of ['day', 'month', 'year'] as const) state.append(part, this.parts[part]);
      return state;
    },
    anchor: () => this.firstProblemInput() ?? this.inputs[0],
    validators: [
      requiredValidator({
        required: () => this.required,
        isEmpty: () => Object.values(this.parts).every((part) => part.trim() === ''),
        message: () => dateMessages.dateMissing(),
      }),
      datePartsValidator({ parts: () => this.parts }),
      dateRangeValidator({
        value: () => this.value,
        min: () => this.min || undefined,
        max: () => this.max || undefined,
      }),
    ],
  });

  // ── Queries ─────────────────────────────────────────────────────────────────────────────────────────────
  @queryAll('.control') private inputs!: NodeListOf<HTMLInputElement>;

  // ── Internal state ──────────────────────────────────────────────────────────────────────────────────────
  private current: DateParts = { ...EMPTY };
  /** Set once the value was changed by the user or a script; from then on `value` (attribute) is only the default. */
  private dirty = false;
  /** The user typed in one of the fields (since the last reset). */
  private typed = false;

  // ── Properties ──────────────────────────────────────────────────────────────────────────────────────────
  /** The default date, ISO `YYYY-MM-DD` (attribute `value`): shown at first and after `form.reset()`. */
  @property({ attribute: 'value' }) defaultValue = '';

  /** The earliest allowed date, ISO `YYYY-MM-DD`. */
  @property() min = '';

  /** The latest allowed date, ISO `YYYY-MM-DD`. */
  @property() max = '';

  /** `bday` gives the fields `bday-day`, `bday-month` and `bday-year` for autofill of a date of birth. */
  @property() autocomplete = '';

  // ── Getters ─────────────────────────────────────────────────────────────────────────────────────────────
  /** The three fields as typed. */
  get parts(): DateParts {
    return this.dirty ? { ...this.current } : partsOf(this.defaultValue);
  }
  set parts(parts: DateParts) {
    this.current = { ...parts };
    this.dirty = true;
    this.requestUpdate();
  }

  /** ISO `YYYY-MM-DD`, or '' while the fields are empty or not a real date. Setting it fills the fields. */
  get value(): string {
    const parts = this.parts;
    if (dateProblem(parts) || Object.values(parts).every((part) => part.trim() === '')) return '';
    return isoDate(parts);
  }
  set value(value: string) {
    this.parts = partsOf(value ?? '');
  }

  /** The element to scroll into view when leading the user to this date (the legend). */
  get scrollTarget(): HTMLElement {
    return this.renderRoot.querySelector<HTMLElement>('legend') ?? this;
  }

  /** The fields the current error is about (all three for a missing date or one out of range). */
  private get problemParts(): DatePart[] {
    const failure = this.field.validationFailure;
    if (!failure) return [];
    return dateProblem(this.parts)?.parts ?? ['day', 'month', 'year'];
  }

  // ── Lifecycle ───────────────────────────────────────────────────────────────────────────────────────────
  /** Browser: restoring the form after navigation or autofill. */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (state instanceof FormData) {
      const get = (part: DatePart) => String(state.get(part) ?? '');
      this.parts = { day: get('day'), month: get('month'), year: get('year') };
    } else if (typeof state === 'string') {
      this.value = state;
    }
  }

  // ── Event handlers ──────────────────────────────────────────────────────────────────────────────────────
  private handleInput(event: Event): void {
    stopInnerEvent(event);
    const input = event.target as HTMLInputElement;
    this.typed = true;
    this.parts = { ...this.parts, [input.dataset['part'] as DatePart]: input.value };
    void emitValueEvents(this, 'input');
  }

  private handleChange(event: Event): void {
    stopInnerEvent(event);
    void emitValueEvents(this, 'change');
  }

  /** Errors may show once focus leaves the whole date, not when moving from one field to the next. */
  private handleFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (next && this.renderRoot.contains(next)) return;
    if (this.typed) this.field.markInteracted();
  }

  // ── Public methods ──────────────────────────────────────────────────────────────────────────────────────
  /** Focuses the first field at fault, else the first field (the error summary passes `preventScroll`). */
  override focus(options?: FocusOptions): void {
    const target = this.firstProblemInput() ?? this.inputs[0];
    if (target) target.focus(options);
    else super.focus(options);
  }

  // ── Private helpers ─────────────────────────────────────────────────────────────────────────────────────
  protected resetValue(): void {
    this.dirty = false;
    this.typed = false;
    this.current = { ...EMPTY };
  }

  private firstProblemInput(): HTMLInputElement | undefined {
    const problems = this.problemParts;
    return [...(this.inputs ?? [])].find((input) => problems.includes(input.dataset['part'] as DatePart));
  }

  private autocompleteFor(part: DatePart): `bday-${DatePart}` | undefined {
    return this.autocomplete === 'bday' ? `bday-${part}` : undefined;
  }

  // ── Render ──────────────────────────────────────────────────────────────────────────────────────────────
  protected override render(): TemplateResult {
    const showError = this.field.showError;
    const problems = showError ? this.problemParts : [];
    const parts = this.parts;
    return html`
      <fieldset
        part="fieldset"
        class="group"
        aria-describedby=${describedBy(this.hasHint && 'hint', showError && 'error')}
        ?disabled=${this.field.disabled}
        @focusout=${this.handleFocusOut}
      >
        <legend part="label" class="label"><slot name="label">${this.label}</slot></legend>
        ${this.renderHint()} ${this.renderError()}
        <div part="fields" class="fields">
          ${partOrder().map(
            (part) => html`
              <div class="part">
                <label part="part-label" class="part-label" for=${part}>${partLabel(part)}</label>
                <input
                  id=${part}
                  part="control ${part}"
                  class="control ${part}"
                  data-part=${part}
                  inputmode="numeric"
                  spellcheck="false"
                  autocomplete=${ifDefined(this.autocompleteFor(part))}
                  .value=${live(parts[part])}
                  aria-invalid=${ifDefined(problems.includes(part) ? 'true' : undefined)}
                  aria-required=${ifDefined(this.required ? 'true' : undefined)}
                  @input=${this.handleInput}
                  @change=${this.handleChange}
                  @keydown=${this.handleImplicitSubmit}
                />
              </div>
            `,
          )}
        </div>
      </fieldset>
    `;
  }
}
