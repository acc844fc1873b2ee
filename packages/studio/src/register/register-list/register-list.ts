import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { getLocale } from '@svara/elements/localization';
import { ApiError } from '../../api/client.js';
import type { Unit } from '../../api/client.js';
import { problemText } from '../../api/problems.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { tableStyles } from '../../styles/table.styles.js';
import type {
  CaseFilter,
  CaseList,
  Category,
  Channel,
  RegisterApi,
  Settings,
  SortKey,
  Status,
  Term,
  Vocabulary,
} from '../register-api.js';
import { styles } from './register-list.styles.js';

type Column = { key: SortKey | null; label: () => string };

/**
 * The unit's register of synpunkter, klagomål och beröm: the cases filtered by status, category, what they
 * concern, period and whether they are overdue, in a table sorted by any column (the column headers are buttons;
 * `aria-sort` says the order); the list as CSV or Excel for the workplace meeting; the year's summary to print;
 * and a form for a case received orally, on paper or by phone. Lists never show descriptions or contact details.
 *
 * @summary The complaints register: list, filters, sorting, exports and oral entry.
 * @tag svara-studio-register
 */
@localized()
export class SvaraStudioRegister extends LitElement {
  static override styles = [sharedStyles, tableStyles, styles];

  @property({ attribute: false }) register?: RegisterApi;
  /** The unit whose register is shown (and where new cases go); empty for every unit the user may read. */
  @property() unit = '';
  /** The year of the summary link (default: last year, the one a kvalitetsberättelse is written for). */
  @property({ type: Number }) year = new Date().getFullYear() - 1;
  /** How many cases one page of the list shows ("Visa fler" adds as many). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 200;
  /** The studio's base address, for the links to a case and to the summary. */
  @property() base = '/studio';

  @state() private vocabulary?: Vocabulary;
  @state() private list?: CaseList;
  @state() private filter: CaseFilter = {};
  @state() private sort: SortKey = 'received';
  @state() private order: 'asc' | 'desc' = 'desc';
  @state() private error = '';
  @state() private saved = '';
  @state() private formErrors: { path: string; message: string }[] = [];
  @state() private wantsAnswer = false;
  @state() private settings?: Settings;
  /** The units the person has a role in (for choosing whose register to see and where a new case goes). */
  @state() private units: (Unit & { depth?: number })[] = [];
  @state() private settingsErrors: { path: string; message: string }[] = [];
  @state() private settingsSaved = '';

  private loading?: Promise<void>;

  /** Resolves when what the screen shows has been loaded (or could not be): its heading says what it is then. */
  get ready(): Promise<void> {
    return this.loading ?? Promise.resolve();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('register') || changed.has('unit')) this.loading = this.load(true);
  }

  private get uiLang(): 'sv' | 'en' {
    return getLocale().startsWith('en') ? 'en' : 'sv';
  }

  private label(terms: readonly Term[] | undefined, code: string | null): string {
    if (code === null) return '–';
    return terms?.find((t) => t.code === code)?.label[this.uiLang] ?? code;
  }

  private get scopedFilter(): CaseFilter {
    return this.unit ? { ...this.filter, unit: this.unit } : this.filter;
  }

  private async load(withVocabulary = false): Promise<void> {
    if (!this.register) return;
    try {
      if (withVocabulary || !this.vocabulary) {
        this.vocabulary = await this.register.vocabulary();
        this.units = await this.register.api.units().catch(() => []);
        this.settings = await this.register.settings(this.unit || undefined);
      }
      this.list = await this.register.cases(this.scopedFilter, this.sort, this.order, {
        limit: this.pageSize,
        offset: 0,
      });
      this.error = '';
    } catch (error) {
      this.error = problemText(error);
    }
  }

  private async showMore(): Promise<void> {
    if (!this.register || !this.list) return;
    const shown = this.list.cases.length;
    try {
      const next = await this.register.cases(this.scopedFilter, this.sort, this.order, {
        limit: this.pageSize,
        offset: shown,
      });
      this.list = { ...next, cases: [...this.list.cases, ...next.cases] };
      await this.updateComplete;
      // Focus on the first case that was added, so a keyboard user goes on from where they were.
      this.renderRoot.querySelectorAll<HTMLElement>('tbody tr th a')[shown]?.focus();
    } catch (error) {
      this.error = problemText(error);
    }
  }

  private applyFilter(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const value = (name: string) => String(data.get(name) ?? '').trim() || undefined;
    const unit = String(data.get('unit') ?? this.unit);
    const concerns = value('concerns');
    const from = value('from');
    const to = value('to');
    this.filter = {
      status: data.getAll('status').map(String) as Status[],
      category: data.getAll('category').map(String) as Category[],
      ...(concerns ? { concerns: [concerns] } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      ...(data.get('overdue') ? { overdue: true } : {}),
    };
    // Another unit: its settings too (willUpdate loads); the same: just the list.
    if (unit !== this.unit) this.unit = unit;
    else void this.load();
  }

  private sortBy(key: SortKey): void {
    if (this.sort === key) this.order = this.order === 'asc' ? 'desc' : 'asc';
    else {
      this.sort = key;
      this.order = key === 'received' || key === 'days' ? 'desc' : 'asc';
    }
    void this.load();
  }

  private async saveCase(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.register) return;
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const value = (name: string) => String(data.get(name) ?? '').trim() || null;
    const category = value('new-category') as Category | null;
    const errors: { path: string; message: string }[] = [];
    if (!category)
      errors.push({
        path: 'new-category',
        message: msg('Välj om det är en synpunkt, ett klagomål eller beröm.', {
          id: 'studio.register.categoryRequired',
          desc: 'Error when no category was chosen for a new case',
        }),
      });
    this.formErrors = errors;
    if (errors.length) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#new-errors')?.focus();
      return;
    }
    const wantsAnswer = data.get('new-wants') === 'on';
    const contact = value('new-contact');
    try {
      const made = await this.register.create({
        unit: (data.has('new-unit') ? String(data.get('new-unit')) : this.unit) || null,
        category: category!,
        channel: (value('new-channel') ?? 'oral') as Channel,
        concerns: value('new-concerns'),
        givenBy: value('new-given-by'),
        receivedBy: value('new-received-by'),
        description: value('new-description'),
        ...(value('new-received-on') ? { receivedOn: value('new-received-on')! } : {}),
        wantsAnswer,
        contact: wantsAnswer && contact ? { other: contact } : null,
      });
      this.saved = msg(str`Ärende ${made.id} är registrerat.`, {
        id: 'studio.register.saved',
        desc: 'Status after a case was entered. ${0}: its number',
      });
      form.reset();
      this.wantsAnswer = false;
      await this.load();
    } catch (error) {
      const issues = error instanceof ApiError ? (error.problem.issues ?? []) : [];
      this.formErrors = issues.length
        ? issues.map((i) => ({ path: `new-${i.path}`, message: i.message }))
        : [{ path: '', message: problemText(error) }];
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#new-errors')?.focus();
    }
  }

  private async saveSettings(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.register) return;
    const data = new FormData(event.target as HTMLFormElement);
    const whole = (name: string) => {
      const text = String(data.get(name) ?? '').trim();
      return /^\d+$/.test(text) ? Number(text) : Number.NaN;
    };
    try {
      this.settings = await this.register.saveSettings(
        this.unit || undefined,
        whole('answer-days'),
        whole('retention-months'),
      );
      this.settingsErrors = [];
      this.settingsSaved = msg('Inställningarna är sparade.', {
        id: 'studio.register.settingsSaved',
        desc: 'Status after saving the register settings',
      });
      await this.load();
    } catch (error) {
      this.settingsSaved = '';
      const issues = error instanceof ApiError ? (error.problem.issues ?? []) : [];
      this.settingsErrors = issues.length
        ? issues.map((i) => ({ path: i.path, message: i.message }))
        : [{ path: '', message: problemText(error) }];
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#settings-errors')?.focus();
    }
  }

  // ─── render ─────────────────────────────────────────────────────────

  private renderSettings(): TemplateResult {
    const s = this.settings;
    const error = (path: string) => this.settingsErrors.find((e) => e.path === path);
    const field = (name: string, path: string, label: string, value: number | undefined) => {
      const problem = error(path);
      return html`<label
        >${label}
        ${problem ? html`<span id=${`${name}-error`} class="field-error">${problem.message}</span>` : nothing}
        <input
          name=${name}
          inputmode="numeric"
          pattern="[0-9]*"
          size="4"
          autocomplete="off"
          .value=${value === undefined ? '' : String(value)}
          aria-invalid=${problem ? 'true' : 'false'}
          aria-describedby=${problem ? `${name}-error` : nothing}
        />
      </label>`;
    };
    return html`<section aria-labelledby="settings-heading" class="stack new-case">
      <h2 id="settings-heading">
        ${msg('Svarstid och gallring', { id: 'studio.register.settingsHeading', desc: 'Heading: the unit’s answer time and retention' })}
      </h2>
      <p>
        ${msg('Hur många dagar enheten ger sig själv att svara den som vill ha svar, och hur länge personuppgifterna sparas efter att ett ärende har avslutats. Sedan raderas de av sig själva; ärendet finns kvar i statistiken.', { id: 'studio.register.settingsExplained', desc: 'What the two settings mean' })}
      </p>
      ${
        this.settingsErrors.length
          ? html`<div id="settings-errors" class="error" role="alert" tabindex="-1">
              <span aria-hidden="true">!</span>
              <ul>
                ${this.settingsErrors.map((e) => html`<li>${e.message}</li>`)}
              </ul>
            </div>`
          : nothing
      }
      <form class="row" @submit=${this.saveSettings} novalidate>
        ${field('answer-days', 'answerDays', msg('Svar inom (dagar)', { id: 'studio.register.answerDays', desc: 'Label: days to answer' }), s?.answerDays)}
        ${field('retention-months', 'retentionMonths', msg('Spara personuppgifter efter avslut (månader)', { id: 'studio.register.retentionMonths', desc: 'Label: months personal data are kept after closing' }), s?.retentionMonths)}
        <button type="submit">
          ${msg('Spara inställningarna', { id: 'studio.register.saveSettings', desc: 'Button: save the settings' })}
        </button>
      </form>
      <p role="status">${this.settingsSaved}</p>
    </section>`;
  }

  private columns(): Column[] {
    return [
      { key: 'id', label: () => msg('Ärende', { id: 'studio.register.colId', desc: 'Column: case number' }) },
      {
        key: 'received',
        label: () => msg('Inkom', { id: 'studio.register.colReceived', desc: 'Column: date received' }),
      },
      {
        key: 'category',
        label: () => msg('Kategori', { id: 'studio.register.colCategory', desc: 'Column: category' }),
      },
      {
        key: 'concerns',
        label: () => msg('Gäller', { id: 'studio.register.colConcerns', desc: 'Column: what it concerns' }),
      },
      {
        key: null,
        label: () =>
          msg('Hur', { id: 'studio.register.colChannel', desc: 'Column: channel (digital, oral, …)' }),
      },
      {
        key: 'status',
        label: () => msg('Status', { id: 'studio.register.colStatus', desc: 'Column: status' }),
      },
      {
        key: 'days',
        label: () =>
          msg('Dagar utan svar', {
            id: 'studio.register.colDays',
            desc: 'Column: days waited for an answer',
          }),
      },
    ];
  }

  private renderHeader(column: Column): TemplateResult {
    if (!column.key) return html`<th scope="col">${column.label()}</th>`;
    const active = this.sort === column.key;
    const sort = active ? (this.order === 'asc' ? 'ascending' : 'descending') : 'none';
    return html`<th scope="col" aria-sort=${sort}>
      <button type="button" class="sort" @click=${() => this.sortBy(column.key!)}>
        ${column.label()}<span class="arrow" aria-hidden="true"
          >${active ? (this.order === 'asc' ? '▲' : '▼') : ''}</span
        >
      </button>
    </th>`;
  }

  /** A check box or radio button per term of the vocabulary, in the language of the studio. */
  private choices(type: 'checkbox' | 'radio', name: string, terms: readonly Term[] | undefined) {
    return terms?.map(
      (t) =>
        html`<label class="check"
          ><input type=${type} name=${name} value=${t.code} /> ${t.label[this.uiLang]}</label
        >`,
    );
  }

  /** A select of the vocabulary's terms, with a first option for none (`''`). */
  private termSelect(name: string, label: string, none: string, terms: readonly Term[] | undefined) {
    return html`<label
      >${label}
      <select name=${name}>
        <option value="">${none}</option>
        ${terms?.map((t) => html`<option value=${t.code}>${t.label[this.uiLang]}</option>`)}
      </select>
    </label>`;
  }

  /** A select of the person's units (none when they have none), the current one chosen; `''` is `none`. */
  private unitSelect(name: string, label: string, none: string) {
    if (!this.units.length) return nothing;
    return html`<label
      >${label}
      <select name=${name}>
        <option value="" ?selected=${!this.unit}>${none}</option>
        ${this.units.map((u) => html`<option value=${u.id} ?selected=${u.id === this.unit}>${u.name}</option>`)}
      </select>
    </label>`;
  }

  private renderFilters(): TemplateResult {
    const v = this.vocabulary;
    return html`<form class="filters" @submit=${this.applyFilter}>
      <fieldset>
        <legend>
          ${msg('Status', { id: 'studio.register.filterStatus', desc: 'Filter legend: status' })}
        </legend>
        ${this.choices('checkbox', 'status', v?.statuses)}
      </fieldset>
      <fieldset>
        <legend>
          ${msg('Kategori', { id: 'studio.register.filterCategory', desc: 'Filter legend: category' })}
        </legend>
        ${this.choices('checkbox', 'category', v?.categories)}
      </fieldset>
      <div class="row">
        ${this.unitSelect(
          'unit',
          msg('Enhet', { id: 'studio.register.filterUnit', desc: 'Filter label: whose register' }),
          msg('Alla mina enheter', {
            id: 'studio.register.allUnits',
            desc: 'Filter option: every unit the person has a role in',
          }),
        )}
        ${this.termSelect(
          'concerns',
          msg('Gäller', { id: 'studio.register.filterConcerns', desc: 'Filter label: what it concerns' }),
          msg('Allt', { id: 'studio.register.all', desc: 'Filter option: no restriction' }),
          v?.concerns,
        )}
        <label
          >${msg('Inkom från', { id: 'studio.register.from', desc: 'Filter label: received from date' })}
          <input name="from" type="date" />
        </label>
        <label
          >${msg('Inkom till', { id: 'studio.register.to', desc: 'Filter label: received until date' })}
          <input name="to" type="date" />
        </label>
        <label class="check"
          ><input type="checkbox" name="overdue" />
          ${msg('Bara försenade', { id: 'studio.register.onlyOverdue', desc: 'Filter: only cases waiting longer than the limit' })}</label
        >
        <button type="submit">
          ${msg('Visa', { id: 'studio.register.apply', desc: 'Button: apply the filters' })}
        </button>
      </div>
    </form>`;
  }

  private renderTable(list: CaseList): TemplateResult {
    const v = this.vocabulary;
    return html`<div class="scroll" role="region" aria-labelledby="cases-caption" tabindex="0">
      <table>
        <caption id="cases-caption">
          ${msg('Ärenden', { id: 'studio.register.caption', desc: 'Caption of the table of cases' })}
        </caption>
        <thead>
          <tr>
            ${this.columns().map((c) => this.renderHeader(c))}
          </tr>
        </thead>
        <tbody>
          ${list.cases.map(
            (c) =>
              html`<tr class=${c.overdue ? 'overdue' : ''}>
                <th scope="row">
                  <a
                    class="target"
                    href=${`${this.base}/register/${c.id}`}
                    aria-label=${msg(str`Ärende ${c.id}`, { id: 'studio.register.caseLink', desc: 'Name of the link to a case. ${0}: its number' })}
                    >${c.id}</a
                  >
                </th>
                <td>${c.receivedOn}</td>
                <td>${this.label(v?.categories, c.category)}</td>
                <td>${this.label(v?.concerns, c.concerns)}</td>
                <td>${this.label(v?.channels, c.channel)}</td>
                <td>${this.label(v?.statuses, c.status)}</td>
                <td>
                  ${
                    c.daysWaited === null
                      ? html`<span class="muted"
                          >${msg('vill inte ha svar', { id: 'studio.register.noAnswerWanted', desc: 'In the days column: the person did not ask for an answer' })}</span
                        >`
                      : c.feedbackGiven
                        ? msg(str`besvarat efter ${c.daysWaited}`, {
                            id: 'studio.register.answeredAfter',
                            desc: 'Days column: answered after ${0} days',
                          })
                        : html`${c.daysWaited} /
                          ${c.answerLimitDays}${
                            c.overdue
                              ? html` <strong class="badge late"
                                  >${msg('Försenad', { id: 'studio.register.late', desc: 'Badge: waited longer than the unit allows' })}</strong
                                >`
                              : nothing
                          }`
                  }
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderNewCase(): TemplateResult {
    const v = this.vocabulary;
    const error = (path: string) => this.formErrors.find((e) => e.path === path);
    const categoryError = error('new-category');
    return html`<section aria-labelledby="new-heading" class="stack new-case">
      <h2 id="new-heading">
        ${msg('Registrera ett ärende som lämnats muntligt, på papper eller per telefon', { id: 'studio.register.newHeading', desc: 'Heading of the form for entering a case' })}
      </h2>
      ${
        this.formErrors.length
          ? html`<div id="new-errors" class="error" role="alert" tabindex="-1">
              <span aria-hidden="true">!</span>
              <ul>
                ${this.formErrors.map((e) => html`<li>${e.message}</li>`)}
              </ul>
            </div>`
          : nothing
      }
      <form class="stack" @submit=${this.saveCase} novalidate>
        <fieldset>
          <legend>
            ${msg('Hur kom det in?', { id: 'studio.register.newChannel', desc: 'Legend: channel of a new case' })}
          </legend>
          ${v?.channels
            .filter((t) => t.code !== 'digital')
            .map(
              (t) =>
                html`<label class="check"
                  ><input type="radio" name="new-channel" value=${t.code} ?checked=${t.code === 'oral'} />
                  ${t.label[this.uiLang]}</label
                >`,
            )}
        </fieldset>
        <fieldset
          aria-invalid=${categoryError ? 'true' : 'false'}
          aria-describedby=${categoryError ? 'category-error' : nothing}
        >
          <legend>
            ${msg('Vad är det?', { id: 'studio.register.newCategory', desc: 'Legend: category of a new case' })}
          </legend>
          ${categoryError ? html`<p id="category-error" class="field-error">${categoryError.message}</p>` : nothing}
          ${this.choices('radio', 'new-category', v?.categories)}
        </fieldset>
        <div class="row">
          ${this.unitSelect(
            'new-unit',
            msg('Enhet', { id: 'studio.register.newUnit', desc: 'Label: the unit a new case belongs to' }),
            msg('Hela organisationen', {
              id: 'studio.register.organisation',
              desc: 'Option: no unit, the whole organisation',
            }),
          )}
          ${this.termSelect(
            'new-concerns',
            msg('Gäller', { id: 'studio.register.newConcerns', desc: 'Label: what a new case concerns' }),
            msg('Inte angivet', { id: 'studio.register.notStated', desc: 'Option: not stated' }),
            v?.concerns,
          )}
          ${this.termSelect(
            'new-given-by',
            msg('Lämnad av', { id: 'studio.register.newGivenBy', desc: 'Label: who gave the case' }),
            msg('Inte angivet', { id: 'studio.register.notStated', desc: 'Option: not stated' }),
            v?.givenBy,
          )}
          <label
            >${msg('Mottagen av (en roll, inte ett namn)', { id: 'studio.register.newReceivedBy', desc: 'Label: the role that received the case' })}
            <input name="new-received-by" list="received-by" autocomplete="off" />
            <datalist id="received-by">
              ${v?.receivedBy.map((l) => html`<option value=${l[this.uiLang]}></option>`)}
            </datalist>
          </label>
          <label
            >${msg('Inkom', { id: 'studio.register.newReceivedOn', desc: 'Label: date received (empty: today)' })}
            <input name="new-received-on" type="date" />
          </label>
        </div>
        <label class="block"
          >${msg('Kort beskrivning', { id: 'studio.register.newDescription', desc: 'Label: a short description of the case' })}
          <span class="hint"
            >${msg('Skriv inte namn på andra personer.', { id: 'studio.register.newDescriptionHint', desc: 'Hint under the description' })}</span
          >
          <textarea name="new-description" rows="3" maxlength="8000" dir="auto"></textarea>
        </label>
        <label class="check"
          ><input
            type="checkbox"
            name="new-wants"
            @change=${(e: Event) => (this.wantsAnswer = (e.target as HTMLInputElement).checked)}
          />
          ${msg('Personen vill ha svar', { id: 'studio.register.newWants', desc: 'Checkbox: the person wants an answer' })}</label
        >
        ${
          this.wantsAnswer
            ? html`<label class="block"
                >${msg('Hur når vi personen?', { id: 'studio.register.newContact', desc: 'Label: how to reach the person (only when they want an answer)' })}
                <span class="hint"
                  >${msg('Sparas bara tills ärendet är avslutat och tiden för gallring har gått.', { id: 'studio.register.newContactHint', desc: 'Hint: contact details are erased after closing + retention' })}</span
                >
                <input name="new-contact" autocomplete="off" dir="auto" />
              </label>`
            : nothing
        }
        <div class="row">
          <button type="submit" class="primary">
            ${msg('Spara ärendet', { id: 'studio.register.save', desc: 'Button: save the new case' })}
          </button>
        </div>
      </form>
    </section>`;
  }

  protected override render(): TemplateResult {
    const list = this.list;
    return html`<div class="stack">
      <h1 tabindex="-1" data-page-heading>
        ${msg('Synpunkter, klagomål och beröm', { id: 'studio.register.heading', desc: 'Heading of the register page' })}
      </h1>
      ${this.renderFilters()}
      ${
        this.error
          ? html`<div class="error" role="alert">
              <span aria-hidden="true">!</span>
              <p>${this.error}</p>
            </div>`
          : nothing
      }
      <p role="status" class="counts">
        ${list ? msg(str`${list.total} ärenden, varav ${list.overdue} försenade.`, { id: 'studio.register.counts', desc: 'How many cases are listed. ${0}: cases, ${1}: overdue' }) : ''}
      </p>
      ${
        this.register
          ? html`<p class="row downloads">
              <a class="button" href=${this.register.exportUrl('csv', this.scopedFilter)} download
                >${msg('Ladda ner som CSV', { id: 'studio.register.csv', desc: 'Link: the list as CSV' })}</a
              >
              <a class="button" href=${this.register.exportUrl('xlsx', this.scopedFilter)} download
                >${msg('Ladda ner för Excel', { id: 'studio.register.xlsx', desc: 'Link: the list as an Excel file' })}</a
              >
              <a
                class="button"
                href=${`${this.base}/register/summary${this.unit ? `?unit=${encodeURIComponent(this.unit)}&` : '?'}year=${this.year}`}
                >${msg(str`Sammanställning ${this.year}`, { id: 'studio.register.summaryLink', desc: 'Link: the yearly summary (numbers, themes, print, publish). ${0}: year' })}</a
              >
            </p>`
          : nothing
      }
      ${list ? this.renderTable(list) : nothing}
      ${
        list && list.cases.length < list.total
          ? html`<p class="row">
              <span
                >${msg(str`Visar ${list.cases.length} av ${list.total}.`, { id: 'studio.register.shown', desc: 'How many of the cases are shown. ${0}: shown, ${1}: all' })}</span
              >
              <button type="button" class="more" @click=${this.showMore}>
                ${msg(str`Visa ${Math.min(this.pageSize, list.total - list.cases.length)} till`, { id: 'studio.register.more', desc: 'Button: show more cases. ${0}: how many' })}
              </button>
            </p>`
          : nothing
      }
      ${this.saved ? html`<p role="status">${this.saved}</p>` : nothing} ${this.renderNewCase()}
      ${this.renderSettings()}
    </div>`;
  }
}
