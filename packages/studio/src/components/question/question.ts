import { LitElement, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { formatPath, questionTypes, resolveText } from '@svara/schema';
import type { Audience, Pictogram, Question, QuestionType, Scale } from '@svara/schema';
import { StudioEditEvent, StudioFocusEvent } from '../../events.js';
import { findingListStyles, renderFindings } from '../../internal/finding-list.js';
import { countErrors, countWarnings, questionTypeLabel, words } from '../../labels.js';
import type { Finding } from '../../model/check.js';
import { findingsAt, findingsWithin } from '../../model/check.js';
import type { Draft } from '../../model/draft.js';
import {
  changeQuestionType,
  dependentsOf,
  duplicateQuestion,
  followText,
  getIn,
  mainLanguage,
  moveQuestion,
  questionIds,
  questionsOf,
  removeQuestion,
  renameQuestion,
  setIn,
  setText,
  textIn,
} from '../../model/draft.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import '../text-field/text-field.define.js';
import '../options/options.define.js';
import '../scale-picker/scale-picker.define.js';
import '../pictogram-picker/pictogram-picker.define.js';
import '../condition/condition.define.js';
import type { SvaraStudioPictogramPicker } from '../pictogram-picker/pictogram-picker.js';
import type { ScaleKind, SvaraStudioScalePicker } from '../scale-picker/scale-picker.js';
import { scaleKind } from '../scale-picker/scale-picker.js';
import { directionOf } from '../../model/preview.js';
import { styles } from './question.styles.js';

type Fields = Record<string, unknown>;

/**
 * One question of the survey in the form editor: its number, type and text in a heading that opens and closes
 * it, and, when open, every field of its type — the text with a plain-language variant beside it, the hint, the
 * scale (shown as faces and words) or the answer options with pictures, when it is shown (`showIf`), whether it
 * must be answered, and, under "Fler inställningar", its id and how it is shown. Move up, move down, copy and
 * remove are buttons (no drag and drop), each one step in the undo history.
 *
 * @summary Edits one question of a survey.
 * @tag svara-studio-question
 *
 * @csspart heading - The question's heading with its open/close button.
 * @csspart actions - Move, copy and remove.
 * @csspart body - The question's fields.
 *
 * @fires studio-edit - The question changed, moved or was removed (StudioEditEvent).
 * @fires studio-focus - Focus moved into the question: the previews show it (StudioFocusEvent).
 * @fires toggle - The question was opened or closed; read `expanded`.
 */
@localized()
export class SvaraStudioQuestion extends LitElement {
  static override styles = [sharedStyles, findingListStyles, styles];

  /** The draft. */
  @property({ attribute: false }) draft: Draft = {};

  /** Position of the question across the survey, from 0. */
  @property({ type: Number }) index = 0;

  /** Every finding of the draft. */
  @property({ attribute: false }) findings: readonly Finding[] = [];

  /** Question ids and option values published before (they never follow the text). */
  @property({ attribute: false }) published: ReadonlySet<string> = new Set();

  /** Whether the question's fields are shown. */
  @property({ type: Boolean, reflect: true }) expanded = false;

  // ── Getters ─────────────────────────────────────────────────────────────────────────────────────────────
  private get entry() {
    return questionsOf(this.draft)[this.index];
  }

  private get question(): Question & Fields {
    return (this.entry?.question ?? {}) as Question & Fields;
  }

  private get path(): (string | number)[] {
    return this.entry?.path ?? ['questions', this.index];
  }

  private get audience(): Audience {
    return (this.draft['audience'] as Audience | undefined) ?? 'general';
  }

  private get number(): number {
    return this.index + 1;
  }

  private get count(): number {
    return questionsOf(this.draft).length;
  }

  private at(...keys: (string | number)[]): string {
    return formatPath([...this.path, ...keys]);
  }

  // ── Editing ─────────────────────────────────────────────────────────────────────────────────────────────
  private edit(
    draft: Draft,
    label: string,
    options: { group?: string; announce?: string; focus?: string } = {},
  ): void {
    this.dispatchEvent(
      new StudioEditEvent(
        draft,
        label,
        options.group,
        options.announce,
        options.focus ? { target: options.focus } : undefined,
      ),
    );
  }

  private set(key: string, value: unknown, label: string): void {
    this.edit(setIn(this.draft, [...this.path, key], value), label);
  }

  private toggle(): void {
    this.expanded = !this.expanded;
    this.dispatchEvent(new Event('toggle', { bubbles: true, composed: true }));
  }

  private move(step: -1 | 1): void {
    const next = moveQuestion(this.draft, this.index, step);
    if (!next) return;
    const to = this.number + step;
    this.edit(
      next,
      msg(str`Flytta fråga ${this.number}`, {
        id: 'studio.question.moveLabel',
        desc: 'Undo step. ${0}: the question number',
      }),
      {
        announce: msg(str`Fråga ${this.number} är nu fråga ${to}.`, {
          id: 'studio.question.moved',
          desc: 'Said after moving a question. ${0}: old number; ${1}: new number',
        }),
        focus: `${formatPath(questionsOf(next)[this.index + step]!.path)}:${step < 0 ? 'up' : 'down'}`,
      },
    );
  }

  private duplicate(): void {
    const { draft, index } = duplicateQuestion(this.draft, this.index);
    this.edit(
      draft,
      msg(str`Kopiera fråga ${this.number}`, {
        id: 'studio.question.copyLabel',
        desc: 'Undo step. ${0}: the question number',
      }),
      {
        announce: msg(str`En kopia av fråga ${this.number} är nu fråga ${index + 1}.`, {
          id: 'studio.question.copied',
          desc: 'Said after copying. ${0}: the copied question; ${1}: the copy’s number',
        }),
        focus: `${formatPath(questionsOf(draft)[index]!.path)}:heading`,
      },
    );
  }

  private deleteQuestion(): void {
    const dependents = dependentsOf(this.draft, String(this.question.id)).map((q) => q.index + 1);
    const next = removeQuestion(this.draft, this.index);
    const announce =
      dependents.length > 0
        ? msg(
            str`Fråga ${this.number} har tagits bort. Villkoret i fråga ${dependents.join(', ')} pekade på den. Ångra med knappen Ångra.`,
            {
              id: 'studio.question.removedWithDependents',
              desc: 'Said after removing a question others depended on. ${0}: its number; ${1}: the dependent questions',
            },
          )
        : msg(str`Fråga ${this.number} har tagits bort. Ångra med knappen Ångra.`, {
            id: 'studio.question.removed',
            desc: 'Said after removing a question. ${0}: its number',
          });
    this.edit(
      next,
      msg(str`Ta bort fråga ${this.number}`, {
        id: 'studio.question.removeLabel',
        desc: 'Undo step. ${0}: the question number',
      }),
      {
        announce,
        focus: 'undo',
      },
    );
  }

  private changeType(type: QuestionType): void {
    this.edit(
      changeQuestionType(this.draft, this.index, type),
      msg(str`Byt frågetyp på fråga ${this.number}`, {
        id: 'studio.question.typeLabel',
        desc: 'Undo step. ${0}: the question number',
      }),
    );
  }

  /** The question text: the id follows it while it is generated (`fraga-3`) and not published. */
  private applyText = (draft: Draft, value: string): Draft => {
    const lang = mainLanguage(draft);
    const old = textIn(draft, [...this.path, 'text'], lang);
    let next = setText(draft, [...this.path, 'text'], lang, value);
    const id = String(this.question.id ?? '');
    const followed = followText(id, old, value, questionIds(draft), this.published);
    if (followed !== id) next = renameQuestion(next, this.index, followed);
    return next;
  };

  private changeScale(event: Event): void {
    const kind = (event.target as SvaraStudioScalePicker).value as ScaleKind;
    const current = this.question['scale'] as Scale | undefined;
    let scale: Scale;
    if (kind === 'custom')
      scale =
        typeof current === 'object' && 'options' in current
          ? current
          : {
              options: [
                { value: 1, text: '' },
                { value: 2, text: '' },
                { value: 3, text: '' },
              ],
            };
    else if (kind === 'numeric')
      scale = typeof current === 'object' && 'min' in current ? current : { min: 1, max: 5 };
    else scale = kind;
    let next = setIn(this.draft, [...this.path, 'scale'], scale);
    // A display that only fits the old scale (faces, numbers) goes with it.
    if (this.question['display'] !== undefined) next = setIn(next, [...this.path, 'display'], undefined);
    this.edit(
      next,
      msg(str`Byt skala på fråga ${this.number}`, {
        id: 'studio.question.scaleLabel',
        desc: 'Undo step. ${0}: the question number',
      }),
    );
  }

  private setNumber(key: 'min' | 'max' | 'maxLength', raw: string, path: (string | number)[]): void {
    const value = raw.trim() === '' ? undefined : Number(raw);
    this.edit(
      setIn(this.draft, path, Number.isFinite(value) ? value : raw),
      msg('Ändra ett tal', { id: 'studio.question.numberLabel', desc: 'Undo step: a number changed' }),
      { group: `number:${formatPath(path)}:${key}` },
    );
  }

  private setId(raw: string): void {
    const id = raw.trim();
    this.edit(
      renameQuestion(this.draft, this.index, id),
      msg('Byt id', { id: 'studio.question.idLabel', desc: 'Undo step: the question id changed' }),
      {
        group: `id:${this.at()}`,
      },
    );
  }

  // ── Render ──────────────────────────────────────────────────────────────────────────────────────────────
  protected override render(): TemplateResult {
    const q = this.question;
    const lang = mainLanguage(this.draft);
    const summary = resolveText(q.text as never, lang, lang)?.text ?? '';
    const mine = findingsWithin(this.findings, this.at());
    const errors = mine.filter((f) => f.severity === 'error').length;
    const warnings = mine.length - errors;
    const type = q.type as QuestionType;
    return html`<section
      class="question"
      aria-labelledby="heading"
      @focusin=${() => this.dispatchEvent(new StudioFocusEvent(String(q.id)))}
    >
      <h3 part="heading" id="heading">
        <button
          type="button"
          class="heading"
          aria-expanded=${this.expanded ? 'true' : 'false'}
          data-focus=${`${this.at()}:heading`}
          @click=${this.toggle}
        >
          <span class="number"
            >${msg(str`Fråga ${this.number}`, { id: 'studio.question.number', desc: 'Heading. ${0}: the question number' })}</span
          >
          <span class="type">${questionTypes.includes(type) ? questionTypeLabel(type) : String(q.type)}</span>
          ${
            summary
              ? html`<span class="summary" lang=${lang} dir=${directionOf(lang)}>${summary}</span>`
              : html`<span class="summary"
                  >${msg('(ingen text än)', { id: 'studio.question.noText', desc: 'A question without text yet' })}</span
                >`
          }
          ${errors > 0 ? html`<span class="badge error-badge">${countErrors(errors)}</span>` : nothing}
          ${warnings > 0 ? html`<span class="badge warning-badge">${countWarnings(warnings)}</span>` : nothing}
        </button>
      </h3>
      <div part="actions" class="row actions">
        <button
          type="button"
          data-focus=${`${this.at()}:up`}
          ?disabled=${this.index === 0}
          @click=${() => this.move(-1)}
          aria-label=${`${words.moveUp()}: ${words.questionLower(this.number)}`}
        >
          ${words.moveUp()}
        </button>
        <button
          type="button"
          data-focus=${`${this.at()}:down`}
          ?disabled=${this.index === this.count - 1}
          @click=${() => this.move(1)}
          aria-label=${`${words.moveDown()}: ${words.questionLower(this.number)}`}
        >
          ${words.moveDown()}
        </button>
        <button
          type="button"
          @click=${this.duplicate}
          aria-label=${`${words.copy()}: ${words.questionLower(this.number)}`}
        >
          ${words.copy()}
        </button>
        <button
          type="button"
          class="danger"
          @click=${this.deleteQuestion}
          aria-label=${`${words.remove()}: ${words.questionLower(this.number)}`}
        >
          ${words.remove()}
        </button>
      </div>
      ${this.expanded ? this.renderBody(type) : nothing}
    </section>`;
  }

  private renderBody(type: QuestionType): TemplateResult {
    const q = this.question;
    const audience = this.audience;
    const selectId = 'type';
    return html`<div part="body" class="body">
      <div class="field">
        <label for=${selectId}
          >${msg('Frågetyp', { id: 'studio.question.type', desc: 'Label: the question type' })}</label
        >
        <select
          id=${selectId}
          @change=${(e: Event) => this.changeType((e.target as HTMLSelectElement).value as QuestionType)}
        >
          ${questionTypes.map((t) => html`<option value=${t} ?selected=${t === type}>${questionTypeLabel(t)}</option>`)}
        </select>
      </div>
      <div class="pair">
        <svara-studio-text-field
          label=${type === 'scale' || type === 'scale-group' ? msg('Frågan eller påståendet', { id: 'studio.question.text', desc: 'Label: the question’s text' }) : msg('Frågan', { id: 'studio.question.textPlain', desc: 'Label: the question’s text (not a statement)' })}
          edit-label=${msg(str`Ändra texten i fråga ${this.number}`, { id: 'studio.question.textLabel', desc: 'Undo step. ${0}: the question number' })}
          data-focus=${this.at('text')}
          multiline
          rows="2"
          measure
          audience=${audience}
          .draft=${this.draft}
          .path=${[...this.path, 'text']}
          .findings=${this.findings}
          .apply=${this.applyText}
        ></svara-studio-text-field>
        <svara-studio-text-field
          label=${words.plainVariant()}
          hint=${msg('Samma fråga med enklare ord. Visas med Lättläst.', { id: 'studio.question.plainHint', desc: 'Hint of the plain variant' })}
          data-focus=${this.at('plain', 'text')}
          multiline
          rows="2"
          optional
          measure
          audience=${audience}
          .draft=${this.draft}
          .path=${[...this.path, 'plain', 'text']}
          .extraPaths=${[this.at('plain')]}
          .findings=${this.findings}
        ></svara-studio-text-field>
      </div>
      <div class="pair">
        <svara-studio-text-field
          label=${msg('Förklaring under frågan (frivillig)', { id: 'studio.question.description', desc: 'Label: an optional hint under the question' })}
          data-focus=${this.at('description')}
          optional
          measure
          audience=${audience}
          .draft=${this.draft}
          .path=${[...this.path, 'description']}
          .findings=${this.findings}
        ></svara-studio-text-field>
        <svara-studio-text-field
          label=${msg('Lättläst förklaring', { id: 'studio.question.plainDescription', desc: 'Label: the plain variant of the hint' })}
          optional
          audience=${audience}
          .draft=${this.draft}
          .path=${[...this.path, 'plain', 'description']}
          .findings=${this.findings}
        ></svara-studio-text-field>
      </div>
      ${this.renderTypeFields(type)}
      <svara-studio-pictogram-picker
        label=${msg('Bild till frågan', { id: 'studio.question.picture', desc: 'Label: the question’s picture' })}
        focus-key=${this.at('pictogram')}
        .value=${q.pictogram as Pictogram | undefined}
        @change=${(e: Event) => this.set('pictogram', (e.target as SvaraStudioPictogramPicker).value, words.changePicture())}
      ></svara-studio-pictogram-picker>
      ${renderFindings(findingsWithin(this.findings, this.at('pictogram')))}
      <label class="check">
        <input
          type="checkbox"
          .checked=${q.required === true}
          @change=${(e: Event) => this.set('required', (e.target as HTMLInputElement).checked || undefined, msg('Ändra om frågan måste besvaras', { id: 'studio.question.requiredLabel', desc: 'Undo step' }))}
        />
        ${msg('Måste besvaras', { id: 'studio.question.required', desc: 'Checkbox: the question must be answered' })}
      </label>
      <svara-studio-condition
        .draft=${this.draft}
        .index=${this.index}
        .findings=${this.findings}
      ></svara-studio-condition>
      ${renderFindings(findingsAt(this.findings, this.at('audio')))} ${this.renderMore(type)}
    </div>`;
  }

  private renderTypeFields(type: QuestionType): TemplateResult | typeof nothing {
    const q = this.question;
    switch (type) {
      case 'scale':
      case 'scale-group': {
        const scale = q['scale'] as Scale | undefined;
        const kind = scaleKind(scale);
        return html`
          <svara-studio-scale-picker
            name=${`skala-${this.index}`}
            audience=${this.audience}
            .value=${kind}
            @change=${this.changeScale}
          ></svara-studio-scale-picker>
          ${renderFindings(findingsWithin(this.findings, this.at('scale')).filter((f) => !f.path.startsWith(this.at('scale', 'options'))))}
          ${kind === 'custom' ? this.renderOptionList(['scale', 'options']) : nothing}
          ${kind === 'numeric' ? this.renderNumeric() : nothing} ${this.renderSpecial()}
          ${
            type === 'scale-group'
              ? html`<h4>
                    ${msg('Påståenden', { id: 'studio.question.items', desc: 'Heading: the statements of a scale group' })}
                  </h4>
                  ${this.renderOptionList(['items'])}`
              : nothing
          }
        `;
      }
      case 'choice':
      case 'multi':
        return html`<h4>
            ${msg('Svarsalternativ', { id: 'studio.question.options', desc: 'Heading: the answer options' })}
          </h4>
          ${this.renderOptionList(['options'])} ${this.renderSpecial()}
          ${type === 'multi' ? this.renderMinMax() : nothing}`;
      case 'text':
        return html`<label class="check">
            <input
              type="checkbox"
              .checked=${q['multiline'] === true}
              @change=${(e: Event) => this.set('multiline', (e.target as HTMLInputElement).checked || undefined, msg('Ändra textfältets storlek', { id: 'studio.question.multilineLabel', desc: 'Undo step' }))}
            />
            ${msg('Flera rader', { id: 'studio.question.multiline', desc: 'Checkbox: a multi-line text answer' })}
          </label>
          ${this.numberField(msg('Högst antal tecken (frivilligt, annars 2 000)', { id: 'studio.question.maxLength', desc: 'Label: maximum characters of a text answer' }), 'maxLength', [...this.path, 'maxLength'])}`;
      case 'date':
        return html`<div class="pair">
          ${this.dateField(msg('Tidigaste datum (ÅÅÅÅ-MM-DD, frivilligt)', { id: 'studio.question.dateMin', desc: 'Label: earliest date' }), 'min')}
          ${this.dateField(msg('Senaste datum (ÅÅÅÅ-MM-DD, frivilligt)', { id: 'studio.question.dateMax', desc: 'Label: latest date' }), 'max')}
        </div>`;
      default:
        return nothing;
    }
  }

  private renderOptionList(keys: string[]): TemplateResult {
    return html`<svara-studio-options
      .draft=${this.draft}
      .path=${[...this.path, ...keys]}
      .findings=${this.findings}
      .frozen=${this.published}
      .question=${this.number}
      audience=${this.audience}
    ></svara-studio-options>`;
  }

  private renderNumeric(): TemplateResult {
    return html`<div class="pair">
        ${this.numberField(msg('Lägsta tal', { id: 'studio.question.scaleMin', desc: 'Label: the lowest number of a numeric scale' }), 'min', [...this.path, 'scale', 'min'])}
        ${this.numberField(msg('Högsta tal', { id: 'studio.question.scaleMax', desc: 'Label: the highest number of a numeric scale' }), 'max', [...this.path, 'scale', 'max'])}
      </div>
      <div class="pair">
        <svara-studio-text-field
          label=${msg('Ord vid lägsta talet (frivilligt)', { id: 'studio.question.minLabel', desc: 'Label: the words at the low end' })}
          optional
          .draft=${this.draft}
          .path=${[...this.path, 'scale', 'minLabel']}
          .findings=${this.findings}
        ></svara-studio-text-field>
        <svara-studio-text-field
          label=${msg('Ord vid högsta talet (frivilligt)', { id: 'studio.question.maxLabel', desc: 'Label: the words at the high end' })}
          optional
          .draft=${this.draft}
          .path=${[...this.path, 'scale', 'maxLabel']}
          .findings=${this.findings}
        ></svara-studio-text-field>
      </div>`;
  }

  private renderSpecial(): TemplateResult {
    const q = this.question;
    return html`<fieldset class="special">
      <legend>
        ${msg('Svar utanför skalan', { id: 'studio.question.special', desc: 'Legend: answers apart from the scale' })}
      </legend>
      <label class="check">
        <input
          type="checkbox"
          .checked=${q['allowDontKnow'] === true}
          @change=${(e: Event) => this.set('allowDontKnow', (e.target as HTMLInputElement).checked || undefined, msg('Ändra Vet inte', { id: 'studio.question.dontKnowLabel', desc: 'Undo step' }))}
        />
        ${msg('”Vet inte”', { id: 'studio.question.dontKnow', desc: 'Checkbox: offer the answer Vet inte' })}
      </label>
      <label class="check">
        <input
          type="checkbox"
          .checked=${q['allowSkip'] === true}
          @change=${(e: Event) => this.set('allowSkip', (e.target as HTMLInputElement).checked || undefined, msg('Ändra Vill inte svara', { id: 'studio.question.skipLabel', desc: 'Undo step' }))}
        />
        ${msg('”Vill inte svara”', { id: 'studio.question.skip', desc: 'Checkbox: offer the answer Vill inte svara' })}
      </label>
    </fieldset>`;
  }

  private renderMinMax(): TemplateResult {
    return html`<div class="pair">
      ${this.numberField(msg('Minst antal val (frivilligt)', { id: 'studio.question.multiMin', desc: 'Label: fewest choices' }), 'min', [...this.path, 'min'])}
      ${this.numberField(msg('Högst antal val (frivilligt)', { id: 'studio.question.multiMax', desc: 'Label: most choices' }), 'max', [...this.path, 'max'])}
    </div>`;
  }

  private numberField(
    label: string,
    key: 'min' | 'max' | 'maxLength',
    path: (string | number)[],
  ): TemplateResult {
    const value = getIn(this.draft, path);
    return html`<label class="field">
      <span>${label}</span>
      <input
        type="text"
        inputmode="numeric"
        .value=${value === undefined ? '' : String(value)}
        @input=${(e: Event) => this.setNumber(key, (e.target as HTMLInputElement).value, path)}
      />
      ${renderFindings(findingsWithin(this.findings, formatPath(path)))}
    </label>`;
  }

  private dateField(label: string, key: 'min' | 'max'): TemplateResult {
    const path = [...this.path, key];
    const value = getIn(this.draft, path);
    return html`<label class="field">
      <span>${label}</span>
      <input
        type="text"
        inputmode="numeric"
        .value=${typeof value === 'string' ? value : ''}
        @input=${(e: Event) => this.set(key, (e.target as HTMLInputElement).value.trim() || undefined, label)}
      />
      ${renderFindings(findingsWithin(this.findings, formatPath(path)))}
    </label>`;
  }

  private renderMore(type: QuestionType): TemplateResult {
    const q = this.question;
    const idPublished = this.published.has(String(q.id));
    return html`<details class="more">
      <summary>
        ${msg('Fler inställningar', { id: 'studio.question.more', desc: 'Disclosure: the question’s other settings' })}
      </summary>
      <div class="stack">
        <label class="field">
          <span>${msg('Id', { id: 'studio.question.id', desc: 'Label: the question’s id' })}</span>
          <span class="muted"
            >${
              idPublished
                ? msg('Publicerat. Byter du id börjar frågans resultat om från noll.', {
                    id: 'studio.question.idPublished',
                    desc: 'Hint: a published id',
                  })
                : msg('Namnet på frågan i svaren och i exporten. Görs av frågans text tills du ändrar det.', {
                    id: 'studio.question.idHint',
                    desc: 'Hint under the id',
                  })
            }</span
          >
          <input
            type="text"
            spellcheck="false"
            .value=${String(q.id ?? '')}
            data-focus=${this.at('id')}
            @input=${(e: Event) => this.setId((e.target as HTMLInputElement).value)}
          />
          ${renderFindings(findingsAt(this.findings, this.at('id')))}
        </label>
        ${
          type === 'scale' || type === 'choice'
            ? html`<label class="check">
                <input
                  type="checkbox"
                  .checked=${q['breakdown'] === true}
                  @change=${(e: Event) => this.set('breakdown', (e.target as HTMLInputElement).checked || undefined, msg('Ändra uppdelning', { id: 'studio.question.breakdownLabel', desc: 'Undo step' }))}
                />
                ${msg('Resultaten kan delas upp efter den här frågan (till exempel kön)', { id: 'studio.question.breakdown', desc: 'Checkbox: results can be broken down by this question' })}
              </label>`
            : nothing
        }
        ${renderFindings(findingsAt(this.findings, this.at('display')))}
      </div>
    </details>`;
  }
}
