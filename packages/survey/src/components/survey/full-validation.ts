/**
 * Full validation of survey definitions in the widget, with the schema's `parseSurvey` (zod). Not in the embed
 * bundle (about 21 KB gzip): the collector validates definitions when they are published. Pages that show
 * unpublished definitions to editors — the demo site, Storybook, tests — call {@link useFullValidation}.
 */
import { parseSurvey } from '@svara/schema';
import type { DefinitionCheck } from './definition.js';
import { SvaraSurvey } from './survey.js';

/** The schema's full validation: every rule of `parseSurvey`, messages in Swedish or English. */
export const parseSurveyCheck: DefinitionCheck = (input, locale) => {
  const result = parseSurvey(input, { locale });
  return result.ok ? { ok: true, survey: result.survey } : { ok: false, issues: result.issues };
};

/** Makes every `<svara-survey>` on the page check definitions with `parseSurvey`. */
export function useFullValidation(): void {
  SvaraSurvey.checkDefinition = parseSurveyCheck;
}
