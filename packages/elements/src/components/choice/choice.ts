import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { localized } from '@lit/localize';
import { specialLabels, specialPictograms } from '@svara/schema';
import type { Pictogram, SpecialCode } from '@svara/schema';
import { FormFieldController } from '../../controllers/form-field-controller.js';
import { getLocale } from '../../localization.js';
import { RovingTabindexController } from '../../controllers/roving-tabindex-controller.js';
import type { ScanClock } from '../../controllers/scanning-controller.js';
import { scanKeys, scanMode } from '../../internal/scanning-parts.js';
import { needAttribution } from '../../internal/attribution.js';
import { LazyAssist } from '../../internal/lazy-assist.js';
import type { ReadAloudEnvironment, ReadAloudItem } from '../../controllers/read-aloud-controller.js';
import { hostLanguage, questionText, readAloudMode } from '../../internal/read-aloud-parts.js';
import { emitValueEvents, stopInnerEvent } from '../../events.js';
import {
  DONT_KNOW,
  SKIPPED,
  SPECIAL_ANSWERS,
  describedBy,
  isSpecialAnswer,
  renderDivider,
  renderErrorMessage,
  renderLegendError,
  slotHasText,
} from '../../internal/group-parts.js';
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
import type { LabelPosition, OnOff } from '../../internal/presentation.js';
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
export class SvaraChoice extends LitElement {
  // ── Static configuration ────────────────────────────────────────────────────────────────────────────────
  static override styles = [sharedStyles, groupStyles, styles];
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  /** ElementInternals: form value, validity, custom states. */
  readonly internals: ElementInternals = this.attachInternals();

  // ── Controllers ─────────────────────────────────────────────────────────────────────────────────────────
  private readonly field = new FormFieldController(this, {
    formValue: () => this.formValue(),
    formState: () => this.formState(),
    anchor: () => this.roving.activeItem() ?? this.inputs()[0],
    validators: [
      requiredValidator({
        required: () => this.required,
        isEmpty: () => this.selected.length === 0,
        message: () => (this.multiple ? messages.chooseAny() : messages.chooseOne()),
      }),
      minSelectionsValidator({
        min: () => (this.multiple ? this.minSelections : undefined),
        count: () => this.optionCount(),
      }),
      maxSelectionsValidator({
        max: () => (this.multiple ? this.maxSelections : undefined),
        count: () => this.optionCount(),
      }),
    ],
  });

  /** Read-aloud and scanning: loaded when `read-aloud` or `scanning` turns on (or a script asks for them). */
  private readonly assist = new LazyAssist(this, {
    wanted: () => readAloudMode(this.readAloud) !== 'off' || scanMode(this.scanning) !== 'off',
    reader: {
      environment: () => this.speech,
      rate: () => this.readAloudRate,
    },
    scanner: {
      mode: () => scanMode(this.scanning),
      items: () => this.scanItems(),
      interval: () => this.scanInterval,
      keys: () => scanKeys(this.scanKeys),
      clock: () => this.scanClock,
      highlighted: (item) => this.readHighlighted(item),
      // A chosen answer (one-answer questions): on to the page's first registered button, e.g. "Fortsätt".
      next: (item) =>
        item instanceof HTMLInputElement && item.type === 'radio'
          ? this.scanTargets.find((target) => target.isConnected)
          : undefined,
    },
    styles: (parts) => [sharedStyles, groupStyles, parts.readAloudStyles, styles, parts.scanningStyles],
  });

  /** Buttons of the page (e.g. "Nästa") scanned after the options; see {@link registerScanTarget}. */
  private scanTargets: HTMLElement[] = [];

  private readonly roving = new RovingTabindexController<HTMLInputElement>(this, {
    items: () => this.inputs(),
    isSelected: (input) => this.selected.includes(input.value),
    enabled: () => !this.multiple,
    select: (input) => this.choose(input.value, true),
  });

  private readonly childObserver = new MutationObserver(() => this.readChildOptions());

  // ── Internal state ──────────────────────────────────────────────────────────────────────────────────────
  @state() private childOptions: ChoiceOption[] = [];
  @state() private hasSlottedHint = false;
  private selected: string[] = [];
  /** Set once the value was changed by the user or a script; from then on `value` (attribute) is only the default. */
  private dirty = false;

  // ── Properties ──────────────────────────────────────────────────────────────────────────────────────────
  /** Name of the field in FormData. */
  @property({ reflect: true }) name = '';

  /** The question. Required for an accessible name unless the `label` slot is used. */
  @property() label = '';

  /** Help text under the question, read after the question by screen readers. */
  @property() hint = '';

  /**
   * The default answer (attribute `value`): what the control shows at first and after `form.reset()`. With
   * `multiple`, a space-separated list of values.
   */
  @property({ attribute: 'value' }) defaultValue = '';

  /** Options as data. When non-empty, used instead of the `<svara-option>` children. */
  @property({ attribute: false }) options: ChoiceOption[] = [];

  /** Several answers (checkboxes) instead of one (radios). */
  @property({ type: Boolean, reflect: true }) multiple = false;

  /** The question must be answered ("Vet inte" and "Vill inte svara" count as answers). */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Disables the whole question; a disabled question is left out of FormData. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** `large` gives every target at least 44×44 px (children, AAC, motor impairments); default is 24×24 px. */
  @property({ reflect: true }) size: 'medium' | 'large' = 'medium';

  /** Offers "Vet inte" (stored as `dont_know`). */
  @property({ type: Boolean, attribute: 'allow-dont-know' }) allowDontKnow = false;

  /** Offers "Vill inte svara" (stored as `skipped`). */
  @property({ type: Boolean, attribute: 'allow-skip' }) allowSkip = false;

  /** `pictogram`: each option shows its pictogram with its word (image decorative, the word names it). */
  @property({ reflect: true }) display: 'text' | 'pictogram' = 'text';

  /** Pictograms on (default) or off (`pictograms="off"`): off, a pictogram choice shows its words only. */
  @property({ reflect: true }) pictograms: OnOff = 'on';

  /** Where the word goes in the pictogram display: `below` the picture (tiles, default) or at its `end` (rows). */
  @property({ reflect: true, attribute: 'label-position' }) labelPosition: LabelPosition = 'below';

  /** Uses each option's plain-language label (`plainLabel`), where there is one. */
  @property({ type: Boolean, reflect: true }) plain = false;

  /** Own text for the "Vet inte" answer. */
  @property({ attribute: 'dont-know-label' }) dontKnowLabel = '';

  /** Own text for the skip answer (default "Vill inte svara"), e.g. "Hoppa över". */
  @property({ attribute: 'skip-label' }) skipLabel = '';

  /** With `multiple`: at least this many options must be chosen (when any is chosen). */
  @property({ type: Number, attribute: 'min-selections' }) minSelections?: number;

  /** With `multiple`: at most this many options may be chosen. */
  @property({ type: Number, attribute: 'max-selections' }) maxSelections?: number;

  /**
   * Read-aloud (uppläsning): `read-aloud` (or `read-aloud="on"`) adds a "Lyssna" button next to the question that reads the
   * question and then its options; `read-aloud="focus"` also reads each option when it receives focus.
   * Recorded audio (`audio`, each option's `audio`) is used before speech synthesis.
   */
  @property({ attribute: 'read-aloud' }) readAloud?: 'on' | 'focus' | 'off' | '';

  /** Speaking rate of read-aloud, 0.5–2 (default 1). */
  @property({ type: Number, attribute: 'read-aloud-rate' }) readAloudRate = 1;

  /** Recorded speech of the question per language, from the definition (`{sv: '/audio/q1.mp3'}`). */
  @property({ attribute: false }) audio?: Record<string, string>;

  /**
   * Switch scanning, off by default: `auto` (one switch, the highlight moves every `scan-interval` ms and the
   * switch selects), `step` (a short press moves, a long press ≥ 400 ms selects) or `two-switch` (the first key
   * of `scan-keys` moves, the second selects). A "Börja skanna" / "Sluta skanna" button starts and stops it
   * (also `startScanning()`, `stopScanning()`, and Escape).
   */
  @property({ reflect: true }) scanning: 'off' | 'auto' | 'step' | 'two-switch' = 'off';

  /** Auto-scan interval in ms (default 1500); the first item dwells twice as long. */
  @property({ type: Number, attribute: 'scan-interval' }) scanInterval = 1500;

  /** The switch keys (`event.key` names, `Space` for the space bar), default `Space Enter`. */
  @property({ attribute: 'scan-keys' }) scanKeys = 'Space Enter';

  /** Replaces the clock of scanning (`now`, `setTimeout`, `clearTimeout`) (tests). */
  @property({ attribute: false }) scanClock?: ScanClock;

  /** Replaces the browser's `speechSynthesis`, `SpeechSynthesisUtterance` and `Audio` (tests, demos). */
  @property({ attribute: false }) speech?: ReadAloudEnvironment;

  // ── Getters ─────────────────────────────────────────────────────────────────────────────────────────────
  /** All chosen values, in option order (codes `dont_know` / `skipped` included). */
  get values(): string[] {
    return [...this.selected];
  }
  set values(values: readonly string[]) {
    this.selected = this.multiple ? [...values] : values.slice(0, 1);
    this.dirty = true;
    this.requestUpdate();
  }

  /** The chosen value ('' when none). With `multiple`, the first one; use `values` for all. */
  get value(): string {
    return this.selected[0] ?? '';
  }
  set value(value: string) {
    this.values = value === '' ? [] : [value];
  }

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

  private get allOptions(): RenderedOption[] {
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
    this.readChildOptions();
    this.childObserver.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver.disconnect();
  }

  /** Also waits for read-aloud and scanning when they just turned on, and for the render that shows them. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.assist.pending) {
      await this.assist.pending;
      complete = (await super.getUpdateComplete()) && complete;
    }
    return complete;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('scanning') && scanMode(this.scanning) === 'off' && this.assist.loaded?.scanner.active) {
      this.assist.loaded.scanner.stop();
    }
    if ((changed.has('defaultValue') || changed.has('multiple')) && !this.dirty) {
      this.selected = this.parseDefault();
    }
    if (changed.has('multiple') && !this.multiple && this.selected.length > 1) {
      this.selected = this.selected.slice(0, 1);
    }
  }

  /** Browser: the form was reset. */
  formResetCallback(): void {
    this.dirty = false;
    this.selected = this.parseDefault();
    this.field.reset();
  }

  /** Browser: an ancestor `<fieldset disabled>` changed. */
  formDisabledCallback(disabled: boolean): void {
    this.field.setFormDisabled(disabled);
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

  private handleHintSlotChange(event: Event): void {
    this.hasSlottedHint = slotHasText(event);
  }

  private readonly handleReadAloudClick = (): void => {
    const reader = this.assist.loaded?.reader;
    if (reader?.reading) reader.stop();
    else void this.readQuestion();
  };

  private readonly handleScanClick = (): void => {
    if (this.assist.loaded?.scanner.active) this.stopScanning();
    else this.startScanning();
  };

  private handleFocusIn(event: FocusEvent): void {
    if (readAloudMode(this.readAloud) !== 'focus') return;
    const input = event.composedPath()[0];
    if (!(input instanceof HTMLInputElement)) return;
    const item = this.readAloudItems().find((candidate) => candidate.value === input.value);
    if (item) void this.assist.run('read', ({ reader }) => reader.read([item]));
  }

  // ── Public methods ──────────────────────────────────────────────────────────────────────────────────────
  /** Focuses the chosen option (or the first one). Used by the error summary with `{preventScroll: true}`. */
  override focus(options?: FocusOptions): void {
    const target = this.multiple
      ? (this.inputs().find((input) => input.checked && !input.disabled) ??
        this.inputs().find((i) => !i.disabled))
      : this.roving.activeItem();
    if (target) target.focus(options);
    else super.focus(options);
  }

  /** Starts switch scanning (when `scanning` is not `off`), from the first option. */
  startScanning(): void {
    void this.assist.run('scan', ({ scanner }) => scanner.start());
  }

  /**
   * Reads the question and then its options aloud, as the "Lyssna" button does. Call it from a user action (a
   * click or key press): browsers speak only after the user has interacted with the page.
   */
  readQuestion(): Promise<void> {
    return this.assist.run('read', ({ reader }) => reader.read(this.readAloudItems()));
  }

  /** Stops reading aloud. */
  stopReading(): void {
    this.assist.cancel('read');
    this.assist.loaded?.reader.stop();
  }

  /** Stops switch scanning. */
  stopScanning(): void {
    this.assist.cancel('scan');
    this.assist.cancel('read');
    this.assist.loaded?.scanner.stop();
    this.assist.loaded?.reader.stop();
  }

  /**
   * Adds a button of the page (e.g. "Nästa") to the scan, after the options; returns a function that removes
   * it again. After the switch chooses an answer of a one-answer question, the highlight moves straight to the
   * first button registered.
   */
  registerScanTarget(target: HTMLElement): () => void {
    this.scanTargets = [...this.scanTargets, target];
    return () => {
      this.scanTargets = this.scanTargets.filter((t) => t !== target);
    };
  }

  /** The element to scroll into view when leading the user to this question (the legend). */
  get scrollTarget(): HTMLElement {
    return this.renderRoot.querySelector('legend') ?? this;
  }

  /** True when valid; never shows an error (a script is asking, not the user). */
  checkValidity(): boolean {
    return this.field.checkValidity();
  }

  /** True when valid; otherwise shows our error message and returns false. */
  reportValidity(): boolean {
    return this.field.reportValidity();
  }

  // ── Private helpers ─────────────────────────────────────────────────────────────────────────────────────
  private inputs(): HTMLInputElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLInputElement>('input')];
  }

  /** What scanning moves through: the enabled options, the registered buttons, then "Sluta skanna". */
  private scanItems(): HTMLElement[] {
    const stop = this.renderRoot.querySelector<HTMLElement>('[part="scan-button"]');
    return [
      ...this.inputs().filter((input) => !input.disabled),
      ...this.scanTargets.filter((target) => target.isConnected),
      ...(stop ? [stop] : []),
    ];
  }

  /** True when the scan ring is on the option with this value. */
  private isScanned(value: string): boolean {
    const item = this.assist.loaded?.scanner.current;
    return item instanceof HTMLInputElement && item.value === value;
  }

  /** With read-aloud on, reads the option or button the scan highlight moved to. */
  private readHighlighted(item: HTMLElement): void {
    if (readAloudMode(this.readAloud) === 'off') return;
    const option =
      item instanceof HTMLInputElement
        ? this.readAloudItems().find((candidate) => candidate.value === item.value)
        : undefined;
    void this.assist.loaded?.reader.read([
      option ?? { key: 'scan', text: item.textContent?.trim() ?? '', lang: hostLanguage(this) },
    ]);
  }

  /** The question, then every option shown (special answers included), as read by "Lyssna". */
  private readAloudItems(): (ReadAloudItem & { value?: string })[] {
    const lang = hostLanguage(this);
    return [
      { key: 'question', text: questionText(this.renderRoot, this.label), lang, audio: this.audio },
      ...this.allOptions.map((option, i) => ({
        key: `option-${i}`,
        value: option.value,
        text: (this.plain ? option.plainLabel : undefined) ?? option.label,
        lang: option.lang ?? lang,
        audio: option.audio,
      })),
    ];
  }

  private readChildOptions(): void {
    this.childOptions = [...this.querySelectorAll<SvaraOption>(':scope > svara-option')].map((option) => ({
      value: option.getAttribute('value') ?? option.label,
      label: option.label,
      hint: option.getAttribute('hint') ?? undefined,
      disabled: option.hasAttribute('disabled'),
      lang: option.getAttribute('lang') ?? undefined,
      pictogram: option.pictogram,
    }));
  }

  private parseDefault(): string[] {
    const tokens = this.multiple ? this.defaultValue.split(/\s+/) : [this.defaultValue];
    return tokens.filter((token) => token !== '');
  }

  private optionCount(): number {
    return this.selected.some((value) => isSpecialAnswer(value)) ? 0 : this.selected.length;
  }

  /** A user (pointer, Space or arrow key) chose or un-chose `value`. */
  private choose(value: string, checked: boolean): void {
    const before = this.selected.join('\n');
    if (!this.multiple) {
      this.selected = [value];
    } else if (!checked) {
      this.selected = this.selected.filter((v) => v !== value);
    } else if (isSpecialAnswer(value)) {
      this.selected = [value];
    } else {
      const chosen = new Set([...this.selected.filter((v) => !isSpecialAnswer(v)), value]);
      this.selected = this.allOptions.map((option) => option.value).filter((v) => chosen.has(v));
    }
    this.dirty = true;
    this.field.markInteracted();
    this.requestUpdate();
    if (this.selected.join('\n') !== before) void emitValueEvents(this);
  }

  private formValue(): string | FormData | null {
    if (this.selected.length === 0) return null;
    if (!this.multiple) return this.selected[0]!;
    if (!this.name) return null;
    const data = new FormData();
    for (const value of this.selected) data.append(this.name, value);
    return data;
  }

  private formState(): FormData {
    const state = new FormData();
    for (const value of this.selected) state.append('value', value);
    return state;
  }

  // ── Render ──────────────────────────────────────────────────────────────────────────────────────────────
  protected override render(): TemplateResult {
    const options = this.allOptions;
    const ordinary = options.filter((option) => !option.special);
    const special = options.filter((option) => option.special);
    const failure = this.field.validationFailure;
    const showError = this.field.showError;
    const hasHint = this.hint !== '' || this.hasSlottedHint;
    const pictograms = options.map((option) => this.pictogramOf(option));
    const pictures = pictograms.some((p) => p !== undefined);
    const arasaac = pictograms.some((p) => p !== undefined && 'arasaac' in p);
    if (arasaac) needAttribution();
    const readAloud = readAloudMode(this.readAloud) !== 'off';
    const assist = this.assist.loaded;
    const reading = assist?.reader.current?.key;

    return html`
      <fieldset
        part="fieldset"
        role=${this.multiple ? 'group' : 'radiogroup'}
        aria-describedby=${describedBy(hasHint && 'hint')}
        aria-required=${ifDefined(!this.multiple && this.required ? 'true' : undefined)}
        aria-invalid=${ifDefined(showError ? 'true' : undefined)}
        ?disabled=${this.field.disabled}
        @keydown=${this.roving.handleKeydown}
        @change=${this.handleChange}
        @input=${stopInnerEvent}
        @focusin=${this.handleFocusIn}
      >
        <legend part="label" class="label ${reading === 'question' ? 'reading' : ''}">
          <slot name="label">${this.label}</slot>${showError ? renderLegendError(failure?.message) : nothing}
        </legend>
        ${readAloud && assist ? assist.parts.renderReadAloud(assist.reader, this.handleReadAloudClick) : nothing}
        ${
          scanMode(this.scanning) !== 'off' && assist
            ? html`<div part="scanning" class="read-aloud">
                ${assist.parts.renderScanButton(assist.scanner, this.handleScanClick)}
              </div>`
            : nothing
        }
        <div id="hint" part="hint" class="hint" ?hidden=${!hasHint}>
          <slot name="hint" @slotchange=${this.handleHintSlotChange}>${this.hint}</slot>
        </div>
        ${showError ? renderErrorMessage(failure?.message, true) : nothing}
        <div part="options" class="options ${pictures ? `pictograms label-${this.labelPosition}` : ''}">
          ${ordinary.map((option, i) => this.renderOption(option, i, showError))}
        </div>
        ${
          special.length > 0
            ? html`<div part="special-options" class="options special">
                ${ordinary.length > 0 ? renderDivider() : nothing}
                ${special.map((option, i) => this.renderOption(option, ordinary.length + i, showError))}
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
  private pictogramOf(option: RenderedOption): Pictogram | undefined {
    if (this.display !== 'pictogram' || !isOn(this.pictograms)) return undefined;
    if (option.special) return { builtin: specialPictograms[option.value as SpecialCode] };
    return option.pictogram;
  }

  private renderOption(option: RenderedOption, index: number, invalid: boolean): TemplateResult {
    const labelId = `option-label-${index}`;
    const hintId = `option-hint-${index}`;
    const pictogram = this.pictogramOf(option);
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
          .checked=${live(this.selected.includes(option.value))}
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
            class="option-label ${this.assist.loaded?.reader.current?.key === `option-${index}` ? 'reading' : ''}"
            lang=${ifDefined(option.lang)}
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
