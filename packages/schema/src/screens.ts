/**
 * Which questions a respondent sees on which screen, for the answers so far: the one rule the widget
 * (`<svara-survey>`, survey/src/components/survey/steps.ts) and the collector's hosted page without JavaScript
 * (collector/src/hosted/) both follow, so that a survey is cut into the same screens with JavaScript on or off.
 * No DOM.
 */
import { iterateQuestions, visibleQuestionIds } from './survey.js';
import type { Answers, Page, Question, Survey } from './schemas.js';

/** One screen of questions. */
export interface Screen {
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
export function surveyScreens(survey: Survey, answers: Answers, onePerScreen: boolean): Screen[] {
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
      .filter((screen) => screen.questions.length > 0);
  return [{ key: 'all', questions: entries.map((entry) => entry.question) }];
}

/** Where `key` is among `screens`; the first screen when it is not there (any more). */
export function screenIndex(screens: readonly Screen[], key: string): number {
  const index = screens.findIndex((screen) => screen.key === key);
  return index >= 0 ? index : 0;
}

/** The answers that are sent: those of the questions visible for these answers. */
export function answersToSend(survey: Survey, answers: Answers): Answers {
  const visible = visibleQuestionIds(survey, answers);
  return Object.fromEntries(Object.entries(answers).filter(([id]) => visible.has(id)));
}

/** Minutes the whole survey takes, at least 1 (for the start screen). */
export function estimatedMinutes(survey: Survey): number {
  const count = [...iterateQuestions(survey)].length;
  return Math.max(1, Math.round((count * SECONDS_PER_QUESTION) / 60));
}
