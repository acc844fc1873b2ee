/**
 * Checks a draft while the author types: errors (what makes it invalid, from `parseSurvey`) and warnings (what
 * makes it hard to answer, from the schema's lint rules — the same rules the `svara lint` command runs), each
 * with the path of the field it concerns, so the editor shows it next to that field. No DOM.
 */
import { lintPictograms, lintReadAloud, lintSurvey, parseSurvey } from '@svara/schema';
import { lintComparability } from '@svara/schema/versions';
import type { Issue, Locale, Params, Survey } from '@svara/schema';
import type { Draft } from './draft.js';
import { questionsOf } from './draft.js';

export type Severity = 'error' | 'warning';

export interface Finding {
  severity: Severity;
  code: string;
  /** Where, as the schema writes it: `questions[2].options[1].text`; '' for the whole survey. */
  path: string;
  /** What is wrong and what to do, in the studio's language (from the schema's catalogue). */
  message: string;
  /** The values the message was made from (`lix`, `max`, `word`, …); empty for errors. */
  params: Params;
  /**
   * A stable name for acknowledging a warning: the code and the path with question ids instead of positions
   * (`lint:lix:vet-varfor.text`), so moving a question keeps its acknowledgement.
   */
  key: string;
}

export interface CheckContext {
  locale?: Locale;
  /** The version published before, for the comparability rules. */
  previous?: Survey | undefined;
  /**
   * Every version published before, newest first: a question removed in an earlier version cannot come back with
   * another meaning either. The collector refuses a publish by the same rule (`@svara/schema/versions`).
   */
  published?: readonly Survey[] | undefined;
  /** The ARASAAC ids the server hosts (its pictogram manifest), when known. */
  hosted?: readonly number[] | undefined;
  /** Languages the respondents' devices can read aloud (default: the schema's common voices). */
  voices?: readonly string[] | undefined;
}

export interface CheckResult {
  /** True when the draft is a valid definition (it may still have warnings). */
  valid: boolean;
  /** The parsed definition when valid. */
  survey?: Survey | undefined;
  /**
   * What a preview can show: the parsed definition, or — while some questions are invalid — the definition
   * without them. Undefined when even that is not valid (then the preview keeps the last one it showed).
   */
  previewable?: Survey | undefined;
  /** The ids of questions left out of `previewable` because they are invalid. */
  leftOut: string[];
  errors: Finding[];
  warnings: Finding[];
}

const QUESTION_PATH = /^(?:pages\[(\d+)\]\.)?questions\[(\d+)\]/;

/** The stable acknowledgement key of a finding at `path` in `draft`. */
export function findingKey(draft: Draft, code: string, path: string): string {
  const match = QUESTION_PATH.exec(path);
  if (!match) return `lint:${code}:${path}`;
  const entry = questionsOf(draft).find((q) =>
    match[1] === undefined
      ? q.listPath.length === 1 && q.position === Number(match[2])
      : q.listPath[1] === Number(match[1]) && q.position === Number(match[2]),
  );
  const id = entry ? String(entry.question.id) : match[0];
  return `lint:${code}:${id}${path.slice(match[0].length)}`;
}

function toFinding(draft: Draft, severity: Severity, issue: Issue & { params?: Params }): Finding {
  return {
    severity,
    code: issue.code,
    path: issue.path,
    message: issue.message,
    params: issue.params ?? {},
    key: findingKey(draft, issue.code, issue.path),
  };
}

/** The draft without the questions at the positions errors point to (for a preview of the rest). */
function withoutBrokenQuestions(draft: Draft, errors: readonly Issue[]): { draft: Draft; ids: string[] } {
  const broken = new Set<string>();
  for (const error of errors) {
    const match = QUESTION_PATH.exec(error.path);
    if (match) broken.add(match[0]);
  }
  const ids: string[] = [];
  const keep = (list: unknown, prefix: string): unknown =>
    Array.isArray(list)
      ? list.filter((question, i) => {
          const dropped = broken.has(`${prefix}questions[${i}]`);
          if (dropped) ids.push(String((question as { id?: unknown })?.id ?? ''));
          return !dropped;
        })
      : list;
  const next: Draft = { ...draft };
  if (Array.isArray(draft['questions'])) next['questions'] = keep(draft['questions'], '');
  if (Array.isArray(draft['pages']))
    next['pages'] = draft['pages'].map((page, p) =>
      page && typeof page === 'object'
        ? { ...page, questions: keep((page as Record<string, unknown>)['questions'], `pages[${p}].`) }
        : page,
    );
  return { draft: next, ids };
}

/** Runs the schema's checks and every lint rule over a draft. */
export function checkDraft(draft: Draft, context: CheckContext = {}): CheckResult {
  const locale = context.locale ?? 'sv';
  const parsed = parseSurvey(draft, { locale });
  if (!parsed.ok) {
    const errors = parsed.issues.map((issue) => toFinding(draft, 'error', issue));
    const rest = withoutBrokenQuestions(draft, parsed.issues);
    const retry = rest.ids.length > 0 ? parseSurvey(rest.draft, { locale }) : undefined;
    return {
      valid: false,
      previewable: retry?.ok ? retry.survey : undefined,
      leftOut: retry?.ok ? rest.ids : [],
      errors,
      warnings: [],
    };
  }
  const survey = parsed.survey;
  const warnings = [
    ...lintSurvey(survey, { locale }),
    ...lintReadAloud(survey, { locale, ...(context.voices ? { voices: context.voices } : {}) }),
    ...lintPictograms(survey, { locale, ...(context.hosted ? { hosted: context.hosted } : {}) }),
    ...comparability(context, survey, locale),
  ].map((issue) => toFinding(draft, 'warning', issue));
  return { valid: true, survey, previewable: survey, leftOut: [], errors: [], warnings };
}

function comparability(context: CheckContext, survey: Survey, locale: Locale) {
  const published = context.published?.length
    ? context.published
    : context.previous
      ? [context.previous]
      : [];
  return published.length ? lintComparability(published, survey, { locale }) : [];
}

/** The findings about exactly `path` (a list's own warnings, not its children's). */
export function findingsAt(findings: readonly Finding[], path: string): Finding[] {
  return findings.filter((finding) => finding.path === path);
}

/** The findings about `path` and anything inside it (a text and its languages: `….text.en`). */
export function findingsWithin(findings: readonly Finding[], path: string): Finding[] {
  return findings.filter(
    (finding) =>
      finding.path === path || finding.path.startsWith(`${path}.`) || finding.path.startsWith(`${path}[`),
  );
}
