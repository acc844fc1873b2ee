/**
 * The published results format `<svara-results>` reads: the body of the collector's
 * `GET /api/surveys/{id}/results[?by=<question>]`. The one definition lives in @svara/schema, shared with the
 * server that writes it; `count: null` always means "hidden to protect the people who answered".
 */
export type {
  ActionStatus,
  Breakdown,
  Count,
  GroupColumn,
  Groups,
  ItemResult,
  OptionCount,
  MergedOptions,
  ModeColumn,
  ModeCount,
  PublishedResultBase,
  QuestionResult,
  QuestionTrend,
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
} from '@svara/schema';
