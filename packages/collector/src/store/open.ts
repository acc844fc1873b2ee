import type { Store } from './types.js';

/** True for `postgres://…` and `postgresql://…` addresses. */
export const isPostgresUrl = (db: string): boolean => /^postgres(?:ql)?:\/\//i.test(db);

/**
 * Opens the store `--db` names: a PostgreSQL address, or else a SQLite file (created with its directory when
 * missing). Runs pending migrations before it resolves. Only the driver in use is loaded.
 */
export async function openStore(db: string): Promise<Store> {
  if (isPostgresUrl(db)) return (await import('./postgres.js')).openPostgres(db);
  return (await import('./sqlite.js')).openSqlite(db);
}

/** The address without its password, for logs. */
export function describeDb(db: string): string {
  if (!isPostgresUrl(db)) return `SQLite ${db}`;
  try {
    const url = new URL(db);
    if (url.password) url.password = '***';
    return `PostgreSQL ${url.toString()}`;
  } catch {
    return 'PostgreSQL';
  }
}
