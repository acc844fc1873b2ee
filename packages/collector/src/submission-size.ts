/**
 * How large a valid submission to a survey can be, so that no valid answer is ever refused with `413` (issue #14,
 * item 2). The submission route accepts bodies up to the largest valid submission of any published version of
 * the survey, and never less than `--max-body` (the floor). A survey whose largest valid submission would pass
 * `MAX_SUBMISSION_BYTES` is refused where it enters: `svara validate`, start-up (`--surveys`), `svara import`
 * and publishing.
 *
 * The estimate is a true upper bound of the JSON the widget sends (`JSON.stringify`, no whitespace): every
 * answer at its largest (every option of a multi, the longest value of a choice, every statement of a scale
 * group, a text at its `maxLength`), each character of free text counted at 6 bytes — what JSON writes for a
 * control character (`\u0001`) or a lone surrogate, more than any character takes in UTF-8 (at most 4, e.g. a
 * "å" takes 2) — plus `ENVELOPE_BYTES` for the envelope (id, survey, version, language, time, meta).
 */
import {
  DEFAULT_TEXT_MAX_LENGTH,
  EMAIL_MAX_LENGTH,
  allQuestions,
  iterateQuestions,
  possibleValues,
} from '@svara/schema';
import type { Locale, Question, Survey } from '@svara/schema';

/** The envelope around the answers, generously: a real one is about 250 bytes. */
export const ENVELOPE_BYTES = 4096;
/** The most bytes a free-text character can take in the JSON sent. */
const BYTES_PER_CHARACTER = 6;
/** The largest submission any survey may need: above it, a survey is refused (a request body is held in memory). */
export const MAX_SUBMISSION_BYTES = 1024 * 1024;

const jsonBytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value), 'utf8');

/** Bytes of a free-text string of `length` characters, quotes included. */
const textBytes = (length: number): number => 2 + length * BYTES_PER_CHARACTER;

/** The largest answer a question can take, as JSON bytes. */
function largestAnswerBytes(question: Question): number {
  const values = (possibleValues(question) ?? []).map(jsonBytes);
  const largestValue = Math.max(0, ...values);
  switch (question.type) {
    case 'scale':
    case 'choice':
      return largestValue;
    case 'multi': {
      // Every option at once (the special codes stand alone), comma-separated, in brackets.
      const options = question.options.map((o) => jsonBytes(o.value));
      return 2 + options.reduce((sum, n) => sum + n + 1, 0) + largestValue;
    }
    case 'scale-group':
      return 2 + question.items.reduce((sum, item) => sum + jsonBytes(item.id) + 1 + largestValue + 1, 0);
    case 'text':
      return textBytes(question.maxLength ?? DEFAULT_TEXT_MAX_LENGTH);
    case 'email':
      return textBytes(EMAIL_MAX_LENGTH);
    case 'date':
      return jsonBytes('2026-12-31');
    case 'consent':
      return jsonBytes(false);
  }
}

const sizes = new WeakMap<Survey, number>();

/** The largest valid submission to this survey version, in bytes (an upper bound; see above). */
export function largestSubmissionBytes(survey: Survey): number {
  const known = sizes.get(survey);
  if (known !== undefined) return known;
  const answers = allQuestions(survey).reduce(
    (sum, question) => sum + jsonBytes(question.id) + 1 + largestAnswerBytes(question) + 1,
    2,
  );
  const size = answers + ENVELOPE_BYTES;
  sizes.set(survey, size);
  return size;
}

/** The body limit for submissions to a survey: its versions' largest submission, never below `floor`. */
export function submissionLimit(versions: Iterable<Survey>, floor: number): number {
  let limit = floor;
  for (const survey of versions) limit = Math.max(limit, largestSubmissionBytes(survey));
  return limit;
}

const kib = (bytes: number): string => `${Math.ceil(bytes / 1024).toLocaleString('en')} KiB`;

/**
 * The issue that refuses a survey whose largest valid submission cannot be accepted, or undefined. Its code is
 * `submission-too-large`, at the path of the survey's largest question.
 */
export function submissionSizeIssue(
  survey: Survey,
  locale: Locale = 'sv',
  ceiling = MAX_SUBMISSION_BYTES,
): { path: string; code: string; message: string } | undefined {
  const size = largestSubmissionBytes(survey);
  if (size <= ceiling) return undefined;
  const entries = [...iterateQuestions(survey)];
  const largest = entries.reduce<(typeof entries)[number] | undefined>(
    (best, e) => (!best || largestAnswerBytes(e.question) > largestAnswerBytes(best.question) ? e : best),
    undefined,
  );
  const where = largest ? ` (${largest.question.id})` : '';
  const path = largest
    ? largest.path
        .map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`))
        .join('')
        .slice(1)
    : '';
  return {
    path,
    code: 'submission-too-large',
    message:
      locale === 'en'
        ? `A complete answer to this survey can be up to ${kib(size)}, more than the ${kib(ceiling)} the server accepts. Lower maxLength of the text questions${where}, or split the survey.`
        : `Ett fullständigt svar på enkäten kan bli upp till ${kib(size)}, mer än de ${kib(ceiling)} servern tar emot. Sänk maxLength på textfrågorna${where}, eller dela upp enkäten.`,
  };
}
