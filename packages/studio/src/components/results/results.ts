import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import '@svara/elements/components/text/text.define';
import '@svara/elements/components/choice/choice.define';
import '@svara/elements/components/error-summary/error-summary.define';
import type { SvaraChoice, SvaraText } from '@svara/elements';
import { iterateQuestions, resolveText } from '@svara/schema';
import type { Survey } from '@svara/schema';
import type {
  ActionStatus,
  Me,
  NewAction,
  Round,
  RoundAction,
  SnapshotStatus,
  StudioApi,
  Unit,
} from '../../api/client.js';
import { hasRole } from '../../api/client.js';
import { problemText } from '../../api/problems.js';
import { renderRoundList, roundListStyles } from '../../internal/round-list.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { unitPath } from '../rounds/rounds.js';
import { styles } from './results.styles.js';
import { uiLang } from '../../internal/ui-lang.js';

const STATUSES: readonly ActionStatus[] = ['planerad', 'pågår', 'klar'];

/** A text of the API (a string, or one per language) in the studio's language. */
function textOf(text: RoundAction['heard'] | undefined, lang: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[lang] ?? text['sv'] ?? Object.values(text)[0] ?? '';
}

/**
 * Results of a survey's rounds, for staff: publish a closed round's results (one snapshot per round, ever,
 * protected as a whole so that no small group can be recovered), and write what the unit does about what it
 * heard — "Ni sa – vi gör" — per unit or for the whole survey, following each action from planned to done.
 * Answer distributions are never shown here: they are on the public results pages once published.
 *
 * @summary A round's results: publish the snapshot, and "Ni sa – vi gör".
 * @tag svara-studio-results
 */
@localized()
export class SvaraStudioResults extends LitElement {
  static override styles = [sharedStyles, roundListStyles, styles];

  @property({ attribute: 'survey-id' }) surveyId = '';
  @property({ attribute: false }) api?: StudioApi;
  @property({ attribute: false }) me?: Me;
  @property({ attribute: false }) units: readonly Unit[] = [];
  /** The published survey (its questions, for linking an action to what was asked). */
  @property({ attribute: false }) survey?: Survey;

  @state() private rounds: Round[] = [];
  @state() private selected?: string;
  @state() private snapshot?: SnapshotStatus;
  @state() private actions: RoundAction[] = [];
  @state() private error = '';
  @state() private status = '';
  @state() private busy = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('surveyId') || changed.has('api')) void this.load();
  }

  private get pageLang(): string {
    return uiLang();
  }

  private async load(): Promise<void> {
    if (!this.api || !this.surveyId) return;
    try {
      this.rounds = await this.api.rounds(this.surveyId);
      // The round most likely to need attention: closed but not published, else the newest.
      const next =
        this.rounds.find((r) => r.status === 'closed') ??
        [...this.rounds].reverse().find((r) => r.status === 'published') ??
        this.rounds.at(-1);
      if (next && !this.selected) await this.select(next.id);
    } catch (error) {
      this.error = problemText(error);
    }
  }

  private async select(id: string): Promise<void> {
    if (!this.api) return;
    this.selected = id;
    this.error = '';
    try {
      [this.snapshot, this.actions] = await Promise.all([this.api.snapshot(id), this.api.actions(id)]);
    } catch (error) {
      this.error = problemText(error);
    }
  }

  private get round(): Round | undefined {
    return this.rounds.find((r) => r.id === this.selected);
  }

  /** Publisher of the survey's units in this round (the server decides; this only hides buttons that would fail). */
  private canPublish(round: Round): boolean {
    return !this.me || round.units.some((u) => hasRole(this.me, 'publisher', u.unitId, this.units));
  }

  private unitName(id: string | null): string {
    if (id === null)
      return msg('Hela enkäten', { id: 'studio.results.wholeSurvey', desc: 'An action for every unit' });
    const unit = this.units.find((u) => u.id === id);
    return unit ? unitPath(unit, this.units) : id;
  }

  private statusName(status: ActionStatus): string {
    switch (status) {
      case 'planerad':
        return msg('Planerad', { id: 'studio.results.planned', desc: 'Action status: planned' });
      case 'pågår':
        return msg('Pågår', { id: 'studio.results.ongoing', desc: 'Action status: under way' });
      default:
        return msg('Klar', { id: 'studio.results.done', desc: 'Action status: done' });
    }
  }

  // ── Publishing ──────────────────────────────────────────────────────────────────────────────────────────
  private async publish(round: Round): Promise<void> {
    if (!this.api) return;
    const sure = confirm(
      msg(
        str`Publicera resultaten för ${round.name}? De publiceras en gång och kan inte ändras efteråt. Grupper med färre än 5 svar visas inte.`,
        {
          id: 'studio.results.confirmPublish',
          desc: 'Confirmation before publishing a round. ${0}: its name',
        },
      ),
    );
    if (!sure) return;
    this.busy = true;
    this.error = '';
    this.status = msg('Resultaten räknas fram och kontrolleras. Det kan ta en stund …', {
      id: 'studio.results.publishing',
      desc: 'While the snapshot is computed',
    });
    try {
      this.snapshot = await this.api.publishRound(round.id);
      this.rounds = this.rounds.map((r) => (r.id === round.id ? { ...r, status: 'published' } : r));
      this.actions = await this.api.actions(round.id);
      this.status = msg(str`Resultaten för ${round.name} är publicerade.`, {
        id: 'studio.results.published',
        desc: 'After publishing. ${0}: the round',
      });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#snapshot-heading')?.focus();
    } catch (error) {
      this.status = '';
      this.error = problemText(error);
    } finally {
      this.busy = false;
    }
  }

  // ── Actions ─────────────────────────────────────────────────────────────────────────────────────────────
  private async addAction(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const round = this.round;
    if (!this.api || !round) return;
    const form = event.target as HTMLFormElement;
    const value = (name: string) =>
      ((form.querySelector(`[name="${name}"]`) as SvaraText | null)?.value ?? '').trim();
    const choice = (name: string) => form.querySelector(`[name="${name}"]`) as SvaraChoice | null;
    const unit = choice('unit')?.value || '-';
    const when = value('when');
    const plain = value('plain');
    const action: NewAction = {
      unit: unit === '-' ? null : unit,
      heard: value('heard'),
      questions: choice('questions')?.values ?? [],
      action: value('action'),
      responsible: value('responsible'),
      status: (choice('status')?.value || 'planerad') as ActionStatus,
      ...(plain ? { plain } : {}),
      ...(when ? { when } : {}),
    };
    this.busy = true;
    this.error = '';
    try {
      const created = await this.api.createAction(round.id, action);
      this.actions = [...this.actions, created];
      form.reset();
      this.status = msg('Åtgärden är sparad.', {
        id: 'studio.results.actionSaved',
        desc: 'After adding an action',
      });
    } catch (error) {
      this.error = problemText(error);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.error')?.focus();
    } finally {
      this.busy = false;
    }
  }

  private async changeStatus(action: RoundAction, event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.api) return;
    const form = event.target as HTMLFormElement;
    const status = (form.elements.namedItem('status') as HTMLSelectElement).value as ActionStatus;
    const note = (form.elements.namedItem('note') as HTMLInputElement).value.trim();
    try {
      const updated = await this.api.updateAction(action.roundId, action.id, {
        status,
        ...(note ? { note } : {}),
      });
      this.actions = this.actions.map((a) => (a.id === updated.id ? updated : a));
      form.reset();
      this.status = msg(str`Status ändrad till ${this.statusName(status)}.`, {
        id: 'studio.results.statusChanged',
        desc: 'After changing an action’s status. ${0}: the new status',
      });
    } catch (error) {
      this.error = problemText(error);
    }
  }

  private async removeAction(action: RoundAction): Promise<void> {
    if (!this.api) return;
    try {
      await this.api.deleteAction(action.roundId, action.id);
      this.actions = this.actions.filter((a) => a.id !== action.id);
      this.status = msg('Åtgärden är borttagen.', {
        id: 'studio.results.actionRemoved',
        desc: 'After removing an action',
      });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#actions-heading')?.focus();
    } catch (error) {
      this.error = problemText(error);
    }
  }

  // ── Rendering ───────────────────────────────────────────────────────────────────────────────────────────
  protected override render(): TemplateResult {
    const round = this.round;
    return html`
      <div class="visually-hidden" role="status">${this.status}</div>
      ${
        this.error
          ? html`<div class="error" role="alert" tabindex="-1">
              <span aria-hidden="true">!</span>
              <p>${this.error}</p>
            </div>`
          : nothing
      }
      <section aria-labelledby="results-rounds" class="stack">
        <h2 id="results-rounds">
          ${msg('Resultat per omgång', { id: 'studio.results.heading', desc: 'Heading: results of each round' })}
        </h2>
        <p class="muted">
          ${msg(
            'Resultaten publiceras när en omgång är stängd, en gång per omgång. Grupper med färre än 5 svar visas aldrig, inte heller så att de kan räknas fram.',
            { id: 'studio.results.intro', desc: 'How results are published' },
          )}
        </p>
        ${
          this.rounds.length === 0
            ? html`<p>
                ${msg('Inga omgångar än. Öppna en omgång under Omgångar och länkar.', {
                  id: 'studio.results.noRounds',
                  desc: 'No rounds yet',
                })}
              </p>`
            : renderRoundList(
                this.rounds,
                this.selected,
                (id) => void this.select(id),
                (status) => this.roundStatus(status),
              )
        }
      </section>
      ${round ? this.renderSnapshot(round) : nothing} ${round ? this.renderActions(round) : nothing}
    `;
  }

  private roundStatus(status: Round['status']): string {
    switch (status) {
      case 'planned':
        return msg('Planerad', { id: 'studio.results.roundPlanned', desc: 'Round status: not open yet' });
      case 'open':
        return msg('Pågår', { id: 'studio.results.roundOpen', desc: 'Round status: open' });
      case 'closed':
        return msg('Stängd, inte publicerad', {
          id: 'studio.results.roundClosed',
          desc: 'Round status: closed, results not published',
        });
      default:
        return msg('Publicerad', {
          id: 'studio.results.roundPublished',
          desc: 'Round status: results published',
        });
    }
  }

  private renderSnapshot(round: Round): TemplateResult {
    const snapshot = this.snapshot;
    const published = round.status === 'published' || snapshot?.status === 'published';
    const date = (iso: string | null | undefined) =>
      iso ? new Date(iso).toLocaleDateString(this.pageLang, { dateStyle: 'long' }) : '';
    return html`<section aria-labelledby="snapshot-heading" class="stack">
      <h2 id="snapshot-heading" tabindex="-1">${round.name}</h2>
      ${
        published && snapshot
          ? html`<p>
                ${msg(str`Resultaten publicerades ${date(snapshot.publishedAt)}.`, {
                  id: 'studio.results.publishedOn',
                  desc: 'When the results were published. ${0}: the date',
                })}
              </p>
              <dl>
                ${
                  snapshot.respondents !== null
                    ? html`<dt>
                          ${msg('Svar', { id: 'studio.results.respondents', desc: 'Label: how many answered' })}
                        </dt>
                        <dd>${snapshot.respondents}</dd>`
                    : nothing
                }
                ${
                  snapshot.audit
                    ? html`<dt>
                          ${msg('Skydd av små grupper', { id: 'studio.results.protection', desc: 'Label: what the protection audit found' })}
                        </dt>
                        <dd>
                          ${
                            snapshot.audit.cells === 0
                              ? msg('För få svar: inga siffror visas, bara hur många som svarade.', {
                                  id: 'studio.results.tooFew',
                                  desc: 'The audit published no numbers: too few answers',
                                })
                              : msg(
                                  str`${snapshot.audit.hidden} av ${snapshot.audit.cells} siffror visas inte, så att ingen kan räknas fram. Kontrollen gick igenom.`,
                                  {
                                    id: 'studio.results.audit',
                                    desc: 'The protection audit. ${0}: hidden numbers; ${1}: all numbers',
                                  },
                                )
                          }
                        </dd>`
                    : nothing
                }
              </dl>
              ${
                snapshot.links
                  ? html`<ul
                      class="result-links"
                      aria-label=${msg('De publicerade resultaten', { id: 'studio.results.links', desc: 'Name of the list of result links' })}
                    >
                      <li>
                        <a class="target" href=${snapshot.links.page}
                          >${msg('Resultatsidan', { id: 'studio.results.page', desc: 'Link: the public results page' })}</a
                        >
                      </li>
                      <li>
                        <a class="target" href=${snapshot.links.csv} download
                          >${msg('Öppna data (CSV)', { id: 'studio.results.csv', desc: 'Link: the results as CSV' })}</a
                        >
                      </li>
                      <li>
                        <a class="target" href=${snapshot.links.json} download
                          >${msg('Öppna data (JSON)', { id: 'studio.results.json', desc: 'Link: the results as JSON' })}</a
                        >
                      </li>
                    </ul>`
                  : nothing
              }`
          : round.status === 'closed'
            ? html`<p>
                  ${msg(
                    'Omgången är stängd. När resultaten publiceras räknas de fram för varje enhet och för hela enkäten, och kontrolleras så att ingen liten grupp kan räknas fram. Det görs en gång och kan inte ändras efteråt.',
                    { id: 'studio.results.readyText', desc: 'What publishing a closed round does' },
                  )}
                </p>
                ${
                  this.canPublish(round)
                    ? html`<div>
                        <button
                          type="button"
                          class="primary"
                          ?disabled=${this.busy}
                          @click=${() => this.publish(round)}
                        >
                          ${msg('Publicera resultaten', { id: 'studio.results.publish', desc: 'Button: publish the round’s results' })}
                        </button>
                      </div>`
                    : html`<p class="muted">
                        ${msg('Den som har rollen publicerare för enheten publicerar resultaten.', {
                          id: 'studio.results.notPublisher',
                          desc: 'Only publishers publish results',
                        })}
                      </p>`
                }`
            : html`<p>
                ${msg(
                  'Omgången pågår. Bara antal svar visas medan den pågår; resultaten kan publiceras när den har stängt.',
                  { id: 'studio.results.notClosed', desc: 'Results wait until the round is closed' },
                )}
              </p>`
      }
    </section>`;
  }

  private renderActions(round: Round): TemplateResult {
    const editable = this.canPublish(round);
    return html`<section aria-labelledby="actions-heading" class="stack">
      <h2 id="actions-heading" tabindex="-1">
        ${msg('Ni sa – vi gör', { id: 'studio.results.actionsHeading', desc: 'Heading: what respondents said and what the unit does' })}
      </h2>
      <p class="muted">
        ${msg(
          'Skriv vad ni fick höra och vad ni gör åt det. Det visas bredvid resultaten, också i barnens version. Skriv en roll som ansvarig, aldrig ett namn.',
          { id: 'studio.results.actionsIntro', desc: 'What actions are for' },
        )}
      </p>
      ${
        this.actions.length === 0
          ? html`<p>
              ${msg('Inga åtgärder än för den här omgången.', { id: 'studio.results.noActions', desc: 'No actions yet' })}
            </p>`
          : html`<ul class="actions">
              ${this.actions.map((action, index) => this.renderAction(action, index, editable))}
            </ul>`
      }
      ${
        editable && round.status !== 'published'
          ? this.renderNewAction(round)
          : round.status === 'published'
            ? html`<p class="muted">
                ${msg(
                  'Resultaten är publicerade med de här åtgärderna. Nya åtgärder skrivs i nästa omgång; här ändrar ni status när något händer.',
                  {
                    id: 'studio.results.actionsClosed',
                    desc: 'After publishing: no new actions in this round',
                  },
                )}
              </p>`
            : nothing
      }
    </section>`;
  }

  private renderAction(action: RoundAction, index: number, editable: boolean): TemplateResult {
    const lang = this.pageLang;
    const questionText = (id: string) => this.questionOptions(lang).find((q) => q.value === id)?.label ?? id;
    const statusId = `status-${index}`;
    const noteId = `note-${index}`;
    return html`<li>
      <h3>${textOf(action.heard, lang)}</h3>
      <dl>
        <dt>${msg('Enhet', { id: 'studio.results.unit', desc: 'Label: the unit an action is for' })}</dt>
        <dd>${this.unitName(action.unit)}</dd>
        <dt>${msg('Vi gör', { id: 'studio.results.weDo', desc: 'Label: what the unit does' })}</dt>
        <dd>${textOf(action.action, lang)}</dd>
        ${
          action.plain
            ? html`<dt>
                  ${msg('Lättläst', { id: 'studio.results.plainLabel', desc: 'Label: the plain-language version' })}
                </dt>
                <dd>${textOf(action.plain, lang)}</dd>`
            : nothing
        }
        ${
          action.questions.length
            ? html`<dt>
                  ${msg('Frågor', { id: 'studio.results.questions', desc: 'Label: the questions an action answers' })}
                </dt>
                <dd>${action.questions.map(questionText).join(' · ')}</dd>`
            : nothing
        }
        <dt>
          ${msg('Ansvarig', { id: 'studio.results.responsible', desc: 'Label: who is responsible (a role)' })}
        </dt>
        <dd>${textOf(action.responsible, lang)}</dd>
        <dt>${msg('Status', { id: 'studio.results.status', desc: 'Label: the action’s status' })}</dt>
        <dd>
          ${this.statusName(action.status)}${action.when ? ` (${action.when})` : ''}
          ${
            action.history.length > 1
              ? html`<span class="muted">
                  — ${action.history.map((h) => `${this.statusName(h.status)} ${h.at}`).join(', ')}</span
                >`
              : nothing
          }
        </dd>
      </dl>
      ${
        editable
          ? html`<form class="status-change" @submit=${(e: SubmitEvent) => this.changeStatus(action, e)}>
              <label class="field" for=${statusId}>
                ${msg('Ny status', { id: 'studio.results.newStatus', desc: 'Label: choose a new status' })}
                <select id=${statusId} name="status">
                  ${STATUSES.map(
                    (s) =>
                      html`<option value=${s} ?selected=${s === action.status}>
                        ${this.statusName(s)}
                      </option>`,
                  )}
                </select>
              </label>
              <label class="field" for=${noteId}>
                ${msg('Kommentar (frivillig)', { id: 'studio.results.note', desc: 'Label: a note with the status change' })}
                <input id=${noteId} name="note" type="text" />
              </label>
              <button type="submit">
                ${msg('Spara status', { id: 'studio.results.saveStatus', desc: 'Button: save the new status' })}
              </button>
              ${
                action.published
                  ? nothing
                  : html`<button
                      type="button"
                      class="danger"
                      @click=${() => this.removeAction(action)}
                      aria-label=${msg(str`Ta bort åtgärden: ${textOf(action.heard, lang)}`, {
                        id: 'studio.results.removeNamed',
                        desc: 'Accessible name: remove an action. ${0}: what was heard',
                      })}
                    >
                      ${msg('Ta bort', { id: 'studio.results.remove', desc: 'Button: remove an action' })}
                    </button>`
              }
            </form>`
          : nothing
      }
    </li>`;
  }

  /** The published survey's questions, by id, in the studio's language. */
  private questionOptions(lang: string): { value: string; label: string }[] {
    if (!this.survey) return [];
    const main = this.survey.lang ?? 'sv';
    return [...iterateQuestions(this.survey)].map(({ question }) => ({
      value: question.id,
      label: resolveText(question.text, lang, main)?.text ?? question.id,
    }));
  }

  private renderNewAction(round: Round): TemplateResult {
    const lang = this.pageLang;
    const questions = this.questionOptions(lang);
    const unitOptions = [
      { value: '-', label: this.unitName(null) },
      ...round.units
        .filter((u) => !this.me || hasRole(this.me, 'publisher', u.unitId, this.units))
        .map((u) => ({ value: u.unitId, label: this.unitName(u.unitId) })),
    ];
    return html`<form class="stack" novalidate @submit=${this.addAction}>
      <h3>
        ${msg('Lägg till en åtgärd', { id: 'studio.results.addHeading', desc: 'Heading: add an action' })}
      </h3>
      <svara-error-summary></svara-error-summary>
      <svara-choice
        name="unit"
        required
        value="-"
        label=${msg('För', { id: 'studio.results.for', desc: 'Legend: which unit the action is for' })}
        .options=${unitOptions}
      ></svara-choice>
      <svara-text
        name="heard"
        required
        multiline
        rows="2"
        label=${msg('Ni sa', { id: 'studio.results.heard', desc: 'Label: what the respondents said' })}
        hint=${msg('Till exempel: Många visste inte varför vi träffades.', { id: 'studio.results.heardHint', desc: 'Hint: an example of what was heard' })}
      ></svara-text>
      ${
        questions.length
          ? html`<svara-choice
              name="questions"
              multiple
              label=${msg('Frågor det gäller (frivilligt)', { id: 'studio.results.questionsLabel', desc: 'Legend: the questions an action is about' })}
              .options=${questions}
            ></svara-choice>`
          : nothing
      }
      <svara-text
        name="action"
        required
        multiline
        rows="3"
        label=${msg('Vi gör', { id: 'studio.results.actionLabel', desc: 'Label: what the unit will do' })}
      ></svara-text>
      <svara-text
        name="plain"
        multiline
        rows="2"
        label=${msg('Samma sak på lättläst svenska (frivilligt)', { id: 'studio.results.plain', desc: 'Label: the plain-language version of the action' })}
        hint=${msg('Korta meningar. Visas i barnens version.', { id: 'studio.results.plainHint', desc: 'Hint: where the plain version is shown' })}
      ></svara-text>
      <svara-text
        name="responsible"
        required
        label=${msg('Ansvarig (en roll, inte ett namn)', { id: 'studio.results.responsibleLabel', desc: 'Label: the responsible role' })}
        hint=${msg('Till exempel Enhetschef.', { id: 'studio.results.responsibleHint', desc: 'Hint: a role' })}
      ></svara-text>
      <svara-choice
        name="status"
        required
        value="planerad"
        label=${msg('Status', { id: 'studio.results.statusLegend', desc: 'Legend: the action’s status' })}
        .options=${STATUSES.map((s) => ({ value: s, label: this.statusName(s) }))}
      ></svara-choice>
      <svara-text
        name="when"
        inputmode="numeric"
        label=${msg('När (frivilligt, år och månad)', { id: 'studio.results.when', desc: 'Label: when, as year and month' })}
        hint=${msg('Till exempel 2027-03.', { id: 'studio.results.whenHint', desc: 'Hint: the format of when' })}
      ></svara-text>
      <div>
        <button type="submit" class="primary" ?disabled=${this.busy}>
          ${msg('Spara åtgärden', { id: 'studio.results.add', desc: 'Button: save a new action' })}
        </button>
      </div>
    </form>`;
  }
}
