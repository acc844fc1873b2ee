import { LitElement, html, nothing, svg } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { localized, msg, str } from '@lit/localize';
import { resolveText } from '@svara/schema';
import type { OptionValue, Text } from '@svara/schema';
import { isFacePictogram } from '@svara/pictograms';
import { ReadAloudController } from '@svara/elements';
import type { ReadAloudEnvironment, ReadAloudItem } from '@svara/elements';
import { LocaleController, dirFor, getLocale } from '@svara/elements/localization';
import type {
  ActionStatus,
  Count,
  GroupColumn,
  ModeColumn,
  ItemResult,
  QuestionTrend,
  ResultAction,
  ResultColumn,
  ResultOption,
  Results,
  RoundSnapshot,
  TableResult,
  ScaleGroupResult,
  Trend,
} from '../../types.js';
import { styles } from './results.styles.js';

/** One line of a chart or a table: an answer option, "vet inte" or "vill inte svara". */
/**
 * A column's name inside each of its cells, shown only where the table is stacked (narrow boxes); hidden from
 * assistive technology, which has the column header.
 */
const cellLabel = (label: unknown, lang?: string) =>
  html`<span
    class="cell-label"
    aria-hidden="true"
    lang=${ifDefined(lang)}
    dir=${ifDefined(lang ? dirFor(lang) : undefined)}
    >${label}</span
  >`;

interface Row {
  key: string;
  label: string;
  lang: string;
  face?: string;
  /** Answers shown together: the faces of each. */
  faces?: string[];
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
  modes?: ModeColumn[];
  merged?: { values: OptionValue[]; text: Text }[];
}

/** What `src` or `data` may hold: one unit's results, a round's snapshot, or a unit's trend over rounds. */
export type ResultsData = Results | RoundSnapshot | Trend;

const isSnapshot = (data: ResultsData | undefined): data is RoundSnapshot =>
  !!data && 'format' in data && data.format === 'svara-round-results/1';
const isTrend = (data: ResultsData | undefined): data is Trend =>
  !!data && 'format' in data && data.format === 'svara-trend/1';

const MERGED_PREFIX = '\u0000merged:';

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
 * - **Units and rounds:** given a round's snapshot (`svara-round-results/1`), `unit` picks the unit shown (the
 *   whole survey by default); `compare="units"` shows it beside its parent and the units next to it;
 *   `compare="rounds"` shows a trend (`svara-trend/1`: one value per round, a reworded question marked).
 * - **"Ni sa – vi gör":** the actions published with the results, and last round's with what was done.
 * - **`audience="child"`:** the same results for the children who answered: their faces, short sentences, a
 *   "Lyssna" button that reads them aloud, and the actions in plain words.
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

  // ─── Properties ───────────────────────────────────────────────────────
  /** The results endpoint: `https://…/api/surveys/{id}/results`. Fetched without credentials. */
  @property() src?: string;

  /** A breakdown question (one with `"breakdown": true`): appended as `?by=`, results split by its groups. */
  @property() by?: string;

  /**
   * The JSON itself (for static pages and tests); wins over `src`: one unit's `Results`, a round's snapshot
   * (`svara-round-results/1`, all its units) or a trend (`svara-trend/1`).
   */
  @property({ attribute: false }) data?: ResultsData;

  /** In a round's snapshot: the unit to show (its id); the whole survey when absent. Sent as `?unit=` with `src`. */
  @property() unit?: string;

  /** The round (its id), sent as `?round=` with `src`; the collector serves the latest published one without it. */
  @property() round?: string;

  /** `units`: the unit beside its parent and the units next to it. `rounds`: the unit over the rounds (a trend). */
  @property() compare?: 'units' | 'rounds' | '';

  /** `child`: the children's and lättläst version (faces, short sentences, "Lyssna", actions in plain words). */
  @property() audience?: 'child' | '';

  /** Speech synthesis and audio for "Lyssna" (tests and stories give fakes); the browser's by default. */
  @property({ attribute: false }) speech?: ReadAloudEnvironment;

  @state() private fetchedData?: ResultsData;

  private request = 0;

  private readonly reader = new ReadAloudController(this, { environment: () => this.speech });
  /** Which question "Lyssna" is reading (its id), for the pressed state. */
  @state() private readingQuestion?: string;

  // ─── Getters ──────────────────────────────────────────────────────────
  private get source(): ResultsData | undefined {
    return this.data ?? this.fetchedData;
  }

  /** The snapshot, when the data is one. */
  private get snapshot(): RoundSnapshot | undefined {
    const source = this.source;
    return isSnapshot(source) ? source : undefined;
  }

  private get results(): Results | undefined {
    const source = this.source;
    if (!source || isTrend(source)) return undefined;
    if (!isSnapshot(source)) return source;
    const wanted = this.unit || null;
    return (
      source.results.find((r) => (r.unit ? r.unit.id : null) === wanted) ??
      (wanted === null ? source.results[0] : undefined)
    );
  }

  /** The URL fetched for `src`, `by`, `unit`, `round` and `compare`. */
  get url(): string | undefined {
    if (!this.src) return undefined;
    if (!this.by && !this.unit && !this.round && !this.compare) return this.src;
    const url = new URL(this.src, this.ownerDocument.baseURI);
    if (this.by) url.searchParams.set('by', this.by);
    if (this.unit) url.searchParams.set('unit', this.unit);
    if (this.round) url.searchParams.set('round', this.round);
    // `units` asks for the round's whole snapshot (the unit beside its parent and siblings), `rounds` for a trend.
    if (this.compare === 'units' || this.compare === 'rounds') url.searchParams.set('compare', this.compare);
    return url.href;
  }

  // ─── Lifecycle ────────────────────────────────────────────────────────
  protected override willUpdate(changed: PropertyValues<this>): void {
    const keys = ['src', 'by', 'unit', 'round', 'compare'] as const;
    if (keys.some((key) => changed.has(key)) && this.url && !this.data) void this.load(this.url);
  }

  protected override updated(): void {
    // A table wider than the screen scrolls sideways: then its box must be reachable and named for keyboards.
    for (const box of this.renderRoot.querySelectorAll<HTMLElement>('.table-scroll')) {
      const scrolls = box.scrollWidth > box.clientWidth + 1;
      if (scrolls && !box.hasAttribute('tabindex')) {
        box.setAttribute('tabindex', '0');
        box.setAttribute('role', 'region');
        box.setAttribute('aria-labelledby', box.querySelector('caption')?.id ?? '');
      } else if (!scrolls && box.hasAttribute('tabindex')) {
        box.removeAttribute('tabindex');
        box.removeAttribute('role');
        box.removeAttribute('aria-labelledby');
      }
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resize ??= new ResizeObserver(() => this.updated());
    this.resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize?.disconnect();
  }

  private resize?: ResizeObserver;

  private async load(url: string): Promise<void> {
    const request = ++this.request;
    this.loading = true;
    this.failed = false;
    try {
      const response = await fetch(url, { credentials: 'omit', headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const body = (await response.json()) as ResultsData;
      if (request !== this.request) return;
      this.fetchedData = body;
    } catch {
      if (request !== this.request) return;
      this.failed = true;
      this.fetchedData = undefined;
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
  private rows(
    options: ResultOption[],
    column: ResultColumn,
    results: Results,
    merged: Chartable['merged'] = [],
  ): Row[] {
    const inMerged = (value: OptionValue) =>
      merged.findIndex((m) => m.values.some((v) => keyOf(v) === keyOf(value)));
    const rows: Row[] = [];
    options.forEach((option) => {
      const m = inMerged(option.value);
      if (m >= 0) {
        // Answers shown together: one row, where the first of them stood.
        if (keyOf(merged[m]!.values[0]!) !== keyOf(option.value)) return;
        const { text, lang } = this.text(merged[m]!.text, results);
        const faces = options
          .filter((o) => merged[m]!.values.some((v) => keyOf(v) === keyOf(o.value)))
          .map((o) => this.optionRow(o, results).face)
          .filter((f): f is string => f !== undefined);
        rows.push({
          key: `${MERGED_PREFIX}${m}`,
          label: text,
          lang,
          apart: false,
          ...(faces.length ? { faces } : {}),
        });
        return;
      }
      rows.push(this.optionRow(option, results));
    });
    return this.withApart(rows, column);
  }

  private optionRow(option: ResultOption, results: Results): Row {
    const { text, lang } = this.text(option.text, results);
    const builtin = option.pictogram && 'builtin' in option.pictogram ? option.pictogram.builtin : undefined;
    return {
      key: keyOf(option.value),
      label: text,
      lang,
      ...(isFacePictogram(builtin) ? { face: builtin } : {}),
      apart: false,
    };
  }

  private withApart(rows: Row[], column: ResultColumn): Row[] {
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
    if (key.startsWith(MERGED_PREFIX))
      return column.merged?.[Number(key.slice(MERGED_PREFIX.length))] ?? null;
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
    const modes = (item.modes ?? []).map((mode): Column => ({
      label: this.modeName(mode.mode),
      lang: this.uiLang,
      data: mode,
    }));
    if (!results.by || !item.groups) return [everyone, ...modes];
    const groups = item.groups.map((group): Column => {
      const shown = results.by!.groups.find((g) => keyOf(g.value) === keyOf(group.group));
      const { text, lang } = shown
        ? this.text(shown.text, results)
        : { text: String(group.group), lang: results.lang };
      return { label: text, lang, data: group };
    });
    return [everyone, ...groups, ...modes];
  }

  private modeName(mode: string): string {
    if (mode === 'with-support')
      return msg('Med stöd', { id: 'results.mode.withSupport', desc: 'Answered with a support person' });
    if (mode === 'interviewer')
      return msg('Intervju', { id: 'results.mode.interview', desc: 'Answered in an interview' });
    return msg('Själv', { id: 'results.mode.self', desc: 'Answered by themselves' });
  }

  /** "Hur svaren gavs": how many answered alone, with support, in an interview (where the snapshot has it). */
  private renderModes(results: Results): TemplateResult | typeof nothing {
    if (!results.modes?.length) return nothing;
    const heading = msg('Hur svaren gavs', {
      id: 'results.modes',
      desc: 'Table caption: how the answers were given (alone, with support, in an interview)',
    });
    return html`<table class="modes" part="modes">
      <caption>
        ${heading}
      </caption>
      <thead>
        <tr>
          <th scope="col">
            ${msg('Sätt', { id: 'results.modeHeader', desc: 'Table header: the way of answering' })}
          </th>
          <th scope="col">${msg('Antal', { id: 'results.countHeader', desc: 'Table header: how many' })}</th>
        </tr>
      </thead>
      <tbody>
        ${results.modes.map(
          (m) =>
            html`<tr>
              <th scope="row">${this.modeName(m.mode)}</th>
              <td>${m.count === null ? this.shortHidden() : this.number(m.count)}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  // ─── Render: one unit ─────────────────────────────────────────────────
  private tooFewSentence(results: Results): string {
    const min = this.number(results.minCount);
    return msg(str`För få svar (färre än ${min}) — svaren visas inte.`, {
      id: 'results.tooFew',
      desc: 'Instead of a whole chart or table column when fewer than 5 answered the question (or this group)',
    });
  }

  private shortHidden(): string {
    return msg('Visas inte', {
      id: 'results.hiddenShort',
      desc: 'In a table cell instead of a number hidden to protect those who answered (explained below the table)',
    });
  }

  private renderChart(column: Column, rows: Row[], results: Results, questionText: string): TemplateResult {
    const n = column.data.n;
    const nText =
      n === null
        ? this.hiddenSentence(results)
        : msg(str`${this.number(n)} svar`, {
            id: 'results.n',
            desc: 'How many answered this question (or this group)',
          });
    if (column.data.tooFew) {
      const name = msg(
        str`Stapeldiagram, ${questionText}, ${column.label}, ${nText}. ${this.tooFewSentence(results)}`,
        {
          id: 'results.chartNameTooFew',
          desc: 'Accessible name of a chart with too few answers to show: question, group, n, then the sentence',
        },
      );
      return html`<div class="chart" part="chart" role="img" aria-label=${name}>
        <p class="chart-title">
          <span lang=${column.lang} dir=${dirFor(column.lang)}>${column.label}</span> · ${nText}
        </p>
        <p class="too-few" part="hidden">${this.tooFewSentence(results)}</p>
      </div>`;
    }
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
          >${(row.faces ?? (row.face ? [row.face] : [])).map(
            (face) => html`<svara-pictogram part="face" builtin=${face} decorative></svara-pictogram>`,
          )}<span>${row.label}</span></span
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

  private tableId = 0;

  /** The data table: always visible; a cell hidden to protect someone says so in words. */
  private renderTable(
    columns: Column[],
    rows: Row[],
    results: Results,
    caption: string,
    captionLang: string,
  ): TemplateResult {
    const id = `t${++this.tableId}`;
    // Each cell carries its column's name for the stacked layout of narrow boxes (see `table.stack` in the
    // styles); the roles keep the table a table for assistive technology when that layout changes its display.
    const name = (column: Column) => cellLabel(column.label, column.lang);
    const hiddenCell = (column: Column, tooFew: boolean) =>
      html`<td class="hidden" part="hidden" role="cell">
        ${name(column)}${
          tooFew
            ? msg('För få svar', { id: 'results.tooFewShort', desc: 'Table cell: too few answered to show' })
            : this.shortHidden()
        }
      </td>`;
    const cell = (column: Column, row: Row) => {
      if (column.data.tooFew) return hiddenCell(column, true);
      const shown = this.value(this.countOf(column.data, row.key), column.data.n);
      return shown === null ? hiddenCell(column, false) : html`<td role="cell">${name(column)}${shown}</td>`;
    };
    const body = (part: Row[]) =>
      html`<tbody>
        ${part.map(
          (row) =>
            html`<tr role="row">
              <th scope="row" role="rowheader" lang=${row.lang} dir=${dirFor(row.lang)}>${row.label}</th>
              ${columns.map((column) => cell(column, row))}
            </tr>`,
        )}
      </tbody>`;
    const answers = rows.filter((r) => !r.apart);
    const apart = rows.filter((r) => r.apart);
    const anyHidden = columns.some(
      (c) => c.data.tooFew || c.data.n === null || rows.some((r) => this.countOf(c.data, r.key) === null),
    );
    return html`<div class="table-scroll">
        <table class="stack" part="table" role="table" aria-describedby=${anyHidden ? `${id}-note` : nothing}>
          <caption id="${id}-caption">
            <span lang=${captionLang} dir=${dirFor(captionLang)}>${caption}</span>
            ${msg('(antal svar och andel)', {
              id: 'results.tableCaption',
              desc: 'After the question in a table caption: the cells hold counts and percentages',
            })}
          </caption>
          <thead>
            <tr role="row">
              <th scope="col" role="columnheader">
                ${msg('Svar', { id: 'results.answer', desc: 'Table header over the answer options' })}
              </th>
              ${columns.map((column) => html`<th scope="col" role="columnheader" lang=${column.lang} dir=${dirFor(column.lang)}>${column.label}</th>`)}
            </tr>
          </thead>
          ${body(answers)} ${apart.length ? body(apart) : nothing}
          <tbody>
            <tr class="n" role="row">
              <th scope="row" role="rowheader">
                ${msg('Svarade på frågan', { id: 'results.nRow', desc: 'Table row: n' })}
              </th>
              ${columns.map((column) =>
                column.data.n === null
                  ? hiddenCell(column, false)
                  : html`<td role="cell">${name(column)}${this.number(column.data.n)}</td>`,
              )}
            </tr>
          </tbody>
        </table>
      </div>
      ${
        anyHidden
          ? html`<p class="table-note" id="${id}-note">
              ${msg(
                str`Visas inte: färre än ${this.number(results.minCount)} svar, eller ett tal som skulle avslöja ett sådant.`,
                { id: 'results.hiddenNote', desc: 'Below a table with cells that say "Visas inte": why' },
              )}
            </p>`
          : nothing
      }`;
  }

  private renderPart(item: Chartable, options: ResultOption[], results: Results, heading: 'h3' | 'h4') {
    const { text, lang } = this.text(item.text, results);
    const columns = this.columns(item, results);
    const rows = this.rows(options, item.total, results, item.merged);
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
    const merged = (item.merged ?? []).map((m) => this.text(m.text, results));
    const mergedNote = merged.length
      ? html`<p class="note">
          ${msg('Några svar visas tillsammans, så att ingen kan räknas ut:', {
            id: 'results.mergedNote',
            desc: 'Before the names of answers shown together (table redesign), e.g. "Ledsen eller mycket ledsen"',
          })}
          ${merged.map(
            (m, i) => html`${i ? '; ' : ''}<span lang=${m.lang} dir=${dirFor(m.lang)}>${m.text}</span>`,
          )}.
        </p>`
      : nothing;
    return html`${title}${splitHidden}${mergedNote}
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

  // ─── Render: where and when ───────────────────────────────────────────
  private date(day: string | undefined): string | undefined {
    if (!day || !/^\d{4}-\d{2}(-\d{2})?$/.test(day)) return day;
    const [y, m, d] = day.split('-').map(Number) as [number, number, number | undefined];
    const value = new Date(Date.UTC(y, m - 1, d ?? 1));
    return new Intl.DateTimeFormat(this.uiLang, {
      year: 'numeric',
      month: 'long',
      ...(d ? { day: 'numeric' } : {}),
      timeZone: 'UTC',
    }).format(value);
  }

  private renderWhere(results: Results): TemplateResult | typeof nothing {
    if (results.unit === undefined && !results.round) return nothing;
    const unitName = results.unit
      ? results.unit.name
      : msg('Alla enheter', { id: 'results.wholeSurvey', desc: 'The whole survey, every unit together' });
    const round = results.round;
    const period =
      round?.opens && round.closes ? `${this.date(round.opens)} – ${this.date(round.closes)}` : undefined;
    // Unit and round names are the city's own words, in the survey's language.
    const nameLang = results.unit ? results.lang : this.uiLang;
    return html`<p class="where" part="where">
      <span lang=${nameLang} dir=${dirFor(nameLang)}>${unitName}</span>${
        round
          ? html` ·
              <span
                >${msg(str`Omgång ${round.name}`, { id: 'results.round', desc: 'The round (omgång) of the survey, e.g. "Omgång 2026"' })}${
                  period ? html` (${period})` : nothing
                }</span
              >`
          : nothing
      }
    </p>`;
  }

  // ─── Render: "Ni sa – vi gör" ─────────────────────────────────────────
  private statusText(status: ActionStatus): string {
    switch (status) {
      case 'planerad':
        return msg('Planerad', { id: 'results.status.planned', desc: 'Status of an action: planned' });
      case 'pågår':
        return msg('Pågår', { id: 'results.status.ongoing', desc: 'Status of an action: in progress' });
      default:
        return msg('Klar', { id: 'results.status.done', desc: 'Status of an action: done' });
    }
  }

  private renderAction(action: ResultAction, results: Results, plainWords: boolean): TemplateResult {
    const heard = this.text(action.heard, results);
    const doing = this.text(plainWords && action.plain ? action.plain : action.action, results);
    const who = this.text(action.responsible, results);
    const when = this.date(action.when);
    const questions = action.questions
      .map((id) => results.questions.find((q) => q.id === id))
      .filter((q) => q !== undefined)
      .map((q) => this.text(q.text, results));
    return html`<li class="action" part="action">
      <p>
        <strong
          >${msg('Ni sa:', { id: 'results.youSaid', desc: 'Before what the unit heard ("Ni sa – vi gör")' })}</strong
        >
        <span lang=${heard.lang} dir=${dirFor(heard.lang)}>${heard.text}</span>
      </p>
      <p>
        <strong
          >${msg('Vi gör:', { id: 'results.weDo', desc: 'Before what the unit will do ("Ni sa – vi gör")' })}</strong
        >
        <span lang=${doing.lang} dir=${dirFor(doing.lang)}>${doing.text}</span>
      </p>
      <p
        class="status status-${action.status === 'pågår' ? 'ongoing' : action.status === 'klar' ? 'done' : 'planned'}"
      >
        <span class="status-mark" aria-hidden="true"></span>
        ${this.statusText(action.status)}${when ? html` · ${when}` : nothing} ·
        ${msg('Ansvarig:', { id: 'results.responsible', desc: 'Before the role responsible for an action' })}
        <span lang=${who.lang} dir=${dirFor(who.lang)}>${who.text}</span>
      </p>
      ${
        questions.length
          ? html`<p class="about-questions">
              ${msg('Om frågan:', { id: 'results.aboutQuestions', desc: 'Before the questions an action is about' })}
              ${questions.map(
                (q, i) => html`${i ? '; ' : ''}<span lang=${q.lang} dir=${dirFor(q.lang)}>${q.text}</span>`,
              )}
            </p>`
          : nothing
      }
      ${
        action.history?.length
          ? html`<ul class="history">
              ${action.history.map((h) => html`<li>${this.date(h.at)}: ${this.statusText(h.status)}</li>`)}
            </ul>`
          : nothing
      }
    </li>`;
  }

  private renderActions(results: Results, plainWords = false): TemplateResult | typeof nothing {
    const previous = results.previousActions;
    if (!results.actions?.length && !previous?.actions.length) return nothing;
    return html`<section class="actions" part="actions">
      ${
        results.actions?.length
          ? html`<h3>
                ${msg('Ni sa – vi gör', { id: 'results.actionsHeading', desc: 'Heading of the actions a unit takes on the results' })}
              </h3>
              <ul class="action-list">
                ${results.actions.map((a) => this.renderAction(a, results, plainWords))}
              </ul>`
          : nothing
      }
      ${
        previous?.actions.length
          ? html`<h3>
                ${msg(str`Förra omgången (${previous.round.name}) sa ni – det här har vi gjort`, {
                  id: 'results.previousActionsHeading',
                  desc: 'Heading of the actions of the round before and what became of them',
                })}
              </h3>
              <ul class="action-list">
                ${previous.actions.map((a) => this.renderAction(a, results, plainWords))}
              </ul>`
          : nothing
      }
    </section>`;
  }

  // ─── Render: compare units ────────────────────────────────────────────
  private renderCompareUnits(results: Results, snapshot: RoundSnapshot): TemplateResult | typeof nothing {
    const parentId = results.unit ? results.unit.parent : undefined;
    const parent = snapshot.results.find((r) =>
      parentId === undefined ? false : parentId === null ? r.unit === null : r.unit?.id === parentId,
    );
    const siblings = snapshot.results.filter(
      (r) => r !== results && r.unit && results.unit && r.unit.parent === results.unit.parent,
    );
    const others = [...siblings, ...(parent ? [parent] : [])];
    if (!others.length) return nothing;
    const units = [results, ...others];
    const name = (r: Results) =>
      r.unit
        ? r.unit.name
        : msg('Alla enheter', { id: 'results.wholeSurvey', desc: 'The whole survey, every unit together' });
    const published = results.questions.filter(
      (q): q is TableResult => q.published && q.type !== 'scale-group' && q.type !== 'multi',
    );
    return html`<section class="compare" part="compare">
      <h3>
        ${msg(str`${name(results)} bredvid andra enheter`, {
          id: 'results.compareUnits',
          desc: 'Heading: this unit beside its parent and the units next to it',
        })}
      </h3>
      ${published.map((question) => {
        const { text, lang } = this.text(question.text, results);
        const columns: Column[] = units.map((r) => {
          const q = r.questions.find((x) => x.id === question.id) as TableResult | undefined;
          return {
            label: name(r),
            // A unit's name is the survey's data, in its language; "Alla enheter" is svara's own words.
            lang: r.unit ? r.lang : this.uiLang,
            data: q
              ? { ...q.total, mergedSets: q.merged }
              : {
                  n: null,
                  counts: question.options.map((o) => ({ value: o.value, count: null })),
                  tooFew: true,
                },
          };
        });
        // Merges differ between units: every answer has its row, and every set some unit shows together has
        // one more (its count, or the sum of its answers where a unit shows them one by one).
        const sets: NonNullable<Chartable['merged']> = [];
        for (const r of units)
          for (const m of (r.questions.find((x) => x.id === question.id) as TableResult | undefined)
            ?.merged ?? [])
            if (!sets.some((x) => JSON.stringify(x.values) === JSON.stringify(m.values))) sets.push(m);
        for (const column of columns) column.data = this.withMergedCounts(column.data, sets);
        const rows: Row[] = [];
        for (const option of question.options) {
          rows.push(this.optionRow(option, results));
          for (const [i, m] of sets.entries())
            if (keyOf(m.values[m.values.length - 1]!) === keyOf(option.value)) {
              const { text, lang } = this.text(m.text, results);
              rows.push({ key: `${MERGED_PREFIX}${i}`, label: text, lang, apart: false });
            }
        }
        this.withApart(rows, question.total);
        return html`<div class="compare-question">
          <h4 lang=${lang} dir=${dirFor(lang)}>${text}</h4>
          <div class="charts">${columns.map((column) => this.renderChart(column, rows, results, text))}</div>
          ${this.renderTable(columns, rows, results, text, lang)}
        </div>`;
      })}
    </section>`;
  }

  /** A column with a count for each of `sets`: its own merged count, or the sum of published answers. */
  private withMergedCounts(column: ResultColumn, sets: NonNullable<Chartable['merged']>): ResultColumn {
    if (!sets.length) return column;
    const own = (column as ResultColumn & { mergedSets?: Chartable['merged'] }).mergedSets;
    return {
      ...column,
      merged: sets.map((set) => {
        const i = own?.findIndex((m) => JSON.stringify(m.values) === JSON.stringify(set.values)) ?? -1;
        if (i >= 0) return column.merged?.[i] ?? null;
        const counts = set.values.map(
          (v) => column.counts.find((c) => keyOf(c.value) === keyOf(v))?.count ?? null,
        );
        return counts.some((c) => c === null) ? null : counts.reduce<number>((a, c) => a + c!, 0);
      }),
    };
  }

  // ─── Render: compare rounds (a trend) ─────────────────────────────────
  private renderTrend(trend: Trend): TemplateResult {
    const asResults = { lang: trend.lang } as Results;
    const { text: title, lang: titleLang } = this.text(trend.title, asResults);
    const unitName = trend.unit
      ? trend.unit.name
      : msg('Alla enheter', { id: 'results.wholeSurvey', desc: 'The whole survey, every unit together' });
    return html`<div class="results">
      <h2 part="title" lang=${titleLang} dir=${dirFor(titleLang)}>${title}</h2>
      <p class="where" part="where">
        ${msg(str`${unitName} över tid`, { id: 'results.overTime', desc: 'Heading line: the unit over the rounds' })}
      </p>
      ${trend.questions.map((q) => this.renderQuestionTrend(q, trend, asResults))}
    </div>`;
  }

  private renderQuestionTrend(question: QuestionTrend, trend: Trend, asResults: Results): TemplateResult {
    const { text, lang } = this.text(question.text, asResults);
    const positive = question.positive ? this.text(question.positive.text, asResults) : undefined;
    const pct = (v: number | null) => (v === null ? null : this.percent(v));
    const hidden = this.hiddenSentence({ minCount: trend.minCount } as Results);
    const parts = question.points.map((p) => {
      const value = p.tooFew
        ? this.tooFewSentence({ minCount: trend.minCount } as Results)
        : (pct(p.positive) ?? hidden);
      return `${p.round.name}: ${value}${p.reworded ? ` (${this.rewordedWord()})` : ''}`;
    });
    const name = positive
      ? msg(str`Stapeldiagram över tid, ${text}, andel ${positive.text}. ${parts.join('; ')}.`, {
          id: 'results.trendChartName',
          desc: 'Accessible name of a trend chart: question, what share is shown, then each round',
        })
      : '';
    const reworded = question.points.filter((p) => p.reworded);
    // A mean column only where some round has one (a merged or hidden count leaves none).
    const showMean = question.ordinal && question.points.some((p) => typeof p.mean === 'number');
    const labels = {
      round: msg('Omgång', { id: 'results.roundHeader', desc: 'Table header: the round' }),
      share: msg('Andel', {
        id: 'results.share',
        desc: 'Before the answers counted in a trend: "Andel Glad eller mycket glad"',
      }),
      mean: msg('Medelvärde', { id: 'results.meanHeader', desc: 'Table header: mean' }),
      answered: msg('Svarade', { id: 'results.answeredHeader', desc: 'Table header: how many answered' }),
    };
    const shareLabel = positive
      ? cellLabel(
          html`${labels.share}
            <span lang=${positive.lang} dir=${dirFor(positive.lang)}>${positive.text}</span>`,
        )
      : nothing;
    return html`<section part="question" class="question trend">
      <h3 lang=${lang} dir=${dirFor(lang)}>${text}</h3>
      ${
        reworded.length
          ? html`<p class="note">
              ${msg('Frågan formulerades om. Jämför med försiktighet:', {
                id: 'results.rewordedNote',
                desc: 'Before the rounds in which a question was worded differently',
              })}
              ${reworded.map((p, i) => {
                const t = this.text(p.text, asResults);
                return html`${i ? '; ' : ''}${p.round.name}:
                  <q lang=${t.lang} dir=${dirFor(t.lang)}>${t.text}</q>`;
              })}
            </p>`
          : nothing
      }
      ${
        positive
          ? html`<div class="chart" part="chart" role="img" aria-label=${name}>
              <p class="chart-title">
                ${msg('Andel', { id: 'results.share', desc: 'Before the answers counted in a trend: "Andel Glad eller mycket glad"' })}
                <span lang=${positive.lang} dir=${dirFor(positive.lang)}>${positive.text}</span>
              </p>
              ${question.points.map((p) => {
                const shown = p.tooFew ? null : p.positive;
                return html`<div class="row">
                  <span class="label"
                    >${p.round.name}${p.reworded ? html` <span class="reworded">(${this.rewordedWord()})</span>` : nothing}</span
                  >
                  ${
                    shown === null
                      ? html`<span class="hidden" part="hidden"
                          >${p.tooFew ? this.tooFewSentence({ minCount: trend.minCount } as Results) : hidden}</span
                        >`
                      : html`<svg
                            class="bar"
                            part="bar"
                            aria-hidden="true"
                            focusable="false"
                            preserveAspectRatio="none"
                          >
                            ${svg`<rect x="0" y="0" height="100%" width="${Math.max(shown * 100, 0.5)}%"></rect>`}
                          </svg>
                          <span class="value">${this.percent(shown)}</span>`
                  }
                </div>`;
              })}
            </div>`
          : nothing
      }
      <div class="table-scroll">
        <table class="stack" part="table" role="table">
          <caption id="trend-${question.id}">
            <span lang=${lang} dir=${dirFor(lang)}>${text}</span>
            ${msg('(per omgång)', { id: 'results.perRound', desc: 'After the question in a trend table caption' })}
          </caption>
          <thead>
            <tr role="row">
              <th scope="col" role="columnheader">${labels.round}</th>
              ${
                positive
                  ? html`<th scope="col" role="columnheader">
                      ${labels.share}
                      <span lang=${positive.lang} dir=${dirFor(positive.lang)}>${positive.text}</span>
                    </th>`
                  : nothing
              }
              ${showMean ? html`<th scope="col" role="columnheader">${labels.mean}</th>` : nothing}
              <th scope="col" role="columnheader">${labels.answered}</th>
            </tr>
          </thead>
          <tbody>
            ${question.points.map(
              (p) =>
                html`<tr role="row">
                  <th scope="row" role="rowheader">
                    ${p.round.name}${p.reworded ? html` (${this.rewordedWord()})` : nothing}
                  </th>
                  ${
                    positive
                      ? p.tooFew
                        ? html`<td class="hidden" role="cell">
                            ${shareLabel}${msg('För få svar', { id: 'results.tooFewShort', desc: 'Table cell: too few answered to show' })}
                          </td>`
                        : p.positive === null
                          ? html`<td class="hidden" role="cell">${shareLabel}${this.shortHidden()}</td>`
                          : html`<td role="cell">${shareLabel}${this.percent(p.positive)}</td>`
                      : nothing
                  }
                  ${
                    showMean
                      ? html`<td role="cell">
                          ${cellLabel(labels.mean)}${typeof p.mean === 'number' ? new Intl.NumberFormat(this.uiLang, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(p.mean) : this.shortHidden()}
                        </td>`
                      : nothing
                  }
                  <td role="cell">
                    ${cellLabel(labels.answered)}${p.n === null ? this.shortHidden() : this.number(p.n)}
                  </td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  private rewordedWord(): string {
    return msg('omformulerad', {
      id: 'results.reworded',
      desc: 'After a round in which the question was worded differently',
    });
  }

  // ─── Render: for children (lättläst) ──────────────────────────────────
  /** Short sentences about one question: one per answer, hidden ones in words. */
  private childSentences(
    question: TableResult,
    results: Results,
  ): { faces: string[]; text: string; lang: string }[] {
    const col = question.total;
    if (col.tooFew || col.n === null)
      return [
        {
          text: msg('För få svarade på den här frågan. Därför visar vi inte svaren.', {
            id: 'results.child.tooFew',
            desc: 'Children: too few answered this question to show the answers',
          }),
          lang: this.uiLang,
          faces: [],
        },
      ];
    const rows = this.rows(question.options, col, results, question.merged);
    return rows.map((row) => {
      const count = this.countOf(col, row.key);
      const answer = row.label.toLocaleLowerCase(row.lang);
      const text =
        count === null
          ? msg(str`Några valde ${answer}. Vi säger inte hur många, så att ingen kan räknas ut.`, {
              id: 'results.child.hidden',
              desc: 'Children: some chose this answer, but the number is hidden to protect them',
            })
          : count === 0
            ? msg(str`Ingen valde ${answer}.`, {
                id: 'results.child.none',
                desc: 'Children: nobody chose this answer',
              })
            : msg(str`${this.number(count)} av ${this.number(col.n!)} valde ${answer}.`, {
                id: 'results.child.count',
                desc: 'Children: how many of all chose this answer, e.g. "12 av 20 valde glad."',
              });
      return { faces: row.faces ?? (row.face ? [row.face] : []), text, lang: this.uiLang };
    });
  }

  private readQuestion(question: TableResult, results: Results): void {
    if (this.readingQuestion === question.id && this.reader.reading) {
      this.reader.stop();
      this.readingQuestion = undefined;
      return;
    }
    const { text, lang } = this.text(question.text, results);
    const items: ReadAloudItem[] = [
      { key: 'question', text, lang },
      ...this.childSentences(question, results).map((s, i) => ({
        key: `answer-${i}`,
        text: s.text,
        lang: s.lang,
      })),
    ];
    this.readingQuestion = question.id;
    void this.reader.read(items).then(() => this.requestUpdate());
  }

  private renderChild(results: Results): TemplateResult {
    const { text, lang } = this.text(results.title, results);
    const questions = results.questions.filter(
      (q): q is TableResult =>
        q.published && (q.type === 'scale' || q.type === 'choice') && q.id !== results.by?.question,
    );
    const how =
      results.respondents === null
        ? msg('Några svarade. Vi säger inte hur många, så att ingen kan räknas ut.', {
            id: 'results.child.respondentsHidden',
            desc: 'Children: how many answered is hidden',
          })
        : msg(str`${this.number(results.respondents)} svarade.`, {
            id: 'results.child.respondents',
            desc: 'Children: how many answered, e.g. "20 svarade."',
          });
    const missing = this.reader.missingLanguage;
    return html`<div class="results child">
      <h2 part="title" lang=${lang} dir=${dirFor(lang)}>${text}</h2>
      ${this.renderWhere(results)}
      <p part="summary" class="summary">${how}</p>
      ${
        missing
          ? html`<p class="note" role="status">
              ${msg('Den här telefonen eller datorn kan inte läsa upp text på det här språket.', {
                id: 'results.child.noVoice',
                desc: 'Children: the device has no voice for this language',
              })}
            </p>`
          : nothing
      }
      ${questions.map((question) => {
        const q = this.text(question.text, results);
        const sentences = this.childSentences(question, results);
        const reading = this.readingQuestion === question.id && this.reader.reading;
        const current = reading ? this.reader.current?.key : undefined;
        const rows = this.rows(question.options, question.total, results, question.merged);
        const columns: Column[] = [
          {
            label: msg('Alla', { id: 'results.everyone', desc: 'Column/chart of everyone who answered' }),
            lang: this.uiLang,
            data: question.total,
          },
        ];
        return html`<section part="question" class="question">
          <h3 lang=${q.lang} dir=${dirFor(q.lang)}>${q.text}</h3>
          <button
            type="button"
            class="listen"
            part="listen"
            aria-pressed=${reading ? 'true' : 'false'}
            @click=${() => this.readQuestion(question, results)}
          >
            <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" class="listen-icon">
              <path d="M4 9v6h4l5 4V5L8 9H4zm12.5 3a4.5 4.5 0 0 0-2.5-4v8a4.5 4.5 0 0 0 2.5-4z"></path>
            </svg>
            ${msg('Lyssna', { id: 'results.child.listen', desc: 'Button: read this question and its answers aloud' })}
          </button>
          <ul class="sentences">
            ${sentences.map(
              (s, i) =>
                html`<li class=${current === `answer-${i}` ? 'reading' : ''}>
                  ${s.faces.map((face) => html`<svara-pictogram builtin=${face} decorative></svara-pictogram>`)}
                  <span lang=${s.lang} dir=${dirFor(s.lang)}>${s.text}</span>
                </li>`,
            )}
          </ul>
          ${this.renderTable(columns, rows, results, q.text, q.lang)}
        </section>`;
      })}
      ${this.renderActions(results, true)}
    </div>`;
  }

  // ─── Render ───────────────────────────────────────────────────────────
  protected override render(): TemplateResult {
    const source = this.source;
    if (isTrend(source)) return this.renderTrend(source);
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
              : source
                ? msg('Det finns inga publicerade resultat för den här enheten.', {
                    id: 'results.noUnit',
                    desc: 'The snapshot has no results for the unit asked for',
                  })
                : nothing
        }
      </p>`;
    }
    if (this.audience === 'child') return this.renderChild(results);
    const { text, lang } = this.text(results.title, results);
    const published = results.questions.filter((q): q is TableResult | ScaleGroupResult => q.published);
    const by = results.by ? this.text(results.by.text, results) : undefined;
    const min = this.number(results.minCount);
    const snapshot = this.snapshot;
    return html`<div class="results">
      <h2 part="title" lang=${lang} dir=${dirFor(lang)}>${text}</h2>
      ${this.renderWhere(results)}
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
      ${this.renderModes(results)} ${this.renderActions(results)}
      ${
        this.compare === 'units' && snapshot
          ? this.renderCompareUnits(results, snapshot)
          : published.map((q) => this.renderQuestion(q, results))
      }
    </div>`;
  }
}
