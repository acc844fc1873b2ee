/**
 * Collectors and databases for tests that run a suite on SQLite and on PostgreSQL, each time on a database of its
 * own, mostly against a collector listening on a free port.
 */
import { join } from 'node:path';
import { after, describe } from 'node:test';

import { startCollector } from '../src/collector.js';
import type { Collector, CollectorOptions } from '../src/collector.js';
import { exampleSurveys, postgresDatabase, stopPostgres, tempDir } from './helpers.js';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface FreshDatabase {
  /** A SQLite file or a `postgres://` address. */
  db: string;
  remove(): Promise<void>;
}

/** A new, empty database: a SQLite file in a new temporary folder, or a new PostgreSQL database. */
export async function freshDatabase(kind: DatabaseKind): Promise<FreshDatabase> {
  if (kind === 'postgres') {
    const pg = await postgresDatabase();
    return { db: pg.url, remove: () => pg.drop() };
  }
  const dir = tempDir();
  return { db: join(dir.dir, 'svara.sqlite'), remove: async () => dir.remove() };
}

/** `suite` as "`name` on SQLite" and as "`name` on PostgreSQL" (after which the test cluster stops). */
export function onBothDatabases(name: string, suite: (kind: DatabaseKind) => void): void {
  describe(`${name} on SQLite`, () => suite('sqlite'));
  describe(`${name} on PostgreSQL`, () => {
    suite('postgres');
    after(stopPostgres);
  });
}

/**
 * `startCollector` on a fresh database of `kind`, on a free port, with the example surveys and no rate limit
 * unless `options` say otherwise; `close()` also removes the database.
 */
export async function startTestCollector(
  kind: DatabaseKind,
  options: Partial<CollectorOptions> = {},
): Promise<Collector> {
  const database = await freshDatabase(kind);
  const collector = await startCollector({
    surveys: exampleSurveys(),
    db: database.db,
    port: 0,
    rateLimit: false,
    ...options,
  });
  const close = collector.close.bind(collector);
  collector.close = async () => {
    await close();
    await database.remove();
  };
  return collector;
}
