/**
 * The register's tables as Kysely sees them (synpunkter, klagomål och beröm). Times are ISO strings in UTC, days
 * are `YYYY-MM-DD` calendar days in Europe/Stockholm; flags are integers 0/1 (SQLite has no booleans); JSON
 * columns are text. `unit` is a unit id, or null for the whole organisation.
 */
import type { Generated } from 'kysely';

export interface RegisterCasesTable {
  id: Generated<number | string>;
  unit: string | null;
  /** `survey`: made from a submission; `staff`: entered by staff (oral, paper, phone, …). */
  source: string;
  survey_id: string | null;
  submission_id: string | null;
  survey_version: number | null;
  received_at: string;
  received_on: string;
  category: string;
  concerns: string | null;
  given_by: string | null;
  channel: string;
  /** A role (Receptionen, Handläggare, …), never a person. */
  received_by: string | null;
  /** Personal data: erased with the contact details. */
  description: string | null;
  occurred_on: string | null;
  wants_answer: number;
  /** Personal data (JSON `{ name?, email?, phone?, other? }`), only when the person chose to leave it. */
  contact: string | null;
  /** JSON `[{ id, question, answer, personal }]`: the submission's other answers, as texts. */
  answers: string | null;
  status: string;
  action: string | null;
  feedback_given: number;
  feedback_on: string | null;
  deviation_ref: string | null;
  closed_at: string | null;
  personal_erased_at: string | null;
  personal_erased_reason: string | null;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
  revision: number;
}

/** A unit's register settings; `unit` '' is the organisation's default. */
export interface RegisterSettingsTable {
  unit: string;
  answer_days: number;
  retention_months: number;
  updated_at: string;
  updated_by: string;
}

/** What staff write about a year ("ett genomgående tema var …"); `unit` '' is the organisation. */
export interface RegisterThemesTable {
  unit: string;
  year: number;
  themes: string;
  updated_at: string;
  updated_by: string;
}

/** A published yearly summary: the protected numbers frozen when published (JSON), served to the public. */
export interface RegisterPublicationsTable {
  unit: string;
  year: number;
  summary: string;
  published_at: string;
  published_by: string;
}

export interface RegisterTables {
  register_cases: RegisterCasesTable;
  register_settings: RegisterSettingsTable;
  register_themes: RegisterThemesTable;
  register_publications: RegisterPublicationsTable;
}
