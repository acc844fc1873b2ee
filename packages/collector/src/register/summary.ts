/**
 * The yearly summary of a unit's register, for the kvalitetsberättelse: counts per category and per what it
 * concerns, by month, quarter and year; the share of those who asked for an answer who got feedback; the median
 * days to feedback; the actions taken; and the themes staff write.
 *
 * The public version publishes only numbers that reveal no one, with the collector's small-group protection
 * (src/results/suppression.ts — the same as published results): every count from 1 to 4 is hidden, and more are
 * hidden until none can be worked out from the totals. It is a closed period (a year that has ended), per quarter
 * rather than per month, and never has a description or an action.
 *
 * - Categories × quarters, with the quarters' totals, each category's year and the year's total: a table with its
 *   margins (`protectOneWay` for the year per category, then `protectTwoWay` for the quarters).
 * - What it concerns, for the year: a one-way table sharing the year's total. When that total is published, any
 *   two tables agreeing with it can be combined (a table of categories × concerns × quarters exists for every
 *   pair), so each is protected on its own; when it is hidden, no concerns count is published.
 * - The share with feedback only when both those who got it and those who did not are 0 or at least 5; the
 *   median days only over at least 5 cases.
 */
import { MIN_COUNT, protectOneWay, protectTwoWay } from '../results/suppression.js';
import type { CaseRow } from './cases.js';
import { daysBetween } from './dates.js';
import { CATEGORIES, CATEGORY_LABELS } from './vocabulary.js';
import type { Category, Label, Term } from './vocabulary.js';

export interface CountRow {
  code: string;
  label: Label;
  months: number[];
  quarters: number[];
  year: number;
}

export interface ActionTaken {
  caseId: number;
  receivedOn: string;
  category: Category;
  concerns: string | null;
  action: string;
}

export interface Summary {
  unit: string | null;
  year: number;
  total: number;
  months: number[];
  quarters: number[];
  categories: CountRow[];
  concerns: CountRow[];
  givenBy: CountRow[];
  feedback: {
    /** Cases that asked for an answer. */
    asked: number;
    /** … and got feedback. */
    given: number;
    /** given / asked, 3 decimals; null when nobody asked. */
    share: number | null;
    /** Median days from received to feedback over every case with feedback; null when none. */
    medianDays: number | null;
    withFeedback: number;
  };
  /** Cases with an action written down. */
  withAction: number;
  actions: ActionTaken[];
  themes: string;
}

const quarterOf = (month: number): number => Math.floor(month / 3);

function countRows(
  rows: readonly CaseRow[],
  codes: readonly Term[],
  key: (row: CaseRow) => string | null,
): CountRow[] {
  const table = new Map<string, CountRow>();
  for (const term of codes)
    table.set(term.code, {
      code: term.code,
      label: term.label,
      months: new Array(12).fill(0),
      quarters: [0, 0, 0, 0],
      year: 0,
    });
  const none = { sv: 'Inte angivet', en: 'Not stated' };
  for (const row of rows) {
    const code = key(row) ?? '';
    let entry = table.get(code);
    if (!entry) {
      entry = {
        code,
        label: code ? { sv: code, en: code } : none,
        months: new Array(12).fill(0),
        quarters: [0, 0, 0, 0],
        year: 0,
      };
      table.set(code, entry);
    }
    const month = Number(row.received_on.slice(5, 7)) - 1;
    entry.months[month]!++;
    entry.quarters[quarterOf(month)]!++;
    entry.year++;
  }
  return [...table.values()];
}

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The summary of the cases received in `year` (rows already limited to the unit and the year). */
export function summarize(
  rows: readonly CaseRow[],
  year: number,
  unit: string | null,
  vocabulary: { concerns: readonly Term[]; givenBy: readonly Term[] },
  themes: string,
): Summary {
  const inYear = rows.filter((r) => r.received_on.startsWith(`${year}-`));
  const months = new Array<number>(12).fill(0);
  for (const row of inYear) months[Number(row.received_on.slice(5, 7)) - 1]!++;
  const asked = inYear.filter((r) => r.wants_answer === 1);
  const given = asked.filter((r) => r.feedback_given === 1);
  const withFeedback = inYear.filter((r) => r.feedback_given === 1 && r.feedback_on);
  const actions = inYear
    .filter((r) => r.action && r.action.trim())
    .map((r) => ({
      caseId: Number(r.id),
      receivedOn: r.received_on,
      category: r.category as Category,
      concerns: r.concerns,
      action: r.action!,
    }));
  return {
    unit,
    year,
    total: inYear.length,
    months,
    quarters: [0, 1, 2, 3].map((q) => months.slice(q * 3, q * 3 + 3).reduce((a, b) => a + b, 0)),
    categories: countRows(
      inYear,
      CATEGORIES.map((code) => ({ code, label: CATEGORY_LABELS[code] })),
      (r) => r.category,
    ),
    concerns: countRows(inYear, vocabulary.concerns, (r) => r.concerns),
    givenBy: countRows(inYear, vocabulary.givenBy, (r) => r.given_by),
    feedback: {
      asked: asked.length,
      given: given.length,
      share: asked.length ? Math.round((given.length / asked.length) * 1000) / 1000 : null,
      medianDays: median(withFeedback.map((r) => Math.max(0, daysBetween(r.received_on, r.feedback_on!)))),
      withFeedback: withFeedback.length,
    },
    withAction: actions.length,
    actions,
    themes,
  };
}

// ─── The public summary ────────────────────────────────────────────────

/** A published count: a number, or null when hidden to protect those who wrote. */
export type PublicCount = number | null;

export interface PublicSummary {
  unit: string | null;
  year: number;
  total: PublicCount;
  quarters: PublicCount[];
  categories: { code: string; label: Label; quarters: PublicCount[]; year: PublicCount }[];
  concerns: { code: string; label: Label; year: PublicCount }[];
  feedback: { share: number | null; medianDays: number | null };
  themes: string;
  minCount: number;
}

/** The summary with small counts hidden and nothing hidden recoverable; no descriptions, no actions. */
export function protectSummary(summary: Summary): PublicSummary {
  const categories = summary.categories;
  const yearTable = protectOneWay(categories.map((c) => c.year));
  const grid = categories.map((c) => c.quarters);
  const split = protectTwoWay(grid, { totals: yearTable });
  const show = (value: number, hidden: boolean | undefined): PublicCount => (hidden ? null : value);
  const totalShown = yearTable.ok && !yearTable.totalSuppressed;
  // Concerns share the year's total; without it published, none of them is.
  const concernRows = summary.concerns.filter((c) => c.year > 0 || c.code !== '');
  const concernTable = totalShown
    ? protectOneWay(
        concernRows.map((c) => c.year),
        { fixedTotal: false },
      )
    : undefined;
  const { asked, given } = summary.feedback;
  const feedbackTable = protectOneWay([given, asked - given], { fixedTotal: true });
  const shareShown =
    asked > 0 && feedbackTable.ok && !feedbackTable.suppressed[0] && !feedbackTable.suppressed[1];
  return {
    unit: summary.unit,
    year: summary.year,
    total: show(summary.total, !totalShown),
    quarters: split
      ? split.groupTotals.map((n, q) => show(n, split.groupTotalsSuppressed[q]))
      : [null, null, null, null],
    categories: categories.map((c, i) => ({
      code: c.code,
      label: c.label,
      quarters: c.quarters.map((n, q) => show(n, !split || split.suppressed[i]![q])),
      year: show(c.year, !yearTable.ok || yearTable.suppressed[i]),
    })),
    concerns: concernRows.map((c, i) => ({
      code: c.code,
      label: c.label,
      year: show(c.year, !concernTable || !concernTable.ok || concernTable.suppressed[i]),
    })),
    feedback: {
      share: shareShown ? summary.feedback.share : null,
      medianDays: summary.feedback.withFeedback >= MIN_COUNT ? summary.feedback.medianDays : null,
    },
    themes: summary.themes,
    minCount: MIN_COUNT,
  };
}
