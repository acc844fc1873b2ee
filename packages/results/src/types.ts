/**
 * The public shape of `GET /api/surveys/{id}/results[?by=<question>]` (packages/collector/README.md, "published
 * results"), as `<svara-results>` reads it.
 *
 * Defined here, not imported: nothing may depend on the collector, and the collector's own types live with its
 * tally. These belong in @svara/schema once a second consumer needs them; until then this file is the
 * client-side contract, and `count: null` always means "hidden to protect the people who answered".
 */
import type { OptionValue, Pictogram, Text } from '@svara/schema';

/** A count, or null when it is hidden to protect respondents. */
export type Count = number | null;

export interface OptionCount {
  value: OptionValue;
  count: Count;
}

/** One column of results: everyone (`total`) or one group of a breakdown. */
export interface ResultColumn {
  /** How many answered the question ("vet inte" and "hoppa över" included); null = hidden. */
  n: Count;
  /** Per option, in the order of the scale or the options. For `multi`: how many chose it. */
  counts: OptionCount[];
  /** Answered "vet inte"; present when the question allows it. */
  dontKnow?: Count;
  /** Answered "hoppa över"; present when the question allows it. */
  skipped?: Count;
  /** Ordinal scales only: mean without "vet inte"/"hoppa över"; null when not publishable. */
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

/** A breakdown column set: absent without `?by`, null when the split cannot be published safely. */
export type Groups = GroupColumn[] | null;

interface PublishedBase {
  id: string;
  type: 'scale' | 'choice' | 'multi' | 'scale-group';
  text: Text;
  published: true;
  display: string;
  ordinal: boolean;
  scale?: string;
  options: ResultOption[];
}

export interface TableResult extends PublishedBase {
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

export interface ScaleGroupResult extends PublishedBase {
  type: 'scale-group';
  items: ItemResult[];
}

/** Free text, e-mail, dates and consents: never published, not even how many answered. */
export interface UnpublishedResult {
  id: string;
  type: 'text' | 'email' | 'date' | 'consent';
  text: Text;
  published: false;
  reason: 'free-text' | 'personal';
}

export type QuestionResult = TableResult | ScaleGroupResult | UnpublishedResult;

export interface Breakdown {
  question: string;
  text: Text;
  /** The groups shown, in the question's order. */
  groups: { value: OptionValue; text: Text }[];
  /** Some respondents are in no group shown. */
  othersHidden: boolean;
}

export interface Results {
  surveyId: string;
  surveyVersion: number;
  lang: string;
  title: Text;
  generatedAt: string;
  /** Counts from 1 to minCount - 1 are hidden. */
  minCount: number;
  respondents: Count;
  invited?: number;
  responseRate?: number | null;
  by?: Breakdown;
  questions: QuestionResult[];
}
