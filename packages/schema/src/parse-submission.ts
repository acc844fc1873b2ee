/** parseSubmission: the envelope by zod, then every answer against its question. */
import * as z from 'zod/mini';

import { formatPath, listValues, message, typeName } from './messages.js';
import type { Issue, Locale, Params } from './messages.js';
import { isCalendarDate, possibleValues } from './parse-survey.js';
import type { ParseOptions } from './parse-survey.js';
import { DONT_KNOW, SKIPPED } from './presets.js';
import {
  DATE_PATTERN,
  DEFAULT_TEXT_MAX_LENGTH,
  EMAIL_MAX_LENGTH,
  submissionEnvelopeSchema,
} from './schemas.js';
import type { Answer, Question, Submission, Survey } from './schemas.js';
import { iterateQuestions, surveyLanguages, visibleQuestionIds } from './survey.js';
import { valueAt, zodIssuesToIssues } from './zod-issues.js';

export type SubmissionResult = { ok: true; submission: Submission } | { ok: false; issues: Issue[] };

type Path = (string | number)[];
type Add = (code: string, path: Path, params?: Params) => void;

const EMAIL_PATTERN = /^[^\s@"<>()[\],;:\\]+@[^\s@"<>()[\],;:\\.]+(?:\.[^\s@"<>()[\],;:\\.]+)+$/;

interface Compiled {
  byId: Map<string, Question>;
  values: Map<string, (string | number | boolean)[]>;
  hasConditions: boolean;
  required: Question[];
}

const compiledSurveys = /* @__PURE__ */ new WeakMap<Survey, Compiled>();

function compile(survey: Survey): Compiled {
  let compiled = compiledSurveys.get(survey);
  if (compiled) return compiled;
  const byId = new Map<string, Question>();
  const values = new Map<string, (string | number | boolean)[]>();
  let hasConditions = (survey.pages ?? []).some((p) => p.showIf);
  const required: Question[] = [];
  for (const { question } of iterateQuestions(survey)) {
    byId.set(question.id, question);
    const possible = possibleValues(question);
    if (possible) values.set(question.id, possible);
    if (question.showIf) hasConditions = true;
    if (question.required) required.push(question);
  }
  compiled = { byId, values, hasConditions, required };
  compiledSurveys.set(survey, compiled);
  return compiled;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** A short preview of a wrong value for a message. Never throws: a value nested too deep to print is `{…}`. */
const show = (v: unknown): string => {
  let json: string;
  try {
    json = JSON.stringify(v) ?? String(v);
  } catch {
    json = Array.isArray(v) ? '[…]' : '{…}';
  }
  return json.length > 60 ? `${json.slice(0, 57)}…` : json;
};

/**
 * The envelope's schema compiled by zod on first use: generated code for the valid case (every submission the
 * collector stores passes here), falling back to zod's own parser — and so to exactly its issues — for anything
 * else. Where code may not be generated (a page whose CSP forbids eval) zod keeps its runtime parser.
 */
let compiledEnvelope: typeof submissionEnvelopeSchema | undefined;

/**
 * Checks a submission against the survey it answers: the envelope (uuid, survey id and version, language,
 * mode) and every answer (type, allowed values, special codes only where allowed, required answers unless
 * hidden by `showIf`, lengths, unknown question ids). Answers to questions hidden by `showIf` are dropped from
 * the result rather than refused, so a respondent who changed an earlier answer does not lose the submission.
 * Never throws.
 */
export function parseSubmission(
  survey: Survey,
  input: unknown,
  options: ParseOptions = {},
): SubmissionResult {
  const locale: Locale = options.locale ?? 'sv';
  const issues: Issue[] = [];
  const add: Add = (code, path, params = {}) => {
    issues.push({ code, path: formatPath(path), message: message(code, locale, params) });
  };

  const envelope = z.safeParse((compiledEnvelope ??= z.compile(submissionEnvelopeSchema)), input);
  if (!envelope.success) issues.push(...zodIssuesToIssues(envelope.error.issues, input, locale));
  else {
    const data = envelope.data;
    if (data.surveyId !== survey.id)
      add('survey-id-mismatch', ['surveyId'], { value: data.surveyId, expected: survey.id });
    else if (data.surveyVersion !== survey.version) {
      add('survey-version-mismatch', ['surveyVersion'], {
        value: data.surveyVersion,
        expected: survey.version,
      });
    }
    const languages = surveyLanguages(survey);
    if (!languages.includes(data.lang))
      add('submission-lang', ['lang'], { value: data.lang, allowed: languages.join(', ') });
    if (survey.modes && !survey.modes.includes(data.meta.mode)) {
      add('mode-not-allowed', ['meta', 'mode'], { value: data.meta.mode, allowed: survey.modes.join(', ') });
    }
  }

  const rawAnswers = valueAt(input, ['answers']);
  const answers: [string, Answer][] = [];
  if (isPlainObject(rawAnswers)) {
    const compiled = compile(survey);
    const visible = compiled.hasConditions ? visibleQuestionIds(survey, rawAnswers) : undefined;
    for (const id of Object.keys(rawAnswers)) {
      const path = ['answers', id];
      const question = compiled.byId.get(id);
      if (!question) {
        add('unknown-question', path, { value: id });
        continue;
      }
      // The respondent did not see this question with the answers given (e.g. changed an earlier answer):
      // the answer is not part of the survey's data and is dropped, not refused.
      if (visible && !visible.has(id)) continue;
      const value = checkAnswer(question, rawAnswers[id], path, compiled.values.get(id) ?? [], add, locale);
      if (value !== undefined) answers.push([id, value]);
    }
    for (const question of compiled.required) {
      if (Object.hasOwn(rawAnswers, question.id)) continue;
      if (visible && !visible.has(question.id)) continue;
      add('answer-required', ['answers', question.id], { question: question.id });
    }
  }

  if (issues.length || !envelope.success) return { ok: false, issues };
  return {
    ok: true,
    submission: { ...envelope.data, meta: { ...envelope.data.meta }, answers: Object.fromEntries(answers) },
  };
}

function checkSpecial(question: Question, value: unknown, path: Path, add: Add): 'ok' | 'bad' | 'no' {
  if (value === DONT_KNOW) {
    if ('allowDontKnow' in question && question.allowDontKnow) return 'ok';
    add('answer-dont-know-not-allowed', path, { question: question.id });
    return 'bad';
  }
  if (value === SKIPPED) {
    if ('allowSkip' in question && question.allowSkip) return 'ok';
    add('answer-skip-not-allowed', path, { question: question.id });
    return 'bad';
  }
  return 'no';
}

/** Returns a copy of the answer when it is valid, else undefined after adding issues. */
function checkAnswer(
  question: Question,
  value: unknown,
  path: Path,
  allowed: readonly (string | number | boolean)[],
  add: Add,
  locale: Locale,
): Answer | undefined {
  const id = question.id;
  const notAllowed = (v: unknown, at: Path): undefined => {
    const choices = allowed.filter((a) => a !== DONT_KNOW && a !== SKIPPED);
    add('answer-value', at, { question: id, value: show(v), allowed: listValues(choices) });
    return undefined;
  };
  switch (question.type) {
    case 'scale':
    case 'choice': {
      const special = checkSpecial(question, value, path, add);
      if (special === 'ok') return value as string;
      if (special === 'bad') return undefined;
      if ((typeof value === 'string' || typeof value === 'number') && allowed.includes(value)) return value;
      return notAllowed(value, path);
    }
    case 'multi': {
      const special = checkSpecial(question, value, path, add);
      if (special === 'ok') return value as string;
      if (special === 'bad') return undefined;
      if (!Array.isArray(value)) {
        add('answer-type', path, { question: id, expected: typeName('array', locale) });
        return undefined;
      }
      if (value.length === 0) {
        add('answer-empty', path, { question: id });
        return undefined;
      }
      let ok = true;
      const seen = new Set<unknown>();
      for (const [i, v] of value.entries()) {
        if (seen.has(v)) {
          add('answer-duplicate', [...path, i], { value: show(v) });
          ok = false;
        } else if (
          typeof v === 'boolean' ||
          v === DONT_KNOW ||
          v === SKIPPED ||
          !allowed.includes(v as string)
        ) {
          notAllowed(v, [...path, i]);
          ok = false;
        }
        seen.add(v);
      }
      if (question.min !== undefined && value.length < question.min) {
        add('answer-count-min', path, { question: id, min: question.min });
        ok = false;
      }
      if (question.max !== undefined && value.length > question.max) {
        add('answer-count-max', path, { question: id, max: question.max });
        ok = false;
      }
      return ok ? [...(value as (string | number)[])] : undefined;
    }
    case 'scale-group': {
      if (!isPlainObject(value)) {
        add('answer-type', path, { question: id, expected: typeName('object', locale) });
        return undefined;
      }
      let ok = true;
      const items = new Set(question.items.map((item) => item.id));
      const entries: [string, string | number][] = [];
      for (const itemId of Object.keys(value)) {
        const v = value[itemId];
        const at = [...path, itemId];
        if (!items.has(itemId)) {
          add('answer-item-unknown', at, { question: id, value: itemId });
          ok = false;
          continue;
        }
        const special = checkSpecial(question, v, at, add);
        if (special === 'bad') ok = false;
        else if (special === 'ok') entries.push([itemId, v as string]);
        else if ((typeof v === 'string' || typeof v === 'number') && allowed.includes(v))
          entries.push([itemId, v]);
        else {
          notAllowed(v, at);
          ok = false;
        }
      }
      if (question.required) {
        for (const item of question.items) {
          if (!Object.hasOwn(value, item.id)) {
            add('answer-item-required', [...path, item.id], { question: id, value: item.id });
            ok = false;
          }
        }
      }
      return ok ? Object.fromEntries(entries) : undefined;
    }
    case 'text': {
      if (typeof value !== 'string') {
        add('answer-type', path, { question: id, expected: typeName('string', locale) });
        return undefined;
      }
      if (value.trim() === '') {
        add('answer-empty', path, { question: id });
        return undefined;
      }
      const max = question.maxLength ?? DEFAULT_TEXT_MAX_LENGTH;
      const length = countCharacters(value);
      if (length > max) {
        add('answer-too-long', path, { length, max });
        return undefined;
      }
      return value;
    }
    case 'email': {
      if (typeof value !== 'string') {
        add('answer-type', path, { question: id, expected: typeName('string', locale) });
        return undefined;
      }
      if (value.trim() === '') {
        add('answer-empty', path, { question: id });
        return undefined;
      }
      if (value.length > EMAIL_MAX_LENGTH || !EMAIL_PATTERN.test(value)) {
        add('answer-email', path);
        return undefined;
      }
      return value;
    }
    case 'date': {
      if (typeof value !== 'string' || !DATE_PATTERN.test(value) || !isCalendarDate(value)) {
        add('answer-date', path);
        return undefined;
      }
      if (question.min !== undefined && value < question.min) {
        add('answer-date-min', path, { min: question.min });
        return undefined;
      }
      if (question.max !== undefined && value > question.max) {
        add('answer-date-max', path, { max: question.max });
        return undefined;
      }
      return value;
    }
    case 'consent': {
      if (typeof value !== 'boolean') {
        add('answer-type', path, { question: id, expected: typeName('boolean', locale) });
        return undefined;
      }
      if (question.required && !value) {
        add('answer-consent-required', path, { question: id });
        return undefined;
      }
      return value;
    }
  }
}

/** Characters as a person counts them (code points), not UTF-16 units. */
export function countCharacters(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xd800 || code > 0xdbff) count++;
  }
  return count;
}
