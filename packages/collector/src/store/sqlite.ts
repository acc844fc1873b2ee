/**
 * SQLite store (better-sqlite3): WAL, synchronous=FULL (every commit is fsynced before it returns).
 * Concurrent inserts are grouped into one transaction (group commit): requests that arrive while a commit is
 * being written wait for the next one, so one fsync acknowledges many submissions. Every promise resolves only
 * after its transaction committed.
 *
 * One connection serves the process: the group commit and Kysely (`store.db`) share it under one Lock, so their
 * transactions never interleave. Another process holding the write lock never blocks the event loop: the
 * busy_timeout is a few milliseconds, and a busy commit is retried asynchronously until `busyTimeout` (5 s)
 * has passed, then answered 503.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { Kysely } from 'kysely';

import type { Database as Schema } from './database.js';
import { Lock } from './lock.js';
import { MIGRATIONS_TABLE, migrate } from './migrations.js';
import { LockedSqliteDialect, isBusy, retryWhileBusy } from './sqlite-kysely.js';
import { StoreUnavailableError } from './types.js';
import type { InsertOutcome, NewResponse, Store, StoredResponse } from './types.js';

export interface SqliteOptions {
  /** Milliseconds to keep trying while another connection holds the write lock (default 5000). */
  busyTimeout?: number;
  /** Most submissions committed together (default 512). */
  maxBatch?: number;
}

/** How long one attempt may block the event loop waiting for a lock. */
const BLOCKING_BUSY_MS = 5;

interface Pending {
  response: NewResponse;
  resolve: (outcome: InsertOutcome) => void;
  reject: (error: unknown) => void;
}

interface Row {
  seq: number;
  survey_id: string;
  submission_id: string;
  survey_version: number;
  payload_hash: string;
  received_at: string;
  submission: string;
}

const toStored = (row: Row): StoredResponse => ({
  seq: row.seq,
  surveyId: row.survey_id,
  submissionId: row.submission_id,
  surveyVersion: row.survey_version,
  payloadHash: row.payload_hash,
  receivedAt: row.received_at,
  submission: row.submission,
});

export async function openSqlite(file: string, options: SqliteOptions = {}): Promise<Store> {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const deadline = Math.max(0, Math.trunc(options.busyTimeout ?? 5000));
  const sqlite = new Database(file);
  sqlite.pragma(`busy_timeout = ${Math.min(deadline, BLOCKING_BUSY_MS)}`);
  await retryWhileBusy(() => sqlite.pragma('journal_mode = WAL'), deadline);
  sqlite.pragma('synchronous = FULL');
  const lock = new Lock();
  const db = new Kysely<Schema>({ dialect: new LockedSqliteDialect(sqlite, lock, deadline) });
  try {
    await migrate(db, 'sqlite');
  } catch (error) {
    sqlite.close();
    throw error;
  }

  const insert = sqlite.prepare(
    `INSERT INTO responses (survey_id, submission_id, survey_version, payload_hash, submission, received_at, unit_id, round_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (survey_id, submission_id) DO NOTHING`,
  );
  const hashOf = sqlite
    .prepare('SELECT payload_hash FROM responses WHERE survey_id = ? AND submission_id = ?')
    .pluck();
  const columns = 'seq, survey_id, submission_id, survey_version, payload_hash, received_at, submission';
  const pageQuery = sqlite.prepare(
    `SELECT ${columns} FROM responses WHERE survey_id = ? AND seq > ? ORDER BY seq LIMIT ?`,
  );
  const getQuery = sqlite.prepare(
    `SELECT ${columns} FROM responses WHERE survey_id = ? AND submission_id = ?`,
  );
  const countQuery = sqlite.prepare('SELECT count(*) FROM responses WHERE survey_id = ?').pluck();
  const migrationsQuery = sqlite.prepare(`SELECT version FROM ${MIGRATIONS_TABLE} ORDER BY version`).pluck();

  const insertBatch = sqlite.transaction((batch: readonly NewResponse[]): InsertOutcome[] =>
    batch.map((r) => {
      const info = insert.run(
        r.surveyId,
        r.submissionId,
        r.surveyVersion,
        r.payloadHash,
        r.submission,
        r.receivedAt,
        r.unitId ?? null,
        r.roundId ?? null,
      );
      if (info.changes === 1) return 'stored';
      return hashOf.get(r.surveyId, r.submissionId) === r.payloadHash ? 'replay' : 'conflict';
    }),
  );

  const maxBatch = options.maxBatch ?? 512;
  let queue: Pending[] = [];
  let scheduled = false;
  let closed = false;
  let flushing: Promise<void> = Promise.resolve();
  let committing = 0;

  async function commit(batch: Pending[]): Promise<void> {
    committing += batch.length;
    try {
      await commitBatch(batch);
    } finally {
      committing -= batch.length;
    }
  }

  async function commitBatch(batch: Pending[]): Promise<void> {
    const started = Date.now();
    for (let pause = 5; ; pause = Math.min(100, pause * 2)) {
      // Without the lock no Kysely transaction can be open on the connection (it would swallow this one). The
      // lock is held for one attempt only: while another process holds the database's write lock, reads
      // (definitions, results, readiness) run between the attempts instead of waiting behind them.
      const free = lock.tryAcquire();
      if (!free) await lock.acquire();
      let outcomes: InsertOutcome[] | undefined;
      let failure: unknown;
      try {
        // BEGIN IMMEDIATE: take the write lock up front.
        outcomes = insertBatch.immediate(batch.map((p) => p.response));
      } catch (error) {
        failure = error;
      } finally {
        lock.release();
      }
      if (outcomes) {
        batch.forEach((p, i) => p.resolve(outcomes[i]!));
        return;
      }
      if (!isBusy(failure) || Date.now() - started >= deadline) {
        const error = isBusy(failure) ? new StoreUnavailableError(String(failure)) : failure;
        for (const p of batch) p.reject(error);
        return;
      }
      await sleep(pause);
    }
  }

  function flush(): void {
    scheduled = false;
    const batch = queue.length > maxBatch ? queue.splice(0, maxBatch) : queue;
    if (batch === queue) queue = [];
    if (queue.length) schedule();
    if (batch.length) flushing = commit(batch);
  }

  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    // setImmediate runs after pending I/O callbacks: every request already read joins this commit.
    setImmediate(flush);
  }

  const locked = <T>(work: () => T): Promise<T> => lock.run(() => retryWhileBusy(work, deadline));

  return {
    kind: 'sqlite',
    db,
    insert(response) {
      if (closed) return Promise.reject(new StoreUnavailableError('The store is closed.'));
      return new Promise<InsertOutcome>((resolve, reject) => {
        queue.push({ response, resolve, reject });
        schedule();
      });
    },
    page(surveyId, afterSeq, limit) {
      return locked(() => (pageQuery.all(surveyId, afterSeq, limit) as Row[]).map(toStored));
    },
    get(surveyId, submissionId) {
      return locked(() => {
        const row = getQuery.get(surveyId, submissionId) as Row | undefined;
        return row && toStored(row);
      });
    },
    count(surveyId) {
      return locked(() => countQuery.get(surveyId) as number);
    },
    async erase(surveyId, submissionId) {
      const result = await db
        .deleteFrom('responses')
        .where('survey_id', '=', surveyId)
        .where('submission_id', '=', submissionId)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    queueDepth: () => queue.length + committing,
    migrations() {
      return locked(() => migrationsQuery.all() as number[]);
    },
    async close() {
      if (closed) return;
      closed = true;
      while (queue.length) flush();
      await flushing;
      await lock.run(() => {
        sqlite.close();
      });
      await db.destroy();
    },
  };
}
