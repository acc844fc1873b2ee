import { LitElement, html } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { localized, msg, str } from '@lit/localize';
import { audiences, formatPath, questionTypes } from '@svara/schema';
import type { Audience, QuestionType } from '@svara/schema';
import '@svara/elements/components/choice/choice.define';
import type { SvaraChoice } from '@svara/elements';
import { StudioEditEvent, StudioFocusEvent } from '../../events.js';
import { findingListStyles, renderFindings } from '../../internal/finding-list.js';
import { findFocusTarget, settled } from '../../internal/focus.js';
import { audienceHint, audienceLabel, languageLabel, questionTypeLabel, words } from '../../labels.js';
import type { Finding } from '../../model/check.js';
import { findingsAt } from '../../model/check.js';
import type { Draft } from '../../model/draft.js';
import {
  addQuestion,
  getIn,
  languagesOf,
  mainLanguage,
  questionsOf,
  setIn,
  setLanguages,
} from '../../model/draft.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import '../text-field/text-field.define.js';
import '../question/question.define.js';
import type { SvaraStudioQuestion } from '../question/question.js';
import { styles } from './editor.styles.js';

/** Languages offered as boxes to tick; others are added by their code. */
export const COMMON_LANGUAGES = ['sv', 'en', 'fi', 'ar', 'so', 'fa', 'ti', 'es', 'pl', 'bs', 'tr', 'uk'];

/**
 * The form-based survey editor: the survey's own texts (title, intro, thanks, each with a plain-language
 * variant), its audience and languages, the privacy texts a respondent reads before answering (anonymous?, why
 * we ask, who sees the answers, whom to ask), and the questions — each a `<svara-studio-question>` that opens
 * and closes — with "Lägg till fråga" for every question type. Every field shows its own warnings.
 *
 * The editor keeps no draft of its own: each change is a `studio-edit` event with the next draft, which the
 * survey page records (undo), checks, previews and saves.
 *
 * @summary The form that writes a survey definition.
 * @tag svara-studio-editor
 *
 * @fires studio-edit - The author changed the survey (StudioEditEvent).
 * @fires studio-focus - The author moved into a question or out of the questions (StudioFocusEvent).
 */
@localized()
export class SvaraStudioEditor extends LitElement {
  static override styles = [sharedStyles, findingListStyles, styles];

  /** The draft. */
  @property({ attribute: false }) draft: Draft = {};

  /** Every finding of the draft. */
  @property({ attribute: false }) findings: readonly Finding[] = [];

  /** Question ids and option values published before. */
  @property({ attribute: false }) published: ReadonlySet<string> = new Set();

  /** Ids of the open questions. */
  @state() private open = new Set<string>();

  @state() private newType: QuestionType = 'scale';

  private get audience(): Audience {
    return (this.draft['audience'] as Audience | undefined) ?? 'general';
  }

  // ── Public methods ──────────────────────────────────────────────────────────────────────────────────────
  /** Opens the question a path is in and focuses the field at `path` (or the nearest thing to it). */
  async reveal(path: string): Promise<boolean> {
    const match = /^(?:pages\[\d+\]\.)?questions\[\d+\]/.exec(path);
    if (match) {
      const entry = questionsOf(this.draft).find((q) => formatPath(q.path) === match[0]);
      if (entry) this.open = new Set([...this.open, String(entry.question.id)]);
    }
    await this.updateComplete;
    await settled(this.renderRoot);
    let key = path;
    while (key) {
      const target = findFocusTarget(this.renderRoot, key);
      if (target) {
        target.scrollIntoView({ block: 'center' });
        target.focus({ preventScroll: true });
        return true;
      }
      const parent = key.replace(/(\.[^.[]+|\[[^\]]+\])$/, '');
      if (parent === key) break;
      key = parent;
    }
    return false;
  }

  /** Opens a question by id (after adding it). */
  expand(id: string): void {
    this.open = new Set([...this.open, id]);
  }

  // ── Editing ─────────────────────────────────────────────────────────────────────────────────────────────
  private edit(draft: Draft, label: string, group?: string): void {
    this.dispatchEvent(new StudioEditEvent(draft, label, group));
  }

  private addQuestion(): void {
    const { draft, index, id } = addQuestion(this.draft, this.newType);
    this.open = new Set([...this.open, id]);
    const path = formatPath(questionsOf(draft)[index]!.path);
    this.dispatchEvent(
      new StudioEditEvent(
        draft,
        msg(str`Lägg till fråga ${index + 1}`, {
          id: 'studio.editor.addLabel',
          desc: 'Undo step. ${0}: the new question’s number',
        }),
        undefined,
        msg(str`Fråga ${index + 1} (${questionTypeLabel(this.newType)}) har lagts till.`, {
          id: 'studio.editor.added',
          desc: 'Said after adding a question. ${0}: its number; ${1}: its type',
        }),
        { target: `${path}.text` },
      ),
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new question's id follows its text while it is typed: the open question stays open under its new id
    // (otherwise it would close under the author's fingers and take the focus with it).
    const before = changed.get('draft') as Draft | undefined;
    if (!before || before === this.draft) return;
    const oldIds = questionsOf(before).map((q) => String(q.question.id));
    const newIds = questionsOf(this.draft).map((q) => String(q.question.id));
    if (oldIds.length !== newIds.length) return;
    let open: Set<string> | undefined;
    newIds.forEach((id, i) => {
      const was = oldIds[i]!;
      if (id !== was && this.open.has(was) && !newIds.includes(was) && !oldIds.includes(id)) {
        open ??= new Set(this.open);
        open.delete(was);
        open.add(id);
      }
    });
    if (open) this.open = open;
  }

  private handleToggle(event: Event): void {
    const question = event.target as SvaraStudioQuestion;
    const id = String(questionsOf(this.draft)[question.index]?.question.id ?? '');
    const open = new Set(this.open);
    if (question.expanded) open.add(id);
    else open.delete(id);
    this.open = open;
  }

  private setAudience(event: Event): void {
    const value = (event.target as SvaraChoice).value as Audience;
    this.edit(
      setIn(this.draft, ['audience'], value === 'general' ? undefined : value),
      msg('Byt målgrupp', { id: 'studio.editor.audienceLabel', desc: 'Undo step: the audience changed' }),
    );
  }

  private setLanguages(event: Event): void {
    const values = (event.target as SvaraChoice).values;
    this.edit(setLanguages(this.draft, values), words.changeLanguages());
  }

  private addLanguage(form: HTMLFormElement): void {
    const input = form.elements.namedItem('code') as HTMLInputElement;
    const code = input.value.trim().toLowerCase();
    if (!/^[a-z]{2,3}$/.test(code)) {
      input.setCustomValidity(
        msg('Skriv en språkkod med två eller tre bokstäver, till exempel so.', {
          id: 'studio.editor.codeInvalid',
          desc: 'Error: not a language code',
        }),
      );
      input.reportValidity();
      return;
    }
    input.setCustomValidity('');
    input.value = '';
    this.edit(setLanguages(this.draft, [...languagesOf(this.draft), code]), words.changeLanguages());
  }

  private setAnonymous(event: Event): void {
    const value = (event.target as SvaraChoice).value;
    this.edit(
      setIn(this.draft, ['privacy', 'anonymous'], value === 'ja'),
      msg('Ändra om enkäten är anonym', { id: 'studio.editor.anonymousLabel', desc: 'Undo step' }),
    );
  }

  // ── Render ──────────────────────────────────────────────────────────────────────────────────────────────
  protected override render(): TemplateResult {
    const audience = this.audience;
    const questions = questionsOf(this.draft);
    return html`
      <section class="section" aria-labelledby="about" @focusin=${this.focusStart}>
        <h2 id="about">
          ${msg('Om enkäten', { id: 'studio.editor.about', desc: 'Heading: the survey’s own settings' })}
        </h2>
        ${renderFindings(findingsAt(this.findings, ''))}
        ${this.textPair(['title'], msg('Rubrik', { id: 'studio.editor.title', desc: 'Label: the survey title' }), { measure: false })}
        ${this.textPair(
          ['intro'],
          msg('Inledning', { id: 'studio.editor.intro', desc: 'Label: the intro on the start screen' }),
          {
            optional: true,
            multiline: true,
            hint: msg('Visas på startsidan. Säg vad enkäten handlar om.', {
              id: 'studio.editor.introHint',
              desc: 'Hint of the intro',
            }),
          },
        )}
        <svara-choice
          label=${msg('Målgrupp', { id: 'studio.editor.audience', desc: 'Legend: the survey’s audience' })}
          .options=${audiences.map((a) => ({ value: a, label: audienceLabel(a), hint: audienceHint(a) }))}
          .value=${audience}
          @change=${this.setAudience}
        ></svara-choice>
        ${this.renderLanguages()}
      </section>

      <section class="section" aria-labelledby="privacy" @focusin=${this.focusStart}>
        <h2 id="privacy">
          ${msg('Integritet och kontakt', { id: 'studio.editor.privacy', desc: 'Heading: privacy texts' })}
        </h2>
        <p class="muted">
          ${msg(
            'Visas på startsidan innan någon svarar. Det ökar svarsfrekvensen och krävs av dataskyddet.',
            {
              id: 'studio.editor.privacyIntro',
              desc: 'Why the privacy texts matter',
            },
          )}
        </p>
        ${renderFindings(findingsAt(this.findings, 'privacy'))}
        <svara-choice
          label=${msg('Är enkäten anonym?', { id: 'studio.editor.anonymous', desc: 'Legend: is the survey anonymous' })}
          hint=${msg('Anonym betyder: ingen ip-adress, inget konto och inga frågor om namn eller kontaktuppgifter.', { id: 'studio.editor.anonymousHint', desc: 'What anonymous means' })}
          .options=${[
            { value: 'ja', label: words.yes() },
            { value: 'nej', label: words.no() },
          ]}
          .value=${getIn(this.draft, ['privacy', 'anonymous']) === true ? 'ja' : getIn(this.draft, ['privacy', 'anonymous']) === false ? 'nej' : ''}
          @change=${this.setAnonymous}
        ></svara-choice>
        ${this.textPair(['privacy', 'purpose'], msg('Varför vi frågar och vad svaren används till', { id: 'studio.editor.purpose', desc: 'Label: privacy.purpose' }), { optional: true, multiline: true, plainPath: ['privacy', 'plain', 'purpose'] })}
        ${this.textPair(['privacy', 'whoSees'], msg('Vem som ser svaren', { id: 'studio.editor.whoSees', desc: 'Label: privacy.whoSees' }), { optional: true, multiline: true, plainPath: ['privacy', 'plain', 'whoSees'] })}
        ${this.textPair(
          ['privacy', 'anonymity'],
          msg('Är det anonymt? Med egna ord (frivilligt)', {
            id: 'studio.editor.anonymity',
            desc: 'Label: privacy.anonymity, in words instead of a plain yes or no',
          }),
          {
            optional: true,
            multiline: true,
            plainPath: ['privacy', 'plain', 'anonymity'],
            hint: msg(
              'Visas i stället för bara ja eller nej. Till exempel: Ja, om du inte skriver din e-postadress.',
              {
                id: 'studio.editor.anonymityHint',
                desc: 'Hint of privacy.anonymity',
              },
            ),
          },
        )}
        ${this.textPair(
          ['privacy', 'retention'],
          msg('Hur länge svaren sparas', { id: 'studio.editor.retention', desc: 'Label: privacy.retention' }),
          {
            optional: true,
            multiline: true,
            plainPath: ['privacy', 'plain', 'retention'],
            hint: msg('Till exempel: Vi sparar svaren i två år. Sedan tas de bort.', {
              id: 'studio.editor.retentionHint',
              desc: 'Hint of privacy.retention',
            }),
          },
        )}
        ${this.textPair(
          ['privacy', 'contact'],
          msg('Vem man kan fråga om enkäten', {
            id: 'studio.editor.contact',
            desc: 'Label: privacy.contact',
          }),
          {
            optional: true,
            multiline: true,
            plainPath: ['privacy', 'plain', 'contact'],
            hint: msg('Namn eller enhet, och telefon eller e-post.', {
              id: 'studio.editor.contactHint',
              desc: 'Hint of the contact text',
            }),
          },
        )}
      </section>

      <section class="section" aria-labelledby="questions">
        <h2 id="questions">
          ${msg(str`Frågor (${questions.length})`, { id: 'studio.editor.questions', desc: 'Heading: the questions. ${0}: how many' })}
        </h2>
        <ol class="questions">
          ${repeat(
            questions,
            (q) => q.index,
            (q) =>
              html`<li>
                <svara-studio-question
                  .draft=${this.draft}
                  .index=${q.index}
                  .findings=${this.findings}
                  .published=${this.published}
                  ?expanded=${this.open.has(String(q.question.id))}
                  @toggle=${this.handleToggle}
                ></svara-studio-question>
              </li>`,
          )}
        </ol>
        <div class="add row">
          <label for="new-type"
            >${msg('Typ av ny fråga', { id: 'studio.editor.newType', desc: 'Label: the type of the question to add' })}</label
          >
          <select
            id="new-type"
            @change=${(e: Event) => (this.newType = (e.target as HTMLSelectElement).value as QuestionType)}
          >
            ${questionTypes.map((t) => html`<option value=${t} ?selected=${t === this.newType}>${questionTypeLabel(t)}</option>`)}
          </select>
          <button type="button" class="primary" data-focus="add-question" @click=${this.addQuestion}>
            ${msg('Lägg till fråga', { id: 'studio.editor.add', desc: 'Button: add a question' })}
          </button>
        </div>
      </section>

      <section class="section" aria-labelledby="after" @focusin=${this.focusStart}>
        <h2 id="after">
          ${msg('Efter svaret', { id: 'studio.editor.after', desc: 'Heading: what the respondent sees after answering' })}
        </h2>
        ${this.textPair(
          ['thanks'],
          msg('Vad som händer med svaren nu', {
            id: 'studio.editor.thanks',
            desc: 'Label: the thanks text after answering',
          }),
          {
            optional: true,
            multiline: true,
            hint: msg(
              'Visas när svaren är skickade. Till exempel: Tack! Vi läser alla svar i mars och berättar på vår webbplats vad vi gör.',
              {
                id: 'studio.editor.thanksHint',
                desc: 'Hint of the thanks text',
              },
            ),
          },
        )}
      </section>
    `;
  }

  private focusStart = (): void => {
    this.dispatchEvent(new StudioFocusEvent(undefined));
  };

  private renderLanguages(): TemplateResult {
    const main = mainLanguage(this.draft);
    const languages = languagesOf(this.draft);
    const offered = [...new Set([...COMMON_LANGUAGES, ...languages])];
    return html`<div class="languages">
      <svara-choice
        multiple
        label=${msg('Språk', { id: 'studio.editor.languages', desc: 'Legend: the survey’s languages' })}
        hint=${msg(str`Huvudspråket är ${languageLabel(main)}. Översätt texterna under Översättningar.`, {
          id: 'studio.editor.languagesHint',
          desc: 'Hint of the languages. ${0}: the main language',
        })}
        .options=${offered.map((code) => ({ value: code, label: languageLabel(code), disabled: code === main }))}
        .values=${languages}
        @change=${this.setLanguages}
      ></svara-choice>
      <form
        class="row"
        @submit=${(e: SubmitEvent) => {
          e.preventDefault();
          this.addLanguage(e.target as HTMLFormElement);
        }}
      >
        <label for="code"
          >${msg('Annat språk (kod, till exempel ku)', { id: 'studio.editor.otherLanguage', desc: 'Label: add a language by its code' })}</label
        >
        <input id="code" name="code" type="text" size="4" spellcheck="false" autocomplete="off" />
        <button type="submit">
          ${msg('Lägg till språk', { id: 'studio.editor.addLanguage', desc: 'Button: add a language' })}
        </button>
      </form>
    </div>`;
  }

  private textPair(
    path: (string | number)[],
    label: string,
    options: {
      optional?: boolean;
      multiline?: boolean;
      hint?: string;
      measure?: boolean;
      plainPath?: (string | number)[];
    } = {},
  ): TemplateResult {
    const plainPath = options.plainPath ?? ['plain', ...path];
    const measure = options.measure ?? true;
    return html`<div class="pair">
      <svara-studio-text-field
        label=${label}
        hint=${options.hint ?? ''}
        data-focus=${formatPath(path)}
        ?optional=${options.optional}
        ?multiline=${options.multiline}
        ?measure=${measure}
        audience=${this.audience}
        .draft=${this.draft}
        .path=${path}
        .findings=${this.findings}
      ></svara-studio-text-field>
      <svara-studio-text-field
        label=${words.plainVariant()}
        data-focus=${formatPath(plainPath)}
        optional
        ?multiline=${options.multiline}
        ?measure=${measure}
        audience=${this.audience}
        .draft=${this.draft}
        .path=${plainPath}
        .findings=${this.findings}
      ></svara-studio-text-field>
    </div>`;
  }
}
