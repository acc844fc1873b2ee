/**
 * A unit's questions over the rounds of a survey, from the rounds' published snapshots only: each round's value
 * (the share of positive answers, and the mean of an ordinal scale) is worked out from that round's protected
 * counts, so a trend never shows more than the snapshots it comes from. A question is followed by its id while
 * its type and option values stay the same (the platform refuses other changes to a kept id); a new wording is
 * marked on the round where it first appears.
 */
import type {
  OptionValue,
  QuestionTrend,
  Results,
  RoundSnapshot,
  TableResult,
  Text,
  Trend,
  TrendPoint,
} from '@svara/schema';

/** The positive answers of the word scales (the top half of an ordinal scale otherwise). */
const POSITIVE_WORDS: Record<string, OptionValue[]> = {
  'yes-partly-no': ['yes'],
  'yes-sometimes-no': ['yes'],
  'yes-no': ['yes'],
  'never-sometimes-often': ['often'],
  'all-some-none': ['all'],
  'grade-3': ['very-good'],
};

const OR: Record<string, string> = { sv: 'eller', en: 'or', fi: 'tai', ar: 'أو' };

function positiveOf(question: TableResult): { values: OptionValue[]; text: Text } | undefined {
  let values: OptionValue[];
  if (question.type === 'scale' && question.scale && POSITIVE_WORDS[question.scale])
    values = POSITIVE_WORDS[question.scale]!;
  else if (question.ordinal) {
    // The top half, without the middle of an odd scale.
    const all = question.options.map((o) => o.value);
    values = all.slice(all.length - Math.floor(all.length / 2));
  } else return undefined;
  const texts = values.map((v) => question.options.find((o) => o.value === v)!.text);
  // The answer nearest the middle first: "Glad eller mycket glad".
  return { values, text: joinTexts(texts) };
}

/** "Glad eller mycket glad". */
function joinTexts(texts: Text[]): Text {
  if (texts.length === 1) return texts[0]!;
  const langs = new Set<string>();
  for (const t of texts) if (typeof t !== 'string') Object.keys(t).forEach((l) => langs.add(l));
  const join = (lang: string | undefined) => {
    const parts = texts.map((t, i) => {
      const s = typeof t === 'string' ? t : (t[lang ?? 'sv'] ?? t.sv ?? Object.values(t)[0] ?? '');
      return i === 0 || lang === 'ar' ? s : s.charAt(0).toLocaleLowerCase(lang ?? 'sv') + s.slice(1);
    });
    return `${parts.slice(0, -1).join(', ')} ${OR[lang ?? 'sv'] ?? OR.en} ${parts[parts.length - 1]}`;
  };
  if (langs.size === 0) return join(undefined);
  return Object.fromEntries([...langs].map((l) => [l, join(l)])) as Text;
}

const same = (a: Text, b: Text) => JSON.stringify(a) === JSON.stringify(b);
const sameValues = (a: TableResult, b: TableResult) =>
  a.type === b.type &&
  JSON.stringify(a.options.map((o) => o.value)) === JSON.stringify(b.options.map((o) => o.value));

/** One round's point from its published column. */
function pointOf(
  question: TableResult,
  positive: OptionValue[] | undefined,
  result: Results,
): Omit<TrendPoint, 'reworded'> {
  const col = question.total;
  const point: Omit<TrendPoint, 'reworded'> = {
    round: result.round!,
    n: null,
    positive: null,
    text: question.text,
  };
  if (question.ordinal) point.mean = col.mean ?? null;
  if (col.tooFew) {
    point.tooFew = true;
    return point;
  }
  // Answered with a value: n less "vet inte" and "hoppa över", or the sum of the value counts.
  const counts = col.counts.map((c) => c.count);
  let valued: number | null = null;
  // (Absent "vet inte"/"hoppa över" are not allowed by the question: 0; null is hidden.)
  if (col.n !== null && col.dontKnow !== null && col.skipped !== null)
    valued = col.n - (col.dontKnow ?? 0) - (col.skipped ?? 0);
  else if (counts.every((c) => c !== null)) valued = counts.reduce<number>((s, c) => s + c!, 0);
  point.n = valued;
  if (!positive || valued === null || valued === 0) return point;
  // The positive count: the values' own counts, or a merged set that is exactly them.
  const key = (v: OptionValue) => JSON.stringify(v);
  const wanted = new Set(positive.map(key));
  let count: number | null = 0;
  const merged = question.merged ?? [];
  const covered = new Set<string>();
  merged.forEach((m, i) => {
    const inside = m.values.filter((v) => wanted.has(key(v)));
    if (inside.length === 0) return;
    if (inside.length !== m.values.length || count === null) {
      count = null;
      return;
    }
    const c = col.merged?.[i] ?? null;
    count = c === null ? null : count + c;
    inside.forEach((v) => covered.add(key(v)));
  });
  for (const c of col.counts) {
    if (count === null) break;
    if (!wanted.has(key(c.value)) || covered.has(key(c.value))) continue;
    count = c.count === null ? null : count + c.count;
  }
  if (count !== null) point.positive = Math.round((count / valued) * 1000) / 1000;
  return point;
}

/**
 * The trend of `unit` (null: the whole survey) over `snapshots` (any order; sorted by the round's closing day).
 * Questions of the latest round only; a question whose type or values changed starts over where they changed.
 */
export function trendOf(snapshots: readonly RoundSnapshot[], unit: string | null): Trend {
  const ordered = [...snapshots].sort(
    (a, b) => (a.round.closes ?? '').localeCompare(b.round.closes ?? '') || 0,
  );
  const results = ordered
    .map((s) => s.results.find((r) => (r.unit ? r.unit.id : null) === unit))
    .filter((r): r is Results => r !== undefined);
  const latest = results[results.length - 1];
  if (!latest)
    throw new Error(`No published results for ${unit === null ? 'the whole survey' : `unit "${unit}"`}.`);
  const questions: QuestionTrend[] = [];
  for (const question of latest.questions) {
    if (!question.published || (question.type !== 'scale' && question.type !== 'choice')) continue;
    const current = question as TableResult;
    const positive = positiveOf(current);
    const points: TrendPoint[] = [];
    let previous: TableResult | undefined;
    for (const result of results) {
      const found = result.questions.find((q) => q.id === question.id && q.published) as
        TableResult | undefined;
      if (!found || !sameValues(found, current)) {
        // Not asked, or asked with other answers: the trend starts again after it.
        if (found) points.length = 0;
        previous = undefined;
        continue;
      }
      const point: TrendPoint = {
        ...pointOf(found, positive?.values, result),
        reworded: previous !== undefined && !same(previous.text, found.text),
      };
      // The same values per answering mode, each from the mode's own published column.
      if (found.modes?.length)
        point.modes = found.modes.map(({ mode, ...column }) => {
          const {
            round: _round,
            text: _text,
            ...values
          } = pointOf({ ...found, total: column }, positive?.values, result);
          return { mode, ...values };
        });
      points.push(point);
      previous = found;
    }
    questions.push({
      id: current.id,
      type: current.type as 'scale' | 'choice',
      text: current.text,
      ordinal: current.ordinal,
      ...(positive ? { positive } : {}),
      points,
    });
  }
  return {
    format: 'svara-trend/1',
    surveyId: latest.surveyId,
    unit: latest.unit ?? null,
    lang: latest.lang,
    title: latest.title,
    minCount: latest.minCount,
    questions,
  };
}
