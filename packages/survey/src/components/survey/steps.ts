/**
 * The way through a survey, without a DOM: which questions are on which screen for the current answers (a
 * `showIf` adds or removes some), where "Tillbaka" and "Fortsätt" lead, and what is sent. `<svara-survey>` keeps
 * the state (answers, the current step's key) and renders; everything here is a pure function of it, tested in
 * Node (`steps.node.test.ts`).
 */
import { iterateQuestions, surveyLanguages, visibleQuestionIds } from '@svara/schema';
import type { Answer, Answers, Page, Question, Survey } from '@svara/schema';

/** One screen of questions. */
export interface Step {
  /** Stable while the answers change: the question's id, `page:{id}`, or `all`. */
  key: string;
  page?: Page | undefined;
  questions: Question[];
}

/** Seconds a respondent needs per question, for "Det tar ungefär N minuter". */
export const SECONDS_PER_QUESTION = 20;

/** Children and AAC users get one question per screen and 44 px targets. */
export function isChildOrAac(audience: string): boolean {
  return audience === 'child' || audience === 'aac';
}

/**
 * The screens of questions for these answers: one question per screen when `onePerScreen` (children, AAC,
 * switch scanning, or asked for), else one screen per page (pages left empty by `showIf` are dropped), else
 * every question on one screen.
 */
export function surveySteps(survey: Survey, answers: Answers, onePerScreen: boolean): Step[] {
  const visible = visibleQuestionIds(survey, answers);
  const entries = [...iterateQuestions(survey)].filter((entry) => visible.has(entry.question.id));
  if (onePerScreen)
    return entries.map(({ question, page }) => ({ key: question.id, page, questions: [question] }));
  if (survey.pages)
    return survey.pages
      .map((page) => ({
        key: `page:${page.id}`,
        page,
        questions: entries.filter((entry) => entry.page === page).map((entry) => entry.question),
      }))
      .filter((step) => step.questions.length > 0);
  return [{ key: 'all', questions: entries.map((entry) => entry.question) }];
}

/** Where `key` is among `steps`; the first step when it is not there (any more). */
export function stepIndex(steps: readonly Step[], key: string): number {
  const index = steps.findIndex((step) => step.key === key);
  return index >= 0 ? index : 0;
}

/** "Tillbaka" from `key`: the previous step's key, or undefined for the start screen. */
export function previousStepKey(steps: readonly Step[], key: string): string | undefined {
  const index = stepIndex(steps, key);
  return index === 0 ? undefined : steps[index - 1]!.key;
}

/** "Fortsätt" from `key`: the next step's key, or undefined on the last step (where it sends). */
export function nextStepKey(steps: readonly Step[], key: string): string | undefined {
  return steps[stepIndex(steps, key) + 1]?.key;
}

/** The key of the step that shows `questionId` (after the screens were cut differently), or ''. */
export function stepKeyOf(steps: readonly Step[], questionId: string | undefined): string {
  if (questionId === undefined) return '';
  return steps.find((step) => step.questions.some((question) => question.id === questionId))?.key ?? '';
}

/** The question with this id, wherever it is in the definition. */
export function findQuestion(survey: Survey, id: string): Question | undefined {
  for (const { question } of iterateQuestions(survey)) if (question.id === id) return question;
  return undefined;
}

/** `answers` with `id` answered `answer`, or without it when undefined (unanswered). A new object. */
export function withAnswer(answers: Answers, id: string, answer: Answer | undefined): Answers {
  const next = { ...answers };
  if (answer === undefined) delete next[id];
  else next[id] = answer;
  return next;
}

/** The answers that are sent: those of the questions visible for these answers. */
export function answersToSend(survey: Survey, answers: Answers): Answers {
  const visible = visibleQuestionIds(survey, answers);
  return Object.fromEntries(Object.entries(answers).filter(([id]) => visible.has(id)));
}

/** The language a submission is recorded in: the text language when the survey has it, else its main one. */
export function submissionLang(survey: Survey, textLang: string): string {
  return surveyLanguages(survey).includes(textLang) ? textLang : survey.lang;
}

/** Minutes the whole survey takes, at least 1 (for the start screen). */
export function estimatedMinutes(survey: Survey): number {
  const count = [...iterateQuestions(survey)].length;
  return Math.max(1, Math.round((count * SECONDS_PER_QUESTION) / 60));
}
