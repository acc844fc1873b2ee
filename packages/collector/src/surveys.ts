/**
 * Loads the survey definitions a collector serves: every `*.json` in a directory, each checked with
 * `parseSurvey`. A bad file stops start-up with the schema's path-and-message issues.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lintSurvey, parseSurvey } from '@svara/schema';
import type { Issue, Locale, Survey } from '@svara/schema';

export interface LoadedSurvey {
  survey: Survey;
  file: string;
  /** The definition as served (the parsed survey as JSON). */
  json: string;
  etag: string;
}

export interface FileIssue extends Issue {
  file: string;
}

/** Start-up failed: every problem found, with file, path and message. */
export class SurveyLoadError extends Error {
  constructor(readonly issues: FileIssue[]) {
    super(issues.map(formatFileIssue).join('\n'));
    this.name = 'SurveyLoadError';
  }
}

export function formatFileIssue(issue: FileIssue): string {
  return `${issue.file}${issue.path ? ` ${issue.path}` : ''}: ${issue.message}`;
}

/** Reads and checks one definition file. */
export function readSurveyFile(
  file: string,
  locale: Locale = 'en',
): { ok: true; survey: Survey } | { ok: false; issues: FileIssue[] } {
  let input: unknown;
  try {
    input = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const message = error instanceof SyntaxError ? `not valid JSON: ${error.message}` : String(error);
    return { ok: false, issues: [{ file, code: 'json', path: '', message }] };
  }
  const parsed = parseSurvey(input, { locale });
  return parsed.ok ? parsed : { ok: false, issues: parsed.issues.map((issue) => ({ ...issue, file })) };
}

/** The `*.json` files named: files as they are, directories by their `*.json` entries (sorted). */
export function surveyFiles(paths: readonly string[]): string[] {
  return paths.flatMap((path) => {
    const full = resolve(path);
    if (!statSync(full).isDirectory()) return [full];
    return readdirSync(full)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => join(full, name));
  });
}

/** Loads every definition in `dir`, keyed by survey id. Throws SurveyLoadError listing every problem. */
export function loadSurveys(dir: string, locale: Locale = 'en'): Map<string, LoadedSurvey> {
  let files: string[];
  try {
    if (!statSync(resolve(dir)).isDirectory()) {
      throw new SurveyLoadError([
        { file: dir, code: 'not-a-directory', path: '', message: 'not a directory' },
      ]);
    }
    files = surveyFiles([dir]);
  } catch (error) {
    if (error instanceof SurveyLoadError) throw error;
    throw new SurveyLoadError([
      { file: dir, code: 'read', path: '', message: String((error as Error).message) },
    ]);
  }
  if (files.length === 0) {
    throw new SurveyLoadError([
      { file: dir, code: 'empty', path: '', message: 'no *.json survey definitions in this directory' },
    ]);
  }
  const surveys = new Map<string, LoadedSurvey>();
  const issues: FileIssue[] = [];
  for (const file of files) {
    const result = readSurveyFile(file, locale);
    if (!result.ok) {
      issues.push(...result.issues);
      continue;
    }
    const existing = surveys.get(result.survey.id);
    if (existing) {
      issues.push({
        file,
        code: 'duplicate-survey-id',
        path: 'id',
        message: `survey id "${result.survey.id}" is already used by ${existing.file}`,
      });
      continue;
    }
    surveys.set(result.survey.id, loaded(result.survey, file));
  }
  if (issues.length) throw new SurveyLoadError(issues);
  return surveys;
}

export function loaded(survey: Survey, file = '(memory)'): LoadedSurvey {
  const json = JSON.stringify(survey);
  const etag = `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"`;
  return { survey, file, json, etag };
}

/** Lint warnings of every loaded survey, for the start-up log. */
export function lintAll(surveys: Map<string, LoadedSurvey>, locale: Locale = 'en'): FileIssue[] {
  return [...surveys.values()].flatMap(({ survey, file }) =>
    lintSurvey(survey, { locale }).map((issue) => ({ ...issue, file })),
  );
}
