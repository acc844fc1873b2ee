/**
 * What changed between two versions of a survey, in a form the studio words for people ("Fråga 3: ny
 * formulering", "Fråga 5: ny fråga"): shown before publishing, and kept with each version. No DOM.
 */
import { iterateQuestions } from '@svara/schema';
import type { Question, Survey } from '@svara/schema';

export type ChangeKind =
  /** A question that was not there before. */
  | 'added'
  /** A question that is gone. */
  | 'removed'
  /** The question's text (in any language) changed. */
  | 'reworded'
  /** Its hint changed. */
  | 'description'
  /** Its plain-language variant changed. */
  | 'plain'
  /** Its answer options or statements: their words. */
  | 'option-words'
  /** Its answer options or statements: added, removed or other values. */
  | 'options'
  /** Its answer options or statements: the same, in another order. */
  | 'option-order'
  /** Its scale. */
  | 'scale'
  /** Its type. */
  | 'type'
  /** When it is shown (`showIf`). */
  | 'condition'
  /** Whether it must be answered. */
  | 'required'
  /** Its place among the questions. */
  | 'moved'
  /** Its picture. */
  | 'pictogram'
  /** A survey-wide setting or text: `field` says which. */
  | 'survey';

export interface VersionChange {
  kind: ChangeKind;
  /** The question concerned: its id and its number (from 1) in the new version, or the old one when removed. */
  question?: { id: string; number: number };
  /** For `survey`: `title`, `intro`, `thanks`, `privacy`, `languages`, `audience`, `modes`. */
  field?: string;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function optionList(question: Question): { value: unknown; rest: unknown }[] {
  const list =
    question.type === 'choice' || question.type === 'multi'
      ? question.options
      : question.type === 'scale-group'
        ? question.items.map((item) => ({ ...item, value: item.id }))
        : question.type === 'scale' && typeof question.scale === 'object' && 'options' in question.scale
          ? question.scale.options
          : [];
  return list.map(({ value, ...rest }) => ({ value, rest }));
}

function questionChanges(before: Question, after: Question): ChangeKind[] {
  const kinds: ChangeKind[] = [];
  if (before.type !== after.type) return ['type'];
  if (!same(before.text, after.text)) kinds.push('reworded');
  if (!same(before.description, after.description)) kinds.push('description');
  if (!same(before.plain, after.plain)) kinds.push('plain');
  if ('scale' in before && 'scale' in after) {
    const custom = typeof before.scale === 'object' && 'options' in before.scale;
    if (!custom && !same(before.scale, after.scale)) kinds.push('scale');
  }
  const a = optionList(before);
  const b = optionList(after);
  if (!same(a.map((o) => o.value).sort(), b.map((o) => o.value).sort())) kinds.push('options');
  else if (
    !same(
      a.map((o) => o.rest),
      a.map((o) => b.find((x) => x.value === o.value)?.rest),
    )
  ) {
    kinds.push('option-words');
  }
  if (
    kinds.at(-1) !== 'options' &&
    !same(
      a.map((o) => o.value),
      b.map((o) => o.value),
    )
  )
    kinds.push('option-order');
  if (!same(before.showIf, after.showIf)) kinds.push('condition');
  if (!same(before.required, after.required)) kinds.push('required');
  if (!same(before.pictogram, after.pictogram)) kinds.push('pictogram');
  return kinds;
}

const SURVEY_FIELDS = ['title', 'intro', 'thanks', 'privacy', 'languages', 'audience', 'modes'] as const;

/** Every change from `previous` to `next`, survey-wide settings first, then the questions in order. */
export function compareVersions(previous: Survey | undefined, next: Survey): VersionChange[] {
  const changes: VersionChange[] = [];
  const after = [...iterateQuestions(next)];
  if (!previous) {
    return after.map(({ question, index }) => ({
      kind: 'added',
      question: { id: question.id, number: index + 1 },
    }));
  }
  for (const field of SURVEY_FIELDS) {
    const plainBefore =
      field === 'title' || field === 'intro' || field === 'thanks' ? previous.plain?.[field] : undefined;
    const plainAfter =
      field === 'title' || field === 'intro' || field === 'thanks' ? next.plain?.[field] : undefined;
    if (!same(previous[field], next[field]) || !same(plainBefore, plainAfter))
      changes.push({ kind: 'survey', field });
  }
  const before = [...iterateQuestions(previous)];
  const beforeById = new Map(before.map((entry) => [entry.question.id, entry]));
  const afterIds = new Set(after.map((entry) => entry.question.id));
  // Order among the questions both versions have: a question moved when its neighbours in that order changed.
  const keptBefore = before.filter((entry) => afterIds.has(entry.question.id)).map((e) => e.question.id);
  const keptAfter = after.filter((entry) => beforeById.has(entry.question.id)).map((e) => e.question.id);
  const movedIds = new Set(longestMoved(keptBefore, keptAfter));
  for (const { question, index } of after) {
    const at = { id: question.id, number: index + 1 };
    const old = beforeById.get(question.id);
    if (!old) {
      changes.push({ kind: 'added', question: at });
      continue;
    }
    if (movedIds.has(question.id)) changes.push({ kind: 'moved', question: at });
    for (const kind of questionChanges(old.question, question)) changes.push({ kind, question: at });
  }
  for (const { question, index } of before) {
    if (!afterIds.has(question.id))
      changes.push({ kind: 'removed', question: { id: question.id, number: index + 1 } });
  }
  return changes;
}

/**
 * The ids that moved: those outside a longest common subsequence of the two orders (so swapping two questions
 * reports one move, not every question after them).
 */
function longestMoved(before: string[], after: string[]): string[] {
  const n = before.length;
  const m = after.length;
  const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      table[i]![j] =
        before[i] === after[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  const stay = new Set<string>();
  for (let i = 0, j = 0; i < n && j < m;) {
    if (before[i] === after[j]) {
      stay.add(before[i]!);
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return after.filter((id) => !stay.has(id));
}
