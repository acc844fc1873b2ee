/**
 * Comparability across versions. A question keeps its `id` only while it asks the same thing with the same
 * stored values: a kept id whose type, scale or option values changed is refused (`incomparable`, with the
 * path in the new definition), since its answers could no longer be counted together. The rule itself is
 * `@svara/schema/versions` (`compareVersions`), the same one the studio warns with while an author types, so
 * the studio warns exactly when a publish would be refused; only the words are the collector's. Reworded texts are
 * allowed and recorded (`changed: ["questions[2].text"]`) so results can say "the question was reworded".
 */
import { formatPath, iterateLocalized, iterateQuestions } from '@svara/schema';
import type { Locale, Question, Survey } from '@svara/schema';
import { compareVersions as comparability } from '@svara/schema/versions';

export interface VersionIssue {
  path: string;
  message: string;
  code: 'incomparable';
}

export type Change = 'added' | 'removed' | 'reworded';

export interface DiffEntry {
  /** Path in the new definition (in the earlier one for `removed`). */
  path: string;
  change: Change;
  /** One plain sentence for people. */
  text: string;
}

export interface Comparison {
  issues: VersionIssue[];
  /** Paths of reworded texts in the new definition. */
  changed: string[];
  diff: DiffEntry[];
}

type Path = (string | number)[];

const words = {
  sv: {
    type: (id: string, was: string, now: string) =>
      `Frågan "${id}" var av typen ${was} i en tidigare version och är nu ${now}. Svaren kan inte räknas ihop: ge frågan ett nytt id.`,
    scale: (id: string) =>
      `Frågan "${id}" har en annan skala än i en tidigare version. Svaren kan inte räknas ihop: behåll skalan eller ge frågan ett nytt id.`,
    values: (id: string, was: string, now: string) =>
      `Frågan "${id}" har andra svarsalternativ (${now}) än i en tidigare version (${was}). Svaren kan inte räknas ihop: behåll alternativen eller ge frågan ett nytt id.`,
    item: (id: string, item: string) =>
      `Påståendet "${item}" i frågan "${id}" fanns i en tidigare version med en annan skala.`,
    added: (id: string) => `Frågan "${id}" är ny.`,
    removed: (id: string) => `Frågan "${id}" är borttagen (svaren på den finns kvar).`,
    reworded: (what: string) => `Texten ${what} är omformulerad.`,
  },
  en: {
    type: (id: string, was: string, now: string) =>
      `The question "${id}" was of type ${was} in an earlier version and is now ${now}. Its answers could not be counted together: give the question a new id.`,
    scale: (id: string) =>
      `The question "${id}" has a different scale than in an earlier version. Its answers could not be counted together: keep the scale or give the question a new id.`,
    values: (id: string, was: string, now: string) =>
      `The question "${id}" has different options (${now}) than in an earlier version (${was}). Its answers could not be counted together: keep the options or give the question a new id.`,
    item: (id: string, item: string) =>
      `The statement "${item}" of the question "${id}" was in an earlier version with a different scale.`,
    added: (id: string) => `The question "${id}" is new.`,
    removed: (id: string) => `The question "${id}" was removed (its answers are kept).`,
    reworded: (what: string) => `The text ${what} was reworded.`,
  },
} as const;

/** Every text of a definition by what it belongs to (question id, not position), with its path. */
function textsByMeaning(survey: Survey): Map<string, { path: Path; value: string }> {
  const positions = new Map<string, string>();
  for (const { question, path } of iterateQuestions(survey)) positions.set(JSON.stringify(path), question.id);
  const texts = new Map<string, { path: Path; value: string }>();
  for (const entry of iterateLocalized(survey)) {
    if (entry.kind !== 'text') continue;
    let key = JSON.stringify(entry.path);
    // Key a question's texts by its id and the rest of the path, so that moving a question is not a rewording.
    for (let cut = 4; cut >= 2; cut -= 2) {
      const id = positions.get(JSON.stringify(entry.path.slice(0, cut)));
      if (id !== undefined) {
        key = `question:${id}:${JSON.stringify(entry.path.slice(cut))}`;
        break;
      }
    }
    texts.set(key, { path: entry.path, value: JSON.stringify(entry.value) });
  }
  return texts;
}

/**
 * Compares `next` with what was published before: `earlier` holds every question any version asked (see
 * union.ts) and `previous` is the latest version. The first version compares with nothing.
 */
export function compareVersions(
  earlier: Survey | undefined,
  previous: Survey | undefined,
  next: Survey,
  locale: Locale = 'sv',
): Comparison {
  const say = words[locale];
  const issues: VersionIssue[] = [];
  const diff: DiffEntry[] = [];
  const changed: string[] = [];
  if (!earlier || !previous) return { issues, changed, diff };

  const before = new Map<string, Question>();
  for (const { question } of iterateQuestions(earlier)) before.set(question.id, question);
  const inPrevious = new Set(Array.from(iterateQuestions(previous), (entry) => entry.question.id));
  const inNext = new Set<string>();

  for (const { question, path } of iterateQuestions(next)) {
    inNext.add(question.id);
    if (!before.has(question.id) || !inPrevious.has(question.id)) {
      diff.push({ path: formatPath(path), change: 'added', text: say.added(question.id) });
    }
  }
  for (const problem of comparability([earlier], next)) {
    const message =
      problem.change === 'type'
        ? say.type(problem.id, problem.was, problem.now)
        : problem.change === 'scale'
          ? say.scale(problem.id)
          : say.values(problem.id, problem.was, problem.now);
    issues.push({ path: formatPath(problem.path), message, code: 'incomparable' });
  }
  for (const { question, path } of iterateQuestions(previous)) {
    if (!inNext.has(question.id)) {
      diff.push({ path: formatPath(path), change: 'removed', text: say.removed(question.id) });
    }
  }

  const oldTexts = textsByMeaning(previous);
  for (const [key, text] of textsByMeaning(next)) {
    const old = oldTexts.get(key);
    if (old && old.value !== text.value) {
      const path = formatPath(text.path);
      changed.push(path);
      diff.push({ path, change: 'reworded', text: say.reworded(path) });
    }
  }
  return { issues, changed, diff };
}
