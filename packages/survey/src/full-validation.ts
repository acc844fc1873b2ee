/**
 * `@svara/survey/full-validation`: check survey definitions with the schema's full `parseSurvey` (zod) instead
 * of the embed's shape check. For pages that show unpublished definitions to editors.
 */
export { parseSurveyCheck, useFullValidation } from './components/survey/full-validation.js';
