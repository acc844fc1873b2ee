/**
 * @svara/survey: `<svara-survey>`, its transport (the outbox) and the embed bundle. No side effects: import
 * `@svara/survey/define` (or load the embed bundle `svara-survey.js`) to register the element.
 */
export * from './transport/index.js';
export { SvaraSurvey } from './components/survey/survey.js';
export { KIOSK_IDLE_MS, KIOSK_RECEIPT_MS } from './components/survey/kiosk-timer.js';
export { checkDefinitionShape } from './components/survey/definition.js';
export type { DefinitionCheck, DefinitionResult } from './components/survey/definition.js';
