/**
 * @svara/schema: one survey definition for every respondent, validated in browser and server alike.
 * No DOM, no side effects: import what you need.
 */
export { parseSurvey, isCalendarDate, possibleValues } from './parse-survey.js';
export type { ParseOptions, SurveyResult } from './parse-survey.js';
export { parseSubmission, countCharacters } from './parse-submission.js';
export type { SubmissionResult } from './parse-submission.js';
export {
  lintSurvey,
  lintReadAloud,
  lintPictograms,
  iteratePictograms,
  commonVoiceLanguages,
  lix,
  sentencesOf,
  wordsOf,
  lixLimits,
  lixLanguages,
  measuresLix,
  negations,
  MAX_SENTENCE_WORDS,
  MAX_OPTIONS_EASY,
} from './lint.js';
export type { LixResult, LintIssue, ReadAloudLintOptions, PictogramLintOptions } from './lint.js';
export { surveyJsonSchema, buildSurveyJsonSchema } from './json-schema.js';
export {
  resolveText,
  selectText,
  surveyLanguages,
  iterateQuestions,
  allQuestions,
  findQuestion,
  resolveScale,
  questionOptions,
  questionDisplay,
  isOrdinal,
  isSpecialCode,
  allowedSpecialCodes,
  evaluateCondition,
  visibleQuestionIds,
  isQuestionVisible,
} from './survey.js';
export type { ResolvedText, SelectTextOptions, QuestionEntry, ScaleOption, ResolvedScale } from './survey.js';
export {
  surveyScreens,
  screenIndex,
  answersToSend,
  isChildOrAac,
  estimatedMinutes,
  SECONDS_PER_QUESTION,
} from './screens.js';
export type { Screen } from './screens.js';
export * from './audio-manifest.js';
export { iterateLocalized } from './walk.js';
export type { Localized, TextRole } from './walk.js';
export {
  DONT_KNOW,
  SKIPPED,
  uiLanguages,
  displays,
  builtinPictograms,
  scalePresets,
  scalePresetNames,
  specialLabels,
  specialPictograms,
  isScalePresetName,
} from './presets.js';
export type {
  UiLanguage,
  Display,
  SpecialCode,
  BuiltinPictogram,
  PresetLabel,
  PresetOption,
  ScalePreset,
  ScalePresetName,
} from './presets.js';
export { formatPath, languageName } from './messages.js';
export type { Issue, Locale, Params } from './messages.js';
export {
  surveySchema,
  questionSchema,
  pageSchema,
  textSchema,
  scaleSchema,
  optionSchema,
  conditionSchema,
  pictogramSchema,
  submissionEnvelopeSchema,
  submissionMetaSchema,
  audiences,
  questionTypes,
  answeredByValues,
  modes,
  registerFields,
  registerCategories,
  DEFAULT_TEXT_MAX_LENGTH,
  EMAIL_MAX_LENGTH,
  MAX_NUMERIC_STEPS,
} from './schemas.js';
export type {
  Survey,
  Question,
  QuestionType,
  ScaleQuestion,
  ChoiceQuestion,
  MultiQuestion,
  TextQuestion,
  ScaleGroupQuestion,
  ScaleGroupItem,
  DateQuestion,
  EmailQuestion,
  ConsentQuestion,
  Page,
  Privacy,
  Text,
  Pictogram,
  Audio,
  Option,
  OptionValue,
  Scale,
  NumericScale,
  CustomScale,
  Condition,
  Audience,
  AnsweredBy,
  Mode,
  RegisterField,
  RegisterCategory,
  Submission,
  SubmissionMeta,
  Answer,
  Answers,
} from './schemas.js';
export type {
  ActionStatus,
  Breakdown,
  Count,
  GroupColumn,
  Groups,
  ItemResult,
  MergedOptions,
  ModeColumn,
  ModeCount,
  OptionCount,
  PublishedResultBase,
  QuestionTrend,
  QuestionResult,
  ResultColumn,
  ResultAction,
  ResultOption,
  ResultRound,
  ResultUnit,
  Results,
  RoundSnapshot,
  ScaleGroupResult,
  TableResult,
  Trend,
  TrendPoint,
  UnpublishedResult,
} from './results.js';
