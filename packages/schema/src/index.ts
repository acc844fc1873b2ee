/**
 * @svara/schema: one survey definition for every respondent, validated in browser and server alike.
 * No DOM, no side effects: import what you need.
 */
export { parseSurvey, isCalendarDate, possibleValues } from './parse-survey';
export type { ParseOptions, SurveyResult } from './parse-survey';
export { parseSubmission, countCharacters } from './parse-submission';
export type { SubmissionResult } from './parse-submission';
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
  negations,
  MAX_SENTENCE_WORDS,
  MAX_OPTIONS_EASY,
} from './lint';
export type { LixResult, LintIssue, ReadAloudLintOptions, PictogramLintOptions } from './lint';
export { surveyJsonSchema, buildSurveyJsonSchema } from './json-schema';
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
} from './survey';
export type { ResolvedText, SelectTextOptions, QuestionEntry, ScaleOption, ResolvedScale } from './survey';
export * from './audio-manifest';
export { iterateLocalized } from './walk';
export type { Localized, TextRole } from './walk';
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
} from './presets';
export type {
  UiLanguage,
  Display,
  SpecialCode,
  BuiltinPictogram,
  PresetLabel,
  PresetOption,
  ScalePreset,
  ScalePresetName,
} from './presets';
export { formatPath, languageName } from './messages';
export type { Issue, Locale, Params } from './messages';
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
} from './schemas';
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
} from './schemas';
export type {
  ActionStatus,
  Breakdown,
  Count,
  GroupColumn,
  Groups,
  ItemResult,
  MergedOptions,
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
} from './results';
