/**
 * Versioned schema migrations, applied in order at start-up inside one transaction each; the applied versions are
 * recorded in `svara_migrations`. Never edit a migration that has landed on main: add a new one. New migrations
 * are written once, with Kysely's schema builder (`up(db, dialect)`), for both SQLite and PostgreSQL; version 1
 * predates Kysely and keeps its SQL per dialect.
 *
 * Version numbers are shared by every stream: take the next free one when you land (renumber yours if someone
 * landed the same number first).
 */
import { sql } from 'kysely';
import type { Kysely } from 'kysely';

import { migrateAccounts } from '../auth/migrations.js';
import { migrateRegister } from '../register/migration.js';
import { migrateResults } from '../results/store/migration.js';
import type { Dialect } from './database.js';

/** The database as a migration sees it: the schema of its time, not today's `Database`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDb = Kysely<any>;

export interface Migration {
  version: number;
  name: string;
  /** Runs inside the migration's transaction. */
  up(db: AnyDb, dialect: Dialect): Promise<void>;
}

/** SQL text with several statements, run one by one (better-sqlite3 prepares one statement at a time). */
async function statements(db: AnyDb, text: string): Promise<void> {
  for (const statement of text.split(';').map((s) => s.trim())) {
    if (statement) await sql.raw(statement).execute(db);
  }
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'responses',
    // Dedupe is the UNIQUE constraint, never a check before the insert.
    up: (db, dialect) =>
      statements(
        db,
        dialect === 'sqlite'
          ? `
      CREATE TABLE responses (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        survey_id TEXT NOT NULL,
        submission_id TEXT NOT NULL,
        survey_version INTEGER NOT NULL,
        payload_hash TEXT NOT NULL,
        submission TEXT NOT NULL,
        received_at TEXT NOT NULL,
        CONSTRAINT responses_submission UNIQUE (survey_id, submission_id)
      );
      CREATE INDEX responses_survey_seq ON responses (survey_id, seq);`
          : `
      CREATE TABLE responses (
        seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        survey_id TEXT NOT NULL,
        submission_id TEXT NOT NULL,
        survey_version INTEGER NOT NULL,
        payload_hash TEXT NOT NULL,
        submission TEXT NOT NULL,
        received_at TEXT NOT NULL,
        CONSTRAINT responses_submission UNIQUE (survey_id, submission_id)
      );
      CREATE INDEX responses_survey_seq ON responses (survey_id, seq);`,
      ),
  },
  {
    version: 2,
    name: 'accounts',
    // Staff accounts, sessions, API tokens, sign-in throttling, the append-only audit log (src/auth).
    up: migrateAccounts,
  },
  {
    version: 3,
    name: 'surveys',
    // Surveys live in the database: drafts being edited, and every published version, kept forever.
    async up(db) {
      await db.schema
        .createTable('surveys')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('owner_unit', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('closed_at', 'text')
        .addColumn('closed_by', 'text')
        .execute();
      await db.schema
        .createTable('survey_versions')
        .addColumn('survey_id', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('definition', 'text', (c) => c.notNull())
        .addColumn('content_hash', 'text', (c) => c.notNull())
        .addColumn('published_at', 'text', (c) => c.notNull())
        .addColumn('published_by', 'text', (c) => c.notNull())
        .addColumn('changed', 'text', (c) => c.notNull())
        .addColumn('diff', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('survey_versions_pk', ['survey_id', 'version'])
        .execute();
      await db.schema
        .createTable('survey_drafts')
        .addColumn('survey_id', 'text', (c) => c.primaryKey())
        .addColumn('definition', 'text', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'text', (c) => c.notNull())
        .addColumn('acknowledged', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('survey_draft_approvals')
        .addColumn('survey_id', 'text', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('approved_by', 'text', (c) => c.notNull())
        .addColumn('approved_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('survey_draft_approvals_pk', ['survey_id', 'revision', 'approved_by'])
        .execute();
    },
  },
  {
    version: 4,
    name: 'register',
    // The complaints register: cases, settings per unit, yearly themes and published summaries (src/register).
    up: migrateRegister,
  },
  {
    version: 5,
    name: 'units and rounds',
    // The organisation's units, rounds of a survey in chosen units, and which unit and round an answer is for.
    async up(db) {
      await db.schema
        .createTable('units')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('parent', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('rounds')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('survey_id', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('opens', 'text', (c) => c.notNull())
        .addColumn('closes', 'text', (c) => c.notNull())
        .addColumn('accept_late_until', 'text', (c) => c.notNull())
        .addColumn('closed_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('rounds_survey').on('rounds').column('survey_id').execute();
      await db.schema
        .createTable('round_units')
        .addColumn('round_id', 'text', (c) => c.notNull())
        .addColumn('unit_id', 'text', (c) => c.notNull())
        .addColumn('invited', 'integer')
        .addPrimaryKeyConstraint('round_units_pk', ['round_id', 'unit_id'])
        .execute();
      await db.schema.alterTable('responses').addColumn('unit_id', 'text').execute();
      await db.schema.alterTable('responses').addColumn('round_id', 'text').execute();
      await db.schema
        .createIndex('responses_round_unit')
        .on('responses')
        .columns(['round_id', 'unit_id'])
        .execute();
    },
  },
  {
    version: 6,
    name: 'results snapshots',
    up: migrateResults,
  },
];

export const MIGRATIONS_TABLE = 'svara_migrations';

/**
 * Applies every pending migration, each in its own transaction (PostgreSQL: under an advisory lock, so
 * collectors starting together do not race; SQLite: BEGIN IMMEDIATE, and the version is looked up again inside).
 */
export async function migrate(
  db: AnyDb,
  dialect: Dialect,
  list: readonly Migration[] = migrations,
): Promise<void> {
  const lock = async (tx: AnyDb) => {
    if (dialect === 'postgres') await sql`SELECT pg_advisory_xact_lock(7384261)`.execute(tx);
  };
  await db.transaction().execute(async (tx) => {
    await lock(tx);
    await tx.schema
      .createTable(MIGRATIONS_TABLE)
      .ifNotExists()
      .addColumn('version', 'integer', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('applied_at', 'text', (c) => c.notNull())
      .execute();
  });
  for (const migration of [...list].sort((a, b) => a.version - b.version)) {
    await db.transaction().execute(async (tx) => {
      await lock(tx);
      const done = await tx
        .selectFrom(MIGRATIONS_TABLE)
        .select('version')
        .where('version', '=', migration.version)
        .executeTakeFirst();
      if (done) return;
      await migration.up(tx, dialect);
      await tx
        .insertInto(MIGRATIONS_TABLE)
        .values({ version: migration.version, name: migration.name, applied_at: new Date().toISOString() })
        .execute();
    });
  }
}
