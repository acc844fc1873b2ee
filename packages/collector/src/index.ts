/**
 * @svara/collector: the reference server for svara surveys. Most people run it with the `svara` CLI
 * (`svara serve`); the modules are exported for embedding it in another Node server and for tests.
 */
export { startCollector } from './collector.js';
export type { Collector, CollectorOptions } from './collector.js';
export {
  createApp,
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_RATE_LIMIT,
  HONEYPOT_FIELD,
  localeOf,
} from './http/app.js';
export type { App, AppOptions } from './http/app.js';
export type { AppResponse, Logger } from './http/types.js';
export {
  requireRole,
  requireStaff,
  hasRole,
  authenticate,
  addAuthenticator,
  BOOTSTRAP_ADMIN,
  BOOTSTRAP_EXPORTER,
  ROLES,
} from './http/auth.js';
export type { Role, RoleGrant, Staff, Authenticator, StaffAuth } from './http/auth.js';
export { HttpProblem } from './http/problem.js';
export { consoleLogger, silentLogger } from './http/types.js';
export { API_CSP, SITE_CSP } from './http/headers.js';
export { RateLimiter } from './http/rate-limit.js';
export type { RateLimitOptions } from './http/rate-limit.js';
export type { Problem, ProblemIssue } from './http/problem.js';
export { openStore, isPostgresUrl, describeDb } from './store/open.js';
export { openSqlite } from './store/sqlite.js';
export { openPostgres } from './store/postgres.js';
export { scanResponses, StoreUnavailableError } from './store/types.js';
export type { Store, NewResponse, InsertOutcome, StoredResponse } from './store/types.js';
export { migrations } from './store/migrations.js';
export { loadSurveys, readSurveyFile, surveyFiles, SurveyLoadError, formatFileIssue } from './surveys.js';
export type { LoadedSurvey, FileIssue } from './surveys.js';
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
} from './csv.js';
export type { ExportedResponse, Separator } from './csv.js';
// One table protected on its own (kept for scripts; never served: published results are round snapshots).
export { createTally, computeResults, breakdownQuestions, BreakdownError } from './results/results.js';
// A round's snapshot, protected together and audited (what the server publishes), trends and actions.
export { createRoundTally, MIN_COUNT as ROUND_MIN_COUNT } from './results/round/round.js';
export type { RoundInput, RoundSubmission, RoundUnit } from './results/round/round.js';
export { computeRoundSnapshot } from './results/round/worker.js';
export type { RoundResult } from './results/round/worker.js';
export { trendOf } from './results/round/trend.js';
export { withActions } from './results/round/actions.js';
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
} from './results/results.js';
export { MIN_COUNT, protect, protectOneWay, protectTwoWay, isDetermined } from './results/suppression.js';
export type { Cell, OneWay, TwoWay, OneWayOptions, TwoWayOptions } from './results/suppression.js';
export { canonicalJson, nestsDeeperThan, MAX_DEPTH } from './canonical.js';
export { qrSvg } from './qr.js';
