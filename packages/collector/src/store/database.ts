/**
 * The typed schema every Kysely query is checked against: one interface per table, named as in SQL. Streams add
 * their tables here (and a migration in migrations.ts); never rename a column that has landed.
 *
 * Column types follow both dialects: text for ids and ISO times (`received_at` is an ISO string in both),
 * integers as `number` (PostgreSQL BIGINT arrives as a string: convert where it can be one).
 */
import type { Generated, Kysely } from 'kysely';

import type { AuthTables } from '../auth/schema.js';
import type { RegisterTables } from '../register/schema.js';
import type { ResultsTables } from '../results/store/schema.js';

export interface ResponsesTable {
  seq: Generated<number | string>;
  survey_id: string;
  submission_id: string;
  survey_version: number;
  /** sha256 (hex) of the received JSON in canonical form. */
  payload_hash: string;
  /** The parsed submission as JSON. */
  submission: string;
  /** ISO time. */
  received_at: string;
  /** The unit the answer is about, when it came through a unit's link or carried one. */
  unit_id: string | null;
  /** The round it belongs to (sent, or derived from the unit and the time). */
  round_id: string | null;
}

export interface MigrationsTable {
  version: number;
  name: string;
  applied_at: string;
}

/** A survey: its owner and whether staff closed it (its definitions are in survey_versions and survey_drafts). */
export interface SurveysTable {
  id: string;
  /** The unit whose staff run it (roles are checked against it); null = the whole organisation. */
  owner_unit: string | null;
  created_at: string;
  created_by: string;
  /** Set while closed: new answers are refused with 410. */
  closed_at: string | null;
  closed_by: string | null;
}

/** A published version: immutable, kept forever. */
export interface SurveyVersionsTable {
  survey_id: string;
  version: number;
  /** The definition as served (JSON, its `version` equal to this row's). */
  definition: string;
  /** sha256 of the definition's canonical JSON without `version` and `$schema`: "the same content". */
  content_hash: string;
  published_at: string;
  /** Staff id, or `file:<path>` for a definition imported from a file. */
  published_by: string;
  /** JSON array of paths reworded since the version before. */
  changed: string;
  /** JSON array of { path, change, text }. */
  diff: string;
}

/** The one draft of a survey being edited (stored even while not yet valid). */
export interface SurveyDraftsTable {
  survey_id: string;
  /** JSON text as the editor sent it. */
  definition: string;
  revision: number;
  updated_at: string;
  updated_by: string;
  /** JSON array of lint warnings the editor acknowledged. */
  acknowledged: string;
}

export interface SurveyDraftApprovalsTable {
  survey_id: string;
  revision: number;
  approved_by: string;
  approved_at: string;
}

export interface UnitsTable {
  id: string;
  name: string;
  parent: string | null;
  created_at: string;
  updated_at: string;
}

/** A round (omgång): one survey in chosen units over a period of Stockholm calendar days. */
export interface RoundsTable {
  id: string;
  survey_id: string;
  name: string;
  /** YYYY-MM-DD, inclusive. */
  opens: string;
  /** YYYY-MM-DD, inclusive. */
  closes: string;
  /** YYYY-MM-DD: answers given during the round are accepted until this day. */
  accept_late_until: string;
  /** Set when staff closed the round early. */
  closed_at: string | null;
  created_at: string;
  created_by: string;
}

export interface RoundUnitsTable {
  round_id: string;
  unit_id: string;
  /** How many were asked, for a response rate; null when not recorded. */
  invited: number | null;
}

export interface Database extends AuthTables, RegisterTables, ResultsTables {
  responses: ResponsesTable;
  svara_migrations: MigrationsTable;
  surveys: SurveysTable;
  survey_versions: SurveyVersionsTable;
  survey_drafts: SurveyDraftsTable;
  survey_draft_approvals: SurveyDraftApprovalsTable;
  units: UnitsTable;
  rounds: RoundsTable;
  round_units: RoundUnitsTable;
}

export type Db = Kysely<Database>;
export type Dialect = 'sqlite' | 'postgres';
