/**
 * One definition holding every question any published version asked: the latest version as it is, then each
 * question only earlier versions had (newest first), on a page of its own when the survey has pages, and a
 * scale-group's statements from every version. Exports and results read answers of every version through it,
 * so an answer to a question that was later removed still has its column and is still counted. Never served
 * to respondents.
 */
import { iterateQuestions } from '@svara/schema';
import type { Question, Survey } from '@svara/schema';

/** `versions` newest first; returns the newest itself when nothing was ever removed. */
export function unionSurvey(versions: readonly Survey[]): Survey {
  const [latest, ...earlier] = versions;
  if (!latest) throw new Error('unionSurvey needs at least one version');
  const seen = new Map<string, Question>();
  for (const { question } of iterateQuestions(latest)) seen.set(question.id, question);
  const removed: Question[] = [];
  const extraItems = new Map<string, Extract<Question, { type: 'scale-group' }>['items']>();
  for (const version of earlier) {
    for (const { question } of iterateQuestions(version)) {
      const kept = seen.get(question.id);
      if (!kept) {
        seen.set(question.id, question);
        removed.push(question);
      } else if (kept.type === 'scale-group' && question.type === 'scale-group') {
        const known = new Set([...kept.items, ...(extraItems.get(kept.id) ?? [])].map((item) => item.id));
        const more = question.items.filter((item) => !known.has(item.id));
        if (more.length) extraItems.set(kept.id, [...(extraItems.get(kept.id) ?? []), ...more]);
      }
    }
  }
  if (!removed.length && !extraItems.size) return latest;
  const widen = (question: Question): Question =>
    question.type === 'scale-group' && extraItems.has(question.id)
      ? { ...question, items: [...question.items, ...extraItems.get(question.id)!] }
      : question;
  if (latest.pages) {
    const pages = latest.pages.map((page) => ({ ...page, questions: page.questions.map(widen) }));
    const ids = new Set(pages.map((page) => page.id));
    let id = 'tidigare-versioner';
    while (ids.has(id)) id += '-';
    return { ...latest, pages: removed.length ? [...pages, { id, questions: removed }] : pages };
  }
  return { ...latest, questions: [...(latest.questions ?? []).map(widen), ...removed] };
}
