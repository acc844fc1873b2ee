/**
 * PostgreSQL store (`postgres`): the same behaviour as SQLite through INSERT … ON CONFLICT DO NOTHING. Each insert
 * commits on its own (PostgreSQL groups concurrent commits into one WAL flush itself); the promise resolves after
 * the commit.
 */
import { Kysely } from 'kysely';
import { PostgresJSDialect } from 'kysely-postgres-js';
import postgres from 'postgres';

import type { Database } from './database.js';
import { MIGRATIONS_TABLE, migrate } from './migrations.js';
import { StoreUnavailableError } from './types.js';
import type { InsertOutcome, Store, StoredResponse } from './types.js';

export interface PostgresOptions {
  /** Connections in the pool (default 10). */
  max?: number;
}

interface Row {
  seq: string | number;
  survey_id: string;
  submission_id: string;
  survey_version: number;
  payload_hash: string;
  received_at: string;
  submission: string;
}

const toStored = (row: Row): StoredResponse => ({
  seq: Number(row.seq),
  surveyId: row.survey_id,
  submissionId: row.submission_id,
  surveyVersion: row.survey_version,
  payloadHash: row.payload_hash,
  receivedAt: row.received_at,
  submission: row.submission,
});

/** Errors worth a retry by the client: connection trouble, shutdown, serialization. */
function unavailable(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (
    typeof code === 'string' &&
    (code.startsWith('08') ||
      code.startsWith('57P') ||
      code === '40001' ||
      code === '40P01' ||
      code.startsWith('CONNECT') ||
      code === 'CONNECTION_CLOSED' ||
      code === 'CONNECTION_ENDED' ||
      code === 'CONNECTION_DESTROYED' ||
      code === 'ECONNREFUSED' ||
      code === 'ECONNRESET')
  )
    return new StoreUnavailableError(String((error as Error).message ?? error));
  return error;
}

export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<Store> {
  const sql = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    connect_timeout: 10,
    // bigint seq arrives as a string; we convert it ourselves.
    types: {},
  });
  const db = new Kysely<Database>({ dialect: new PostgresJSDialect({ postgres: sql }) });
  try {
    await migrate(db, 'postgres');
  } catch (error) {
    await sql.end({ timeout: 1 });
    throw error;
  }
  const columns = sql`seq, survey_id, submission_id, survey_version, payload_hash, received_at, submission`;
  let closed = false;
  let inserting = 0;

  return {
    kind: 'postgres',
    db,
    async insert(r) {
      if (closed) throw new StoreUnavailableError('The store is closed.');
      inserting++;
      try {
        const inserted = await sql`
          INSERT INTO responses (survey_id, submission_id, survey_version, payload_hash, submission, received_at, unit_id, round_id)
          VALUES (${r.surveyId}, ${r.submissionId}, ${r.surveyVersion}, ${r.payloadHash}, ${r.submission}, ${r.receivedAt}, ${r.unitId ?? null}, ${r.roundId ?? null})
          ON CONFLICT (survey_id, submission_id) DO NOTHING
          RETURNING seq`;
        if (inserted.length === 1) return 'stored';
        // DO NOTHING waited for the conflicting transaction to commit, so this statement's snapshot sees it.
        const [row] = await sql<{ payload_hash: string }[]>`
          SELECT payload_hash FROM responses WHERE survey_id = ${r.surveyId} AND submission_id = ${r.submissionId}`;
        if (!row) throw new StoreUnavailableError('The conflicting submission disappeared; retry.');
        return row.payload_hash === r.payloadHash ? 'replay' : ('conflict' satisfies InsertOutcome);
      } catch (error) {
        throw unavailable(error);
      } finally {
        inserting--;
      }
    },
    queueDepth: () => inserting,
    async page(surveyId, afterSeq, limit) {
      const rows = await sql<Row[]>`
        SELECT ${columns} FROM responses WHERE survey_id = ${surveyId} AND seq > ${afterSeq}
        ORDER BY seq LIMIT ${limit}`;
      return rows.map(toStored);
    },
    async get(surveyId, submissionId) {
      const [row] = await sql<Row[]>`
        SELECT ${columns} FROM responses WHERE survey_id = ${surveyId} AND submission_id = ${submissionId}`;
      return row && toStored(row);
    },
    async count(surveyId) {
      const [row] = await sql<
        { n: string }[]
      >`SELECT count(*) AS n FROM responses WHERE survey_id = ${surveyId}`;
      return Number(row!.n);
    },
    async erase(surveyId, submissionId) {
      const result = await db
        .deleteFrom('responses')
        .where('survey_id', '=', surveyId)
        .where('submission_id', '=', submissionId)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    async migrations() {
      const rows = await sql<
        { version: number }[]
      >`SELECT version FROM ${sql(MIGRATIONS_TABLE)} ORDER BY version`;
      return rows.map((r) => r.version);
    },
    async close() {
      if (closed) return;
      closed = true;
      await sql.end({ timeout: 5 });
    },
  };
}
