import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { getLocale } from '@svara/elements/localization';
import { problemText } from '../../api/problems.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { tableStyles } from '../../styles/table.styles.js';
import { renderTable } from '../../internal/table.js';
import type { RegisterApi, Summary } from '../register-api.js';
import { styles } from '../register-list/register-list.styles.js';

/**
 * The register's yearly summary for the kvalitetsberättelse: how many cases per category and quarter, what they
 * concerned, the share who asked for an answer and got feedback, the median days to feedback, the actions taken
 * (internal), the themes staff write, the printable page, and publishing the year as a public page where counts
 * from 1 to 4 are hidden and no description is ever shown.
 *
 * @summary The complaints register's yearly summary: numbers, themes, print, publish.
 * @tag svara-studio-register-summary
 */
@localized()
export class SvaraStudioRegisterSummary extends LitElement {
  static override styles = [sharedStyles, tableStyles, styles];

  @property({ attribute: false }) register?: RegisterApi;
  /** The unit (empty: every unit the user may read, i.e. the organisation). */
  @property() unit = '';
  /** The year shown (default: last year, the one a kvalitetsberättelse is written for). */
  @property({ type: Number }) year = new Date().getFullYear() - 1;
  /** The studio's base address, for the link back to the list. */
  @property() base = '/studio';
  /** The clock "this year" is read from (which years are over and can be published); examples pin it. */
  @property({ attribute: false }) now: () => Date = () => new Date();

  @state() private summary?: Summary;
  @state() private error = '';
  @state() private done = '';

  private loading?: Promise<void>;

  /** Resolves when what the screen shows has been loaded (or could not be): its heading says what it is then. */
  get ready(): Promise<void> {
    return this.loading ?? Promise.resolve();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('register') || changed.has('unit') || changed.has('year')) this.loading = this.load();
  }

  private get uiLang(): 'sv' | 'en' {
    return getLocale().startsWith('en') ? 'en' : 'sv';
  }

  private get unitParam(): string | undefined {
    return this.unit || undefined;
  }

  private async load(): Promise<void> {
    if (!this.register) return;
    try {
      this.summary = await this.register.summary(this.unitParam, this.year);
      this.error = '';
    } catch (error) {
      this.error = problemText(error);
    }
  }

  private async act(work: () => Promise<void>, done: string): Promise<void> {
    try {
      await work();
      await this.load();
      this.done = done;
      this.error = '';
    } catch (error) {
      this.done = '';
      this.error = problemText(error);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#summary-error')?.focus();
    }
  }

  private saveThemes(event: SubmitEvent): void {
    event.preventDefault();
    const themes = String(new FormData(event.target as HTMLFormElement).get('themes') ?? '');
    void this.act(
      () => this.register!.saveThemes(this.unitParam, this.year, themes),
      msg('Teman är sparade.', {
        id: 'studio.register.summary.themesSaved',
        desc: 'Status after saving the themes',
      }),
    );
  }

  private chooseYear(event: Event): void {
    this.done = '';
    this.year = Number((event.target as HTMLSelectElement).value);
  }

  private renderCounts(s: Summary): TemplateResult {
    const quarter = (n: number) =>
      msg(str`Kvartal ${n}`, { id: 'studio.register.summary.quarter', desc: 'Column: quarter. ${0}: 1–4' });
    return html`${renderTable({
        id: 'categories-caption',
        caption: msg(str`Ärenden per kategori och kvartal ${s.year}`, {
          id: 'studio.register.summary.categoriesCaption',
          desc: 'Caption: cases per category and quarter. ${0}: year',
        }),
        columns: [
          msg('Kategori', { id: 'studio.register.colCategory', desc: 'Column: category' }),
          ...[1, 2, 3, 4].map(quarter),
          msg('Året', { id: 'studio.register.summary.yearColumn', desc: 'Column: the whole year' }),
        ],
        rows: html`${s.categories.map(
            (row) =>
              html`<tr>
                <th scope="row">${row.label[this.uiLang]}</th>
                ${row.quarters.map((n) => html`<td>${n}</td>`)}
                <td>${row.year}</td>
              </tr>`,
          )}
          <tr>
            <th scope="row">
              ${msg('Alla', { id: 'studio.register.summary.allRow', desc: 'Row: every category together' })}
            </th>
            ${s.quarters.map((n) => html`<td>${n}</td>`)}
            <td>${s.total}</td>
          </tr>`,
      })}
      ${renderTable({
        id: 'concerns-caption',
        caption: msg('Vad ärendena gällde', {
          id: 'studio.register.summary.concernsCaption',
          desc: 'Caption: cases per what they concerned',
        }),
        columns: [
          msg('Gäller', { id: 'studio.register.colConcerns', desc: 'Column: what it concerns' }),
          msg('Ärenden', { id: 'studio.register.caption', desc: 'Caption of the table of cases' }),
        ],
        rows: s.concerns.map(
          (row) =>
            html`<tr>
              <th scope="row">${row.label[this.uiLang] || '–'}</th>
              <td>${row.year}</td>
            </tr>`,
        ),
      })}
      <p>
        ${
          s.feedback.asked
            ? msg(
                str`${s.feedback.given} av ${s.feedback.asked} som ville ha svar fick återkoppling (${Math.round((s.feedback.share ?? 0) * 100)} %).`,
                {
                  id: 'studio.register.summary.feedback',
                  desc: 'Feedback given. ${0}: given, ${1}: asked, ${2}: percent',
                },
              )
            : msg('Ingen bad om svar.', {
                id: 'studio.register.summary.noneAsked',
                desc: 'Nobody asked for an answer',
              })
        }
        ${
          s.feedback.medianDays !== null
            ? msg(str`Det tog i mitten ${s.feedback.medianDays} dagar till återkoppling (median).`, {
                id: 'studio.register.summary.median',
                desc: 'Median days to feedback. ${0}: days',
              })
            : nothing
        }
      </p>`;
  }

  private renderPublishing(s: Summary): TemplateResult {
    const over = s.year < this.now().getFullYear();
    return html`<section aria-labelledby="publish-heading" class="stack new-case">
      <h2 id="publish-heading">
        ${msg('Publicera på webben', { id: 'studio.register.summary.publishHeading', desc: 'Heading: publishing the summary' })}
      </h2>
      <p>
        ${msg('Den publicerade sidan visar antal per kategori och kvartal, vad ärendena gällde och teman. Antal från 1 till 4 döljs, och fler om de annars kan räknas ut. Beskrivningar och åtgärder publiceras aldrig.', { id: 'studio.register.summary.publishExplained', desc: 'What the public page shows and hides' })}
      </p>
      ${
        s.published
          ? html`<p>
                ${msg(str`Publicerad ${s.published.at.slice(0, 10)} av ${s.published.by}.`, { id: 'studio.register.summary.publishedBy', desc: 'Published on a date by someone. ${0}: date, ${1}: who' })}
                <a href=${this.register!.publicUrl(this.unitParam, s.year)}
                  >${msg('Den publicerade sidan', { id: 'studio.register.summary.publicLink', desc: 'Link: the public page' })}</a
                >
              </p>
              <p class="row">
                <button
                  type="button"
                  @click=${() =>
                    this.act(
                      () => this.register!.unpublish(this.unitParam, s.year),
                      msg('Sammanställningen är inte publicerad längre.', {
                        id: 'studio.register.summary.unpublished',
                        desc: 'Status after withdrawing the public page',
                      }),
                    )}
                >
                  ${msg('Ta bort från webben', { id: 'studio.register.summary.unpublish', desc: 'Button: withdraw the public page' })}
                </button>
              </p>`
          : html`${
                over
                  ? nothing
                  : html`<p>
                      ${msg('Ett år kan publiceras först när det är slut.', { id: 'studio.register.summary.yearNotOver', desc: 'Only a year that has ended can be published' })}
                    </p>`
              }
              <p class="row">
                <button
                  type="button"
                  class="primary"
                  ?disabled=${!over}
                  @click=${() =>
                    this.act(
                      () => this.register!.publish(this.unitParam, s.year),
                      msg('Sammanställningen är publicerad.', {
                        id: 'studio.register.summary.published',
                        desc: 'Status after publishing',
                      }),
                    )}
                >
                  ${msg(str`Publicera ${s.year}`, { id: 'studio.register.summary.publish', desc: 'Button: publish the year. ${0}: year' })}
                </button>
              </p>`
      }
    </section>`;
  }

  protected override render(): TemplateResult {
    const s = this.summary;
    const thisYear = this.now().getFullYear();
    const years = Array.from({ length: 6 }, (_, i) => thisYear - i);
    if (!years.includes(this.year)) years.push(this.year);
    return html`<div class="stack">
      <p>
        <a
          class="target"
          href=${`${this.base}/register${this.unit ? `?unit=${encodeURIComponent(this.unit)}` : ''}`}
          >${msg('Alla ärenden', { id: 'studio.register.case.back', desc: 'Link back to the list of cases' })}</a
        >
      </p>
      <h1 tabindex="-1" data-page-heading>
        ${msg(str`Sammanställning ${this.year}`, { id: 'studio.register.summary.heading', desc: 'Heading of the yearly summary. ${0}: year' })}
      </h1>
      <p class="row">
        <label
          >${msg('År', { id: 'studio.register.summary.yearLabel', desc: 'Label: choose the year' })}
          <select @change=${this.chooseYear}>
            ${years.map((y) => html`<option value=${y} ?selected=${y === this.year}>${y}</option>`)}
          </select>
        </label>
        ${
          this.register
            ? html`<a
                class="button"
                href=${this.register.summaryUrl(this.unitParam, this.year)}
                target="_blank"
                >${msg('Utskrift för kvalitetsberättelsen', { id: 'studio.register.summary.print', desc: 'Link: the printable A4 page' })}</a
              >`
            : nothing
        }
      </p>
      ${
        this.error
          ? html`<div id="summary-error" class="error" role="alert" tabindex="-1">
              <span aria-hidden="true">!</span>
              <p>${this.error}</p>
            </div>`
          : nothing
      }
      <p role="status">${this.done}</p>
      ${
        s
          ? html`<p>
                ${msg(str`${s.total} ärenden under ${s.year}.`, { id: 'studio.register.summary.total', desc: 'Cases in the year. ${0}: count, ${1}: year' })}
              </p>
              ${this.renderCounts(s)}
              <section aria-labelledby="actions-heading" class="stack new-case">
                <h2 id="actions-heading">
                  ${msg('Åtgärder (bara för enheten)', { id: 'studio.register.summary.actionsHeading', desc: 'Heading: the actions taken; internal only' })}
                </h2>
                ${
                  s.actions.length
                    ? html`<ul>
                        ${s.actions.map((a) => html`<li>${a.receivedOn}: ${a.action}</li>`)}
                      </ul>`
                    : html`<p>
                        ${msg('Inga åtgärder är skrivna.', { id: 'studio.register.summary.noActions', desc: 'No actions written down' })}
                      </p>`
                }
              </section>
              <section aria-labelledby="themes-heading" class="stack new-case">
                <h2 id="themes-heading">
                  ${msg('Teman under året', { id: 'studio.register.summary.themesHeading', desc: 'Heading: the themes of the year' })}
                </h2>
                <form class="stack" @submit=${this.saveThemes}>
                  <label class="block"
                    >${msg('Vad var genomgående? Texten kommer med i utskriften och på den publicerade sidan.', { id: 'studio.register.summary.themesLabel', desc: 'Label: the themes text' })}
                    <span class="hint"
                      >${msg('Skriv inte något som kan peka ut en person.', { id: 'studio.register.summary.themesHint', desc: 'Hint: nothing that can identify a person' })}</span
                    >
                    <textarea
                      name="themes"
                      rows="4"
                      maxlength="8000"
                      dir="auto"
                      .value=${s.themes}
                    ></textarea>
                  </label>
                  <p class="row">
                    <button type="submit">
                      ${msg('Spara teman', { id: 'studio.register.summary.saveThemes', desc: 'Button: save the themes' })}
                    </button>
                  </p>
                </form>
              </section>
              ${this.renderPublishing(s)}`
          : nothing
      }
    </div>`;
  }
}
