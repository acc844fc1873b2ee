/**
 * How `<svara-survey>` decides whether a definition can be shown.
 *
 * Two checks, same result shape as `parseSurvey` (`{ ok, survey } | { ok: false, issues }`):
 * - {@link checkDefinitionShape} (the default, no zod): only what the widget needs so that it cannot crash or
 *   show nonsense — an object with `id`, `version`, `lang`, `title`, questions (or pages of questions) each with
 *   an `id`, a known `type` and a `text`, options where the type needs them. It is NOT the schema's validation:
 *   the collector validates every definition with `parseSurvey` when it is published, and the embed bundle
 *   trusts that (parseSurvey with zod would add about 21 KB gzip to a 40 KB budget).
 * - `parseSurveyCheck` (`./full-validation.ts`): the schema's full `parseSurvey`, for pages that show
 *   unpublished definitions to editors (the demo site, Storybook, tests): `useFullValidation()` there.
 */
import type { Issue, Survey } from '@svara/schema';

export type DefinitionResult = { ok: true; survey: Survey } | { ok: false; issues: Issue[] };
/** `locale` is the language of the issue messages: `sv` or `en`. */
export type DefinitionCheck = (input: unknown, locale: 'sv' | 'en') => DefinitionResult;

/** Mirrors the schema's `questionTypes` (importing that would pull zod into the embed). */
const KNOWN_TYPES: readonly string[] = [
  'scale',
  'choice',
  'multi',
  'text',
  'scale-group',
  'date',
  'email',
  'consent',
];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): boolean =>
  (typeof value === 'string' && value !== '') ||
  (isObject(value) && Object.values(value).some((v) => typeof v === 'string' && v !== ''));

/** The widget's minimal check of a definition that the collector has already validated. */
export const checkDefinitionShape: DefinitionCheck = (input, locale) => {
  const issues: Issue[] = [];
  const en = locale === 'en';
  const add = (path: string, sv: string, english: string) =>
    issues.push({ code: 'widget-shape', path, message: en ? english : sv });
  if (!isObject(input)) {
    add('', 'Definitionen är inte ett JSON-objekt.', 'The definition is not a JSON object.');
    return { ok: false, issues };
  }
  if (typeof input['id'] !== 'string' || input['id'] === '') add('id', 'id saknas.', 'id is missing.');
  if (typeof input['version'] !== 'number') add('version', 'version saknas.', 'version is missing.');
  if (typeof input['lang'] !== 'string') add('lang', 'lang saknas.', 'lang is missing.');
  if (!isText(input['title'])) add('title', 'title saknas.', 'title is missing.');
  const checkQuestions = (questions: unknown, path: string) => {
    if (!Array.isArray(questions) || questions.length === 0) {
      add(path, 'Det finns inga frågor.', 'There are no questions.');
      return;
    }
    questions.forEach((question: unknown, i) => {
      const at = `${path}[${i}]`;
      if (!isObject(question)) return add(at, 'Frågan är inte ett objekt.', 'The question is not an object.');
      if (typeof question['id'] !== 'string') add(`${at}.id`, 'id saknas.', 'id is missing.');
      if (!KNOWN_TYPES.includes(String(question['type'])))
        add(`${at}.type`, 'Okänd frågetyp.', 'Unknown question type.');
      if (!isText(question['text'])) add(`${at}.text`, 'Frågan saknar text.', 'The question has no text.');
      const type = question['type'];
      if ((type === 'choice' || type === 'multi') && !Array.isArray(question['options']))
        add(`${at}.options`, 'Svarsalternativ saknas.', 'Options are missing.');
      if ((type === 'scale' || type === 'scale-group') && question['scale'] === undefined)
        add(`${at}.scale`, 'Skala saknas.', 'The scale is missing.');
      if (type === 'scale-group' && !Array.isArray(question['items']))
        add(`${at}.items`, 'Påståenden saknas.', 'Statements are missing.');
    });
  };
  if (Array.isArray(input['pages'])) {
    input['pages'].forEach((page: unknown, i) =>
      checkQuestions(isObject(page) ? page['questions'] : undefined, `pages[${i}].questions`),
    );
  } else {
    checkQuestions(input['questions'], 'questions');
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, survey: input as unknown as Survey };
};
