import { LitElement, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { allowedSpecialCodes, formatPath, questionOptions, resolveText, specialLabels } from '@svara/schema';
import type { Condition, Question } from '@svara/schema';
import { getLocale } from '@svara/elements/localization';
import { StudioEditEvent } from '../../events.js';
import { findingListStyles, renderFindings } from '../../internal/finding-list.js';
import type { Finding } from '../../model/check.js';
import { findingsWithin } from '../../model/check.js';
import type { Draft } from '../../model/draft.js';
import { mainLanguage, questionsOf, setIn } from '../../model/draft.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { styles } from './condition.styles.js';

type Leaf = Extract<Condition, { question: string }>;
type Value = string | number | boolean;

/** Answers with free content: their condition can only be "answered" or not. */
const FREE = new Set(['text', 'date', 'email']);

/**
 * When a question is shown (`showIf`), chosen from the questions before it: "always", or "only when the answer
 * to question 2 is one of …" with the earlier question's own answers as checkboxes (its faces' words, its
 * options, "Vet inte"), or "answered / not answered" for free answers. Conditions with several parts (`all`,
 * `any`) are shown as such and changed in the JSON view.
 *
 * @summary Chooses when a question is shown, from earlier answers.
 * @tag svara-studio-condition
 *
 * @fires studio-edit - The condition changed (StudioEditEvent).
 */
@localized()
export class SvaraStudioCondition extends LitElement {
  static override styles = [sharedStyles, findingListStyles, styles];

  /** The draft. */
  @property({ attribute: false }) draft: Draft = {};

  /** The position of the question (from 0, across the survey). */
  @property({ type: Number }) index = 0;

  /** Every finding of the draft. */
  @property({ attribute: false }) findings: readonly Finding[] = [];

  private get entry() {
    return questionsOf(this.draft)[this.index];
  }

  private get condition(): Condition | undefined {
    return (this.entry?.question as { showIf?: Condition } | undefined)?.showIf;
  }

  private get earlier(): { question: Question; number: number }[] {
    return questionsOf(this.draft)
      .slice(0, this.index)
      .map((q) => ({ question: q.question, number: q.index + 1 }));
  }

  private write(condition: Condition | undefined): void {
    const entry = this.entry;
    if (!entry) return;
    this.dispatchEvent(
      new StudioEditEvent(
        setIn(this.draft, [...entry.path, 'showIf'], condition),
        msg(str`Ändra när fråga ${this.index + 1} visas`, {
          id: 'studio.condition.editLabel',
          desc: 'Undo step. ${0}: the question number',
        }),
      ),
    );
  }

  private text(question: Question): string {
    const lang = mainLanguage(this.draft);
    return resolveText(question.text, lang, lang)?.text ?? '';
  }

  private answersOf(question: Question): { value: Value; label: string }[] {
    const lang = mainLanguage(this.draft);
    if (question.type === 'consent')
      return [
        {
          value: true,
          label: msg('Kryssat i', { id: 'studio.condition.ticked', desc: 'A consent box is ticked' }),
        },
      ];
    let options: { value: Value; text: unknown }[];
    try {
      options = questionOptions(question);
    } catch {
      // An earlier question still being written (no scale yet): no answers to offer.
      options = [];
    }
    const ui = getLocale() === 'en' ? 'en' : 'sv';
    return [
      ...options.map((o) => ({
        value: o.value as Value,
        label: resolveText(o.text as never, lang, lang)?.text ?? String(o.value),
      })),
      ...allowedSpecialCodes(question).map((code) => ({
        value: code,
        label: specialLabels[code as 'dont_know' | 'skipped'][ui],
      })),
    ];
  }

  private chooseMode(conditional: boolean): void {
    if (!conditional) return this.write(undefined);
    const first = this.earlier.at(-1);
    if (!first) return;
    this.write(
      FREE.has(first.question.type)
        ? { question: first.question.id, answered: true }
        : { question: first.question.id, in: [] as never },
    );
  }

  private chooseQuestion(id: string): void {
    const target = this.earlier.find((q) => q.question.id === id)?.question;
    if (!target) return;
    this.write(FREE.has(target.type) ? { question: id, answered: true } : { question: id, in: [] as never });
  }

  private toggleValue(leaf: Leaf, value: Value, on: boolean): void {
    const current = leaf.in ?? (leaf.equals !== undefined ? [leaf.equals] : []);
    const values = on ? [...current.filter((v) => v !== value), value] : current.filter((v) => v !== value);
    const { equals: _equals, in: _in, answered: _answered, ...rest } = leaf;
    this.write({ ...rest, in: values as never });
  }

  protected override render(): TemplateResult {
    const condition = this.condition;
    const earlier = this.earlier;
    const path = this.entry ? formatPath([...this.entry.path, 'showIf']) : '';
    const name = `visa-${this.index}`;
    return html`<fieldset>
      <legend>
        ${msg('När visas frågan?', { id: 'studio.condition.legend', desc: 'Legend: when the question is shown' })}
      </legend>
      <label class="choice">
        <input
          type="radio"
          name=${name}
          .checked=${condition === undefined}
          @change=${() => this.chooseMode(false)}
        />
        ${msg('Alltid', { id: 'studio.condition.always', desc: 'The question is always shown' })}
      </label>
      <label class="choice">
        <input
          type="radio"
          name=${name}
          .checked=${condition !== undefined}
          ?disabled=${earlier.length === 0}
          @change=${() => this.chooseMode(true)}
        />
        ${msg('Bara efter ett visst svar på en tidigare fråga', {
          id: 'studio.condition.conditional',
          desc: 'The question is shown only after a given answer to an earlier question',
        })}
      </label>
      ${
        earlier.length === 0
          ? html`<p class="muted">
              ${msg('Den första frågan visas alltid.', { id: 'studio.condition.first', desc: 'The first question cannot have a condition' })}
            </p>`
          : nothing
      }
      ${condition ? this.renderCondition(condition) : nothing}
      ${renderFindings(findingsWithin(this.findings, path))}
    </fieldset>`;
  }

  private renderCondition(condition: Condition): TemplateResult {
    if (!('question' in condition)) {
      return html`<p class="muted">
        ${msg('Villkoret har flera delar (alla eller något av). Ändra det i JSON-vyn.', {
          id: 'studio.condition.complex',
          desc: 'A condition with several parts cannot be edited in the form',
        })}
      </p>`;
    }
    const target = this.earlier.find((q) => q.question.id === condition.question);
    const selectId = `fraga-${this.index}`;
    return html`<div class="detail">
      <label for=${selectId}
        >${msg('Vilken fråga', { id: 'studio.condition.which', desc: 'Label: the earlier question the condition is on' })}</label
      >
      <select
        id=${selectId}
        @change=${(e: Event) => this.chooseQuestion((e.target as HTMLSelectElement).value)}
      >
        ${
          target
            ? nothing
            : html`<option value="" selected>
                ${msg(str`Frågan ”${condition.question}” finns inte före den här`, {
                  id: 'studio.condition.missing',
                  desc: 'The condition names a question that is not before this one. ${0}: its id',
                })}
              </option>`
        }
        ${this.earlier.map(
          ({ question, number }) =>
            html`<option value=${question.id} ?selected=${question.id === condition.question}>
              ${msg(str`Fråga ${number}: ${this.text(question)}`, { id: 'studio.condition.option', desc: 'An earlier question in a list. ${0}: number; ${1}: its text' })}
            </option>`,
        )}
      </select>
      ${target ? this.renderAnswers(condition, target.question) : nothing}
    </div>`;
  }

  private renderAnswers(leaf: Leaf, target: Question): TemplateResult {
    if (FREE.has(target.type)) {
      const name = `besvarad-${this.index}`;
      return html`<fieldset class="answers">
        <legend>
          ${msg('Visa frågan om den frågan', { id: 'studio.condition.ifAnswered', desc: 'Legend: show if the earlier question is…' })}
        </legend>
        <label class="choice">
          <input
            type="radio"
            name=${name}
            .checked=${leaf.answered !== false}
            @change=${() => this.write({ question: leaf.question, answered: true })}
          />
          ${msg('är besvarad', { id: 'studio.condition.answered', desc: '…the earlier question is answered' })}
        </label>
        <label class="choice">
          <input
            type="radio"
            name=${name}
            .checked=${leaf.answered === false}
            @change=${() => this.write({ question: leaf.question, answered: false })}
          />
          ${msg('inte är besvarad', { id: 'studio.condition.notAnswered', desc: '…the earlier question is not answered' })}
        </label>
      </fieldset>`;
    }
    const chosen = leaf.in ?? (leaf.equals !== undefined ? [leaf.equals] : []);
    return html`<fieldset class="answers">
      <legend>
        ${msg('Visa frågan om svaret är något av', { id: 'studio.condition.ifAnswer', desc: 'Legend: show if the earlier answer is one of these' })}
      </legend>
      ${this.answersOf(target).map(
        (answer) =>
          html`<label class="choice">
            <input
              type="checkbox"
              .checked=${chosen.includes(answer.value)}
              @change=${(e: Event) => this.toggleValue(leaf, answer.value, (e.target as HTMLInputElement).checked)}
            />
            ${answer.label}
          </label>`,
      )}
    </fieldset>`;
  }
}
