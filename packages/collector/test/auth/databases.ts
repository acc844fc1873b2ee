/**
 * The auth tests' databases: a fresh SQLite file and a fresh PostgreSQL database, each with the accounts tables,
 * behind Kysely. `forEachDatabase` runs a suite once on each.
 */
import { after, before, describe } from 'node:test';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { PostgresJSDialect } from 'kysely-postgres-js';
import postgres from 'postgres';

import { migrateAccounts } from '../../src/auth/migrations.js';
import type { AuthDb, Dialect } from '../../src/auth/schema.js';
import { postgresDatabase, stopPostgres, tempDir } from '../helpers.js';

// One throw-away PostgreSQL cluster per test file (each file is its own process), stopped when the file ends.
after(() => stopPostgres());

export interface TestDatabase {
  dialect: Dialect;
  db: AuthDb;
  close(): Promise<void>;
}

export async function openTestDatabase(dialect: Dialect): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const dir = tempDir('svara-auth-');
    const db = new Kysely<never>({
      dialect: new SqliteDialect({ database: new Database(join(dir.dir, 'db.sqlite')) }),
    });
    await migrateAccounts(db, 'sqlite');
    return {
      dialect,
      db: db as unknown as AuthDb,
      async close() {
        await db.destroy();
        dir.remove();
      },
    };
  }
  const database = await postgresDatabase();
  const db = new Kysely<never>({
    dialect: new PostgresJSDialect({ postgres: postgres(database.url, { max: 4, onnotice: () => {} }) }),
  });
  await migrateAccounts(db, 'postgres');
  return {
    dialect,
    db: db as unknown as AuthDb,
    async close() {
      await db.destroy();
      await database.drop();
    },
  };
}

/** Runs `suite` once on SQLite and once on PostgreSQL, each with its own fresh database. */
export function forEachDatabase(name: string, suite: (get: () => TestDatabase) => void): void {
  for (const dialect of ['sqlite', 'postgres'] as const) {
    describe(`${name} (${dialect})`, () => {
      let database: TestDatabase | undefined;
      before(async () => {
        database = await openTestDatabase(dialect);
      });
      after(async () => {
        await database?.close();
      });
      suite(() => {
        if (!database) throw new Error('the database did not open');
        return database;
      });
    });
  }
}
