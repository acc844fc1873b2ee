/** The register's tables, written once with Kysely's schema builder for SQLite and PostgreSQL. */
import type { AnyDb } from '../store/migrations.js';
import type { Dialect } from '../store/database.js';

export async function migrateRegister(db: AnyDb, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('register_cases')
    .addColumn('id', dialect === 'sqlite' ? 'integer' : 'bigint', (c) =>
      dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey().generatedAlwaysAsIdentity(),
    )
    .addColumn('unit', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('survey_id', 'text')
    .addColumn('submission_id', 'text')
    .addColumn('survey_version', 'integer')
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('concerns', 'text')
    .addColumn('given_by', 'text')
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('received_by', 'text')
    .addColumn('description', 'text')
    .addColumn('occurred_on', 'text')
    .addColumn('wants_answer', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('contact', 'text')
    .addColumn('answers', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('action', 'text')
    .addColumn('feedback_given', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('feedback_on', 'text')
    .addColumn('deviation_ref', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('personal_erased_at', 'text')
    .addColumn('personal_erased_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    // A submission becomes at most one case, whatever retries and replays: the constraint decides, never a check.
    .addUniqueConstraint('register_cases_submission', ['survey_id', 'submission_id'])
    .execute();
  await db.schema
    .createIndex('register_cases_unit_received')
    .on('register_cases')
    .columns(['unit', 'received_on'])
    .execute();
  await db.schema.createIndex('register_cases_closed').on('register_cases').column('closed_at').execute();

  await db.schema
    .createTable('register_settings')
    .addColumn('unit', 'text', (c) => c.primaryKey())
    .addColumn('answer_days', 'integer', (c) => c.notNull())
    .addColumn('retention_months', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('register_themes')
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('themes', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('register_themes_pk', ['unit', 'year'])
    .execute();

  await db.schema
    .createTable('register_publications')
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addColumn('published_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('register_publications_pk', ['unit', 'year'])
    .execute();
}
