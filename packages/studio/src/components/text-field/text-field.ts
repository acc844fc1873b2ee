import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { formatPath, lix, lixLimits, measuresLix } from '@svara/schema';
import type { Audience } from '@svara/schema';
import '@svara/elements/components/text/text.define';
import type { SvaraText } from '@svara/elements';
import { StudioEditEvent } from '../../events.js';
import { findingText } from '../../labels.js';
import { findingListStyles, findingPrefix, renderFindings } from '../../internal/finding-list.js';
import type { Finding } from '../../model/check.js';
import { findingsWithin } from '../../model/check.js';
import type { Draft, Path } from '../../model/draft.js';
import { mainLanguage, setText, textIn } from '../../model/draft.js';
import { directionOf } from '../../model/preview.js';
import { styleProps } from '../../internal/style-props.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { uiLang } from '../../internal/ui-lang.js';
import { styles } from './text-field.styles.js';

/** How long after the last keystroke new warnings are announced (ms), as `<svara-text>` does with its count. */
export const ANNOUNCE_DELAY_MS = 1000;

/**
 * One text of the survey, in one language: a `<svara-text>` bound to a path of the draft, with the warnings the
 * schema's lint gives for that text right under the label (part of the field's description, so a screen reader
 * hears them with the label) and, for texts a respondent reads as sentences, a visible LIX meter with the
 * audience's limit.
 *
 * Typing changes the draft through a `studio-edit` event (one undo step per field and pause). A new warning is
 * shown at once and said once, politely, a second after typing pauses — never on every key, and never a changing
 * number. While the field has focus its description keeps the warnings it had when focus came: a screen reader
 * that reads a changed description (Orca does, at once, while the author types) would otherwise say each new
 * warning mid-word and again after the pause. The description catches up when focus leaves.
 *
 * @summary A survey text field with its lint warnings and readability next to it.
 * @tag svara-studio-text-field
 *
 * @csspart field - The `<svara-text>`.
 * @csspart meter - The LIX meter ("LIX 24 · högst 30").
 * @csspart findings - The list of warnings and errors.
 *
 * @fires studio-edit - The author changed the text (StudioEditEvent).
 */
@localized()
export class SvaraStudioTextField extends LitElement {
  // ── Static configuration ────────────────────────────────────────────────────────────────────────────────
  static override styles = [sharedStyles, findingListStyles, styles];
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  // ── Internal state ──────────────────────────────────────────────────────────────────────────────────────
  /** What the polite live region says; changes only after a pause in typing. */
  @state() private announcement = '';
  private announceTimer?: ReturnType<typeof setTimeout>;
  /** Warning codes already heard for this field, so each is said once while it lasts. */
  private heard = new Set<string>();
  /** While the field has focus: the findings in its description, as they were when focus came. */
  @state() private described?: readonly Finding[];

  // ── Properties ──────────────────────────────────────────────────────────────────────────────────────────
  /** The field's label. */
  @property() label = '';

  /** Help under the label. */
  @property() hint = '';

  /** The draft the text is in. */
  @property({ attribute: false }) draft: Draft = {};

  /** Where the text is, e.g. `['questions', 2, 'text']`. */
  @property({ attribute: false }) path: Path = [];

  /** The language written here (default: the survey's main language). */
  @property() language = '';

  /** Several lines. */
  @property({ type: Boolean }) multiline = false;

  /** Visible lines when `multiline`. */
  @property({ type: Number }) rows = 3;

  /** An optional text: emptied, it is removed from the definition. A required one stays, and is reported empty. */
  @property({ type: Boolean }) optional = false;

  /** Every finding of the draft; the field shows those about its own path. */
  @property({ attribute: false }) findings: readonly Finding[] = [];

  /** Findings at other paths that belong here too (e.g. `missing-plain` at `questions[0].plain`). */
  @property({ attribute: false }) extraPaths: readonly string[] = [];

  /**
   * Shows the LIX meter for the audience (texts read as sentences: questions, intro, privacy, thanks), in the
   * languages LIX is made for.
   */
  @property({ type: Boolean }) measure = false;

  /** The audience whose LIX limit applies. */
  @property() audience: Audience = 'general';

  /** The name of this change in the undo history ("Frågans text"). */
  @property({ attribute: 'edit-label' }) editLabel = '';

  /** Makes the next draft from the typed text (default: write the text at `path`). */
  @property({ attribute: false }) apply?: (draft: Draft, value: string) => Draft;

  // ── Getters ─────────────────────────────────────────────────────────────────────────────────────────────
  private get textLang(): string {
    return this.language || mainLanguage(this.draft);
  }

  private get pathString(): string {
    return formatPath(this.path);
  }

  private get own(): Finding[] {
    const found = findingsWithin(this.findings, this.pathString);
    const extra = this.findings.filter((f) => this.extraPaths.includes(f.path));
    const lang = this.textLang;
    // A text in several languages: this field shows what concerns its own language (or the text as a whole).
    return [...found, ...extra].filter((f) => {
      const rest = f.path.slice(this.pathString.length);
      return rest === '' || rest === `.${lang}` || !/^\.[a-z]{2,3}$/.test(rest);
    });
  }

  // ── Lifecycle ───────────────────────────────────────────────────────────────────────────────────────────
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('findings')) {
      const codes = new Set(this.own.map((f) => f.code));
      for (const code of this.heard) if (!codes.has(code)) this.heard.delete(code);
    }
  }

  // ── Event handlers ──────────────────────────────────────────────────────────────────────────────────────
  private handleInput(event: Event): void {
    event.stopPropagation();
    const value = (event.target as SvaraText).value;
    const next = this.apply
      ? this.apply(this.draft, value)
      : setText(this.draft, this.path, this.textLang, value, { optional: this.optional });
    this.dispatchEvent(
      new StudioEditEvent(next, this.editLabel || this.label, `text:${this.pathString}:${this.textLang}`),
    );
    this.scheduleAnnouncement();
  }

  private handleFocus(): void {
    if (this.described) return;
    this.described = this.own;
    // What the description says is heard with the label: only what comes while typing is announced.
    for (const f of this.described) this.heard.add(f.code);
  }

  private handleBlur(): void {
    clearTimeout(this.announceTimer);
    this.described = undefined;
  }

  // ── Public methods ──────────────────────────────────────────────────────────────────────────────────────
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<SvaraText>('svara-text')?.focus(options);
  }

  // ── Private helpers ─────────────────────────────────────────────────────────────────────────────────────
  /** After a pause: says each warning that appeared while typing, once. */
  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      const fresh = this.own.filter((f) => !this.heard.has(f.code));
      for (const f of fresh) this.heard.add(f.code);
      this.announcement = fresh.map((f) => `${findingPrefix(f)} ${findingText(f)}`).join(' ');
    }, ANNOUNCE_DELAY_MS);
  }

  // ── Render ──────────────────────────────────────────────────────────────────────────────────────────────
  protected override render(): TemplateResult {
    const lang = this.textLang;
    const text = textIn(this.draft, this.path, lang);
    const findings = this.own;
    const described = this.described ?? findings;
    // The survey's text is in its own language and direction (the control: the `lang` and the `rtl` class below);
    // its label and what is said about it are the studio's, in the studio's language, left to right.
    return html`
      <svara-text
        part="field"
        class=${directionOf(lang)}
        .label=${this.label}
        .value=${text}
        ?multiline=${this.multiline}
        rows=${this.rows}
        lang=${lang}
        @input=${this.handleInput}
        @change=${(event: Event) => event.stopPropagation()}
        @focusin=${this.handleFocus}
        @focusout=${this.handleBlur}
      >
        <span slot="label" lang=${uiLang()}>${this.label}</span>
        ${
          // Only while there is something to say: <svara-text> shows its hint when a slotted element arrives
          // (slotchange), not when the text inside one changes. The warnings are shown as they are (hidden from
          // the accessibility tree) and described as `described` says (visually hidden): the same list, except
          // while the author types.
          this.hint || findings.length > 0 || described.length > 0
            ? html`<div slot="hint" class="hint" lang=${uiLang()}>
                ${this.hint ? html`<span class="hint-text">${this.hint}</span>` : nothing}
                ${findings.length > 0 ? html`<div aria-hidden="true">${renderFindings(findings)}</div>` : nothing}
                ${
                  described.length > 0
                    ? html`<div class="visually-hidden">
                        ${renderFindings(described, 'described-findings')}
                      </div>`
                    : nothing
                }
              </div>`
            : nothing
        }
      </svara-text>
      ${this.measure ? this.renderMeter(text) : nothing}
      <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
    `;
  }

  /** "LIX 24 · högst 30": visible only; the number changes with every key, so it is not in the description. */
  private renderMeter(text: string): TemplateResult | typeof nothing {
    // LIX counts letters per word: in Arabic or Finnish it would call a plain text hard (see lixLanguages).
    if (text.trim() === '' || !measuresLix(this.textLang)) return nothing;
    const value = Math.round(lix(text).lix);
    const max = lixLimits[this.audience];
    const over = value > max;
    return html`<p part="meter" class="meter ${over ? 'over' : ''}" aria-hidden="true">
      <span
        class="bar"
        ${styleProps({ '--fill': `${Math.min(100, (value / 60) * 100)}%`, '--limit': `${(max / 60) * 100}%` })}
      ></span>
      ${msg(str`LIX ${value} · högst ${max}`, {
        id: 'studio.textField.meter',
        desc: 'Visible readability meter under a text. ${0}: the text’s LIX; ${1}: the audience’s limit',
      })}
    </p>`;
  }
}
