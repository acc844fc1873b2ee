/**
 * Definitions from files (`--surveys <dir>`, `svara import`) become published versions: the same content as
 * the latest version publishes nothing, changed content publishes the next version, and content that is not
 * comparable with earlier versions is an error naming the file, the path and the problem.
 */
import type { Locale } from '@svara/schema';

import type { FileIssue, LoadedSurvey } from '../surveys.js';
import { SurveyLoadError } from '../surveys.js';
import type { SurveyRegistry } from './registry.js';

export interface ImportOutcome {
  id: string;
  file: string;
  /** The version now latest. */
  version: number;
  /** False when the file held the latest version's content already. */
  published: boolean;
  changed: string[];
}

/** Imports every definition; throws SurveyLoadError listing every problem (nothing of a refused file is kept). */
export async function importSurveys(
  registry: SurveyRegistry,
  surveys: Iterable<LoadedSurvey>,
  locale: Locale = 'en',
): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  const issues: FileIssue[] = [];
  for (const { survey, file } of surveys) {
    const result = await registry.publish(survey.id, survey, `file:${file}`, {
      locale,
      atLeast: survey.version,
    });
    if (!result.ok) {
      issues.push(...result.issues.map((issue) => ({ ...issue, file })));
      continue;
    }
    outcomes.push({
      id: survey.id,
      file,
      version: result.version,
      published: !result.unchanged,
      changed: result.changed,
    });
  }
  if (issues.length) throw new SurveyLoadError(issues);
  return outcomes;
}
