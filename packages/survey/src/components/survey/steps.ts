/**
 * The way through a survey, without a DOM: which questions are on which screen for the current answers (a
 * `showIf` adds or removes some), where "Tillbaka" and "Fortsätt" lead, and what is sent. `<svara-survey>` keeps
 * the state (answers, the current step's key) and renders; everything here is a pure function of it, tested in
 * Node (`steps.node.test.ts`). How a survey is cut into screens is @svara/schema's (`screens.ts`), which the
 * collector's hosted page without JavaScript follows too.
 */
import { iterateQuestions, screenIndex, surveyLanguages } from '@svara/schema';
import type { Answer, Answers, Question, Screen, Survey } from '@svara/schema';

export {
  SECONDS_PER_QUESTION,
  answersToSend,
  estimatedMinutes,
  isChildOrAac,
  screenIndex as stepIndex,
  surveyScreens as surveySteps,
} from '@svara/schema';

/** One screen of questions (its `key`: the question's id, `page:{id}`, or `all`). */
export type Step = Screen;

/** "Tillbaka" from `key`: the previous step's key, or undefined for the start screen. */
export function previousStepKey(steps: readonly Step[], key: string): string | undefined {
  const index = screenIndex(steps, key);
  return index === 0 ? undefined : steps[index - 1]!.key;
}

/** "Fortsätt" from `key`: the next step's key, or undefined on the last step (where it sends). */
export function nextStepKey(steps: readonly Step[], key: string): string | undefined {
  return steps[screenIndex(steps, key) + 1]?.key;
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

/** The language a submission is recorded in: the text language when the survey has it, else its main one. */
export function submissionLang(survey: Survey, textLang: string): string {
  return surveyLanguages(survey).includes(textLang) ? textLang : survey.lang;
}
