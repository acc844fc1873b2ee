/**
 * The hosted page's answers as form fields and back, and its screens: no server state — every screen's form
 * carries the earlier answers as hidden fields, and each post is judged again from what it carries.
 *
 * Field names: `q.{question}` (repeated for a multi question), `q.{question}.{item}` for a scale-group's item;
 * question and item ids never contain a dot. The values are the schema's values as text; `true` for a consent.
 * The screens are the widget's, by the same function (@svara/schema's `surveyScreens`): one question per screen
 * for children and AAC, else one screen per page, else one screen; `showIf` decides which questions are on them.
 */
import {
  DONT_KNOW,
  SKIPPED,
  isChildOrAac,
  iterateQuestions,
  questionOptions,
  surveyScreens,
} from '@svara/schema';
import type { Answer, Answers, OptionValue, Question, Screen, Survey } from '@svara/schema';

export { answersToSend, screenIndex } from '@svara/schema';

export const FIELD_PREFIX = 'q.';

/** The name of a question's field (or of one item of a scale-group). */
export const fieldName = (question: string, item?: string): string =>
  item === undefined ? `${FIELD_PREFIX}${question}` : `${FIELD_PREFIX}${question}.${item}`;

/** Children and AAC answer one question per screen (as in the widget). */
export const onePerScreen = (survey: Survey): boolean => isChildOrAac(survey.audience ?? 'general');

/** The screens of questions for these answers (pages left empty by `showIf` are dropped). */
export const screensOf = (survey: Survey, answers: Answers): Screen[] =>
  surveyScreens(survey, answers, onePerScreen(survey));

/** A form's fields: every value of every name, in order. */
export type Fields = ReadonlyMap<string, readonly string[]>;

export function fieldsOf(body: string): Map<string, string[]> {
  const fields = new Map<string, string[]>();
  for (const [name, value] of new URLSearchParams(body)) {
    const list = fields.get(name);
    if (list) list.push(value);
    else fields.set(name, [value]);
  }
  return fields;
}

/** The option value a field's text stands for; the text itself when no option has it (the validator says so). */
function valueOf(question: Question, text: string): OptionValue {
  if (text === DONT_KNOW || text === SKIPPED) return text;
  return questionOptions(question).find((option) => String(option.value) === text)?.value ?? text;
}

/** Form text as the widget keeps it: line ends as `\n` (a form sends CRLF), empty or blank is no answer. */
const textAnswer = (text: string | undefined): string | undefined => {
  if (text === undefined) return undefined;
  const normalised = text.replace(/\r\n?/g, '\n');
  return normalised.trim() === '' ? undefined : normalised;
};

/** The answers a form's fields hold, as the schema stores them (unanswered questions absent). */
export function answersFromFields(survey: Survey, fields: Fields): Answers {
  const answers: Answers = {};
  for (const { question } of iterateQuestions(survey)) {
    const answer = answerOf(question, fields);
    if (answer !== undefined) answers[question.id] = answer;
  }
  return answers;
}

function answerOf(question: Question, fields: Fields): Answer | undefined {
  const values = (fields.get(fieldName(question.id)) ?? []).filter((v) => v !== '');
  switch (question.type) {
    case 'scale':
    case 'choice':
      return values[0] === undefined ? undefined : valueOf(question, values[0]);
    case 'multi': {
      if (values.length === 1 && (values[0] === DONT_KNOW || values[0] === SKIPPED)) return values[0];
      return values.length ? values.map((v) => valueOf(question, v) as string | number) : undefined;
    }
    case 'scale-group': {
      const items: Record<string, string | number> = {};
      for (const item of question.items) {
        const value = fields.get(fieldName(question.id, item.id))?.find((v) => v !== '');
        if (value !== undefined) items[item.id] = valueOf(question, value) as string | number;
      }
      return Object.keys(items).length ? items : undefined;
    }
    case 'consent':
      return values.includes('true') ? true : undefined;
    case 'text':
    case 'email':
    case 'date':
      return textAnswer(fields.get(fieldName(question.id))?.[0]);
    default:
      return undefined;
  }
}

/** The fields that carry an answer: `[name, value]` pairs, for hidden inputs or for checking a control. */
export function fieldsOfAnswer(question: Question, answer: Answer | undefined): [string, string][] {
  if (answer === undefined) return [];
  if (question.type === 'scale-group' && typeof answer === 'object' && !Array.isArray(answer))
    return Object.entries(answer).map(([item, value]) => [fieldName(question.id, item), String(value)]);
  if (Array.isArray(answer)) return answer.map((value) => [fieldName(question.id), String(value)]);
  return [[fieldName(question.id), String(answer)]];
}
