/**
 * SQLite store (better-sqlite3): WAL, synchronous=FULL (every commit is fsynced before it returns), busy timeout.
 * Concurrent inserts are grouped into one transaction (group commit): requests that arrive while a commit is
 * being written wait for the next one, so one fsync acknowledges many submissions. Every promise resolves only
 * after its transaction committed.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

import { MIGRATIONS_TABLE, migrations } from './migrations.js';
import { StoreUnavailableError } from './types.js';
import type { InsertOutcome, NewResponse, Store, StoredResponse } from './types.js';

export interface SqliteOptions {
  /** Milliseconds to wait for a lock held by another connection (default 5000). */
  busyTimeout?: number;
  /** Most submissions committed together (default 512). */
  maxBatch?: number;
}

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

export function openSqlite(file: string, options: SqliteOptions = {}): Store {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(options.busyTimeout ?? 5000))}`);
  migrate(db);

  const insert = db.prepare(
    `INSERT INTO responses (survey_id, submission_id, survey_version, payload_hash, submission, received_at)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (survey_id, submission_id) DO NOTHING`,
  );
  const hashOf = db
    .prepare('SELECT payload_hash FROM responses WHERE survey_id = ? AND submission_id = ?')
    .pluck();
  const columns = 'seq, survey_id, submission_id, survey_version, payload_hash, received_at, submission';
  const pageQuery = db.prepare(
    `SELECT ${columns} FROM responses WHERE survey_id = ? AND seq > ? ORDER BY seq LIMIT ?`,
  );
  const getQuery = db.prepare(`SELECT ${columns} FROM responses WHERE survey_id = ? AND submission_id = ?`);
  const countQuery = db.prepare('SELECT count(*) FROM responses WHERE survey_id = ?').pluck();
  const migrationsQuery = db.prepare(`SELECT version FROM ${MIGRATIONS_TABLE} ORDER BY version`).pluck();

  const insertBatch = db.transaction((batch: readonly NewResponse[]): InsertOutcome[] =>
    batch.map((r) => {
      const info = insert.run(
        r.surveyId,
        r.submissionId,
        r.surveyVersion,
        r.payloadHash,
        r.submission,
        r.receivedAt,
      );
      if (info.changes === 1) return 'stored';
      return hashOf.get(r.surveyId, r.submissionId) === r.payloadHash ? 'replay' : 'conflict';
    }),
  );

  const maxBatch = options.maxBatch ?? 512;
  let queue: Pending[] = [];
  let scheduled = false;
  let closed = false;

  function flush(): void {
    scheduled = false;
    const batch = queue.length > maxBatch ? queue.splice(0, maxBatch) : queue;
    if (batch === queue) queue = [];
    if (queue.length) schedule();
    let outcomes: InsertOutcome[];
    try {
      // BEGIN IMMEDIATE: take the write lock up front (waits up to busy_timeout for other processes).
      outcomes = insertBatch.immediate(batch.map((p) => p.response));
    } catch (error) {
      const failure = isBusy(error) ? new StoreUnavailableError(String(error)) : error;
      for (const p of batch) p.reject(failure);
      return;
    }
    batch.forEach((p, i) => p.resolve(outcomes[i]!));
  }

  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    // setImmediate runs after pending I/O callbacks: every request already read joins this commit.
    setImmediate(flush);
  }

  return {
    kind: 'sqlite',
    insert(response) {
      if (closed) return Promise.reject(new StoreUnavailableError('The store is closed.'));
      return new Promise<InsertOutcome>((resolve, reject) => {
        queue.push({ response, resolve, reject });
        schedule();
      });
    },
    async page(surveyId, afterSeq, limit) {
      return (pageQuery.all(surveyId, afterSeq, limit) as Row[]).map(toStored);
    },
    async get(surveyId, submissionId) {
      const row = getQuery.get(surveyId, submissionId) as Row | undefined;
      return row && toStored(row);
    },
    async count(surveyId) {
      return countQuery.get(surveyId) as number;
    },
    async migrations() {
      return migrationsQuery.all() as number[];
    },
    async close() {
      if (closed) return;
      closed = true;
      while (queue.length) flush();
      db.close();
    },
  };
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

function migrate(db: Database.Database): void {
  db.exec(
    `CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`,
  );
  const applied = new Set(db.prepare(`SELECT version FROM ${MIGRATIONS_TABLE}`).pluck().all() as number[]);
  const record = db.prepare(`INSERT INTO ${MIGRATIONS_TABLE} (version, name, applied_at) VALUES (?, ?, ?)`);
  for (const migration of migrations) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      // Another process may have applied it since we looked.
      const again = db.prepare(`SELECT 1 FROM ${MIGRATIONS_TABLE} WHERE version = ?`).get(migration.version);
      if (again) return;
      db.exec(migration.sqlite);
      record.run(migration.version, migration.name, new Date().toISOString());
    }).immediate();
  }
}
