/**
 * @svara/results: `<svara-results>`, published survey results as accessible bar charts with a data table.
 * This module has no side effects; import `@svara/results/define` to register the tag.
 */
export { SvaraResults } from './components/results/results.js';
export type * from './types.js';
