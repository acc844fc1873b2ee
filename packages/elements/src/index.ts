/**
 * @svara/elements: accessible, form-associated controls and the pieces they share.
 * This module has no side effects; import `@svara/elements/define` (or a component's define module) to
 * register the tags.
 */
import { dateMessages } from './validators/date-validators.js';
import { emailMessages } from './validators/email-validator.js';
import { messages as controlMessages } from './validators/validators.js';

export { SvaraChoice, DONT_KNOW, SKIPPED, SPECIAL_ANSWERS } from './components/choice/choice.js';
export type { ChoiceOption } from './components/choice/choice.js';
export { SvaraOption } from './components/option/option.js';
export { SvaraScale } from './components/scale/scale.js';
export { SvaraText, ANNOUNCE_DELAY_MS } from './components/text/text.js';
export { SvaraEmail } from './components/email/email.js';
export { SvaraDate } from './components/date/date.js';
export { SvaraConsent } from './components/consent/consent.js';
export { SvaraErrorSummary, invalidControls } from './components/error-summary/error-summary.js';
export { SvaraFormElement } from './internal/form-element.js';
export { SvaraFieldElement } from './internal/field-element.js';
export { SvaraGroupElement } from './internal/group-element.js';
export type { GroupReadAloudItem } from './internal/group-element.js';
export { FormFieldController } from './controllers/form-field-controller.js';
export type { FormFieldHost, FormFieldOptions } from './controllers/form-field-controller.js';
export { RovingTabindexController } from './controllers/roving-tabindex-controller.js';
export type { RovingTabindexOptions } from './controllers/roving-tabindex-controller.js';
export {
  ReadAloudController,
  addRecordedSpeech,
  MAX_UTTERANCE,
  speechLanguage,
  splitSentences,
} from './controllers/read-aloud-controller.js';
export {
  ScanningController,
  scanMode,
  SCAN_ROUNDS,
  LONG_PRESS_MS,
  DEFAULT_SCAN_INTERVAL,
} from './controllers/scanning-controller.js';
export type { ScanClock, ScanMode, ScanningOptions } from './controllers/scanning-controller.js';
export type {
  ReadAloudEnvironment,
  ReadAloudItem,
  ReadAloudOptions,
  ReadAloudPosition,
  RecordedSpeechLookup,
} from './controllers/read-aloud-controller.js';
export { emitValueEvents, stopInnerEvent } from './events.js';
export {
  characterCount,
  formatNumber,
  maxLengthValidator,
  maxSelectionsValidator,
  minSelectionsValidator,
  pluralForm,
  requiredValidator,
} from './validators/validators.js';
export type { ValidationFailure, Validator } from './validators/validators.js';
export {
  datePartsValidator,
  dateProblem,
  dateRangeValidator,
  isoDate,
  parseIsoDate,
} from './validators/date-validators.js';
export type { DatePart, DateParts } from './validators/date-validators.js';
export { emailValidator } from './validators/email-validator.js';

/** Every plain-language validation message of svara's controls, one function each (read in the active locale). */
export const messages = { ...controlMessages, ...dateMessages, ...emailMessages };
export {
  allLocales,
  dirFor,
  getLocale,
  langOf,
  LocaleController,
  normalizeLocale,
  setLocale,
  sourceLocale,
  targetLocales,
} from './localization.js';
export type { SvaraLocale } from './localization.js';
