import { LitElement, html, nothing, svg } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { resolveText } from '@svara/schema';
import type { OptionValue, Text } from '@svara/schema';
import { isFacePictogram } from '@svara/pictograms';
import { LocaleController, dirFor, getLocale } from '@svara/elements/localization';
import type {
  Count,
  GroupColumn,
  ItemResult,
  ResultColumn,
  ResultOption,
  Results,
  TableResult,
  ScaleGroupResult,
} from '../../types.js';
import { styles } from './results.styles.js';

/** One line of a chart or a table: an answer option, "vet inte" or "vill inte svara". */
interface Row {
  key: string;
  label: string;
  lang: string;
  face?: string;
  /** "Vet inte" / "Vill inte svara": shown apart from the answer options. */
  apart: boolean;
}

/** One column: everyone, or one group of the breakdown. */
interface Column {
  label: string;
  lang: string;
  data: ResultColumn;
}

interface Chartable {
  id: string;
  text: Text;
  total: ResultColumn;
  groups?: GroupColumn[] | null;
}

const DONT_KNOW_KEY = '\u0000dont-know';
const SKIPPED_KEY = '\u0000skipped';

const keyOf = (value: OptionValue): string => JSON.stringify(value);

/**
 * Published survey results on a city page: for every published question a horizontal bar chart (SVG bars with
 * text labels, counts and percentages) and a real data table with the same numbers, the number who answered and
 * the response rate. "Vet inte" and "Vill inte svara" are shown apart from the answers. A count the server hid
 * to protect the people who answered is never shown as a 0 or a blank: it says, in words, "färre än 5 svar —
 * visas inte för att skydda de som svarat". Free text is never shown (the server never sends it).
 *
 * ```html
 * <svara-results src="https://svar.example/api/surveys/familjeenheten-barn/results" by="kon"></svara-results>
 * ```
 *
 * - **Chart:** `role="img"` with a name that says the same as the bars ("Alla, 69 svar: Mycket glad 45 (65 %),
 *   …"), so a screen-reader user hears one summary per chart, and the table below for row-by-row reading.
 *   With `by`, one chart per group (each its own summary) rather than grouped bars, which a screen reader
 *   cannot read as groups.
 * - **Table:** always visible (nothing to open, nothing hidden when printed): a caption, answers as row
 *   headers and everyone / each group as column headers.
 * - **Language:** the UI follows the element's (or page's) `lang` through svara's locale; Arabic is right to left.
 *   Question texts are shown in that language when the results carry it, else in the survey's own (marked `lang`).
 *
 * @summary Published survey results as accessible bar charts with a data table; small groups are suppressed.
 * @tag svara-results
 *
 * @csspart title - The survey's title (`h2`).
 * @csspart summary - The line with how many answered and the response rate.
 * @csspart question - One question's section.
 * @csspart chart - One bar chart (`role="img"`).
 * @csspart bar - The SVG bar of one answer.
 * @csspart face - The face (decorative `<svara-pictogram>`) beside an answer of a smiley scale.
 * @csspart table - The data table.
 * @csspart hidden - The words shown instead of a count hidden to protect the people who answered.
 * @csspart status - Loading and error messages.
 *
 * @cssprop [--svara-results-bar-color=#1b5e9b] - Bar colour (4.5:1 against white).
 * @cssprop [--svara-results-apart-color=#5c5c5c] - Bar colour of "Vet inte" and "Vill inte svara".
 * @cssprop [--svara-results-max-width=48rem] - Widest the results grow.
 */
@localized()
export class SvaraResults extends LitElement {
  static override styles = styles;

  // ─── Controllers ──────────────────────────────────────────────────────
  /** Follows the element's (or page's) `lang`: svara's locale and the host's `dir`. */
  protected readonly locale = new LocaleController(this);

  // ─── State ────────────────────────────────────────────────────────────
  @state() private loading = false;
  @state() private failed = false;
  @state() private fetched?: Results;

  // ─── Properties ───────────────────────────────────────────────────────
  /** The results endpoint: `https://…/api/surveys/{id}/results`. Fetched without credentials. */
  @property() src?: string;

  /** A breakdown question (one with `"breakdown": true`): appended as `?by=`, results split by its groups. */
  @property() by?: string;

  /** The results JSON itself (for static pages and tests); wins over `src`. */
  @property({ attribute: false }) data?: Results;

  private request = 0;

  // ─── Getters ──────────────────────────────────────────────────────────
  private get results(): Results | undefined {
    return this.data ?? this.fetched;
  }

  /** The URL fetched for `src` and `by`. */
  get url(): string | undefined {
    if (!this.src) return undefined;
    if (!this.by) return this.src;
    const url = new URL(this.src, this.ownerDocument.baseURI);
    url.searchParams.set('by', this.by);
    return url.href;
  }

  // ─── Lifecycle ────────────────────────────────────────────────────────
  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('src') || changed.has('by')) && this.url && !this.data) void this.load(this.url);
  }

  private async load(url: string): Promise<void> {
    const request = ++this.request;
    this.loading = true;
    this.failed = false;
    try {
      const response = await fetch(url, { credentials: 'omit', headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const body = (await response.json()) as Results;
      if (request !== this.request) return;
      this.fetched = body;
    } catch {
      if (request !== this.request) return;
      this.failed = true;
      this.fetched = undefined;
    } finally {
      if (request === this.request) this.loading = false;
    }
  }

  // ─── Formatting ───────────────────────────────────────────────────────
  private get uiLang(): string {
    return getLocale();
  }

  private number(value: number): string {
    return new Intl.NumberFormat(this.uiLang).format(value);
  }

  private percent(value: number): string {
    return new Intl.NumberFormat(this.uiLang, { style: 'percent', maximumFractionDigits: 0 }).format(value);
  }

  private text(text: Text, results: Results): { text: string; lang: string } {
    return resolveText(text, this.uiLang, results.lang) ?? { text: '', lang: results.lang };
  }

  private hiddenSentence(results: Results): string {
    const min = this.number(results.minCount);
    return msg(str`färre än ${min} svar — visas inte för att skydda de som svarat`, {
      id: 'results.hidden',
      desc: 'Instead of a number hidden because so few answered (the number is the smallest count shown, 5)',
    });
  }

  /** "45 (65 %)", or null when hidden. */
  private value(count: Count, n: Count): string | null {
    if (count === null) return null;
    if (n === null || n === 0) return this.number(count);
    return `${this.number(count)} (${this.percent(count / n)})`;
  }

  private respondentsLine(results: Results): string {
    const { respondents, invited } = results;
    if (respondents === null) return this.hiddenSentence(results);
    const answered = this.number(respondents);
    if (invited === undefined) {
      return msg(str`${answered} svarade`, {
        id: 'results.respondents',
        desc: 'How many answered the survey',
      });
    }
    const of = this.number(invited);
    const rate = this.percent(results.responseRate ?? respondents / invited);
    return msg(str`${answered} av ${of} svarade (${rate})`, {
      id: 'results.responseRate',
      desc: 'How many answered, of how many were invited, and the response rate: "42 av 120 svarade (35 %)"',
    });
  }

  // ─── Model ────────────────────────────────────────────────────────────
  private rows(options: ResultOption[], column: ResultColumn, results: Results): Row[] {
    const rows: Row[] = options.map((option) => {
      const { text, lang } = this.text(option.text, results);
      const builtin =
        option.pictogram && 'builtin' in option.pictogram ? option.pictogram.builtin : undefined;
      return {
        key: keyOf(option.value),
        label: text,
        lang,
        ...(isFacePictogram(builtin) ? { face: builtin } : {}),
        apart: false,
      };
    });
    const ui = this.uiLang;
    if (column.dontKnow !== undefined) {
      rows.push({
        key: DONT_KNOW_KEY,
        label: msg('Vet inte', { id: 'results.dontKnow', desc: 'Row: answered "I don’t know"' }),
        lang: ui,
        apart: true,
      });
    }
    if (column.skipped !== undefined) {
      rows.push({
        key: SKIPPED_KEY,
        label: msg('Vill inte svara', {
          id: 'results.skipped',
          desc: 'Row: chose not to answer this question ("Hoppa över" in the survey)',
        }),
        lang: ui,
        apart: true,
      });
    }
    return rows;
  }

  private countOf(column: ResultColumn, key: string): Count {
    if (key === DONT_KNOW_KEY) return column.dontKnow ?? null;
    if (key === SKIPPED_KEY) return column.skipped ?? null;
    const found = column.counts.find((c) => keyOf(c.value) === key);
    return found ? found.count : null;
  }

  private columns(item: Chartable, results: Results): Column[] {
    const everyone: Column = {
      label: msg('Alla', { id: 'results.everyone', desc: 'Column/chart of everyone who answered' }),
      lang: this.uiLang,
      data: item.total,
    };
    if (!results.by || !item.groups) return [everyone];
    const groups = item.groups.map((group): Column => {
      const shown = results.by!.groups.find((g) => keyOf(g.value) === keyOf(group.group));
      const { text, lang } = shown
        ? this.text(shown.text, results)
        : { text: String(group.group), lang: results.lang };
      return { label: text, lang, data: group };
    });
    return [everyone, ...groups];
  }

  // ─── Render ───────────────────────────────────────────────────────────
  private renderChart(column: Column, rows: Row[], results: Results, questionText: string): TemplateResult {
    const n = column.data.n;
    const nText =
      n === null
        ? this.hiddenSentence(results)
        : msg(str`${this.number(n)} svar`, {
            id: 'results.n',
            desc: 'How many answered this question (or this group)',
          });
    const parts = rows.map((row) => {
      const shown = this.value(this.countOf(column.data, row.key), n);
      return `${row.label}: ${shown ?? this.hiddenSentence(results)}`;
    });
    const name = msg(str`Stapeldiagram, ${questionText}, ${column.label}, ${nText}. ${parts.join('; ')}.`, {
      id: 'results.chartName',
      desc: 'Accessible name of one bar chart: question, group, how many answered, then every bar',
    });
    const renderRow = (row: Row) => {
      const count = this.countOf(column.data, row.key);
      const shown = this.value(count, n);
      const share = count !== null && n ? count / n : 0;
      return html`<div class="row ${row.apart ? 'apart' : ''}">
        <span class="label" lang=${row.lang} dir=${dirFor(row.lang)}
          >${
            row.face
              ? html`<svara-pictogram part="face" builtin=${row.face} decorative></svara-pictogram>`
              : nothing
          }<span>${row.label}</span></span
        >
        ${
          shown === null
            ? html`<span class="hidden" part="hidden">${this.hiddenSentence(results)}</span>`
            : html`<svg
                  class="bar"
                  part="bar"
                  aria-hidden="true"
                  focusable="false"
                  preserveAspectRatio="none"
                >
                  ${svg`<rect x="0" y="0" height="100%" width="${Math.max(share * 100, count ? 0.5 : 0)}%"></rect>`}
                </svg>
                <span class="value">${shown}</span>`
        }
      </div>`;
    };
    const answers = rows.filter((r) => !r.apart);
    const apart = rows.filter((r) => r.apart);
    return html`<div class="chart" part="chart" role="img" aria-label=${name}>
      <p class="chart-title">
        <span lang=${column.lang} dir=${dirFor(column.lang)}>${column.label}</span> · ${nText}
      </p>
      ${answers.map(renderRow)}
      ${apart.length ? html`<div class="apart-rows">${apart.map(renderRow)}</div>` : nothing}
      ${this.renderMean(column.data)}
    </div>`;
  }

  private renderMean(column: ResultColumn): TemplateResult | typeof nothing {
    if (typeof column.mean !== 'number') return nothing;
    const mean = new Intl.NumberFormat(this.uiLang, {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    }).format(column.mean);
    return html`<p class="mean">
      ${msg(str`Medelvärde: ${mean}`, {
        id: 'results.mean',
        desc: 'Mean of a numeric scale, without "Vet inte" and "Vill inte svara"',
      })}
    </p>`;
  }

  private renderTable(
    columns: Column[],
    rows: Row[],
    results: Results,
    caption: string,
    captionLang: string,
  ) {
    const cell = (column: Column, row: Row) => {
      const shown = this.value(this.countOf(column.data, row.key), column.data.n);
      return shown === null
        ? html`<td class="hidden" part="hidden">${this.hiddenSentence(results)}</td>`
        : html`<td>${shown}</td>`;
    };
    const body = (part: Row[]) =>
      html`<tbody>
        ${part.map(
          (row) =>
            html`<tr>
              <th scope="row" lang=${row.lang} dir=${dirFor(row.lang)}>${row.label}</th>
              ${columns.map((column) => cell(column, row))}
            </tr>`,
        )}
      </tbody>`;
    const answers = rows.filter((r) => !r.apart);
    const apart = rows.filter((r) => r.apart);
    return html`<div class="table-scroll">
      <table part="table">
        <caption>
          <span lang=${captionLang} dir=${dirFor(captionLang)}>${caption}</span>
          ${msg('(antal svar och andel)', {
            id: 'results.tableCaption',
            desc: 'After the question in a table caption: the cells hold counts and percentages',
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">
              ${msg('Svar', { id: 'results.answer', desc: 'Table header over the answer options' })}
            </th>
            ${columns.map((column) => html`<th scope="col" lang=${column.lang} dir=${dirFor(column.lang)}>${column.label}</th>`)}
          </tr>
        </thead>
        ${body(answers)} ${apart.length ? body(apart) : nothing}
        <tbody>
          <tr class="n">
            <th scope="row">${msg('Svarade på frågan', { id: 'results.nRow', desc: 'Table row: n' })}</th>
            ${columns.map((column) =>
              column.data.n === null
                ? html`<td class="hidden" part="hidden">${this.hiddenSentence(results)}</td>`
                : html`<td>${this.number(column.data.n)}</td>`,
            )}
          </tr>
        </tbody>
      </table>
    </div>`;
  }

  private renderPart(item: Chartable, options: ResultOption[], results: Results, heading: 'h3' | 'h4') {
    const { text, lang } = this.text(item.text, results);
    const columns = this.columns(item, results);
    const rows = this.rows(options, item.total, results);
    const title =
      heading === 'h3'
        ? html`<h3 lang=${lang} dir=${dirFor(lang)}>${text}</h3>`
        : html`<h4 lang=${lang} dir=${dirFor(lang)}>${text}</h4>`;
    const splitHidden =
      results.by && item.groups === null
        ? html`<p class="note">
            ${msg('Den här frågan kan inte visas uppdelad utan att enskildas svar skulle kunna räknas ut.', {
              id: 'results.splitHidden',
              desc: 'When the breakdown of one question cannot be published safely',
            })}
          </p>`
        : nothing;
    return html`${title}${splitHidden}
      <div class="charts">${columns.map((column) => this.renderChart(column, rows, results, text))}</div>
      ${this.renderTable(columns, rows, results, text, lang)}`;
  }

  private renderQuestion(question: TableResult | ScaleGroupResult, results: Results): TemplateResult {
    if (question.type === 'scale-group') {
      const { text, lang } = this.text(question.text, results);
      return html`<section part="question" class="question">
        <h3 lang=${lang} dir=${dirFor(lang)}>${text}</h3>
        ${question.items.map((item: ItemResult) => this.renderPart(item, question.options, results, 'h4'))}
      </section>`;
    }
    return html`<section part="question" class="question">
      ${this.renderPart(question, question.options, results, 'h3')}
    </section>`;
  }

  protected override render(): TemplateResult {
    const results = this.results;
    if (!results) {
      return html`<p part="status" role="status">
        ${
          this.failed
            ? msg('Resultaten kunde inte hämtas. Försök igen senare.', {
                id: 'results.failed',
                desc: 'The results could not be loaded',
              })
            : this.loading
              ? msg('Hämtar resultat …', { id: 'results.loading', desc: 'While the results load' })
              : nothing
        }
      </p>`;
    }
    const { text, lang } = this.text(results.title, results);
    const published = results.questions.filter((q): q is TableResult | ScaleGroupResult => q.published);
    const by = results.by ? this.text(results.by.text, results) : undefined;
    const min = this.number(results.minCount);
    return html`<div class="results">
      <h2 part="title" lang=${lang} dir=${dirFor(lang)}>${text}</h2>
      <p part="summary" class="summary">${this.respondentsLine(results)}</p>
      ${
        by
          ? html`<p class="by">
              ${msg('Uppdelat efter svaret på frågan:', {
                id: 'results.by',
                desc: 'Before the breakdown question, e.g. "Är du …"',
              })}
              <span lang=${by.lang} dir=${dirFor(by.lang)}>${by.text}</span>
              ${
                results.by!.othersHidden
                  ? msg(str`Grupper med färre än ${min} svar visas inte som egna grupper, bara under Alla.`, {
                      id: 'results.othersHidden',
                      desc: 'Some respondents are in no group shown (small groups), only in the column "Alla"',
                    })
                  : nothing
              }
            </p>`
          : nothing
      }
      <p class="about">
        ${msg(
          str`Antal under ${min} svar visas inte, inte heller tal som skulle avslöja dem, för att ingen ska kunna räkna ut vad någon svarat.`,
          {
            id: 'results.about',
            desc: 'Explains suppression once, above the results',
          },
        )}
      </p>
      ${published.map((q) => this.renderQuestion(q, results))}
    </div>`;
  }
}
