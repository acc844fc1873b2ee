/**
 * The public results pages the collector serves (`/r/…`): plain HTML rendered on the server from a published
 * snapshot only — every table with its numbers in words, "Ni sa – vi gör" beside them, a children's version in
 * short sentences, print-friendly (A4, one page per unit). Strict CSP like the hosted survey page: no scripts at
 * all, one stylesheet from this server.
 */
import type {
  ResultAction,
  ResultColumn,
  ResultRound,
  Results,
  RoundSnapshot,
  TableResult,
  Text,
} from '@svara/schema';

import { escapeHtml, htmlPage } from '../../http/html-page.js';
import type { AppResponse } from '../../http/types.js';

/** No scripts; only this server's stylesheet. */
export const RESULTS_PAGE_CSP =
  "default-src 'none'; script-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; " +
  "form-action 'none'; frame-ancestors 'none'";

export interface IndexEntry {
  surveyId: string;
  title: Text;
  lang: string;
  round: ResultRound;
  publishedAt: string;
  respondents: number | null;
  json: string;
  csv: string;
  page: string;
  units: {
    id: string | null;
    name: string | null;
    parent: string | null;
    json: string;
    csv: string;
    page: string;
  }[];
}

const WIDTHS = Array.from({ length: 101 }, (_, i) => `.w${i} { inline-size: ${i}%; }`).join('\n');

export const RESULTS_PAGE_CSS = `:root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
body { margin: 0; }
main { max-inline-size: 52rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 0.5rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 0.5rem; }
h3 { font-size: 1.1rem; margin: 1.25rem 0 0.25rem; }
p, li { font-size: 1.05rem; }
a { color: LinkText; }
.meta { margin: 0 0 1rem; }
.unit-page + .unit-page { border-block-start: 2px solid; margin-block-start: 3rem; }
table { border-collapse: collapse; inline-size: 100%; margin: 0.5rem 0 1rem; }
caption { text-align: start; font-weight: 600; padding-block-end: 0.25rem; }
th, td { border-block-end: 1px solid GrayText; padding: 0.35rem 0.4rem; text-align: start; vertical-align: top; overflow-wrap: anywhere; }
td.num, th.num { text-align: end; }
h1, h2, h3, p, li, a { overflow-wrap: anywhere; }
.visually-hidden { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.bar-cell { inline-size: 30%; }
.bar { display: block; block-size: 0.9rem; background: #1f6f43; border: 1px solid #0d3b22; box-sizing: border-box; min-inline-size: 1px; }
.hidden-count { font-style: italic; }
.note { font-size: 0.95rem; }
.actions li { margin-block-end: 0.75rem; }
.status { font-weight: 600; }
nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5rem 1.25rem; }
nav a, .links a { display: inline-block; min-block-size: 44px; line-height: 44px; }
.child p, .child li { font-size: 1.25rem; }
@media (max-width: 36rem) {
  .bar-cell { display: none; }
  th, td { padding: 0.3rem 0.2rem; font-size: 0.95rem; }
}
@media (forced-colors: active) { .bar { background: CanvasText; border-color: CanvasText; forced-color-adjust: none; } }
@media print {
  @page { size: A4; margin: 15mm; }
  nav, .links { display: none; }
  main { max-inline-size: none; padding: 0; }
  .unit-page { break-before: page; }
  .unit-page:first-of-type { break-before: auto; }
  .unit-page + .unit-page { border: 0; margin: 0; }
  section { break-inside: avoid; }
  .bar { background: #000; print-color-adjust: exact; }
}
${WIDTHS}
`;

/** A Text in the page's language, with `lang` marked when it had to fall back to another. */
function t(text: Text | undefined, lang: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return escapeHtml(text);
  const own = text[lang];
  if (own !== undefined) return escapeHtml(own);
  const [other, value] = (text.sv !== undefined ? ['sv', text.sv] : Object.entries(text)[0]) ?? ['', ''];
  const dir = other === 'ar' || other === 'fa' || other === 'he' ? ' dir="rtl"' : '';
  return `<span lang="${escapeHtml(other)}"${dir}>${escapeHtml(value)}</span>`;
}

const UI = {
  sv: {
    index: 'Publicerade resultat',
    indexIntro:
      'Resultat publiceras per enhet när en omgång har stängt. Grupper med färre än 5 svar visas inte, och inte heller tal som skulle avslöja dem.',
    none: 'Inga resultat är publicerade än.',
    wholeSurvey: 'Hela enkäten',
    round: 'Omgång',
    respondents: (n: string) => `${n} svarade`,
    modesHeading: 'Hur svaren gavs',
    modes: { self: 'Själv', 'with-support': 'Med stöd', interviewer: 'Intervju' } as Record<string, string>,
    modesCount: 'Antal',
    fewRespondents: 'Färre än 5 svarade',
    rate: (p: string) => `svarsfrekvens ${p}`,
    answer: 'Svar',
    all: 'Alla',
    hidden: 'visas inte',
    hiddenNote:
      '"Visas inte": färre än 5 svar, eller ett tal som skulle avslöja ett sådant. "För få svar": färre än 5 svarade, så inget visas.',
    tooFew: 'För få svar',
    answered: 'Svarade på frågan',
    tooFewText: 'För få svarade på frågan (färre än 5), så inga svar visas.',
    mean: 'Medelvärde',
    dontKnow: 'Vet inte',
    skipped: 'Hoppade över',
    merged: 'Svaren visas tillsammans för att skydda dem som svarade.',
    actions: 'Ni sa – vi gör',
    heard: 'Det här hörde vi',
    weDo: 'Det här gör vi',
    responsible: 'Ansvarig',
    when: 'När',
    status: { planerad: 'Planerad', pågår: 'Pågår', klar: 'Klar' } as Record<string, string>,
    previous: (name: string) => `Förra omgången (${name}) sa ni`,
    weHave: 'Så här har det gått',
    noActions: 'Inga åtgärder är publicerade för den här enheten.',
    files: 'Öppna data',
    printable: 'Utskriftsvänlig sida för alla enheter',
    child: 'Lättläst version för barn',
    adult: 'Hela resultatet',
    allResults: 'Alla publicerade resultat',
    units: 'Enheter',
    missing: 'Resultaten finns inte',
    missingText:
      'Det finns inga publicerade resultat på den här adressen. Resultat publiceras först när en omgång har stängt.',
    childAnswered: (n: string) => `${n} svarade på frågan.`,
    childTooFew: 'För få svarade. Därför visar vi inte svaren.',
    childCount: (n: string, text: string) => `${n} svarade: ${text}.`,
    childHidden: 'Vi visar inte alla svar. Då kan ingen räkna ut vad du svarade.',
    childActions: 'Det här gör vi nu',
    publishedOn: (day: string) => `Publicerad ${day}`,
  },
  en: {
    index: 'Published results',
    indexIntro:
      'Results are published per unit once a round has closed. Groups of fewer than 5 answers are not shown, nor numbers that would give them away.',
    none: 'No results have been published yet.',
    wholeSurvey: 'The whole survey',
    round: 'Round',
    respondents: (n: string) => `${n} answered`,
    modesHeading: 'How the answers were given',
    modes: { self: 'Alone', 'with-support': 'With support', interviewer: 'Interview' } as Record<
      string,
      string
    >,
    modesCount: 'Number',
    fewRespondents: 'Fewer than 5 answered',
    rate: (p: string) => `response rate ${p}`,
    answer: 'Answer',
    all: 'Everyone',
    hidden: 'not shown',
    hiddenNote:
      '"Not shown": fewer than 5 answers, or a number that would give such a number away. "Too few answers": fewer than 5 answered, so nothing is shown.',
    tooFew: 'Too few answers',
    answered: 'Answered the question',
    tooFewText: 'Too few answered the question (fewer than 5), so no answers are shown.',
    mean: 'Mean',
    dontKnow: "Don't know",
    skipped: 'Skipped',
    merged: 'These answers are shown together to protect those who answered.',
    actions: 'You said – we do',
    heard: 'What we heard',
    weDo: 'What we will do',
    responsible: 'Responsible',
    when: 'When',
    status: { planerad: 'Planned', pågår: 'In progress', klar: 'Done' } as Record<string, string>,
    previous: (name: string) => `Last round (${name}) you said`,
    weHave: 'How it went',
    noActions: 'No actions have been published for this unit.',
    files: 'Open data',
    printable: 'Printable page of every unit',
    child: 'Easy-read version for children',
    adult: 'The full results',
    allResults: 'All published results',
    units: 'Units',
    missing: 'No such results',
    missingText:
      'There are no published results at this address. Results are published once a round has closed.',
    childAnswered: (n: string) => `${n} answered the question.`,
    childTooFew: 'Too few answered. So we do not show the answers.',
    childCount: (n: string, text: string) => `${n} answered: ${text}.`,
    childHidden: 'We do not show every answer. Then nobody can work out what you answered.',
    childActions: 'What we are doing now',
    publishedOn: (day: string) => `Published ${day}`,
  },
};
type Ui = (typeof UI)['sv'];
const uiOf = (lang: string): Ui => (lang === 'en' ? UI.en : UI.sv);

function page(status: number, lang: string, title: string, main: string): AppResponse {
  return htmlPage({
    status,
    lang,
    title,
    stylesheet: '/r/svara-results.css',
    main,
    csp: RESULTS_PAGE_CSP,
    cacheControl: status === 200 ? 'public, max-age=60' : 'no-cache',
  });
}

const plain = (text: Text, lang: string): string =>
  typeof text === 'string' ? text : (text[lang] ?? text.sv ?? Object.values(text)[0] ?? '');

function formatNumber(n: number, lang: string): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'sv-SE').format(n);
}
function formatPercent(share: number, lang: string): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'sv-SE', {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(share);
}
function formatDay(day: string, lang: string): string {
  const [y, m, d] = day.slice(0, 10).split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'sv-SE', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d ?? 1)));
}

export function missingPage(): AppResponse {
  const ui = UI.sv;
  return page(
    404,
    'sv',
    ui.missing,
    `      <h1>${ui.missing}</h1>
      <p>${ui.missingText}</p>
      <p><a href="/r/">${ui.allResults}</a></p>`,
  );
}

export function indexPage(entries: readonly IndexEntry[]): AppResponse {
  const ui = UI.sv;
  const items = entries
    .map(
      (e) => `        <li>
          <h2><a href="${escapeHtml(e.page)}">${t(e.title, 'sv')} – ${escapeHtml(e.round.name)}</a></h2>
          <p>${ui.publishedOn(escapeHtml(formatDay(e.publishedAt, 'sv')))} · <a href="${escapeHtml(e.json)}">JSON</a> · <a href="${escapeHtml(e.csv)}">CSV</a></p>
          <ul>
${e.units
  .filter((u) => u.id !== null && u.id !== '-')
  .map((u) => `            <li><a href="${escapeHtml(u.page)}">${escapeHtml(u.name ?? u.id ?? '')}</a></li>`)
  .join('\n')}
          </ul>
        </li>`,
    )
    .join('\n');
  return page(
    200,
    'sv',
    ui.index,
    `      <h1>${ui.index}</h1>
      <p>${ui.indexIntro}</p>
      <p class="links"><a href="/api/results">${ui.files} (JSON)</a></p>
${entries.length ? `      <ul>\n${items}\n      </ul>` : `      <p>${ui.none}</p>`}`,
  );
}

function countCell(
  count: number | null | undefined,
  n: number | null,
  tooFew: boolean,
  ui: Ui,
  lang: string,
): string {
  if (tooFew) return `<td class="num">${ui.tooFew}</td>`;
  if (count === null || count === undefined) return `<td class="num hidden-count">${ui.hidden}</td>`;
  const share = n ? ` (${formatPercent(count / n, lang)})` : '';
  return `<td class="num">${formatNumber(count, lang)}${share}</td>`;
}

interface Row {
  label: string;
  count: (column: ResultColumn) => number | null | undefined;
}

function rowsOf(
  table: Pick<TableResult, 'merged'> & { options: TableResult['options'] },
  total: ResultColumn,
  lang: string,
  ui: Ui,
): Row[] {
  const rows: Row[] = [];
  // In the scale's order: a merged set where its first answer is.
  const setOf = (value: unknown) =>
    (table.merged ?? []).findIndex((m) => m.values.some((v) => JSON.stringify(v) === JSON.stringify(value)));
  const done = new Set<number>();
  table.options.forEach((option, i) => {
    const set = setOf(option.value);
    if (set < 0) rows.push({ label: t(option.text, lang), count: (c) => c.counts[i]?.count });
    else if (!done.has(set)) {
      done.add(set);
      rows.push({ label: t(table.merged![set]!.text, lang), count: (c) => c.merged?.[set] });
    }
  });
  if (total.dontKnow !== undefined) rows.push({ label: ui.dontKnow, count: (c) => c.dontKnow });
  if (total.skipped !== undefined) rows.push({ label: ui.skipped, count: (c) => c.skipped });
  return rows;
}

function tableHtml(
  id: string,
  caption: string,
  table: {
    total: ResultColumn;
    groups?: TableResult['groups'];
    modes?: TableResult['modes'];
    merged?: TableResult['merged'];
  },
  options: TableResult['options'],
  result: Results,
  lang: string,
  ui: Ui,
  captionIsHeading = false,
): string {
  if (table.total.tooFew)
    return `          <p>${captionIsHeading ? '' : `<strong>${caption}:</strong> `}${ui.tooFewText}</p>`;
  const groups = table.groups ?? [];
  const groupName = (value: unknown) => {
    const found = result.by?.groups.find((g) => g.value === value);
    return found ? t(found.text, lang) : escapeHtml(String(value));
  };
  const columns: [string, ResultColumn][] = [
    [ui.all, table.total],
    ...groups.map((g): [string, ResultColumn] => [groupName(g.group), g]),
    ...(table.modes ?? []).map((m): [string, ResultColumn] => [ui.modes[m.mode] ?? escapeHtml(m.mode), m]),
  ];
  const rows = rowsOf({ merged: table.merged, options } as TableResult, table.total, lang, ui);
  const nRow = `<tr><th scope="row">${ui.answered}</th>${columns
    .map(([, c]) => `<td class="num">${c.n === null ? ui.hidden : formatNumber(c.n, lang)}</td>`)
    .join('')}<td aria-hidden="true"></td></tr>`;
  const body = rows
    .map((row) => {
      const total = row.count(table.total);
      const share =
        !table.total.tooFew && typeof total === 'number' && table.total.n
          ? Math.round((100 * total) / table.total.n)
          : undefined;
      const bar =
        share === undefined ? '' : `<span class="bar w${Math.max(0, Math.min(100, share))}"></span>`;
      return `<tr><th scope="row">${row.label}</th>${columns
        .map(([, c]) => countCell(row.count(c), c.n, c.tooFew === true, ui, lang))
        .join('')}<td class="bar-cell" aria-hidden="true">${bar}</td></tr>`;
    })
    .join('\n            ');
  const mean =
    table.total.mean !== undefined
      ? `<tr><th scope="row">${ui.mean}</th>${columns
          .map(
            ([, c]) =>
              `<td class="num">${c.tooFew ? ui.tooFew : c.mean === null || c.mean === undefined ? ui.hidden : formatNumber(c.mean, lang)}</td>`,
          )
          .join('')}<td aria-hidden="true"></td></tr>`
      : '';
  return `          <table>
            <caption id="${escapeHtml(id)}"${captionIsHeading ? ' class="visually-hidden"' : ''}>${caption}</caption>
            <thead><tr><th scope="col">${ui.answer}</th>${columns
              .map(([name]) => `<th scope="col" class="num">${name}</th>`)
              .join('')}<td aria-hidden="true"></td></tr></thead>
            <tbody>
            ${nRow}
            ${body}
            ${mean}
            </tbody>
          </table>${table.merged?.length ? `\n          <p class="note">${ui.merged}</p>` : ''}`;
}

/** "Hur svaren gavs": how many answered alone, with support, in an interview (where published). */
function modesHtml(result: Results, unitKey: string, lang: string, ui: Ui): string {
  if (!result.modes?.length) return '';
  const rows = result.modes
    .map(
      (m) =>
        `<tr><th scope="row">${ui.modes[m.mode] ?? escapeHtml(m.mode)}</th>${countCell(m.count, result.respondents, false, ui, lang)}</tr>`,
    )
    .join('');
  return `        <section class="modes">
          <h2 id="m-${escapeHtml(unitKey)}">${ui.modesHeading}</h2>
          <table aria-labelledby="m-${escapeHtml(unitKey)}">
            <thead><tr><th scope="col">${ui.modesHeading}</th><th scope="col" class="num">${ui.modesCount}</th></tr></thead>
            <tbody>${rows}</tbody>
          </table>
        </section>
`;
}

function actionsHtml(result: Results, lang: string, ui: Ui, child: boolean): string {
  const item = (a: ResultAction) => {
    const history = (a.history ?? [])
      .map(
        (h) =>
          `<li>${escapeHtml(formatDay(h.at, lang))}: ${ui.status[h.status] ?? escapeHtml(h.status)}${h.note ? ` – ${t(h.note, lang)}` : ''}</li>`,
      )
      .join('');
    if (child)
      return `<li><p>${t(a.plain ?? a.action, lang)}</p><p class="status">${ui.status[a.status] ?? ''}</p></li>`;
    return `<li>
            <p><strong>${ui.heard}:</strong> ${t(a.heard, lang)}</p>
            <p><strong>${ui.weDo}:</strong> ${t(a.action, lang)}</p>
            ${a.plain ? `<p lang="${escapeHtml(lang)}">${t(a.plain, lang)}</p>` : ''}
            <p><strong>${ui.responsible}:</strong> ${t(a.responsible, lang)}${a.when ? ` · <strong>${ui.when}:</strong> ${escapeHtml(a.when)}` : ''} · <span class="status">${ui.status[a.status] ?? escapeHtml(a.status)}</span></p>
            ${history ? `<ul>${history}</ul>` : ''}
          </li>`;
  };
  const mine = result.actions ?? [];
  const previous = result.previousActions;
  let html = `        <section class="actions">
          <h2>${child ? ui.childActions : ui.actions}</h2>
          ${mine.length ? `<ul>${mine.map(item).join('')}</ul>` : `<p>${ui.noActions}</p>`}`;
  if (previous?.actions.length) {
    html += `
          <h3>${escapeHtml(ui.previous(previous.round.name))}</h3>
          <ul>${previous.actions.map(item).join('')}</ul>`;
  }
  return html + '\n        </section>';
}

function unitSection(snapshot: RoundSnapshot, result: Results, headingLevel: 1 | 2, child: boolean): string {
  const lang = result.lang;
  const ui = uiOf(lang);
  const name = result.unit?.name ?? ui.wholeSurvey;
  const h = `h${headingLevel}`;
  const respondents =
    result.respondents === null ? ui.fewRespondents : ui.respondents(formatNumber(result.respondents, lang));
  const rate =
    typeof result.responseRate === 'number' ? `, ${ui.rate(formatPercent(result.responseRate, lang))}` : '';
  const round = snapshot.round;
  const period =
    round.opens && round.closes
      ? ` (${escapeHtml(formatDay(round.opens, lang))} – ${escapeHtml(formatDay(round.closes, lang))})`
      : '';
  const unitKey = result.unit?.id ?? '-';
  const questions = result.questions
    .filter((q) => q.published)
    .map((q) => {
      if (!q.published) return '';
      const qid = `${unitKey}-${q.id}`;
      if (child) return childQuestion(q as TableResult, result, lang, ui);
      if (q.type === 'scale-group')
        return `        <section>
          <h2>${t(q.text, lang)}</h2>
${q.items
  .map((item) => tableHtml(`t-${qid}-${item.id}`, t(item.text, lang), item, q.options, result, lang, ui))
  .join('\n')}
        </section>`;
      return `        <section>
          <h2>${t(q.text, lang)}</h2>
${tableHtml(`t-${qid}`, t(q.text, lang), q, q.options, result, lang, ui, true)}
        </section>`;
    })
    .join('\n');
  return `      <article class="unit-page${child ? ' child' : ''}">
        <${h}>${t(result.title, lang)}: ${escapeHtml(name)}</${h}>
        <p class="meta">${ui.round} ${escapeHtml(round.name)}${period}. ${respondents}${rate}.</p>
${child ? '' : `        <p class="note">${ui.hiddenNote}</p>\n`}${child ? '' : modesHtml(result, unitKey, lang, ui)}${actionsHtml(result, lang, ui, child)}
${questions}
      </article>`;
}

function childQuestion(q: TableResult, result: Results, lang: string, ui: Ui): string {
  const tables =
    (q as unknown as { type: string }).type === 'scale-group'
      ? (q as unknown as { items: (TableResult & { id: string })[] }).items.map((i) => ({
          text: i.text,
          total: i.total,
          merged: i.merged,
        }))
      : [{ text: q.text, total: q.total, merged: q.merged }];
  return `        <section>
          <h2>${t(q.text, lang)}</h2>
${tables
  .map((table) => {
    const lines: string[] = [];
    if (tables.length > 1) lines.push(`<p><strong>${t(table.text, lang)}</strong></p>`);
    if (table.total.tooFew || table.total.n === null) lines.push(`<p>${ui.childTooFew}</p>`);
    else {
      lines.push(`<p>${ui.childAnswered(formatNumber(table.total.n, lang))}</p>`);
      const rows = rowsOf({ merged: table.merged, options: q.options } as TableResult, table.total, lang, ui);
      // Short: the answers someone gave, then one sentence for everything not shown.
      const shown = rows.filter((row) => (row.count(table.total) ?? 0) > 0);
      const hidden = rows.some((row) => row.count(table.total) === null);
      if (shown.length)
        lines.push(
          `<ul>${shown
            .map(
              (row) =>
                `<li>${ui.childCount(formatNumber(row.count(table.total)!, lang), row.label.toLocaleLowerCase(lang))}</li>`,
            )
            .join('')}</ul>`,
        );
      if (hidden) lines.push(`<p>${ui.childHidden}</p>`);
    }
    return '          ' + lines.join('\n          ');
  })
  .join('\n')}
        </section>`;
}

function links(snapshot: RoundSnapshot, result: Results | undefined, child: boolean): string {
  const ui = uiOf(snapshot.results[0]?.lang ?? 'sv');
  const survey = encodeURIComponent(snapshot.surveyId);
  const round = encodeURIComponent(snapshot.round.id);
  const unit = result ? encodeURIComponent(result.unit?.id ?? '-') : undefined;
  const base = `/api/surveys/${survey}/rounds/${round}${unit ? `/units/${unit}` : ''}`;
  const pageUrl = `/r/${survey}/${round}${unit ? `/${unit}` : ''}`;
  const items = [
    result
      ? child
        ? `<a href="${pageUrl}">${ui.adult}</a>`
        : `<a href="${pageUrl}?audience=child">${ui.child}</a>`
      : '',
    result ? `<a href="/r/${survey}/${round}">${ui.printable}</a>` : '',
    `<a href="${base}/results.json">${ui.files}: JSON</a>`,
    `<a href="${base}/results.csv">${ui.files}: CSV</a>`,
    `<a href="/r/">${ui.allResults}</a>`,
  ].filter(Boolean);
  return `      <nav aria-label="${ui.files}"><ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul></nav>`;
}

export function unitPage(snapshot: RoundSnapshot, result: Results, audience: 'adult' | 'child'): AppResponse {
  const lang = result.lang;
  const ui = uiOf(lang);
  const child = audience === 'child';
  const unitNav = child
    ? ''
    : (() => {
        const kids = (result.unit?.children ?? [])
          .map((id) => snapshot.results.find((r) => r.unit?.id === id))
          .filter((r): r is Results => r !== undefined);
        if (!kids.length) return '';
        return `      <nav aria-label="${ui.units}"><h2>${ui.units}</h2><ul>${kids
          .map(
            (r) =>
              `<li><a href="/r/${encodeURIComponent(snapshot.surveyId)}/${encodeURIComponent(snapshot.round.id)}/${encodeURIComponent(r.unit!.id)}">${escapeHtml(r.unit!.name)}</a></li>`,
          )
          .join('')}</ul></nav>\n`;
      })();
  return page(
    200,
    lang,
    `${plain(result.title, lang)}: ${result.unit?.name ?? ui.wholeSurvey} – ${snapshot.round.name}`,
    `${links(snapshot, result, child)}
${unitSection(snapshot, result, 1, child)}
${unitNav}`,
  );
}

export function roundPage(snapshot: RoundSnapshot): AppResponse {
  const first = snapshot.results[0]!;
  const lang = first.lang;
  return page(
    200,
    lang,
    `${plain(first.title, lang)} – ${snapshot.round.name}`,
    `${links(snapshot, undefined, false)}
      <h1>${t(first.title, lang)} – ${escapeHtml(snapshot.round.name)}</h1>
${snapshot.results
  .map((result) =>
    // One level down under the page's heading.
    unitSection(snapshot, result, 1, false).replace(
      /<(\/?)h([1-5])\b/g,
      (_m, slash: string, level: string) => `<${slash}h${Number(level) + 1}`,
    ),
  )
  .join('\n')}`,
  );
}
