/** parseSurvey: structure by zod, then the rules that need the whole survey. */
import * as z from 'zod/mini';

import { formatPath, languageName, listValues, message } from './messages.js';
import type { Issue, Locale, Params } from './messages.js';
import { DONT_KNOW, SKIPPED, scalePresets } from './presets.js';
import { MAX_NUMERIC_STEPS, registerCategories, surveySchema } from './schemas.js';
import type { Condition, Option, Question, RegisterField, Scale, Survey } from './schemas.js';
import { allowedSpecialCodes, iterateQuestions, resolveScale, surveyLanguages } from './survey.js';
import { iterateLocalized } from './walk.js';
import { zodIssuesToIssues } from './zod-issues.js';

export interface ParseOptions {
  /** Language of the issue messages. Default Swedish. */
  locale?: Locale;
}

export type SurveyResult = { ok: true; survey: Survey } | { ok: false; issues: Issue[] };

type Path = (string | number)[];

/**
 * Checks a survey definition (usually from JSON.parse) and returns it typed, or every issue found with a
 * path and a plain message. Structural problems are reported first; the rules that compare parts of the
 * survey (ids, conditions, languages) run once the structure is right. Never throws.
 */
export function parseSurvey(input: unknown, options: ParseOptions = {}): SurveyResult {
  const locale = options.locale ?? 'sv';
  const result = z.safeParse(surveySchema, input);
  if (!result.success) return { ok: false, issues: zodIssuesToIssues(result.error.issues, input, locale) };
  const issues = checkSurvey(result.data, locale);
  return issues.length ? { ok: false, issues } : { ok: true, survey: result.data };
}

/** Dates that exist: 2026-02-30 does not. */
export function isCalendarDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function checkSurvey(survey: Survey, locale: Locale): Issue[] {
  const issues: Issue[] = [];
  const add = (code: string, path: Path, params: Params = {}): void => {
    issues.push({ code, path: formatPath(path), message: message(code, locale, params) });
  };

  if (survey.questions && survey.pages) add('questions-or-pages', ['pages']);
  if (!survey.questions && !survey.pages) add('no-questions', []);

  // Languages
  const languages = surveyLanguages(survey);
  if (survey.languages) {
    const seen = new Set<string>();
    for (const [i, l] of survey.languages.entries()) {
      if (seen.has(l)) add('duplicate-language', ['languages', i], { value: l });
      seen.add(l);
    }
    if (!seen.has(survey.lang)) add('lang-not-in-languages', ['languages'], { value: survey.lang });
  }
  for (const entry of iterateLocalized(survey)) {
    if (typeof entry.value === 'string') continue;
    for (const key of Object.keys(entry.value)) {
      if (!languages.includes(key)) add('unknown-text-language', [...entry.path, key], { value: key });
    }
    if (entry.kind === 'text' && !Object.hasOwn(entry.value, survey.lang)) {
      add('missing-lang-text', entry.path, {
        lang: survey.lang,
        language: languageName(survey.lang, locale),
      });
    }
  }

  // Ids
  const pageIds = new Map<string, Path>();
  for (const [i, page] of (survey.pages ?? []).entries()) {
    const other = pageIds.get(page.id);
    if (other) add('duplicate-id', ['pages', i, 'id'], { value: page.id, other: formatPath(other) });
    else pageIds.set(page.id, ['pages', i]);
  }
  const byId = new Map<string, { question: Question; path: Path; index: number }>();
  for (const { question, path, index } of iterateQuestions(survey)) {
    const other = byId.get(question.id);
    if (other) add('duplicate-id', [...path, 'id'], { value: question.id, other: formatPath(other.path) });
    else byId.set(question.id, { question, path, index });
  }

  // Questions
  const earlier = new Map<string, Question>();
  let currentPage = -1;
  for (const { question, path, page, pageIndex } of iterateQuestions(survey)) {
    if (page && pageIndex !== undefined && pageIndex !== currentPage) {
      currentPage = pageIndex;
      if (page.showIf) checkCondition(page.showIf, ['pages', pageIndex, 'showIf'], earlier, byId, add);
    }
    checkQuestion(question, path, add);
    if (question.showIf) checkCondition(question.showIf, [...path, 'showIf'], earlier, byId, add);
    if (!earlier.has(question.id)) earlier.set(question.id, question);
  }
  checkRegister(survey, add);
  return issues;
}

/** The question types that can fill in each case field of the register. */
const REGISTER_FIELD_TYPES: Record<RegisterField, readonly Question['type'][]> = {
  category: ['choice'],
  concerns: ['choice'],
  givenBy: ['choice'],
  description: ['text'],
  occurredOn: ['date'],
  wantsAnswer: ['consent', 'choice'],
  contactName: ['text'],
  contactEmail: ['email'],
  contactPhone: ['text'],
  contactOther: ['text'],
};

/** Does the condition test the question `id` (anywhere in it)? */
function conditionTests(condition: Condition, id: string): boolean {
  if ('all' in condition) return condition.all.some((c) => conditionTests(c, id));
  if ('any' in condition) return condition.any.every((c) => conditionTests(c, id));
  return condition.question === id;
}

/**
 * A register survey: every `registerField` at most once and on a question of a fitting type, a category question
 * with the register's categories as values, and contact details asked only of those who want an answer.
 */
function checkRegister(survey: Survey, add: Add): void {
  const filled = new Map<RegisterField, { question: Question; path: Path }>();
  for (const { question, path } of iterateQuestions(survey)) {
    const field = question.registerField;
    if (!field) continue;
    if (!survey.register) {
      add('register-field-without-register', [...path, 'registerField']);
      continue;
    }
    const other = filled.get(field);
    if (other) {
      add('register-field-twice', [...path, 'registerField'], {
        value: field,
        other: formatPath(other.path),
      });
      continue;
    }
    filled.set(field, { question, path });
    const types = REGISTER_FIELD_TYPES[field];
    if (!types.includes(question.type)) {
      add('register-field-type', [...path, 'registerField'], { value: field, allowed: listValues(types) });
      continue;
    }
    if (field === 'category' && question.type === 'choice') {
      question.options.forEach((option, i) => {
        if (!(registerCategories as readonly unknown[]).includes(option.value))
          add('register-category-value', [...path, 'options', i, 'value'], { value: option.value });
      });
    }
    const wish = filled.get('wantsAnswer');
    if (
      field.startsWith('contact') &&
      !(wish && question.showIf && conditionTests(question.showIf, wish.question.id))
    )
      add('register-contact', [...path, 'showIf']);
  }
  if (survey.register && !filled.has('category')) add('register-no-category', ['register']);
}

type Add = (code: string, path: Path, params?: Params) => void;

function checkOptions(options: readonly Option[], path: Path, add: Add): void {
  const seen = new Map<string, number>();
  for (const [i, option] of options.entries()) {
    const key = String(option.value);
    const other = seen.get(key);
    if (other !== undefined) {
      add('duplicate-value', [...path, i, 'value'], {
        value: option.value,
        other: formatPath([...path, other]),
      });
    } else seen.set(key, i);
    if (option.value === DONT_KNOW || option.value === SKIPPED) {
      add('reserved-value', [...path, i, 'value'], {
        value: option.value,
        flag: option.value === DONT_KNOW ? 'allowDontKnow' : 'allowSkip',
      });
    }
  }
}

function checkScale(scale: Scale, display: string | undefined, path: Path, add: Add): void {
  if (typeof scale === 'object' && 'options' in scale)
    checkOptions(scale.options, [...path, 'scale', 'options'], add);
  if (typeof scale === 'object' && 'min' in scale) {
    if (scale.max <= scale.min || scale.max - scale.min + 1 > MAX_NUMERIC_STEPS) {
      add('numeric-scale-range', [...path, 'scale', 'max'], { steps: MAX_NUMERIC_STEPS });
    }
  }
  if (display === 'smiley' && resolveScale(scale).display !== 'smiley')
    add('display-smiley', [...path, 'display']);
  if (display === 'number' && !resolveScale(scale).options.every((o) => typeof o.value === 'number')) {
    add('display-number', [...path, 'display']);
  }
  if (display === 'pictogram') {
    if (typeof scale === 'string') {
      const missing = scalePresets[scale].options.findIndex((o) => !o.pictogram);
      if (missing >= 0) add('display-pictogram', [...path, 'display'], { where: `"${scale}"` });
    } else if ('options' in scale) {
      const missing = scale.options.findIndex((o) => !o.pictogram);
      if (missing >= 0) {
        add('display-pictogram', [...path, 'display'], {
          where: formatPath([...path, 'scale', 'options', missing]),
        });
      }
    } else add('display-pictogram', [...path, 'display'], { where: formatPath([...path, 'scale']) });
  }
}

function checkQuestion(question: Question, path: Path, add: Add): void {
  switch (question.type) {
    case 'choice':
    case 'multi':
      checkOptions(question.options, [...path, 'options'], add);
      if (question.display === 'pictogram') {
        const missing = question.options.findIndex((o) => !o.pictogram);
        if (missing >= 0)
          add('display-pictogram', [...path, 'display'], {
            where: formatPath([...path, 'options', missing]),
          });
      }
      if (question.type === 'multi') {
        const count = question.options.length;
        if (question.min !== undefined && question.max !== undefined && question.min > question.max) {
          add('multi-min-max', [...path, 'min']);
        }
        if (question.min !== undefined && question.min > count)
          add('multi-too-many', [...path, 'min'], { count, field: 'min' });
        if (question.max !== undefined && question.max > count)
          add('multi-too-many', [...path, 'max'], { count, field: 'max' });
      }
      break;
    case 'scale':
      checkScale(question.scale, question.display, path, add);
      break;
    case 'scale-group': {
      checkScale(question.scale, question.display, path, add);
      const seen = new Map<string, number>();
      for (const [i, item] of question.items.entries()) {
        const other = seen.get(item.id);
        if (other !== undefined) {
          add('duplicate-item', [...path, 'items', i, 'id'], {
            value: item.id,
            other: formatPath([...path, 'items', other]),
          });
        } else seen.set(item.id, i);
      }
      break;
    }
    case 'date':
      for (const key of ['min', 'max'] as const) {
        const value = question[key];
        if (value !== undefined && !isCalendarDate(value)) add('date-invalid', [...path, key], { value });
      }
      if (question.min && question.max && question.min > question.max) add('date-range', [...path, 'min']);
      break;
    default:
      break;
  }
}

/** The values a question's answer (or one scale-group item's answer) can take, for conditions. */
export function possibleValues(question: Question): (string | number | boolean)[] | undefined {
  switch (question.type) {
    case 'scale':
    case 'scale-group':
    case 'choice':
    case 'multi': {
      const values: (string | number | boolean)[] =
        question.type === 'choice' || question.type === 'multi'
          ? question.options.map((o) => o.value)
          : resolveScale(question.scale).options.map((o) => o.value);
      return [...values, ...allowedSpecialCodes(question)];
    }
    case 'consent':
      return [true, false];
    default:
      return undefined;
  }
}

function checkCondition(
  condition: Condition,
  path: Path,
  earlier: ReadonlyMap<string, Question>,
  byId: ReadonlyMap<string, { question: Question }>,
  add: Add,
): void {
  if ('all' in condition) {
    condition.all.forEach((c, i) => checkCondition(c, [...path, 'all', i], earlier, byId, add));
    return;
  }
  if ('any' in condition) {
    condition.any.forEach((c, i) => checkCondition(c, [...path, 'any', i], earlier, byId, add));
    return;
  }
  const tests = [condition.equals, condition.in, condition.answered].filter((t) => t !== undefined).length;
  if (tests !== 1) add('condition-one-test', path);
  const target = byId.get(condition.question)?.question;
  if (!target) {
    add('condition-missing-question', [...path, 'question'], { value: condition.question });
    return;
  }
  if (!earlier.has(condition.question)) {
    add('condition-later-question', [...path, 'question'], { value: condition.question });
    return;
  }
  if (condition.item !== undefined) {
    if (target.type !== 'scale-group') {
      add('condition-item-not-group', [...path, 'item']);
      return;
    }
    if (!target.items.some((item) => item.id === condition.item)) {
      add('condition-item-unknown', [...path, 'item'], { question: target.id, value: condition.item });
      return;
    }
  }
  if (condition.equals === undefined && condition.in === undefined) return;
  if (target.type === 'text' || target.type === 'email' || target.type === 'date') {
    add('condition-answered-only', path, { type: target.type });
    return;
  }
  if (target.type === 'scale-group' && condition.item === undefined) {
    add('condition-item-missing', path, { question: target.id });
    return;
  }
  const possible = possibleValues(target) ?? [];
  const check = (value: string | number | boolean, at: Path): void => {
    if (!possible.includes(value)) {
      add('condition-impossible-value', at, {
        question: target.id,
        value: JSON.stringify(value),
        allowed: listValues(possible),
      });
    }
  };
  if (condition.equals !== undefined) check(condition.equals, [...path, 'equals']);
  condition.in?.forEach((v, i) => check(v, [...path, 'in', i]));
}
