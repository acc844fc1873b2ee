import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { localized, msg, str } from '@lit/localize';
import {
  displays,
  isScalePresetName,
  resolveScale,
  resolveText,
  specialLabels,
  specialPictograms,
} from '@svara/schema';
import type {
  Display,
  Pictogram,
  ResolvedScale,
  ResolvedText,
  Scale,
  ScaleOption,
  Text,
} from '@svara/schema';
import { isFacePictogram } from '@svara/pictograms';
import type { FacePictogram } from '@svara/pictograms';
import { FormFieldController } from '../../controllers/form-field-controller.js';
import { RovingTabindexController } from '../../controllers/roving-tabindex-controller.js';
import { needAttribution } from '../../internal/attribution.js';
import { stopInnerEvent } from '../../events.js';
import { SvaraGroupElement } from '../../internal/group-element.js';
import type { GroupReadAloudItem } from '../../internal/group-element.js';
import {
  DONT_KNOW,
  SKIPPED,
  describedBy,
  isSpecialAnswer,
  renderDivider,
} from '../../internal/group-templates.js';
import type { SpecialCode } from '../../internal/group-templates.js';
import { isOn } from '../../internal/presentation.js';
import { hostLanguage, questionLanguage, questionText } from '../../internal/assist-attributes.js';
import { dirFor, getLocale, normalizeLocale } from '../../localization.js';
import { groupStyles } from '../../styles/group.styles.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { messages, requiredValidator } from '../../validators/validators.js';
import { styles } from './scale.styles.js';

/** One option as drawn: its stored value, word label (in the language actually used) and picture. */
interface DrawnOption {
  /** The stored value as a string (FormData): `"1"` for the number 1, `"yes"`, `"dont_know"`. */
  value: string;
  label: ResolvedText;
  /** Visible number, when numbers are shown and differ from the label. */
  number?: string;
  /** The picture drawn when nothing is slotted (a face in the smiley display, any pictogram in the pictogram display). */
  pictogram?: Pictogram | undefined;
  /** The face it is, for tints (smiley display). */
  face?: FacePictogram | undefined;
  /** Recorded speech per language, from the definition. */
  audio?: Record<string, string> | undefined;
  special: boolean;
}

const displayNames: readonly string[] = displays;

/**
 * A scale question: a **radio group of named options** — never a slider. Values, word labels and the default
 * display come from `@svara/schema` (`scalePresets`, `resolveScale`); nothing is copied here.
 *
 * - `scale="smiley-5"` (default), `smiley-3`, `yes-partly-no`, `yes-sometimes-no`, `yes-no`,
 *   `never-sometimes-often`, `all-some-none`, `agree-5`, `grade-3`; or the `scale` property with the schema's
 *   custom form `{options: [{value, text}, …]}` or numeric form `{min, max, minLabel, maxLabel}`.
 * - Each option's accessible name is its **word label** ("Mycket ledsen" … "Mycket glad"), visible by default,
 *   in the language of `lang` (else the active svara locale); custom texts are resolved like the schema does,
 *   falling back to `default-lang`.
 * - `display`: `text`, `number`, `smiley` or `pictogram`; by default the preset's. `smiley` needs face
 *   pictograms and `number` needs numeric values, otherwise the scale is shown as `text`.
 * - Faces (`display="smiley"`): the project's own face art from `@svara/pictograms` (`<svara-pictogram>`), five
 *   faces from very sad to very happy; `smiley-3` shows faces 1, 3 and 5 of the same art. Faces differ by
 *   shape (mouth, brows, tear, eyes), never by colour alone, and are drawn in `currentColor`; `tinted` adds a
 *   colour per face (each ≥ 3:1 against white, gone in forced colours). The picture is decorative
 *   (`aria-hidden`) and sits in the slot `image-<value>` (part `image`), so a page's own art can replace it
 *   without touching the semantics.
 * - Pictograms (`display="pictogram"`): each option's pictogram from the definition (builtin, self-hosted
 *   ARASAAC or any image) above its word label, at 6 rem (96 px) with `size="large"`; "Vet inte" and "Vill
 *   inte svara" get svara's own pictograms. When an ARASAAC pictogram is shown, the attribution its licence
 *   requires (`<svara-pictogram-attribution>`) follows the question. `pictograms="off"` shows the words only.
 * - `plain` uses the plain-language variant of each option's text, where the definition has one.
 * - Numbers are shown only with `display="number"` or `show-numbers`, never on children's faces by default.
 *   When shown they are part of the option's name too ("Glad 4"), so speech control can use them.
 * - Numeric scales show `minLabel`/`maxLabel` as visible anchors ("1: Inte alls") that also describe the group.
 * - "Vet inte" (`allow-dont-know`) and "Vill inte svara" (`allow-skip`), labels from the schema, are drawn
 *   apart from the scale after an "eller", and stored as the codes `dont_know` and `skipped`, never as a value.
 *
 * The legend, hint, anchors, error message and the native radios are all in this element's shadow root, so
 * every `aria-describedby` resolves; light-DOM `<label for>` cannot point at it (use `label` or the slot).
 *
 * Keyboard: Tab reaches the scale once (on the chosen option, else the first). Arrow keys move AND select,
 * wrapping; Left/Right follow the visual order, which is mirrored right to left (in Arabic, ArrowRight goes to
 * the previous option). Home/End, Space. Choosing never moves on to another question (no auto-advance).
 *
 * Layout: options sit side by side in reading order and stack one per row when the scale is too narrow for
 * them (320 px), faces keeping their labels. Targets are at least 24×24 px, and at least 44×44 px with
 * `size="large"` (children, AAC). The chosen option is shown by a thicker border, bold label and the radio's
 * dot, not by colour alone. Errors appear only after the user answered or tried to submit, after a visually
 * hidden "Fel:".
 *
 * @summary A scale question (smileys, words, numbers or pictograms) as a radio group of named options.
 * @tag svara-scale
 *
 * @slot label - The question, when it needs markup. Overrides the `label` attribute.
 * @slot hint - Help text under the question. Overrides the `hint` attribute.
 * @slot image-<value> - Art for the option with this stored value (e.g. `image-1`, `image-yes`,
 *   `image-dont_know`) in the smiley and pictogram displays. Decorative: it is hidden from assistive
 *   technology, the option keeps its word label as its name.
 *
 * @csspart fieldset - The `<fieldset>` (role radiogroup) around everything.
 * @csspart label - The `<legend>` with the question.
 * @csspart hint - The hint under the question.
 * @csspart anchors - The visible meanings of the ends of a numeric scale.
 * @csspart anchor - Each end's meaning ("1: Inte alls").
 * @csspart error-message - The error message (only present while shown).
 * @csspart options - The scale's options (the special answers are not in it).
 * @csspart option - Each option (a `<label>` around the radio, picture, number and word).
 * @csspart option-checked - The chosen option, in addition to `option`.
 * @csspart control - Each native radio.
 * @csspart image - The decorative picture box of an option (smiley and pictogram displays).
 * @csspart pictogram - The `<svara-pictogram>` of an option (smiley and pictogram displays).
 * @csspart face - The drawing inside it (an SVG; the `art` part of `<svara-pictogram>`).
 * @csspart attribution - The `<svara-pictogram-attribution>` shown when an ARASAAC pictogram is.
 * @csspart number - The visible number of an option.
 * @csspart option-label - The word label of an option (its accessible name).
 * @csspart read-aloud - With `read-aloud`: the box with the "Lyssna" button and its message.
 * @csspart read-aloud-button - The "Lyssna" / "Sluta läsa" button (at least 44×44 px).
 * @csspart scanning - With `scanning`: the box with the "Börja skanna" / "Sluta skanna" button.
 * @csspart scan-button - The "Börja skanna" / "Sluta skanna" button.
 * @csspart read-aloud-message - The plain message shown when the device has no voice for the text's language.
 * @csspart special-options - The container of "Vet inte" / "Vill inte svara", apart from the scale.
 * @csspart divider - The "eller" between the scale and the special answers.
 *
 * @cssprop --svara-color-text - Text and face colour.
 * @cssprop --svara-face-tint-1 - With `tinted`: colour of the very sad face (default #b3261e; keep ≥ 3:1).
 * @cssprop --svara-face-tint-2 - With `tinted`: the sad face (default #9a4500).
 * @cssprop --svara-face-tint-3 - With `tinted`: the neutral face (default #5f5a00).
 * @cssprop --svara-face-tint-4 - With `tinted`: the happy face (default #2e6b30).
 * @cssprop --svara-face-tint-5 - With `tinted`: the very happy face (default #1d5e8a).
 * @cssprop --svara-color-hint - Hint and anchor text colour.
 * @cssprop --svara-color-border - Option borders (keep ≥ 3:1 against the background).
 * @cssprop --svara-color-accent - Chosen option's border, tint and radio colour.
 * @cssprop --svara-color-error - Error text and bar colour.
 * @cssprop --svara-color-surface - Option background.
 * @cssprop --svara-focus-color - Focus outline colour (keep ≥ 3:1 against the background).
 * @cssprop --svara-focus-width - Focus outline width (at least 2px; default 3px).
 * @cssprop --svara-radius - Corner radius of the options.
 * @cssprop --svara-gap - Space between options.
 * @cssprop --svara-scale-image-size - Size of faces and pictograms (default 2.75rem, 4.5rem with size="large";
 *   pictograms 6rem with size="large").
 *
 * @cssstate user-invalid - Invalid, after the user answered or tried to submit.
 * @cssstate user-valid - Valid, after the user answered or tried to submit.
 * @cssstate required - The question must be answered.
 * @cssstate disabled - Disabled by itself or by a `<fieldset disabled>`.
 *
 * @fires input - When the user changes the answer (bubbles, composed).
 * @fires change - Right after `input`, when the user changes the answer (bubbles, composed).
 */
@localized()
export class SvaraScale extends SvaraGroupElement {
  // ── Static configuration ────────────────────────────────────────────────────────────────────────────────
  static override styles = [sharedStyles, groupStyles, styles];
  protected readonly ownStyles = styles;

  // ── Controllers ─────────────────────────────────────────────────────────────────────────────────────────
  protected readonly field = new FormFieldController(this, {
    formValue: () => this.value || null,
    anchor: () => this.roving.activeItem() ?? this.inputs()[0],
    validators: [
      requiredValidator({
        required: () => this.required,
        isEmpty: () => this.value === '',
        message: () => messages.chooseOne(),
      }),
    ],
  });

  protected readonly roving = new RovingTabindexController<HTMLInputElement>(this, {
    items: () => this.inputs(),
    isSelected: (input) => input.value === this.value,
    select: (input) => this.choose(input.value),
  });

  /** Re-renders when art is slotted or removed, so an empty picture box never takes space. */
  readonly #childObserver = new MutationObserver(() => this.#readSlottedImages());

  // ── Internal state ──────────────────────────────────────────────────────────────────────────────────────
  @state() private slottedImages: ReadonlySet<string> = new Set();
  #selected = '';
  #resolvedFor?: Scale;
  #resolvedScale: ResolvedScale | null = null;
  #warnedAbout?: string;

  // ── Properties ──────────────────────────────────────────────────────────────────────────────────────────
  /**
   * The default answer (attribute `value`) as stored: `"4"` for the fourth smiley, `"yes"`, `"dont_know"`. What
   * the scale shows at first and after `form.reset()`.
   */
  @property({ attribute: 'value' }) defaultValue = '';

  /**
   * The scale: a preset name (attribute, e.g. `smiley-3`), or (property) the schema's custom
   * `{options: [{value, text}, …]}` or numeric `{min, max, minLabel, maxLabel}` form. Unknown preset names
   * render no options and warn in the console, rather than silently showing another scale.
   */
  @property({ attribute: 'scale' }) scale: Scale = 'smiley-5';

  /** How options are shown: `text`, `number`, `smiley` or `pictogram`. Defaults to the preset's display. */
  @property() display?: Display;

  /**
   * Language of the word labels (`sv`, `en`, `fi`, `ar`; attribute `lang`). Without it the labels follow the
   * active svara locale (`setLocale`).
   */
  @property({ attribute: 'lang' }) labelLang?: string;

  /** The main language of a custom scale's texts (the survey's `lang`), used when a text lacks `lang`. */
  @property({ attribute: 'default-lang' }) defaultLang = 'sv';

  /**
   * Shows each option's number next to its word (numeric values only). Off by default: children's faces carry
   * no numbers. `display="number"` shows numbers anyway.
   */
  @property({ type: Boolean, attribute: 'show-numbers' }) showNumbers = false;

  /** Adds a colour to each face (smiley display), on top of its shape; forced colours remove it. */
  @property({ type: Boolean, reflect: true }) tinted = false;

  // ── Getters ─────────────────────────────────────────────────────────────────────────────────────────────
  /**
   * The chosen answer as a string, as in FormData (`"1"`…`"5"`, `"yes"`, `"dont_know"`), or `''`. A value that
   * the scale does not offer reads as `''`.
   */
  get value(): string {
    return this.#offers(this.#selected) ? this.#selected : '';
  }
  set value(value: string) {
    this.#selected = String(value ?? '');
    this.dirty = true;
    this.requestUpdate();
  }

  /**
   * The chosen answer as the schema stores it: a number for numeric scales (smiley-5 gives 1…5), a word for word
   * scales, `dont_know` / `skipped`, or null when unanswered.
   */
  get answer(): number | string | null {
    const chosen = this.value;
    if (chosen === '') return null;
    if (isSpecialAnswer(chosen)) return chosen;
    return this.#resolved?.options.find((option) => String(option.value) === chosen)?.value ?? null;
  }

  /** The scale resolved by the schema, or null for an unknown preset name. */
  get #resolved(): ResolvedScale | null {
    if (this.#resolvedFor !== this.scale) {
      this.#resolvedFor = this.scale;
      const unknown = typeof this.scale === 'string' && !isScalePresetName(this.scale);
      this.#resolvedScale = this.scale == null || unknown ? null : resolveScale(this.scale);
    }
    return this.#resolvedScale;
  }

  /** The display actually used: the asked-for one when the scale can show it, else `text`. */
  get effectiveDisplay(): Display {
    const scale = this.#resolved;
    if (!scale) return 'text';
    const asked = this.display && displayNames.includes(this.display) ? this.display : scale.display;
    if (asked === 'number' && !this.#isNumeric(scale)) return 'text';
    if (asked === 'smiley' && !scale.options.every((option) => this.#faceName(option))) return 'text';
    if (asked === 'pictogram' && !isOn(this.pictograms)) return 'text';
    return asked;
  }

  /** The language the labels are wanted in: `lang`, else the active svara locale. */
  get #wantedLang(): string {
    return this.labelLang?.trim() || getLocale();
  }

  // ── Lifecycle ───────────────────────────────────────────────────────────────────────────────────────────
  override connectedCallback(): void {
    super.connectedCallback();
    this.#readSlottedImages();
    this.#childObserver.observe(this, { childList: true, subtree: true, attributeFilter: ['slot'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#childObserver.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('defaultValue') && !this.dirty) this.#selected = this.defaultValue;
    if (changed.has('scale') && typeof this.scale === 'string' && !isScalePresetName(this.scale)) {
      if (this.#warnedAbout !== this.scale) {
        this.#warnedAbout = this.scale;
        console.warn(`<svara-scale>: unknown scale "${this.scale}"; no options are shown.`);
      }
    }
  }

  /** Browser: restoring the form after navigation or autofill, with the value we gave `setFormValue`. */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.value = state;
  }

  // ── Event handlers ──────────────────────────────────────────────────────────────────────────────────────
  private handleChange(event: Event): void {
    stopInnerEvent(event);
    this.choose((event.target as HTMLInputElement).value);
  }

  // ── Subclass hooks ──────────────────────────────────────────────────────────────────────────────────────
  protected resetValue(): void {
    this.dirty = false;
    this.#selected = this.defaultValue;
  }

  /** The question, then every option shown (special answers included), as read by "Lyssna". */
  protected readAloudItems(): GroupReadAloudItem[] {
    const lang = hostLanguage(this);
    const display = this.effectiveDisplay;
    const scale = this.#resolved;
    const options = [...(scale ? this.#drawnOptions(scale, display) : []), ...this.#specialOptions(display)];
    return [
      {
        key: 'question',
        text: questionText(this.renderRoot, this.label),
        lang: questionLanguage(this.renderRoot, this),
        audio: this.audio,
      },
      ...options.map((option, i) => ({
        key: `option-${i}`,
        value: option.value,
        text: option.label.text,
        lang: option.label.lang || lang,
        audio: option.audio,
      })),
    ];
  }

  // ── Private helpers ─────────────────────────────────────────────────────────────────────────────────────
  #readSlottedImages(): void {
    const names = new Set<string>();
    for (const child of this.children) {
      const slot = child.getAttribute('slot');
      if (slot?.startsWith('image-')) names.add(slot.slice('image-'.length));
    }
    const before = [...this.slottedImages].sort().join('\n');
    if ([...names].sort().join('\n') !== before) this.slottedImages = names;
  }

  #isNumeric(scale: ResolvedScale): boolean {
    return scale.options.every((option) => typeof option.value === 'number');
  }

  #faceName(option: ScaleOption) {
    const builtin = option.pictogram && 'builtin' in option.pictogram ? option.pictogram.builtin : undefined;
    return isFacePictogram(builtin) ? builtin : undefined;
  }

  /** True when `value` is one of the options shown now (special answers included when offered). */
  #offers(value: string): boolean {
    if (value === '') return false;
    if (value === DONT_KNOW) return this.allowDontKnow;
    if (value === SKIPPED) return this.allowSkip;
    return this.#resolved?.options.some((option) => String(option.value) === value) ?? false;
  }

  /** A text in the wanted language: exact tag, then its primary language, then `default-lang`, then any. */
  #textIn(text: Text): ResolvedText {
    const wanted = this.#wantedLang;
    const primary = wanted.toLowerCase().split(/[-_]/)[0] ?? wanted;
    for (const lang of [wanted, primary]) {
      const found = resolveText(text, lang, this.defaultLang);
      if (found?.lang === lang) return found;
    }
    const fallback = resolveText(text, this.defaultLang, this.defaultLang);
    if (fallback) return fallback;
    const [lang, first] = Object.entries(text)[0] ?? [this.defaultLang, ''];
    return { text: String(first), lang };
  }

  #drawnOptions(scale: ResolvedScale, display: Display): DrawnOption[] {
    const numbers = this.#isNumeric(scale) && (display === 'number' || this.showNumbers);
    const pictures = display === 'smiley' || display === 'pictogram';
    return scale.options.map((option) => {
      const value = String(option.value);
      // A numeric scale's labels are its digits: no language, or a screen reader might say "ett" on an English page.
      const text = (this.plain ? option.plain?.text : undefined) ?? option.text;
      const label = scale.kind === 'numeric' ? { text: value, lang: '' } : this.#textIn(text);
      const face = this.#faceName(option);
      const pictogram =
        display === 'smiley' && face ? { builtin: face } : pictures ? option.pictogram : undefined;
      return {
        value,
        label,
        number: numbers && label.text !== value ? value : undefined,
        pictogram,
        face: display === 'smiley' ? face : undefined,
        audio: option.audio,
        special: false,
      };
    });
  }

  #specialOptions(display: Display): DrawnOption[] {
    // Preset labels exist in svara's UI languages only; anything else falls back to Swedish.
    const lang = normalizeLocale(this.#wantedLang);
    const codes: SpecialCode[] = [];
    if (this.allowDontKnow) codes.push(DONT_KNOW);
    if (this.allowSkip) codes.push(SKIPPED);
    return codes.map((code) => ({
      value: code,
      label: { text: specialLabels[code][lang], lang },
      pictogram: display === 'pictogram' ? { builtin: specialPictograms[code] } : undefined,
      special: true,
    }));
  }

  /** A user (pointer, Space or arrow key) chose `value`. */
  private choose(value: string): void {
    const before = this.value;
    this.#selected = value;
    this.chosenByUser(this.value !== before);
  }

  // ── Render ──────────────────────────────────────────────────────────────────────────────────────────────
  protected override render(): TemplateResult {
    const scale = this.#resolved;
    const display = this.effectiveDisplay;
    const options = scale ? this.#drawnOptions(scale, display) : [];
    const special = this.#specialOptions(display);
    const arasaac = [...options, ...special].some(
      (option) => option.pictogram && 'arasaac' in option.pictogram,
    );
    if (arasaac) needAttribution();
    const showError = this.field.showError;
    const anchors = scale ? this.#renderAnchors(scale) : nothing;
    const chosen = this.value;
    // Only numbers to show (a numeric scale in number display): the options need less room side by side.
    const compact = display === 'number' && options.every((option) => option.label.text === option.value);

    return html`
      <fieldset
        part="fieldset"
        role="radiogroup"
        aria-describedby=${describedBy(this.hasHint && 'hint', anchors !== nothing && 'anchors')}
        aria-required=${ifDefined(this.required ? 'true' : undefined)}
        aria-invalid=${ifDefined(showError ? 'true' : undefined)}
        ?disabled=${this.field.disabled}
        @keydown=${this.roving.handleKeydown}
        @change=${this.handleChange}
        @input=${stopInnerEvent}
        @focusin=${this.handleFocusIn}
      >
        ${this.renderTop()}
        <div class="layout">
          <div class="area count-${Math.min(options.length, 12)} ${compact ? 'compact' : ''}">
            ${anchors}
            <div part="options" class="options scale display-${display}">
              ${options.map((option, i) => this.#renderOption(option, i, display, chosen, showError))}
            </div>
          </div>
        </div>
        ${
          special.length > 0
            ? html`<div part="special-options" class="options special display-${display}">
                ${options.length > 0 ? renderDivider() : nothing}
                <div class="special-list">
                  ${special.map((option, i) =>
                    this.#renderOption(option, options.length + i, display, chosen, showError),
                  )}
                </div>
              </div>`
            : nothing
        }
      </fieldset>
      ${arasaac ? html`<svara-pictogram-attribution part="attribution" class="attribution"></svara-pictogram-attribution>` : nothing}
    `;
  }

  /** "1: Inte alls" … "10: Helt och hållet" at the ends of a numeric scale, when the scale names them. */
  #renderAnchors(scale: ResolvedScale): TemplateResult | typeof nothing {
    const first = scale.options[0];
    const last = scale.options[scale.options.length - 1];
    const ends: [ScaleOption | undefined, Text | undefined, string][] = [
      [first, scale.minLabel, 'min'],
      [last, scale.maxLabel, 'max'],
    ];
    const shown = ends.filter(([option, text]) => option && text);
    if (shown.length === 0) return nothing;
    return html`<div id="anchors" part="anchors" class="anchors">
      ${shown.map(([option, text, end]) => {
        const { text: meaning, lang } = this.#textIn(text!);
        const value = String(option!.value);
        // <bdi>: "0: Inte alls" keeps its own direction on an Arabic page, and "1: غير راضٍ" on a Swedish one.
        return html`<span part="anchor" class="anchor ${end}" lang=${lang}
          ><bdi
            >${msg(str`${value}: ${meaning}`, {
              id: 'elements.scale.anchor',
              desc: 'What an end of a number scale means, shown above the scale, e.g. "1: Inte alls". ${value} is the number, ${meaning} its meaning (the survey’s own words)',
            })}</bdi
          ></span
        >`;
      })}
    </div>`;
  }

  #renderOption(
    option: DrawnOption,
    index: number,
    display: Display,
    chosen: string,
    invalid: boolean,
  ): TemplateResult {
    const checked = option.value === chosen;
    const labelId = `option-label-${index}`;
    const numberId = `option-number-${index}`;
    const pictures = display === 'smiley' || display === 'pictogram';
    const hasImage = pictures && (option.pictogram !== undefined || this.slottedImages.has(option.value));
    return html`
      <label
        part=${checked ? 'option option-checked' : 'option'}
        class="option ${option.special ? 'row' : 'tile'} ${this.isScanned(option.value) ? 'scan-highlight' : ''}"
      >
        <input
          part="control"
          class="control"
          type="radio"
          name="scale"
          .value=${option.value}
          .checked=${live(checked)}
          aria-labelledby=${option.number ? `${labelId} ${numberId}` : labelId}
          aria-invalid=${ifDefined(invalid ? 'true' : undefined)}
        />
        ${
          hasImage
            ? html`<span part="image" class="image" aria-hidden="true"
                ><slot name="image-${option.value}"
                  >${
                    option.pictogram
                      ? html`<svara-pictogram
                          part="pictogram"
                          exportparts="art: face"
                          .pictogram=${option.pictogram}
                          data-face=${ifDefined(option.face)}
                          fallback=${option.label.text}
                          decorative
                        ></svara-pictogram>`
                      : nothing
                  }</slot
                ></span
              >`
            : nothing
        }
        ${option.number ? html`<span id=${numberId} part="number" class="number">${option.number}</span>` : nothing}
        <span
          id=${labelId}
          part="option-label"
          class="option-label ${this.isRead(index) ? 'reading' : ''}"
          lang=${option.label.lang || nothing}
          dir=${ifDefined(option.label.lang ? dirFor(option.label.lang) : undefined)}
          >${option.label.text}</span
        >
      </label>
    `;
  }
}
