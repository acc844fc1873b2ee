import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { localized } from '@lit/localize';
import { specialLabels, specialPictograms } from '@svara/schema';
import type { Pictogram, SpecialCode } from '@svara/schema';
import { FormFieldController } from '../../controllers/form-field-controller.js';
import { dirFor, getLocale } from '../../localization.js';
import { RovingTabindexController } from '../../controllers/roving-tabindex-controller.js';
import { needAttribution } from '../../internal/attribution.js';
import { hostLanguage, questionLanguage, questionText } from '../../internal/assist-attributes.js';
import { stopInnerEvent } from '../../events.js';
import { SvaraGroupElement } from '../../internal/group-element.js';
import type { GroupReadAloudItem } from '../../internal/group-element.js';
import {
  DONT_KNOW,
  SKIPPED,
  SPECIAL_ANSWERS,
  describedBy,
  isSpecialAnswer,
  renderDivider,
} from '../../internal/group-templates.js';
import { groupStyles } from '../../styles/group.styles.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import {
  maxSelectionsValidator,
  messages,
  minSelectionsValidator,
  requiredValidator,
} from '../../validators/validators.js';
import type { SvaraOption } from '../option/option.js';
import { isOn } from '../../internal/presentation.js';
import type { LabelPosition } from '../../internal/presentation.js';
import { styles } from './choice.styles.js';

// The codes stored for "Vet inte" / "Vill inte svara" come from @svara/schema (public contract; never change them).
export { DONT_KNOW, SKIPPED, SPECIAL_ANSWERS };

/** An option given through the `options` property. */
export interface ChoiceOption {
  value: string;
  /** Visible text and accessible name. */
  label: string;
  /** Extra explanation under the label (linked with aria-describedby). */
  hint?: string;
  disabled?: boolean;
  /** Language of the label when it differs from the page (e.g. a place name, a quoted phrase). */
  lang?: string;
  /** A pictogram shown with the label when `display="pictogram"` (the schema's `{builtin}`, `{arasaac}` or `{src, alt}`). */
  pictogram?: Pictogram;
  /** The plain-language label, used with `plain`. */
  plainLabel?: string;
  /** Recorded speech of the label per language (`{sv: '/audio/ja.mp3'}`), read instead of speech synthesis. */
  audio?: Record<string, string>;
}

interface RenderedOption extends ChoiceOption {
  special: boolean;
}

/**
 * A question with one answer (a radio group) or several answers (`multiple`, a checkbox group).
 *
 * The legend, hint, error message and the native radios/checkboxes are all in this element's shadow root, so
 * every `aria-describedby` resolves. Light-DOM `<label for>` cannot point at it: use `label` or the `label`
 * slot. Options come from `<svara-option>` children or from the `options` property (which wins when set).
 *
 * "Vet inte" (`allow-dont-know`) and "Vill inte svara" (`allow-skip`) are shown apart from the options and stored
 * as the codes `dont_know` and `skipped`. With `multiple` they are exclusive: choosing one clears the options,
 * choosing an option clears them. Either one answers a `required` question.
 *
 * Keyboard: one answer — Tab reaches the group once; arrow keys move and select (Left/Right mirrored in
 * right-to-left); Home/End; Space. Several answers — each checkbox is a Tab stop and Space toggles it, as in
 * native checkbox groups.
 *
 * Errors (our own plain-language messages, prefixed with a visually hidden "Fel:") appear only after the user
 * changed the answer or tried to submit.
 *
 * @summary One or several answers from a list, with optional "Vet inte" / "Vill inte svara".
 * @tag svara-choice
 *
 * @slot - `<svara-option>` children: read as the options (drawn in the shadow root, not slotted).
 * @slot label - The question, when it needs markup. Overrides the `label` attribute.
 * @slot hint - Help text under the question. Overrides the `hint` attribute.
 *
 * @csspart fieldset - The `<fieldset>` around everything.
 * @csspart label - The `<legend>` with the question.
 * @csspart read-aloud - With `read-aloud`: the box with the "Lyssna" button and its message.
 * @csspart read-aloud-button - The "Lyssna" / "Sluta läsa" button (at least 44×44 px).
 * @csspart scanning - With `scanning`: the box with the "Börja skanna" / "Sluta skanna" button.
 * @csspart scan-button - The "Börja skanna" / "Sluta skanna" button.
 * @csspart read-aloud-message - The plain message shown when the device has no voice for the text's language.
 * @csspart hint - The hint under the question.
 * @csspart error-message - The error message (only present while shown).
 * @csspart options - The container of the ordinary options.
 * @csspart option - Each option row (a `<label>` around the input and its text).
 * @csspart control - Each native radio or checkbox.
 * @csspart option-label - The text of each option.
 * @csspart option-hint - The hint of an option.
 * @csspart special-options - The container of "Vet inte" / "Vill inte svara", apart from the options.
 * @csspart divider - The "eller" between the options and the special answers.
 *
 * @cssprop --svara-color-text - Text colour.
 * @cssprop --svara-color-hint - Hint text colour.
 * @cssprop --svara-color-border - Option borders (keep ≥ 3:1 against the background).
 * @cssprop --svara-color-accent - Selected option and control colour.
 * @cssprop --svara-color-error - Error text and border colour.
 * @cssprop --svara-color-surface - Option background.
 * @cssprop --svara-focus-color - Focus outline colour (keep ≥ 3:1 against the background).
 * @cssprop --svara-focus-width - Focus outline width (at least 2px; default 3px).
 * @cssprop --svara-radius - Corner radius of the option rows.
 * @cssprop --svara-gap - Space between options.
 *
 * @cssstate user-invalid - Invalid, after the user changed the answer or tried to submit.
 * @cssstate user-valid - Valid, after the user changed the answer or tried to submit.
 * @cssstate required - The question must be answered.
 * @cssstate disabled - Disabled by itself or by a `<fieldset disabled>`.
 *
 * @fires input - When the user changes the answer (bubbles, composed).
 * @fires change - Right after `input`, when the user changes the answer (bubbles, composed).
 */
@localized()
export class SvaraChoice extends SvaraGroupElement {
  // ── Static configuration ────────────────────────────────────────────────────────────────────────────────
  static override styles = [sharedStyles, groupStyles, styles];
  protected readonly ownStyles = styles;

  // ── Controllers ─────────────────────────────────────────────────────────────────────────────────────────
  protected readonly field = new FormFieldController(this, {
    formValue: () => this.#formValue(),
    formState: () => this.#formState(),
    anchor: () => this.roving.activeItem() ?? this.inputs()[0],
    validators: [
      requiredValidator({
        required: () => this.required,
        isEmpty: () => this.#selected.length === 0,
        message: () => (this.multiple ? messages.chooseAny() : messages.chooseOne()),
      }),
      minSelectionsValidator({
        min: () => (this.multiple ? this.minSelections : undefined),
        count: () => this.#optionCount(),
      }),
      maxSelectionsValidator({
        max: () => (this.multiple ? this.maxSelections : undefined),
        count: () => this.#optionCount(),
      }),
    ],
  });

  protected readonly roving = new RovingTabindexController<HTMLInputElement>(this, {
    items: () => this.inputs(),
    isSelected: (input) => this.#selected.includes(input.value),
    enabled: () => !this.multiple,
    select: (input) => this.choose(input.value, true),
  });

  readonly #childObserver = new MutationObserver(() => this.#readChildOptions());

  // ── Internal state ──────────────────────────────────────────────────────────────────────────────────────
  @state() private childOptions: ChoiceOption[] = [];
  #selected: string[] = [];

  // ── Properties ──────────────────────────────────────────────────────────────────────────────────────────
  /**
   * The default answer (attribute `value`): what the control shows at first and after `form.reset()`. With
   * `multiple`, a space-separated list of values.
   */
  @property({ attribute: 'value' }) defaultValue = '';

  /** Options as data. When non-empty, used instead of the `<svara-option>` children. */
  @property({ attribute: false }) options: ChoiceOption[] = [];

  /** Several answers (checkboxes) instead of one (radios). */
  @property({ type: Boolean, reflect: true }) multiple = false;

  /** `pictogram`: each option shows its pictogram with its word (image decorative, the word names it). */
  @property({ reflect: true }) display: 'text' | 'pictogram' = 'text';

  /** Where the word goes in the pictogram display: `below` the picture (tiles, default) or at its `end` (rows). */
  @property({ reflect: true, attribute: 'label-position' }) labelPosition: LabelPosition = 'below';

  /** Own text for the "Vet inte" answer. */
  @property({ attribute: 'dont-know-label' }) dontKnowLabel = '';

  /** Own text for the skip answer (default "Vill inte svara"), e.g. "Hoppa över". */
  @property({ attribute: 'skip-label' }) skipLabel = '';

  /** With `multiple`: at least this many options must be chosen (when any is chosen). */
  @property({ type: Number, attribute: 'min-selections' }) minSelections?: number;

  /** With `multiple`: at most this many options may be chosen. */
  @property({ type: Number, attribute: 'max-selections' }) maxSelections?: number;

  // ── Getters ─────────────────────────────────────────────────────────────────────────────────────────────
  /** All chosen values, in option order (codes `dont_know` / `skipped` included). */
  get values(): string[] {
    return [...this.#selected];
  }
  set values(values: readonly string[]) {
    this.#selected = this.multiple ? [...values] : values.slice(0, 1);
    this.dirty = true;
    this.requestUpdate();
  }

  /** The chosen value ('' when none). With `multiple`, the first one; use `values` for all. */
  get value(): string {
    return this.#selected[0] ?? '';
  }
  set value(value: string) {
    this.values = value === '' ? [] : [value];
  }

  get #allOptions(): RenderedOption[] {
    const ordinary = (this.options.length > 0 ? this.options : this.childOptions).map((option) => ({
      ...option,
      special: false,
    }));
    const special: RenderedOption[] = [];
    if (this.allowDontKnow) {
      special.push({
        value: DONT_KNOW,
        label: this.dontKnowLabel || specialLabels[DONT_KNOW][getLocale()],
        special: true,
      });
    }
    if (this.allowSkip) {
      special.push({
        value: SKIPPED,
        label: this.skipLabel || specialLabels[SKIPPED][getLocale()],
        special: true,
      });
    }
    return [...ordinary, ...special];
  }

  // ── Lifecycle ───────────────────────────────────────────────────────────────────────────────────────────
  override connectedCallback(): void {
    super.connectedCallback();
    this.#readChildOptions();
    this.#childObserver.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#childObserver.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if ((changed.has('defaultValue') || changed.has('multiple')) && !this.dirty) {
      this.#selected = this.#parseDefault();
    }
    if (changed.has('multiple') && !this.multiple && this.#selected.length > 1) {
      this.#selected = this.#selected.slice(0, 1);
    }
  }

  /** Browser: restoring the form after navigation or autofill, with the state we gave `setFormValue`. */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (state instanceof FormData) {
      this.values = state.getAll('value').filter((entry): entry is string => typeof entry === 'string');
    } else if (typeof state === 'string') {
      this.values = state === '' ? [] : [state];
    }
  }

  // ── Event handlers ──────────────────────────────────────────────────────────────────────────────────────
  private handleChange(event: Event): void {
    stopInnerEvent(event);
    const input = event.target as HTMLInputElement;
    this.choose(input.value, input.checked);
  }

  // ── Subclass hooks ──────────────────────────────────────────────────────────────────────────────────────
  /** With several answers, the first chosen option (or the first one): every checkbox is a tab stop. */
  protected override focusTarget(): HTMLElement | undefined {
    if (!this.multiple) return super.focusTarget();
    const inputs = this.inputs();
    return inputs.find((input) => input.checked && !input.disabled) ?? inputs.find((i) => !i.disabled);
  }

  protected resetValue(): void {
    this.dirty = false;
    this.#selected = this.#parseDefault();
  }

  /** The question, then every option shown (special answers included), as read by "Lyssna". */
  protected readAloudItems(): GroupReadAloudItem[] {
    const lang = hostLanguage(this);
    return [
      {
        key: 'question',
        text: questionText(this.renderRoot, this.label),
        lang: questionLanguage(this.renderRoot, this),
        audio: this.audio,
      },
      ...this.#allOptions.map((option, i) => ({
        key: `option-${i}`,
        value: option.value,
        text: (this.plain ? option.plainLabel : undefined) ?? option.label,
        lang: option.lang ?? lang,
        audio: option.audio,
      })),
    ];
  }

  // ── Private helpers ─────────────────────────────────────────────────────────────────────────────────────
  #readChildOptions(): void {
    this.childOptions = [...this.querySelectorAll<SvaraOption>(':scope > svara-option')].map((option) => ({
      value: option.getAttribute('value') ?? option.label,
      label: option.label,
      hint: option.getAttribute('hint') ?? undefined,
      disabled: option.hasAttribute('disabled'),
      lang: option.getAttribute('lang') ?? undefined,
      pictogram: option.pictogram,
    }));
  }

  #parseDefault(): string[] {
    const tokens = this.multiple ? this.defaultValue.split(/\s+/) : [this.defaultValue];
    return tokens.filter((token) => token !== '');
  }

  #optionCount(): number {
    return this.#selected.some((value) => isSpecialAnswer(value)) ? 0 : this.#selected.length;
  }

  /** A user (pointer, Space or arrow key) chose or un-chose `value`. */
  private choose(value: string, checked: boolean): void {
    const before = this.#selected.join('\n');
    if (!this.multiple) {
      this.#selected = [value];
    } else if (!checked) {
      this.#selected = this.#selected.filter((v) => v !== value);
    } else if (isSpecialAnswer(value)) {
      this.#selected = [value];
    } else {
      const chosen = new Set([...this.#selected.filter((v) => !isSpecialAnswer(v)), value]);
      this.#selected = this.#allOptions.map((option) => option.value).filter((v) => chosen.has(v));
    }
    this.chosenByUser(this.#selected.join('\n') !== before);
  }

  #formValue(): string | FormData | null {
    if (this.#selected.length === 0) return null;
    if (!this.multiple) return this.#selected[0]!;
    if (!this.name) return null;
    const data = new FormData();
    for (const value of this.#selected) data.append(this.name, value);
    return data;
  }

  #formState(): FormData {
    const state = new FormData();
    for (const value of this.#selected) state.append('value', value);
    return state;
  }

  // ── Render ──────────────────────────────────────────────────────────────────────────────────────────────
  protected override render(): TemplateResult {
    const options = this.#allOptions;
    const ordinary = options.filter((option) => !option.special);
    const special = options.filter((option) => option.special);
    const showError = this.field.showError;
    const pictograms = options.map((option) => this.#pictogramOf(option));
    const pictures = pictograms.some((p) => p !== undefined);
    const arasaac = pictograms.some((p) => p !== undefined && 'arasaac' in p);
    if (arasaac) needAttribution();

    return html`
      <fieldset
        part="fieldset"
        role=${this.multiple ? 'group' : 'radiogroup'}
        aria-describedby=${describedBy(this.hasHint && 'hint')}
        aria-required=${ifDefined(!this.multiple && this.required ? 'true' : undefined)}
        aria-invalid=${ifDefined(showError ? 'true' : undefined)}
        ?disabled=${this.field.disabled}
        @keydown=${this.roving.handleKeydown}
        @change=${this.handleChange}
        @input=${stopInnerEvent}
        @focusin=${this.handleFocusIn}
      >
        ${this.renderTop()}
        <div part="options" class="options ${pictures ? `pictograms label-${this.labelPosition}` : ''}">
          ${ordinary.map((option, i) => this.#renderOption(option, i, showError))}
        </div>
        ${
          special.length > 0
            ? html`<div part="special-options" class="options special">
                ${ordinary.length > 0 ? renderDivider() : nothing}
                ${special.map((option, i) => this.#renderOption(option, ordinary.length + i, showError))}
              </div>`
            : nothing
        }
      </fieldset>
      ${
        arasaac
          ? html`<svara-pictogram-attribution
              part="attribution"
              class="attribution"
            ></svara-pictogram-attribution>`
          : nothing
      }
    `;
  }

  /** The pictogram an option shows now (pictogram display, pictograms on), with svara's own for the special answers. */
  #pictogramOf(option: RenderedOption): Pictogram | undefined {
    if (this.display !== 'pictogram' || !isOn(this.pictograms)) return undefined;
    if (option.special) return { builtin: specialPictograms[option.value as SpecialCode] };
    return option.pictogram;
  }

  #renderOption(option: RenderedOption, index: number, invalid: boolean): TemplateResult {
    const labelId = `option-label-${index}`;
    const hintId = `option-hint-${index}`;
    const pictogram = this.#pictogramOf(option);
    const label = (this.plain ? option.plainLabel : undefined) ?? option.label;
    return html`
      <label
        part="option"
        class="option ${pictogram ? 'pictogram' : ''} ${this.isScanned(option.value) ? 'scan-highlight' : ''}"
      >
        <input
          part="control"
          type=${this.multiple ? 'checkbox' : 'radio'}
          name="choice"
          .value=${option.value}
          .checked=${live(this.#selected.includes(option.value))}
          ?disabled=${option.disabled ?? false}
          aria-labelledby=${option.hint ? labelId : nothing}
          aria-describedby=${option.hint ? hintId : nothing}
          aria-invalid=${ifDefined(invalid ? 'true' : undefined)}
        />
        ${
          pictogram
            ? html`<svara-pictogram
                part="pictogram"
                class="picture"
                .pictogram=${pictogram}
                fallback=${label}
                size=${this.size === 'large' ? 'large' : 'medium'}
                decorative
              ></svara-pictogram>`
            : nothing
        }
        <span class="text">
          <span
            id=${labelId}
            part="option-label"
            class="option-label ${this.isRead(index) ? 'reading' : ''}"
            lang=${ifDefined(option.lang)}
            dir=${ifDefined(option.lang ? dirFor(option.lang) : undefined)}
            >${label}</span
          >
          ${
            option.hint
              ? html`<span id=${hintId} part="option-hint" class="option-hint">${option.hint}</span>`
              : nothing
          }
        </span>
      </label>
    `;
  }
}
