/**
 * Comparability across versions of a survey: the one rule the studio warns with while an author types and the
 * collector refuses a publish with (`422`, code `incomparable`). Answers to a question can be counted together
 * across versions only while the question keeps its `id` and what its answers mean: its type, its scale (kind
 * and values, in order) and, for choices, the set of stored option values (their order and words may change).
 * Wording may change freely. Imported as `@svara/schema/versions` (apart from the main entry, which respondents'
 * pages load: only the studio and the collector need it).
 */
import type { LintIssue } from './lint.js';
import { formatPath, message } from './messages.js';
import type { Locale, Params } from './messages.js';
import type { ParseOptions } from './parse-survey.js';
import type { Question, Survey } from './schemas.js';
import { iterateQuestions, resolveScale } from './survey.js';

/** What changed about a kept question: its type, its scale, or its option values. */
export type ComparabilityChange = 'type' | 'scale' | 'options';

export interface ComparabilityProblem {
  /** Where in `next`: the question's path and the field that changed (`type`, `scale` or `options`). */
  path: (string | number)[];
  /** The question's id. */
  id: string;
  change: ComparabilityChange;
  /** What it was and is, for a message: the types, the scale kinds, or the stored values (`"a", "b"`). */
  was: string;
  now: string;
}

/** What a question's stored answers mean: equal strings ⇔ answers can be counted together. */
export function answerMeaning(question: Question): string {
  switch (question.type) {
    case 'scale':
    case 'scale-group': {
      const scale = resolveScale(question.scale);
      return JSON.stringify([question.type, scale.kind, scale.options.map((o) => o.value)]);
    }
    case 'choice':
    case 'multi':
      return JSON.stringify([question.type, question.options.map((o) => o.value).sort()]);
    default:
      return JSON.stringify([question.type]);
  }
}

function describe(question: Question, change: ComparabilityChange): string {
  if (change === 'type') return question.type;
  if (question.type === 'scale' || question.type === 'scale-group') {
    const scale = resolveScale(question.scale);
    return `${scale.kind}: ${scale.options.map((o) => JSON.stringify(o.value)).join(', ')}`;
  }
  if (question.type === 'choice' || question.type === 'multi')
    return question.options.map((o) => JSON.stringify(o.value)).join(', ');
  return question.type;
}

/** Every question any of `published` asked, by id, as the newest version that has it asked it. */
export function questionsEverAsked(published: readonly Survey[]): Map<string, Question> {
  const asked = new Map<string, Question>();
  for (const version of published)
    for (const { question } of iterateQuestions(version))
      if (!asked.has(question.id)) asked.set(question.id, question);
  return asked;
}

/**
 * The questions of `next` whose id an earlier version used for answers of another meaning. `published` is
 * every version published before, newest first (a question removed in version 2 cannot come back in version 4
 * as another type); one survey holding them all (the collector's union of versions) does as well. Nothing is
 * incomparable with nothing: the first version passes `[]`.
 */
export function compareVersions(published: readonly Survey[], next: Survey): ComparabilityProblem[] {
  const before = questionsEverAsked(published);
  const problems: ComparabilityProblem[] = [];
  for (const { question, path } of iterateQuestions(next)) {
    const old = before.get(question.id);
    if (!old || answerMeaning(old) === answerMeaning(question)) continue;
    const change: ComparabilityChange =
      old.type !== question.type
        ? 'type'
        : question.type === 'scale' || question.type === 'scale-group'
          ? 'scale'
          : 'options';
    problems.push({
      path: [...path, change],
      id: question.id,
      change,
      was: describe(old, change),
      now: describe(question, change),
    });
  }
  return problems;
}

/**
 * Compares a draft with what was published before it (`previous`: the latest version, or every version newest
 * first). Answers stay comparable across versions only while a question keeps its id and the meaning of its
 * stored answers (its type, its scale, its option values):
 * - `incomparable`: a kept id — of any version passed — whose type, scale or option values changed: exactly
 *   what the collector refuses to publish (`compareVersions` in `@svara/schema/versions`, one rule for both);
 * - `id-changed`: a question of the previous version is gone, and a question with a new id asks for answers of
 *   exactly the same kind — most likely the same question renamed, which would start its results from zero.
 */
export function lintComparability(
  previous: Survey | readonly Survey[],
  next: Survey,
  options: ParseOptions = {},
): LintIssue[] {
  const locale: Locale = options.locale ?? 'sv';
  const warnings: LintIssue[] = [];
  const add = (code: string, path: (string | number)[], params: Params): void => {
    warnings.push({ code, path: formatPath(path), message: message(code, locale, params), params });
  };
  const published: readonly Survey[] = Array.isArray(previous) ? previous : [previous as Survey];
  const latest = published[0];
  if (!latest) return warnings;
  // The collector's own rule: exactly what it would refuse to publish.
  const refused = new Map(compareVersions(published, next).map((problem) => [problem.id, problem]));
  const after = [...iterateQuestions(next)];
  const everAsked = questionsEverAsked(published);
  const afterIds = new Set(after.map((entry) => entry.question.id));
  const gone = [...iterateQuestions(latest)]
    .map((entry) => entry.question)
    .filter((question) => !afterIds.has(question.id));
  for (const { question, path } of after) {
    const problem = refused.get(question.id);
    if (problem) add('incomparable', problem.path, { id: problem.id, change: problem.change });
    if (everAsked.has(question.id)) continue;
    const renamed = gone.find((candidate) => answerMeaning(candidate) === answerMeaning(question));
    if (renamed) {
      gone.splice(gone.indexOf(renamed), 1);
      add('id-changed', [...path, 'id'], { id: question.id, previous: renamed.id });
    }
  }
  return warnings;
}
