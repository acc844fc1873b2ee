/**
 * The yearly summary as HTML pages: the staff's printable one (A4, for the kvalitetsberättelse: every count, the
 * actions taken and the themes) and the public one (only protected counts and the themes). Plain, semantic HTML
 * with tables that have captions and header cells; no script; print styles for A4.
 */
import type { PublicCount, PublicSummary, Summary } from './summary.js';
import { CATEGORY_LABELS } from './vocabulary.js';
import type { Category } from './vocabulary.js';

type Locale = 'sv' | 'en';

const escape = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const words = {
  sv: {
    title: (unit: string, year: number) => `Synpunkter, klagomål och beröm ${year} – ${unit}`,
    organisation: 'hela organisationen',
    total: (n: string) => `Vi fick ${n} synpunkter, klagomål och beröm under året.`,
    byCategory: 'Per kategori och kvartal',
    byCategoryMonth: 'Per kategori och månad',
    byConcerns: 'Vad det gällde, per kvartal',
    byConcernsYear: 'Vad det gällde, hela året',
    category: 'Kategori',
    concerns: 'Gäller',
    year: 'Året',
    sum: 'Totalt',
    quarters: ['Kv 1', 'Kv 2', 'Kv 3', 'Kv 4'],
    months: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
    feedback: 'Återkoppling',
    asked: (asked: number, given: number) => `${given} av ${asked} som ville ha svar fick återkoppling.`,
    share: (share: string) => `Andel som fick återkoppling av dem som ville ha svar: ${share}.`,
    median: (days: string) => `Mediantid till återkoppling: ${days} dagar.`,
    noFeedback: 'Inga uppgifter om återkoppling kan visas.',
    actions: 'Åtgärder',
    noActions: 'Inga åtgärder är antecknade.',
    themes: 'Teman under året',
    noThemes: 'Inga teman är skrivna än.',
    hidden: '–',
    hiddenSr: 'visas inte',
    hiddenNote:
      'Ett streck (–) betyder färre än 5, eller ett tal som skulle avslöja ett sådant. Det visas inte för att skydda dem som skrev till oss.',
    internal: 'Intern sammanställning. Innehåller åtgärder från enskilda ärenden: publicera den inte.',
    case: 'Ärende',
    received: 'Inkom',
    action: 'Åtgärd',
  },
  en: {
    title: (unit: string, year: number) => `Comments, complaints and praise ${year} – ${unit}`,
    organisation: 'the whole organisation',
    total: (n: string) => `We received ${n} comments, complaints and praise during the year.`,
    byCategory: 'By category and quarter',
    byCategoryMonth: 'By category and month',
    byConcerns: 'What it concerned, by quarter',
    byConcernsYear: 'What it concerned, the whole year',
    category: 'Category',
    concerns: 'Concerns',
    year: 'Year',
    sum: 'Total',
    quarters: ['Q1', 'Q2', 'Q3', 'Q4'],
    months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    feedback: 'Feedback',
    asked: (asked: number, given: number) => `${given} of ${asked} who wanted an answer got feedback.`,
    share: (share: string) => `Share who got feedback of those who wanted an answer: ${share}.`,
    median: (days: string) => `Median time to feedback: ${days} days.`,
    noFeedback: 'No figures on feedback can be shown.',
    actions: 'Actions taken',
    noActions: 'No actions are recorded.',
    themes: 'Themes of the year',
    noThemes: 'No themes written yet.',
    hidden: '–',
    hiddenSr: 'not shown',
    hiddenNote:
      'A dash (–) means fewer than 5, or a number that would reveal one. It is not shown, to protect those who wrote to us.',
    internal: 'Internal summary. Contains actions from single cases: do not publish it.',
    case: 'Case',
    received: 'Received',
    action: 'Action',
  },
};

const STYLE = `
  body { font: 1rem/1.5 system-ui, sans-serif; color: #1b1b1b; background: #fff; margin: 0 auto; padding: 1rem;
    max-width: 60rem; }
  h1 { font-size: 1.6rem; line-height: 1.25; }
  h2 { font-size: 1.25rem; margin-top: 2rem; }
  table { border-collapse: collapse; margin: 0.5rem 0 1rem; font-variant-numeric: tabular-nums; }
  caption { text-align: start; font-weight: 600; padding: 0.25rem 0; }
  th, td { border: 1px solid #6b6b6b; padding: 0.25rem 0.5rem; text-align: end; }
  th[scope="row"], thead th:first-child { text-align: start; }
  .scroll { overflow-x: auto; }
  .note { font-size: 0.95rem; }
  .themes { white-space: pre-wrap; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%);
    white-space: nowrap; }
  @media (forced-colors: active) { th, td { border-color: CanvasText; } }
  @page { size: A4; margin: 18mm 16mm; }
  @media print { body { max-width: none; padding: 0; font-size: 10.5pt; } .scroll { overflow: visible; }
    table { page-break-inside: avoid; } }
`;

function page(lang: Locale, title: string, content: string): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escape(title)}</h1>
${content}
</main>
</body>
</html>
`;
}

const cell = (n: PublicCount, w: (typeof words)[Locale]): string =>
  n === null
    ? `<td><span aria-hidden="true">${w.hidden}</span><span class="visually-hidden">${w.hiddenSr}</span></td>`
    : `<td>${n}</td>`;

function table(
  caption: string,
  head: readonly string[],
  rows: readonly { label: string; cells: readonly PublicCount[] }[],
  w: (typeof words)[Locale],
  corner: string,
): string {
  return `<div class="scroll"><table>
<caption>${escape(caption)}</caption>
<thead><tr><th scope="col">${escape(corner)}</th>${head.map((h) => `<th scope="col">${escape(h)}</th>`).join('')}</tr></thead>
<tbody>
${rows.map((r) => `<tr><th scope="row">${escape(r.label)}</th>${r.cells.map((n) => cell(n, w)).join('')}</tr>`).join('\n')}
</tbody>
</table></div>`;
}

const unitName = (unit: string | null, w: (typeof words)[Locale]) => unit ?? w.organisation;
const percent = (share: number, lang: Locale) =>
  new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(share);
const number = (n: number, lang: Locale) =>
  new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 1 }).format(n);

/** The staff's printable summary: every count, actions and themes. */
export function summaryPage(summary: Summary, lang: Locale): string {
  const w = words[lang];
  const sum = (values: readonly number[]) => [...values, values.reduce((a, b) => a + b, 0)];
  const parts = [
    `<p>${escape(w.total(String(summary.total)))}</p>`,
    `<p class="note">${escape(w.internal)}</p>`,
    table(
      w.byCategory,
      [...w.quarters, w.year],
      [
        ...summary.categories.map((c) => ({ label: c.label[lang], cells: [...c.quarters, c.year] })),
        { label: w.sum, cells: sum(summary.quarters) },
      ],
      w,
      w.category,
    ),
    table(
      w.byCategoryMonth,
      [...w.months, w.year],
      [
        ...summary.categories.map((c) => ({ label: c.label[lang], cells: [...c.months, c.year] })),
        { label: w.sum, cells: sum(summary.months) },
      ],
      w,
      w.category,
    ),
    table(
      w.byConcerns,
      [...w.quarters, w.year],
      summary.concerns
        .filter((c) => c.year > 0)
        .map((c) => ({ label: c.label[lang], cells: [...c.quarters, c.year] })),
      w,
      w.concerns,
    ),
    `<h2>${escape(w.feedback)}</h2>`,
    `<p>${escape(w.asked(summary.feedback.asked, summary.feedback.given))}${
      summary.feedback.share !== null ? ` ${escape(w.share(percent(summary.feedback.share, lang)))}` : ''
    }${summary.feedback.medianDays !== null ? ` ${escape(w.median(number(summary.feedback.medianDays, lang)))}` : ''}</p>`,
    `<h2>${escape(w.actions)}</h2>`,
    summary.actions.length
      ? `<div class="scroll"><table><caption>${escape(w.actions)}</caption><thead><tr><th scope="col">${escape(w.case)}</th><th scope="col">${escape(w.received)}</th><th scope="col">${escape(w.category)}</th><th scope="col">${escape(w.action)}</th></tr></thead><tbody>${summary.actions
          .map(
            (a) =>
              `<tr><th scope="row">${a.caseId}</th><td>${a.receivedOn}</td><td>${escape(CATEGORY_LABELS[a.category as Category]?.[lang] ?? a.category)}</td><td style="text-align:start">${escape(a.action)}</td></tr>`,
          )
          .join('')}</tbody></table></div>`
      : `<p>${escape(w.noActions)}</p>`,
    `<h2>${escape(w.themes)}</h2>`,
    summary.themes ? `<p class="themes">${escape(summary.themes)}</p>` : `<p>${escape(w.noThemes)}</p>`,
  ];
  return page(lang, w.title(unitName(summary.unit, w), summary.year), parts.join('\n'));
}

/** The public page: protected counts and the themes, nothing from single cases. */
export function publicPage(summary: PublicSummary, lang: Locale): string {
  const w = words[lang];
  const total = summary.total === null ? w.hidden : String(summary.total);
  const parts = [
    summary.total === null ? '' : `<p>${escape(w.total(total))}</p>`,
    table(
      w.byCategory,
      [...w.quarters, w.year],
      [
        ...summary.categories.map((c) => ({ label: c.label[lang], cells: [...c.quarters, c.year] })),
        { label: w.sum, cells: [...summary.quarters, summary.total] },
      ],
      w,
      w.category,
    ),
    table(
      w.byConcernsYear,
      [w.year],
      summary.concerns.map((c) => ({ label: c.label[lang], cells: [c.year] })),
      w,
      w.concerns,
    ),
    `<p class="note">${escape(w.hiddenNote)}</p>`,
    `<h2>${escape(w.feedback)}</h2>`,
    summary.feedback.share === null && summary.feedback.medianDays === null
      ? `<p>${escape(w.noFeedback)}</p>`
      : `<p>${summary.feedback.share !== null ? escape(w.share(percent(summary.feedback.share, lang))) : ''}${
          summary.feedback.medianDays !== null
            ? ` ${escape(w.median(number(summary.feedback.medianDays, lang)))}`
            : ''
        }</p>`,
    `<h2>${escape(w.themes)}</h2>`,
    summary.themes ? `<p class="themes">${escape(summary.themes)}</p>` : `<p>${escape(w.noThemes)}</p>`,
  ];
  return page(lang, w.title(unitName(summary.unit, w), summary.year), parts.join('\n'));
}
