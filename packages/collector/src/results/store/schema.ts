/**
 * The tables of published results (migration 6, 'results snapshots'). Times are ISO strings in UTC; JSON columns
 * are text. A snapshot row is written once and never changed (a trigger refuses updates).
 */

/** One round's published snapshot: everything the round publishes, protected together. */
export interface ResultSnapshotsTable {
  /** One snapshot per round, ever: a second one would differ from the first by a few answers. */
  round_id: string;
  survey_id: string;
  survey_version: number;
  /** The `RoundSnapshot` JSON (without actions: they are joined when served). */
  snapshot: string;
  /** Respondents in the whole round (for the index; the published count may be hidden). */
  respondents: number;
  /** Units (and levels above them) with results. */
  units: number;
  /** JSON: the audit's counts `{ checked, byWitness, bySolver, hidden, published }`. */
  audit: string;
  published_at: string;
  /** Staff id, or `system` when published automatically after the round's late deliveries ended. */
  published_by: string;
}

/** "Ni sa – vi gör": an action of a unit in a round. */
export interface ResultActionsTable {
  id: string;
  round_id: string;
  survey_id: string;
  /** null: the whole survey. */
  unit_id: string | null;
  /** JSON Text. */
  heard: string;
  /** JSON array of question ids. */
  questions: string;
  /** JSON Text. */
  action: string;
  /** JSON Text or null. */
  plain: string | null;
  /** JSON Text: a role, never a name. */
  responsible: string;
  status: string;
  /** `YYYY-MM` or `YYYY-MM-DD`, or null. */
  due: string | null;
  /** JSON array `[{ status, at, note? }]`: status changes after publishing. */
  history: string;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
}

export interface ResultsTables {
  result_snapshots: ResultSnapshotsTable;
  result_actions: ResultActionsTable;
}
