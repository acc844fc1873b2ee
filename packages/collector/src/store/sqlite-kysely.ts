/**
 * Kysely on the collector's one better-sqlite3 connection. Differences from Kysely's own SqliteDialect:
 * - every connection use takes the store's Lock, so Kysely transactions and the group commit never interleave;
 * - transactions start with BEGIN IMMEDIATE (the write lock up front, no deadlock when upgrading later);
 * - a busy database (another process writing) never blocks the event loop for long: the connection's
 *   busy_timeout is short, and a statement that finds the database busy is retried asynchronously until
 *   `busyDeadlineMs` has passed, then fails with StoreUnavailableError (a 503).
 * Avoid `.stream()`: it would hold the lock (and block the group commit) until the stream is read to its end.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type BetterSqlite3 from 'better-sqlite3';
import { CompiledQuery, SqliteDialect } from 'kysely';
import type { DatabaseConnection, Driver, QueryResult, TransactionSettings } from 'kysely';

import type { Lock } from './lock.js';
import { StoreUnavailableError } from './types.js';

export function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

/**
 * Runs `work` (synchronous SQLite work) and, while the database is busy, tries again after a growing pause
 * (5, 10, 20 … 100 ms) without blocking the event loop, until `deadlineMs` has passed.
 */
export async function retryWhileBusy<T>(work: () => T, deadlineMs: number): Promise<T> {
  const started = Date.now();
  for (let pause = 5; ; pause = Math.min(100, pause * 2)) {
    try {
      return work();
    } catch (error) {
      if (!isBusy(error)) throw error;
      if (Date.now() - started >= deadlineMs) throw new StoreUnavailableError(String(error));
      await sleep(pause);
    }
  }
}

class Connection implements DatabaseConnection {
  constructor(
    private readonly db: BetterSqlite3.Database,
    private readonly deadlineMs: number,
  ) {}

  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    return retryWhileBusy(() => {
      const statement = this.db.prepare(query.sql);
      const parameters = query.parameters as unknown[];
      if (statement.reader) return { rows: statement.all(parameters) as R[] };
      const { changes, lastInsertRowid } = statement.run(parameters);
      return {
        insertId: lastInsertRowid != null ? BigInt(lastInsertRowid) : undefined,
        numAffectedRows: changes != null ? BigInt(changes) : undefined,
        rows: [],
      };
    }, this.deadlineMs);
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming is not supported on the SQLite store: page with a keyset instead.');
  }
}

class LockedDriver implements Driver {
  private readonly connection: Connection;

  constructor(
    db: BetterSqlite3.Database,
    private readonly lock: Lock,
    deadlineMs: number,
  ) {
    this.connection = new Connection(db, deadlineMs);
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.lock.acquire();
    return this.connection;
  }

  async beginTransaction(connection: DatabaseConnection, _settings: TransactionSettings): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('BEGIN IMMEDIATE'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('COMMIT'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('ROLLBACK'));
  }

  async releaseConnection(): Promise<void> {
    this.lock.release();
  }

  /** The store closes the database itself. */
  async destroy(): Promise<void> {}
}

export class LockedSqliteDialect extends SqliteDialect {
  constructor(
    private readonly db: BetterSqlite3.Database,
    private readonly lock: Lock,
    private readonly deadlineMs: number,
  ) {
    super({ database: db });
  }

  override createDriver(): Driver {
    return new LockedDriver(this.db, this.lock, this.deadlineMs);
  }
}
