/**
 * The published results format: the body of the collector's `GET /api/surveys/{id}/results[?by=<question>]`,
 * read by `<svara-results>`. Types only (no runtime code): the server that writes it and the element that reads
 * it share this one contract. `count: null` always means "hidden to protect the people who answered".
 */
import type { Display } from './presets';
import type { OptionValue, Pictogram, Text } from './schemas';

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
}

export interface GroupColumn extends ResultColumn {
  /** The breakdown question's answer that defines the group. */
  group: OptionValue;
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

export interface TableResult extends PublishedResultBase {
  type: 'scale' | 'choice' | 'multi';
  total: ResultColumn;
  groups?: Groups;
}

export interface ItemResult {
  id: string;
  text: Text;
  total: ResultColumn;
  groups?: Groups;
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
  /** The breakdown, when asked for with `?by=`. */
  by?: Breakdown;
  questions: QuestionResult[];
}
