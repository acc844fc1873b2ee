/**
 * @svara/collector: the reference server for svara surveys. Most people run it with the `svara` CLI
 * (`svara serve`); the modules are exported for embedding it in another Node server and for tests.
 */
export { startCollector } from './collector';
export type { Collector, CollectorOptions } from './collector';
export { createApp, DEFAULT_MAX_BODY_BYTES, DEFAULT_RATE_LIMIT, HONEYPOT_FIELD, localeOf } from './http/app';
export type { App, AppOptions } from './http/app';
export { createHttpServer, requestListener } from './http/server';
export type { TransportOptions } from './http/server';
export type { AppRequest, AppResponse, Logger } from './http/types';
export { consoleLogger, silentLogger } from './http/types';
export { API_CSP, SITE_CSP } from './http/headers';
export { RateLimiter } from './http/rate-limit';
export type { RateLimitOptions } from './http/rate-limit';
export type { Problem, ProblemIssue } from './http/problem';
export { openStore, isPostgresUrl, describeDb } from './store/open';
export { openSqlite } from './store/sqlite';
export { openPostgres } from './store/postgres';
export { scanResponses, StoreUnavailableError } from './store/types';
export type { Store, NewResponse, InsertOutcome, StoredResponse } from './store/types';
export { migrations } from './store/migrations';
export { loadSurveys, readSurveyFile, surveyFiles, SurveyLoadError, formatFileIssue } from './surveys';
export type { LoadedSurvey, FileIssue } from './surveys';
export {
  csvCell,
  csvText,
  csvRow,
  parseCsv,
  unneutralise,
  exportCsv,
  exportJson,
  parseExportCsv,
  LIST_SEPARATOR,
} from './csv';
export type { ExportedResponse, Separator } from './csv';
export { createTally, computeResults, breakdownQuestions, BreakdownError } from './results/results';
export type {
  Results,
  QuestionResult,
  TableResult,
  ScaleGroupResult,
  ItemResult,
  UnpublishedResult,
  ResultColumn,
  GroupColumn,
  OptionCount,
  ResultOption,
  Count,
  Groups,
  TallyOptions,
} from './results/results';
export { MIN_COUNT, protect, protectOneWay, protectTwoWay, isDetermined } from './results/suppression';
export type { Cell, OneWay, TwoWay, OneWayOptions, TwoWayOptions } from './results/suppression';
export { canonicalJson, nestsDeeperThan, MAX_DEPTH } from './canonical';
export { qrSvg } from './qr';
