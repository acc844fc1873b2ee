/**
 * Published results: counts per answer for every closed question, "vet inte" and "hoppa över" apart, n, a mean
 * where the scale is ordinal, a response rate, and optionally the same split by a breakdown question — with small
 * groups protected by suppression.ts. Free text, e-mail addresses, dates and consents are never published.
 *
 * Pure: feed submissions to a tally (`createTally`, one at a time, so a million rows stream through) and call
 * `finish()`. The JSON it returns is the results endpoint's body; README.md documents it.
 */
import {
  DONT_KNOW,
  SKIPPED,
  allQuestions,
  allowedSpecialCodes,
  isOrdinal,
  questionDisplay,
  questionOptions,
  resolveScale,
} from '@svara/schema';
import type { OptionValue, Question, Survey, Text } from '@svara/schema';
// The published format is a contract shared with <svara-results>, so it lives in @svara/schema.
import type {
  Breakdown,
  Count,
  GroupColumn,
  Groups,
  ItemResult,
  OptionCount,
  PublishedResultBase,
  QuestionResult,
  ResultColumn,
  ResultOption,
  Results,
  ScaleGroupResult,
  TableResult,
  UnpublishedResult,
} from '@svara/schema';

export type {
  Breakdown,
  Count,
  GroupColumn,
  Groups,
  ItemResult,
  OptionCount,
  QuestionResult,
  ResultColumn,
  ResultOption,
  Results,
  ScaleGroupResult,
  TableResult,
  UnpublishedResult,
};

import { MIN_COUNT, isSmall, protectOneWay, protectTwoWay } from './suppression.js';
import type { OneWay, TwoWay } from './suppression.js';

// ─── Tally ────────────────────────────────────────────────────────────────

type Key = string;
const keyOf = (value: unknown): Key => JSON.stringify(value) ?? 'undefined';
/** Group of respondents who did not answer the breakdown question. */
const NO_GROUP: Key = '\u0000none';

/** Counts per category, per group key. */
class Source {
  readonly index = new Map<Key, number>();
  readonly counts = new Map<Key, number[]>();
  constructor(readonly keys: readonly Key[]) {
    keys.forEach((key, i) => this.index.set(key, i));
  }
  add(group: Key, category: number): void {
    let row = this.counts.get(group);
    if (!row) this.counts.set(group, (row = new Array<number>(this.keys.length).fill(0)));
    row[category]!++;
  }
  addValue(group: Key, value: unknown): void {
    const category = this.index.get(keyOf(value));
    if (category !== undefined) this.add(group, category);
  }
  totals(): number[] {
    const sum = new Array<number>(this.keys.length).fill(0);
    for (const row of this.counts.values()) row.forEach((n, i) => (sum[i]! += n));
    return sum;
  }
  /** Category × group matrix for the given columns; each column is a list of group keys merged together. */
  matrix(columns: readonly (readonly Key[])[]): number[][] {
    return this.keys.map((_, i) =>
      columns.map((keys) => keys.reduce((sum, key) => sum + (this.counts.get(key)?.[i] ?? 0), 0)),
    );
  }
}

interface Layout {
  values: OptionValue[];
  dontKnow: boolean;
  skipped: boolean;
  ordinal: boolean;
}

/** Categories of a scale/choice-like source: values, then "vet inte", then "hoppa över". */
function categoryKeys(layout: Layout): Key[] {
  return [
    ...layout.values.map(keyOf),
    ...(layout.dontKnow ? [keyOf(DONT_KNOW)] : []),
    ...(layout.skipped ? [keyOf(SKIPPED)] : []),
  ];
}

function layoutOf(question: Question): Layout {
  const codes = allowedSpecialCodes(question);
  return {
    values: questionOptions(question).map((o) => o.value),
    dontKnow: codes.includes(DONT_KNOW),
    skipped: codes.includes(SKIPPED),
    ordinal: isOrdinal(question),
  };
}

const LIST: Key = '\u0000list';
const CHOSEN: Key = '\u0000chosen';
const NOT_CHOSEN: Key = '\u0000not-chosen';

type Tabulated =
  | { kind: 'single'; question: Question; layout: Layout; source: Source }
  | { kind: 'group'; question: Question; layout: Layout; items: { id: string; text: Text; source: Source }[] }
  | {
      kind: 'multi';
      question: Question;
      layout: Layout;
      /** Answered with a list, "vet inte", "hoppa över". */
      special: Source;
      /** Per option: chosen / not chosen, among those who answered with a list. */
      options: Source[];
    }
  | { kind: 'unpublished'; question: Question; reason: 'free-text' | 'personal' };

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

export interface TallyOptions {
  /** Id of a question with `breakdown: true` to split by. */
  by?: string;
  minCount?: number;
  /** Clock for `generatedAt` (tests). */
  now?: () => Date;
}

export interface Tally {
  /** Adds one stored submission (its `answers`). */
  add(submission: { answers?: unknown }): void;
  /** The published, protected results. */
  finish(): Results;
}

/** Thrown for a `by` that names no breakdown question; the message says why. */
export class BreakdownError extends Error {}

/** The questions a survey may be split by (`breakdown: true`). */
export function breakdownQuestions(survey: Survey): Question[] {
  return allQuestions(survey).filter(
    (q) => (q.type === 'scale' || q.type === 'choice') && q.breakdown === true,
  );
}

export function createTally(survey: Survey, options: TallyOptions = {}): Tally {
  const minCount = options.minCount ?? MIN_COUNT;
  let by: Question | undefined;
  if (options.by !== undefined) {
    by = breakdownQuestions(survey).find((q) => q.id === options.by);
    if (!by) {
      const allowed = breakdownQuestions(survey).map((q) => q.id);
      throw new BreakdownError(
        allowed.length
          ? `"${options.by}" is not a breakdown question of this survey. Use one of: ${allowed.join(', ')}.`
          : `"${options.by}" is not a breakdown question: this survey has none.`,
      );
    }
  }
  const tabulated: Tabulated[] = allQuestions(survey).map((question): Tabulated => {
    switch (question.type) {
      case 'scale':
      case 'choice': {
        const layout = layoutOf(question);
        return { kind: 'single', question, layout, source: new Source(categoryKeys(layout)) };
      }
      case 'scale-group': {
        const layout = layoutOf(question);
        return {
          kind: 'group',
          question,
          layout,
          items: question.items.map((item) => ({
            id: item.id,
            text: item.text,
            source: new Source(categoryKeys(layout)),
          })),
        };
      }
      case 'multi': {
        const layout = layoutOf(question);
        return {
          kind: 'multi',
          question,
          layout,
          special: new Source([
            LIST,
            ...(layout.dontKnow ? [keyOf(DONT_KNOW)] : []),
            ...(layout.skipped ? [keyOf(SKIPPED)] : []),
          ]),
          options: layout.values.map(() => new Source([CHOSEN, NOT_CHOSEN])),
        };
      }
      case 'text':
        return { kind: 'unpublished', question, reason: 'free-text' };
      default:
        return { kind: 'unpublished', question, reason: 'personal' };
    }
  });
  const byLayout = by ? layoutOf(by) : undefined;
  const byKeys = new Set(byLayout ? categoryKeys(byLayout) : []);
  let respondents = 0;

  function add(submission: { answers?: unknown }): void {
    respondents++;
    const answers = isPlainObject(submission.answers) ? submission.answers : {};
    const get = (id: string): unknown => (Object.hasOwn(answers, id) ? answers[id] : undefined);
    let group: Key = NO_GROUP;
    if (by) {
      const key = keyOf(get(by.id));
      if (byKeys.has(key)) group = key;
    }
    for (const t of tabulated) {
      if (t.kind === 'unpublished') continue;
      const answer = get(t.question.id);
      if (answer === undefined) continue;
      if (t.kind === 'single') t.source.addValue(group, answer);
      else if (t.kind === 'group') {
        if (!isPlainObject(answer)) continue;
        for (const item of t.items) {
          if (Object.hasOwn(answer, item.id)) item.source.addValue(group, answer[item.id]);
        }
      } else if (Array.isArray(answer)) {
        t.special.add(group, 0);
        t.layout.values.forEach((value, i) => t.options[i]!.add(group, answer.includes(value) ? 0 : 1));
      } else t.special.addValue(group, answer);
    }
  }

  function finish(): Results {
    const respondentsHidden = isSmall(respondents, minCount);
    const results: Results = {
      surveyId: survey.id,
      surveyVersion: survey.version,
      lang: survey.lang,
      title: survey.title,
      generatedAt: (options.now?.() ?? new Date()).toISOString(),
      minCount,
      respondents: respondentsHidden ? null : respondents,
      questions: [],
    };
    if (survey.invited !== undefined) {
      results.invited = survey.invited;
      results.responseRate = respondentsHidden ? null : round(respondents / survey.invited, 3);
    }

    // The groups shown: the breakdown question's answers whose own count is published.
    let columns: Key[][] | undefined;
    const shown: OptionValue[] = [];
    if (by && byLayout) {
      const t = tabulated.find((x) => x.question === by);
      const source = t?.kind === 'single' ? t.source : undefined;
      const table = protectOneWay(source?.totals() ?? [], { minCount });
      const groupKeys: Key[] = [];
      byLayout.values.forEach((value, i) => {
        if (table.ok && !table.suppressed[i] && table.counts[i]! > 0) {
          shown.push(value);
          groupKeys.push(keyOf(value));
        }
      });
      const rest = [...(source?.counts.keys() ?? []), NO_GROUP].filter((key) => !groupKeys.includes(key));
      columns = [...groupKeys.map((key) => [key]), [...new Set(rest)]];
      const options = questionOptions(by);
      results.by = {
        question: by.id,
        text: by.text,
        groups: shown.map((value) => ({
          value,
          text: options.find((o) => o.value === value)?.text ?? String(value),
        })),
        othersHidden:
          respondents > shown.reduce<number>((sum, value) => sum + countIn(source, keyOf(value)), 0),
      };
    }

    const split = (question: Question) => columns !== undefined && question !== by;
    for (const t of tabulated) {
      const question = t.question;
      if (t.kind === 'unpublished') {
        results.questions.push({
          id: question.id,
          type: question.type as UnpublishedResult['type'],
          text: question.text,
          published: false,
          reason: t.reason,
        });
        continue;
      }
      const base = describe(question, t.layout);
      if (t.kind === 'single') {
        const total = protectOneWay(t.source.totals(), { minCount });
        const result: TableResult = {
          ...base,
          type: question.type as 'scale' | 'choice',
          total: column(t.layout, total),
        };
        if (split(question))
          result.groups = groupColumns(t.source, t.layout, total, columns!, shown, minCount);
        results.questions.push(result);
      } else if (t.kind === 'group') {
        const items: ItemResult[] = t.items.map((item) => {
          const total = protectOneWay(item.source.totals(), { minCount });
          const result: ItemResult = { id: item.id, text: item.text, total: column(t.layout, total) };
          if (split(question))
            result.groups = groupColumns(item.source, t.layout, total, columns!, shown, minCount);
          return result;
        });
        results.questions.push({ ...base, type: 'scale-group', items });
      } else {
        results.questions.push(multiResult(base, t, split(question) ? columns : undefined, shown, minCount));
      }
    }
    return results;
  }

  return { add, finish };
}

function countIn(source: Source | undefined, key: Key): number {
  return source?.counts.get(key)?.reduce((sum, n) => sum + n, 0) ?? 0;
}

function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

function describe(question: Question, layout: Layout): Omit<PublishedResultBase, 'type'> {
  // Key order as documented: id and type first (the type is filled in by the caller, kept in place here).
  const base = {
    id: question.id,
    type: question.type,
    text: question.text,
    published: true,
    display: questionDisplay(question),
    ...(question.type === 'scale' || question.type === 'scale-group'
      ? { scale: resolveScale(question.scale).kind }
      : {}),
    ordinal: layout.ordinal,
    options: questionOptions(question).map((o) => ({
      value: o.value,
      text: o.text,
      ...(o.pictogram ? { pictogram: o.pictogram } : {}),
    })),
  } as Omit<PublishedResultBase, 'type'>;
  return base;
}

/** A column from the counts of its categories (values, then "vet inte", then "hoppa över") and their hiding. */
function buildColumn(
  layout: Layout,
  counts: readonly number[],
  hidden: readonly boolean[],
  n: Count,
): ResultColumn {
  const show = (i: number): Count => (hidden[i] ? null : counts[i]!);
  const values = layout.values.length;
  const col: ResultColumn = { n, counts: layout.values.map((value, i) => ({ value, count: show(i) })) };
  if (layout.dontKnow) col.dontKnow = show(values);
  if (layout.skipped) col.skipped = show(values + (layout.dontKnow ? 1 : 0));
  if (layout.ordinal) col.mean = meanOf(layout.values, counts.slice(0, values), hidden.slice(0, values));
  return col;
}

function meanOf(
  values: readonly OptionValue[],
  counts: readonly number[],
  hidden: readonly boolean[],
): number | null {
  if (hidden.some(Boolean)) return null;
  let n = 0;
  let sum = 0;
  values.forEach((value, i) => {
    n += counts[i]!;
    sum += Number(value) * counts[i]!;
  });
  return n === 0 ? null : round(sum / n, 2);
}

function column(layout: Layout, table: OneWay): ResultColumn {
  if (!table.ok)
    return buildColumn(
      layout,
      table.counts,
      table.counts.map(() => true),
      null,
    );
  return buildColumn(layout, table.counts, table.suppressed, table.totalSuppressed ? null : table.total);
}

/** The split of one table by the shown groups; the last of `columns` is everyone else (never shown). */
function protectSplit(
  source: Source,
  total: OneWay,
  columns: readonly (readonly Key[])[],
  minCount: number,
  fixedGroupTotals?: readonly boolean[],
): TwoWay | undefined {
  if (!total.ok) return undefined;
  const matrix = source.matrix(columns);
  const restIndex = columns.length - 1;
  const restEmpty = matrix.every((row) => row[restIndex] === 0);
  // An empty rest holds nobody: leave it out rather than protect zeros that describe no one.
  const used = restEmpty ? matrix.map((row) => row.slice(0, restIndex)) : matrix;
  const hiddenGroups = used[0]!.map((_, j) => !restEmpty && j === restIndex);
  return protectTwoWay(used, {
    minCount,
    totals: total,
    hiddenGroups,
    ...(fixedGroupTotals ? { fixedGroupTotals: fixedGroupTotals.slice(0, used[0]!.length) } : {}),
  });
}

function groupColumns(
  source: Source,
  layout: Layout,
  total: OneWay,
  columns: readonly (readonly Key[])[],
  shown: readonly OptionValue[],
  minCount: number,
): Groups {
  if (shown.length === 0) return [];
  const table = protectSplit(source, total, columns, minCount);
  if (!table) return null;
  return shown.map((group, j) => ({
    group,
    ...buildColumn(
      layout,
      table.counts.map((row) => row[j]!),
      table.suppressed.map((row) => row[j]!),
      table.groupTotalsSuppressed[j] ? null : table.groupTotals[j]!,
    ),
  }));
}

function multiResult(
  base: Omit<PublishedResultBase, 'type'>,
  t: Extract<Tabulated, { kind: 'multi' }>,
  columns: readonly (readonly Key[])[] | undefined,
  shown: readonly OptionValue[],
  minCount: number,
): TableResult {
  const { layout } = t;
  const specialTotal = protectOneWay(t.special.totals(), { minCount });
  // Each option's "chosen / not chosen" sums to the number who answered with a list (row 0 of `special`).
  const listHidden = !specialTotal.ok || specialTotal.suppressed[0]!;
  const optionTotals = t.options.map((source) =>
    protectOneWay(source.totals(), { minCount, fixedTotal: listHidden }),
  );
  const totalColumn = (special: OneWay, options: OneWay[]): ResultColumn =>
    multiColumn(
      layout,
      special.ok ? special.counts : [],
      special.ok ? special.suppressed : special.counts.map(() => true),
      special.ok && !special.totalSuppressed ? special.total : null,
      options.map((o) => (o.ok && !o.suppressed[0] ? o.counts[0]! : null)),
    );
  const result: TableResult = { ...base, type: 'multi', total: totalColumn(specialTotal, optionTotals) };
  if (columns && shown.length === 0) result.groups = [];
  else if (columns) {
    const specialSplit = protectSplit(t.special, specialTotal, columns, minCount);
    const optionSplits = specialSplit
      ? t.options.map((source, i) =>
          protectSplit(source, optionTotals[i]!, columns, minCount, specialSplit.suppressed[0]),
        )
      : [];
    if (!specialSplit || optionSplits.some((s) => !s)) result.groups = null;
    else {
      result.groups = shown.map((group, j) =>
        Object.assign(
          { group },
          multiColumn(
            layout,
            specialSplit.counts.map((row) => row[j]!),
            specialSplit.suppressed.map((row) => row[j]!),
            specialSplit.groupTotalsSuppressed[j] ? null : specialSplit.groupTotals[j]!,
            optionSplits.map((s) => (s!.suppressed[0]![j] ? null : s!.counts[0]![j]!)),
          ),
        ),
      );
    }
  }
  return result;
}

/** A multi column: n and the special codes from the `special` table, chosen counts from the option tables. */
function multiColumn(
  layout: Layout,
  special: readonly number[],
  specialHidden: readonly boolean[],
  n: Count,
  chosen: readonly Count[],
): ResultColumn {
  const col: ResultColumn = { n, counts: layout.values.map((value, i) => ({ value, count: chosen[i]! })) };
  const show = (i: number): Count => ((specialHidden[i] ?? true) ? null : special[i]!);
  // Rows of `special`: answered with a list, then "vet inte", then "hoppa över".
  if (layout.dontKnow) col.dontKnow = show(1);
  if (layout.skipped) col.skipped = show(layout.dontKnow ? 2 : 1);
  return col;
}

/** Results of a survey from submissions (convenience over createTally). */
export function computeResults(
  survey: Survey,
  submissions: Iterable<{ answers?: unknown }>,
  options: TallyOptions = {},
): Results {
  const tally = createTally(survey, options);
  for (const submission of submissions) tally.add(submission);
  return tally.finish();
}
