/**
 * Collectors and databases for tests that run a suite on SQLite and on PostgreSQL, each time on a database of its
 * own, mostly against a collector listening on a free port.
 */
import { join } from 'node:path';
import { after, before, describe } from 'node:test';

import { startCollector } from '../src/collector.js';
import type { Collector, CollectorOptions } from '../src/collector.js';
import { createApp } from '../src/http/app.js';
import type { App, AppOptions } from '../src/http/app.js';
import { openStore } from '../src/store/open.js';
import type { Store } from '../src/store/types.js';
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

/**
 * For a suite that asks apps without a server (`app.inject`), several on one database (a restart): in the
 * suite's `before`, a store on a fresh database of `kind`; `start(options)` makes an app on it with the example
 * surveys; after the suite, every app, the store and the database go.
 */
export function appsOnFreshStore(kind: DatabaseKind): (options?: Partial<AppOptions>) => Promise<App> {
  let database: FreshDatabase | undefined;
  let store: Store | undefined;
  const apps: App[] = [];
  before(async () => {
    database = await freshDatabase(kind);
    store = await openStore(database.db);
  });
  after(async () => {
    for (const app of apps) await app.close();
    await store?.close();
    await database?.remove();
  });
  return async (options = {}) => {
    if (!store) throw new Error('the store opens in the suite’s before()');
    const app = createApp({ surveys: exampleSurveys(), store, ...options });
    await app.ready();
    apps.push(app);
    return app;
  };
}
