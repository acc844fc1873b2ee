/**
 * The published results format: the body of the collector's `GET /api/surveys/{id}/results[?by=<question>]`,
 * read by `<svara-results>`. Types only (no runtime code): the server that writes it and the element that reads
 * it share this one contract. `count: null` always means "hidden to protect the people who answered".
 */
import type { Display } from './presets.js';
import type { AnsweredBy, OptionValue, Pictogram, Text } from './schemas.js';

/** A count, or null when it is hidden to protect respondents. */
export type Count = number | null;

export interface OptionCount {
  value: OptionValue;
  count: Count;
}

/** One column of results: everyone (`total`) or one group of a breakdown. */
export interface ResultColumn {
  /** How many answered the question (including "vet inte" and "hoppa över"). */
  n: Count;
  /** Per option, in the order of the scale or the options. For `multi`: how many chose it. */
  counts: OptionCount[];
  /** Answered "vet inte"; present when the question allows it. */
  dontKnow?: Count;
  /** Answered "hoppa över"; present when the question allows it. */
  skipped?: Count;
  /**
   * Mean of the scale values (without "vet inte" and "hoppa över"), two decimals; present on ordinal scales;
   * null when there are no values or when any of the column's value counts is hidden.
   */
  mean?: number | null;
  /**
   * Counts of the merged answers (`TableResult.merged`, same order); the merged options' own `counts` are null.
   * Present only when the table was redesigned.
   */
  merged?: Count[];
  /** True when fewer than `minCount` in this column answered: no distribution is published ("för få svar"). */
  tooFew?: boolean;
}

export interface GroupColumn extends ResultColumn {
  /** The breakdown question's answer that defines the group. */
  group: OptionValue;
}

/**
 * One answering mode's column (round snapshots): the answers given in that way — by the respondent alone
 * (`self`), with a support person (`with-support`), or in an interview (`interviewer`, the submission's
 * `meta.answeredBy`). Present only where the mode sizes are published and more than one mode was used.
 */
export interface ModeColumn extends ResultColumn {
  mode: AnsweredBy;
}

/** How many answered in one mode (`Results.modes`); null = hidden. */
export interface ModeCount {
  mode: AnsweredBy;
  count: Count;
}

export interface ResultOption {
  value: OptionValue;
  text: Text;
  pictogram?: Pictogram;
}

/** What every published question result has. */
export interface PublishedResultBase {
  id: string;
  type: 'scale' | 'choice' | 'multi' | 'scale-group';
  text: Text;
  published: true;
  display: Display;
  /** True when a mean is given (numeric scales). */
  ordinal: boolean;
  /** Preset name, `numeric` or `custom` for scales. */
  scale?: string;
  options: ResultOption[];
}

/** A breakdown column set: absent without `?by`, null when the split cannot be published safely. */
export type Groups = GroupColumn[] | null;

/**
 * Neighbouring answers shown together in this table (table redesign before suppression), e.g. "Ledsen eller
 * mycket ledsen": their counts are in each column's `merged`, in this order.
 */
export interface MergedOptions {
  values: OptionValue[];
  text: Text;
}

export interface TableResult extends PublishedResultBase {
  type: 'scale' | 'choice' | 'multi';
  total: ResultColumn;
  groups?: Groups;
  /** Round snapshots: the same table per answering mode, where the counts allow (see `ModeColumn`). */
  modes?: ModeColumn[];
  merged?: MergedOptions[];
}

export interface ItemResult {
  id: string;
  text: Text;
  total: ResultColumn;
  groups?: Groups;
  modes?: ModeColumn[];
  merged?: MergedOptions[];
}

export interface ScaleGroupResult extends PublishedResultBase {
  type: 'scale-group';
  items: ItemResult[];
}

export interface UnpublishedResult {
  id: string;
  type: 'text' | 'email' | 'date' | 'consent';
  text: Text;
  published: false;
  /** `free-text`: never published; `personal`: e-mail, dates and consents are not results. */
  reason: 'free-text' | 'personal';
}

export type QuestionResult = TableResult | ScaleGroupResult | UnpublishedResult;

export interface Breakdown {
  question: string;
  text: Text;
  /** The groups shown, in the question's order. Groups too small to show are not listed. */
  groups: { value: OptionValue; text: Text }[];
  /** Some respondents are in no group shown (a small group, "vet inte", skipped or not answered). */
  othersHidden: boolean;
}

/** The unit a result is for (results of a round's snapshot). */
export interface ResultUnit {
  id: string;
  name: string;
  /** The unit above it, null at the top. */
  parent: string | null;
  /** Units directly below it that have results in the snapshot. */
  children?: string[];
}

/** The round (omgång) a snapshot is of. */
export interface ResultRound {
  id: string;
  name: string;
  /** First and last day (Europe/Stockholm calendar days, `closes` inclusive). */
  opens?: string;
  closes?: string;
}

export interface Results {
  surveyId: string;
  surveyVersion: number;
  lang: string;
  title: Text;
  generatedAt: string;
  /**
   * Counts from 1 to minCount - 1 are hidden, and zeros in a group with 1 to minCount - 1 answers; so is whatever
   * would let a hidden count be worked out.
   */
  minCount: number;
  /** Responses received (hidden when 1 to minCount - 1). */
  respondents: Count;
  /** From the definition's `invited`. */
  invited?: number;
  /** respondents / invited, three decimals; null when respondents is hidden. */
  responseRate?: number | null;
  /** The breakdown, when asked for with `?by=` (or, in a round's snapshot, the round's breakdown). */
  by?: Breakdown;
  /**
   * Round snapshots: how many answered in each mode ("Hur svaren gavs": self, with support, interview), protected
   * together with everything else of the round; absent where the mode sizes are not published.
   */
  modes?: ModeCount[];
  questions: QuestionResult[];
  /** In a round's snapshot: the unit, or null for the whole survey (every unit of the round together). */
  unit?: ResultUnit | null;
  /** In a round's snapshot: the round. */
  round?: ResultRound;
  /** "Ni sa – vi gör": what this unit heard in this round and what it will do, published with the results. */
  actions?: ResultAction[];
  /** The actions of the round before, with what has been done since ("Förra året sa ni … Vi har …"). */
  previousActions?: { round: ResultRound; actions: ResultAction[] };
}

export type ActionStatus = 'planerad' | 'pågår' | 'klar';

/** One action of "Ni sa – vi gör". */
export interface ResultAction {
  id: string;
  /** What we heard. */
  heard: Text;
  /** The questions it is about (ids in this survey). */
  questions: string[];
  /** What we will do. */
  action: Text;
  /** The same in plain words (lättläst; shown to children). */
  plain?: Text;
  /** Who is responsible: a role, never a name ("Enhetschefen"). */
  responsible: Text;
  status: ActionStatus;
  /** When it is to be done: `YYYY-MM` or `YYYY-MM-DD`. */
  when?: string;
  /** Status changes after publishing, oldest first, each dated (`YYYY-MM-DD`). */
  history?: { status: ActionStatus; at: string; note?: Text }[];
}

/** One round's value of a question in a trend, taken from that round's published snapshot. */
export interface TrendPoint {
  round: ResultRound;
  /** How many answered with a value (without "vet inte" and "hoppa över"); null when hidden. */
  n: Count;
  /**
   * Share (0–1, three decimals) who answered on the positive side (`QuestionTrend.positive`); null when it
   * cannot be told from the published counts.
   */
  positive: number | null;
  /** Mean of an ordinal scale, as published (null when hidden). */
  mean?: number | null;
  /** The question's wording in this round. */
  text: Text;
  /** The wording differs from the round before. */
  reworded: boolean;
  /** Fewer than minCount answered: no value. */
  tooFew?: boolean;
  /** The same values per answering mode, where the round's snapshot publishes the mode's column. */
  modes?: (Omit<TrendPoint, 'round' | 'text' | 'reworded' | 'modes'> & { mode: AnsweredBy })[];
}

/** A question over the rounds of one unit. */
export interface QuestionTrend {
  id: string;
  type: 'scale' | 'choice';
  /** The wording of the latest round. */
  text: Text;
  ordinal: boolean;
  /** The answers counted as positive, and their name ("Glad eller mycket glad"); absent when none are. */
  positive?: { values: OptionValue[]; text: Text };
  /** Oldest round first. */
  points: TrendPoint[];
}

/** A unit's results over the rounds of a survey ("compare rounds"). */
export interface Trend {
  format: 'svara-trend/1';
  surveyId: string;
  unit: ResultUnit | null;
  lang: string;
  title: Text;
  minCount: number;
  questions: QuestionTrend[];
}

/**
 * Everything published for one round, protected together: one `Results` per unit of the round, per unit above
 * them, and for the whole survey. Immutable once published.
 */
export interface RoundSnapshot {
  format: 'svara-round-results/1';
  surveyId: string;
  surveyVersion: number;
  round: ResultRound;
  minCount: number;
  /** The breakdown question every table is split by, when the round has one. */
  breakdown?: string;
  generatedAt: string;
  /** The whole survey first, then the units in tree order. */
  results: Results[];
}
