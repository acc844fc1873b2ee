import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { getLocale } from '@svara/elements/localization';
import { ApiError } from '../../api/client.js';
import { problemText } from '../../api/problems.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import type {
  CaseChange,
  Category,
  Contact,
  HistoryEntry,
  RegisterApi,
  RegisterCase,
  Status,
  Term,
  Vocabulary,
} from '../register-api.js';
import { styles } from '../register-list/register-list.styles.js';
import { caseStyles } from './register-case.styles.js';

/**
 * One case of the register: what came in and how, when the person should have an answer (and how long they
 * have waited), the description, the contact details behind a button for the unit's publishers (that read is
 * written to the audit log, opening the case is not), the form to record what was done (status, action taken,
 * feedback given and when, a Lex Sarah or deviation reference), erasing the person's data on request, and the
 * case's history from the audit log.
 *
 * @summary A case of the complaints register: details, deadline, handling, erasure, history.
 * @tag svara-studio-register-case
 */
@localized()
export class SvaraStudioRegisterCase extends LitElement {
  static override styles = [sharedStyles, styles, caseStyles];

  @property({ attribute: false }) register?: RegisterApi;
  /** The case's number. */
  @property({ type: Number, attribute: 'case-id' }) caseId = 0;
  /** The studio's base address, for the link back to the list. */
  @property() base = '/studio';

  @state() private vocabulary?: Vocabulary;
  @state() private current?: RegisterCase;
  @state() private history: HistoryEntry[] = [];
  @state() private contact?: Contact | null;
  @state() private error = '';
  @state() private saved = '';
  @state() private stale = false;
  @state() private confirming = false;
  @state() private feedbackGiven = false;

  private loading?: Promise<void>;

  /** Resolves when what the screen shows has been loaded (or could not be): its heading says what it is then. */
  get ready(): Promise<void> {
    return this.loading ?? Promise.resolve();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('register') || changed.has('caseId')) this.loading = this.load();
  }

  private get uiLang(): 'sv' | 'en' {
    return getLocale().startsWith('en') ? 'en' : 'sv';
  }

  private label(terms: readonly Term[] | undefined, code: string | null): string {
    if (code === null)
      return msg('Inte angivet', { id: 'studio.register.notStated', desc: 'Option: not stated' });
    return terms?.find((t) => t.code === code)?.label[this.uiLang] ?? code;
  }

  private async load(): Promise<void> {
    if (!this.register || !this.caseId) return;
    try {
      this.vocabulary ??= await this.register.vocabulary();
      this.current = await this.register.getCase(this.caseId);
      this.feedbackGiven = this.current.feedbackGiven;
      this.contact = undefined;
      this.stale = false;
      this.error = '';
      this.history = await this.register.history(this.caseId);
    } catch (error) {
      this.error = problemText(error);
    }
  }

  private async showContact(): Promise<void> {
    if (!this.register || !this.current) return;
    try {
      this.contact = await this.register.contact(this.current.id);
      this.history = await this.register.history(this.current.id);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#contact-details')?.focus();
    } catch (error) {
      this.error = problemText(error);
    }
  }

  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.register || !this.current) return;
    const data = new FormData(event.target as HTMLFormElement);
    const text = (name: string) => String(data.get(name) ?? '').trim() || null;
    const feedbackGiven = data.get('feedback-given') === 'on';
    const current = this.current;
    const wanted: Omit<CaseChange, 'revision'> = {
      status: (text('status') ?? current.status) as Status,
      category: (text('category') ?? current.category) as Category,
      givenBy: text('given-by'),
      concerns: text('concerns'),
      action: text('action'),
      deviationRef: text('deviation-ref'),
      feedbackGiven,
      ...(feedbackGiven && text('feedback-on') ? { feedbackOn: text('feedback-on')! } : {}),
    };
    // Only what changed: the history then says what was done, not every field of the form.
    const change: CaseChange = { revision: current.revision };
    for (const [key, value] of Object.entries(wanted) as [keyof typeof wanted, unknown][])
      if (value !== current[key]) (change as Record<string, unknown>)[key] = value;
    if (Object.keys(change).length === 1) {
      this.saved = msg('Inget är ändrat.', {
        id: 'studio.register.case.unchanged',
        desc: 'Save pressed without changes',
      });
      return;
    }
    try {
      this.current = await this.register.update(this.current.id, change);
      this.feedbackGiven = this.current.feedbackGiven;
      this.saved = msg('Ändringarna är sparade.', {
        id: 'studio.register.case.saved',
        desc: 'Status after saving a case',
      });
      this.error = '';
      this.history = await this.register.history(this.current.id);
    } catch (error) {
      this.saved = '';
      this.stale = error instanceof ApiError && error.slug === 'stale-case';
      this.error = problemText(error);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#case-error')?.focus();
    }
  }

  private async erase(): Promise<void> {
    if (!this.register || !this.current) return;
    try {
      await this.register.erase(this.current.id);
      this.confirming = false;
      this.saved = msg('Personuppgifterna är raderade. Ärendet finns kvar i statistiken.', {
        id: 'studio.register.case.erased',
        desc: 'Status after erasing a case’s personal data on request',
      });
      await this.load();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#personal-heading')?.focus();
    } catch (error) {
      this.error = problemText(error);
    }
  }

  private async askToErase(): Promise<void> {
    this.confirming = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#erase-confirm')?.focus();
  }

  private async cancelErase(): Promise<void> {
    this.confirming = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#erase-ask')?.focus();
  }

  // ─── render ─────────────────────────────────────────────────────────

  private renderDeadline(c: RegisterCase): TemplateResult {
    if (!c.wantsAnswer)
      return html`<p class="deadline">
        ${msg('Personen har inte bett om svar.', { id: 'studio.register.case.noAnswer', desc: 'The person did not ask for an answer' })}
      </p>`;
    if (c.feedbackGiven)
      return html`<p class="deadline">
        ${msg(str`Personen fick återkoppling ${c.feedbackOn ?? ''}, efter ${c.daysWaited ?? 0} dagar.`, { id: 'studio.register.case.answered', desc: 'Feedback was given. ${0}: date, ${1}: days after receiving' })}
      </p>`;
    return html`<p class="deadline ${c.overdue ? 'late' : ''}">
      ${msg(str`Personen vill ha svar senast ${c.answerBy ?? ''}.`, { id: 'studio.register.case.answerBy', desc: 'The date the answer is due. ${0}: date' })}
      ${msg(str`Har väntat ${c.daysWaited ?? 0} av ${c.answerLimitDays} dagar.`, { id: 'studio.register.case.waited', desc: 'Days waited of the unit’s limit. ${0}: days waited, ${1}: the limit' })}
      ${
        c.overdue
          ? html`<strong class="badge late"
              >${msg('Försenad', { id: 'studio.register.late', desc: 'Badge: waited longer than the unit allows' })}</strong
            >`
          : nothing
      }
    </p>`;
  }

  private renderFacts(c: RegisterCase): TemplateResult {
    const v = this.vocabulary;
    const fact = (term: string, value: string) =>
      html`<dt>${term}</dt>
        <dd>${value}</dd>`;
    return html`<dl class="facts">
      ${fact(msg('Inkom', { id: 'studio.register.colReceived', desc: 'Column: date received' }), c.receivedOn)}
      ${fact(msg('Kategori', { id: 'studio.register.colCategory', desc: 'Column: category' }), this.label(v?.categories, c.category))}
      ${fact(msg('Gäller', { id: 'studio.register.colConcerns', desc: 'Column: what it concerns' }), this.label(v?.concerns, c.concerns))}
      ${fact(msg('Hur', { id: 'studio.register.colChannel', desc: 'Column: channel (digital, oral, …)' }), this.label(v?.channels, c.channel))}
      ${fact(msg('Lämnad av', { id: 'studio.register.newGivenBy', desc: 'Label: who gave the case' }), this.label(v?.givenBy, c.givenBy))}
      ${fact(msg('Mottagen av', { id: 'studio.register.case.receivedBy', desc: 'Fact: the role that received the case' }), c.receivedBy ?? this.label(undefined, null))}
      ${fact(msg('Status', { id: 'studio.register.colStatus', desc: 'Column: status' }), this.label(v?.statuses, c.status))}
      ${c.deviationRef ? fact(msg('Lex Sarah eller avvikelse', { id: 'studio.register.case.deviation', desc: 'Fact: reference to a Lex Sarah report or deviation' }), c.deviationRef) : nothing}
    </dl>`;
  }

  private renderPersonal(c: RegisterCase): TemplateResult {
    const erasedReason =
      c.personalDataErasedReason === 'request'
        ? msg('på personens begäran', {
            id: 'studio.register.case.byRequest',
            desc: 'Erased: on the person’s request',
          })
        : msg('när tiden för gallring hade gått', {
            id: 'studio.register.case.byRetention',
            desc: 'Erased: when the retention time had passed',
          });
    const contactLine = (contact: Contact) =>
      [contact.name, contact.email, contact.phone, contact.other].filter(Boolean).join(', ');
    return html`<section aria-labelledby="personal-heading" class="stack">
      <h2 id="personal-heading" tabindex="-1">
        ${msg('Vad personen skrev', { id: 'studio.register.case.personalHeading', desc: 'Heading: the description, answers and contact details' })}
      </h2>
      ${
        c.personalDataErasedAt
          ? html`<p>
              ${msg(str`Personuppgifterna raderades ${c.personalDataErasedAt.slice(0, 10)}, ${erasedReason}.`, { id: 'studio.register.case.erasedOn', desc: 'Personal data were erased. ${0}: date, ${1}: why' })}
            </p>`
          : nothing
      }
      ${c.description ? html`<p class="description" dir="auto">${c.description}</p>` : nothing}
      ${
        c.answers.length
          ? html`<dl class="facts">
              ${c.answers.map(
                (a) =>
                  html`<dt>${a.question[this.uiLang]}</dt>
                    <dd dir="auto">${a.answer[this.uiLang]}</dd>`,
              )}
            </dl>`
          : nothing
      }
      ${
        !c.contactHidden
          ? c.wantsAnswer && !c.personalDataErasedAt
            ? html`<p>
                ${msg('Personen lämnade inga kontaktuppgifter.', { id: 'studio.register.case.noContact', desc: 'No contact details were left' })}
              </p>`
            : nothing
          : !c.mayChange
            ? html`<p>
                ${msg('Det finns kontaktuppgifter. Bara enhetens publicerare kan se dem.', { id: 'studio.register.case.contactPublishers', desc: 'A reader: contact details exist but only publishers see them' })}
              </p>`
            : this.contact === undefined
              ? html`<p class="row">
                  <button type="button" id="show-contact" @click=${this.showContact}>
                    ${msg('Visa kontaktuppgifter', { id: 'studio.register.case.showContact', desc: 'Button: show the contact details' })}
                  </button>
                  <span class="hint"
                    >${msg('Att du läser dem skrivs i loggen.', { id: 'studio.register.case.contactLogged', desc: 'Hint: reading contact details is logged' })}</span
                  >
                </p>`
              : html`<p id="contact-details" tabindex="-1">
                  <strong
                    >${msg('Kontaktuppgifter:', { id: 'studio.register.case.contact', desc: 'Label before the contact details' })}</strong
                  >
                  ${this.contact ? contactLine(this.contact) : '–'}
                </p>`
      }
      ${
        c.mayChange && c.hasPersonalData
          ? this.confirming
            ? html`<div class="confirm stack" role="group" aria-labelledby="erase-question">
                <p id="erase-question">
                  ${msg('Beskrivningen, fritextsvaren och kontaktuppgifterna tas bort för gott. Ärendet finns kvar i statistiken. Radera?', { id: 'studio.register.case.eraseQuestion', desc: 'Confirmation question before erasing' })}
                </p>
                <p class="row">
                  <button type="button" id="erase-confirm" class="primary" @click=${this.erase}>
                    ${msg('Ja, radera', { id: 'studio.register.case.eraseYes', desc: 'Button: confirm erasing' })}
                  </button>
                  <button type="button" @click=${this.cancelErase}>
                    ${msg('Avbryt', { id: 'studio.register.case.eraseNo', desc: 'Button: do not erase' })}
                  </button>
                </p>
              </div>`
            : html`<p class="row">
                <button type="button" id="erase-ask" @click=${this.askToErase}>
                  ${msg('Radera personuppgifterna på begäran', { id: 'studio.register.case.erase', desc: 'Button: erase the personal data because the person asked' })}
                </button>
              </p>`
          : nothing
      }
    </section>`;
  }

  private renderHandling(c: RegisterCase): TemplateResult {
    const v = this.vocabulary;
    if (!c.mayChange)
      return html`<section aria-labelledby="handling-heading" class="stack">
        <h2 id="handling-heading">
          ${msg('Åtgärd', { id: 'studio.register.case.handlingHeading', desc: 'Heading: how the case was handled' })}
        </h2>
        <p>${c.action ?? this.label(undefined, null)}</p>
      </section>`;
    return html`<section aria-labelledby="handling-heading" class="stack">
      <h2 id="handling-heading">
        ${msg('Åtgärd', { id: 'studio.register.case.handlingHeading', desc: 'Heading: how the case was handled' })}
      </h2>
      <form class="stack" @submit=${this.save} novalidate>
        <fieldset>
          <legend>${msg('Status', { id: 'studio.register.colStatus', desc: 'Column: status' })}</legend>
          ${v?.statuses.map(
            (t) =>
              html`<label class="check"
                ><input type="radio" name="status" value=${t.code} ?checked=${t.code === c.status} />
                ${t.label[this.uiLang]}</label
              >`,
          )}
        </fieldset>
        <fieldset>
          <legend>${msg('Kategori', { id: 'studio.register.colCategory', desc: 'Column: category' })}</legend>
          ${v?.categories.map(
            (t) =>
              html`<label class="check"
                ><input type="radio" name="category" value=${t.code} ?checked=${t.code === c.category} />
                ${t.label[this.uiLang]}</label
              >`,
          )}
        </fieldset>
        <label
          >${msg('Lämnad av', { id: 'studio.register.newGivenBy', desc: 'Label: who gave the case' })}
          <select name="given-by">
            <option value="" ?selected=${c.givenBy === null}>
              ${msg('Inte angivet', { id: 'studio.register.notStated', desc: 'Option: not stated' })}
            </option>
            ${v?.givenBy.map(
              (t) =>
                html`<option value=${t.code} ?selected=${t.code === c.givenBy}>
                  ${t.label[this.uiLang]}
                </option>`,
            )}
          </select>
        </label>
        <label
          >${msg('Gäller', { id: 'studio.register.newConcerns', desc: 'Label: what a new case concerns' })}
          <select name="concerns">
            <option value="" ?selected=${c.concerns === null}>
              ${msg('Inte angivet', { id: 'studio.register.notStated', desc: 'Option: not stated' })}
            </option>
            ${v?.concerns.map(
              (t) =>
                html`<option value=${t.code} ?selected=${t.code === c.concerns}>
                  ${t.label[this.uiLang]}
                </option>`,
            )}
          </select>
        </label>
        <label class="block"
          >${msg('Vad som gjordes', { id: 'studio.register.case.action', desc: 'Label: the action taken' })}
          <span class="hint"
            >${msg('Skriv inte namn på personer.', { id: 'studio.register.case.actionHint', desc: 'Hint under the action taken' })}</span
          >
          <textarea name="action" rows="3" maxlength="8000" .value=${c.action ?? ''}></textarea>
        </label>
        <label class="check"
          ><input
            type="checkbox"
            name="feedback-given"
            ?checked=${c.feedbackGiven}
            @change=${(e: Event) => (this.feedbackGiven = (e.target as HTMLInputElement).checked)}
          />
          ${msg('Personen har fått återkoppling', { id: 'studio.register.case.feedbackGiven', desc: 'Checkbox: feedback was given' })}</label
        >
        ${
          this.feedbackGiven
            ? html`<label
                >${msg('Återkoppling given (tomt: i dag)', { id: 'studio.register.case.feedbackOn', desc: 'Label: the date feedback was given; empty means today' })}
                <input type="date" name="feedback-on" .value=${c.feedbackOn ?? ''} />
              </label>`
            : nothing
        }
        <label
          >${msg('Lex Sarah-rapport eller avvikelse (hänvisning)', { id: 'studio.register.case.deviationLabel', desc: 'Label: a reference to a Lex Sarah report or deviation' })}
          <input name="deviation-ref" maxlength="200" autocomplete="off" .value=${c.deviationRef ?? ''} />
        </label>
        <p class="row">
          <button type="submit" class="primary">
            ${msg('Spara', { id: 'studio.register.case.save', desc: 'Button: save the changes to a case' })}
          </button>
        </p>
      </form>
    </section>`;
  }

  private historyLine(entry: HistoryEntry): string {
    const v = this.vocabulary;
    const fieldNames: Record<string, () => string> = {
      description: () =>
        msg('beskrivningen', { id: 'studio.register.field.description', desc: 'History: the description' }),
      contact: () =>
        msg('kontaktuppgifterna', {
          id: 'studio.register.field.contact',
          desc: 'History: the contact details',
        }),
      answers: () =>
        msg('fritextsvaren', { id: 'studio.register.field.answers', desc: 'History: the free-text answers' }),
    };
    switch (entry.action) {
      case 'create':
        return msg(str`Registrerade ärendet (${this.label(v?.channels, entry.channel ?? null)}).`, {
          id: 'studio.register.history.create',
          desc: 'History: entered the case. ${0}: how it came in',
        });
      case 'read': {
        const fields = (entry.fields ?? []).map((f) => fieldNames[f]?.() ?? f).join(', ');
        return msg(str`Läste ${fields}.`, {
          id: 'studio.register.history.read',
          desc: 'History: read personal data. ${0}: which',
        });
      }
      case 'erase':
        return entry.reason === 'request'
          ? msg('Raderade personuppgifterna på personens begäran.', {
              id: 'studio.register.history.eraseRequest',
              desc: 'History: erased on request',
            })
          : msg('Personuppgifterna raderades när tiden för gallring hade gått.', {
              id: 'studio.register.history.eraseRetention',
              desc: 'History: erased after retention',
            });
      default: {
        const values = entry.values ?? {};
        const parts: string[] = [];
        if (typeof values.status === 'string')
          parts.push(
            msg(str`status ${this.label(v?.statuses, values.status)}`, {
              id: 'studio.register.history.status',
              desc: 'History: new status. ${0}: the status',
            }),
          );
        if (typeof values.category === 'string')
          parts.push(
            msg(str`kategori ${this.label(v?.categories, values.category)}`, {
              id: 'studio.register.history.category',
              desc: 'History: new category. ${0}: the category',
            }),
          );
        if (values.feedbackGiven === true)
          parts.push(
            msg('återkoppling given', {
              id: 'studio.register.history.feedback',
              desc: 'History: feedback marked as given',
            }),
          );
        if (typeof values.unit === 'string')
          parts.push(
            msg(str`flyttat till ${values.unit}`, {
              id: 'studio.register.history.unit',
              desc: 'History: moved to a unit. ${0}: unit id',
            }),
          );
        if ((entry.fields ?? []).includes('action'))
          parts.push(
            msg('åtgärden', {
              id: 'studio.register.history.action',
              desc: 'History: the action taken was changed',
            }),
          );
        return parts.length
          ? msg(str`Ändrade: ${parts.join(', ')}.`, {
              id: 'studio.register.history.update',
              desc: 'History: what was changed. ${0}: a list',
            })
          : msg('Ändrade ärendet.', {
              id: 'studio.register.history.updateOther',
              desc: 'History: changed the case',
            });
      }
    }
  }

  private renderHistory(c: RegisterCase): TemplateResult {
    const when = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
    return html`<section aria-labelledby="history-heading" class="stack">
      <h2 id="history-heading">
        ${msg('Historik', { id: 'studio.register.case.historyHeading', desc: 'Heading: the case’s history' })}
      </h2>
      <ol class="history">
        ${
          c.source === 'survey'
            ? html`<li>
                ${when(c.receivedAt)} —
                ${msg(str`Kom in digitalt från enkäten ${c.surveyId ?? ''}.`, { id: 'studio.register.history.digital', desc: 'History: came in through a survey. ${0}: survey id' })}
              </li>`
            : nothing
        }
        ${this.history.map((e) => html`<li>${when(e.at)} — ${e.by}: ${this.historyLine(e)}</li>`)}
      </ol>
    </section>`;
  }

  protected override render(): TemplateResult {
    const c = this.current;
    const v = this.vocabulary;
    return html`<div class="stack">
      <p>
        <a class="target" href=${`${this.base}/register`}
          >${msg('Alla ärenden', { id: 'studio.register.case.back', desc: 'Link back to the list of cases' })}</a
        >
      </p>
      <h1 tabindex="-1" data-page-heading>
        ${
          c
            ? msg(str`Ärende ${c.id}: ${this.label(v?.categories, c.category)}`, {
                id: 'studio.register.case.heading',
                desc: 'Heading of a case. ${0}: number, ${1}: category',
              })
            : msg(str`Ärende ${this.caseId}`, {
                id: 'studio.register.case.headingLoading',
                desc: 'Heading while a case loads. ${0}: number',
              })
        }
      </h1>
      ${
        this.error
          ? html`<div id="case-error" class="error" role="alert" tabindex="-1">
              <span aria-hidden="true">!</span>
              <p>${this.error}</p>
              ${
                this.stale
                  ? html`<button type="button" @click=${this.load}>
                      ${msg('Läs in ärendet igen', { id: 'studio.register.case.reload', desc: 'Button: load the case again after someone else changed it' })}
                    </button>`
                  : nothing
              }
            </div>`
          : nothing
      }
      <p role="status">${this.saved}</p>
      ${
        c
          ? html`${this.renderDeadline(c)} ${this.renderFacts(c)} ${this.renderPersonal(c)}
            ${this.renderHandling(c)} ${this.renderHistory(c)}`
          : nothing
      }
    </div>`;
  }
}
