/** Migration 6, 'results snapshots': published round snapshots (immutable) and the actions beside them. */
import { sql } from 'kysely';
import type { AnyDb } from '../../store/migrations.js';
import type { Dialect } from '../../store/database.js';

export async function migrateResults(db: AnyDb, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('result_snapshots')
    .addColumn('round_id', 'text', (c) => c.primaryKey())
    .addColumn('survey_id', 'text', (c) => c.notNull())
    .addColumn('survey_version', 'integer', (c) => c.notNull())
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addColumn('respondents', 'integer', (c) => c.notNull())
    .addColumn('units', 'integer', (c) => c.notNull())
    .addColumn('audit', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addColumn('published_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('result_snapshots_survey').on('result_snapshots').column('survey_id').execute();
  // Published is published: the database itself refuses to change a snapshot.
  if (dialect === 'sqlite') {
    await sql
      .raw(
        `CREATE TRIGGER result_snapshots_immutable BEFORE UPDATE ON result_snapshots
         BEGIN SELECT RAISE(ABORT, 'a published snapshot is immutable'); END`,
      )
      .execute(db);
  } else {
    await sql
      .raw(
        `CREATE FUNCTION result_snapshots_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN RAISE EXCEPTION 'a published snapshot is immutable'; END $$`,
      )
      .execute(db);
    await sql
      .raw(
        `CREATE TRIGGER result_snapshots_immutable BEFORE UPDATE ON result_snapshots
         FOR EACH ROW EXECUTE FUNCTION result_snapshots_immutable()`,
      )
      .execute(db);
  }
  await db.schema
    .createTable('result_actions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('round_id', 'text', (c) => c.notNull())
    .addColumn('survey_id', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text')
    .addColumn('heard', 'text', (c) => c.notNull())
    .addColumn('questions', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('plain', 'text')
    .addColumn('responsible', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('due', 'text')
    .addColumn('history', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('result_actions_round').on('result_actions').column('round_id').execute();
}
