/**
 * The typed schema every Kysely query is checked against: one interface per table, named as in SQL. Streams add
 * their tables here (and a migration in migrations.ts); never rename a column that has landed.
 *
 * Column types follow both dialects: text for ids and ISO times (`received_at` is an ISO string in both),
 * integers as `number` (PostgreSQL BIGINT arrives as a string: convert where it can be one).
 */
import type { Generated, Kysely } from 'kysely';

import type { AuthTables } from '../auth/schema.js';

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
}

export interface MigrationsTable {
  version: number;
  name: string;
  applied_at: string;
}

export interface Database extends AuthTables {
  responses: ResponsesTable;
  svara_migrations: MigrationsTable;
}

export type Db = Kysely<Database>;
export type Dialect = 'sqlite' | 'postgres';
