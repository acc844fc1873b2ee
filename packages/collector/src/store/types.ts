/** What the collector needs from a database. SQLite and PostgreSQL implement it with the same behaviour. */
import type { Db } from './database.js';

/** A submission ready to be stored. */
export interface NewResponse {
  surveyId: string;
  submissionId: string;
  surveyVersion: number;
  /** sha256 (hex) of the received JSON in canonical form: a replay must match it exactly. */
  payloadHash: string;
  /** The parsed submission as JSON (answers to hidden questions dropped). */
  submission: string;
  /** ISO time the server received it. */
  receivedAt: string;
  /** The unit it is about and the round it belongs to, if any. */
  unitId?: string | null;
  roundId?: string | null;
}

/**
 * `stored`: new, committed. `replay`: this submissionId was stored before with the identical payload.
 * `conflict`: this submissionId was stored before with a different payload (the stored one is untouched).
 */
export type InsertOutcome = 'stored' | 'replay' | 'conflict';

export interface StoredResponse {
  /** Insertion order, unique per database. */
  seq: number;
  surveyId: string;
  submissionId: string;
  surveyVersion: number;
  payloadHash: string;
  receivedAt: string;
  /** The stored submission as JSON. */
  submission: string;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /**
   * Kysely over the same database, for every query beyond the hot insert path: one query for both dialects,
   * typed by `Database` (database.ts). Inside `db.transaction().execute(async (tx) => …)` use only `tx`: on
   * SQLite the transaction holds the one connection, and a query on `db` would wait for it forever.
   */
  readonly db: Db;
  /** Resolves only after the row is durably committed (or found to be a replay or conflict). */
  insert(response: NewResponse): Promise<InsertOutcome>;
  /** Up to `limit` responses of a survey with seq > `afterSeq`, in seq order (keyset pagination). */
  page(surveyId: string, afterSeq: number, limit: number): Promise<StoredResponse[]>;
  get(surveyId: string, submissionId: string): Promise<StoredResponse | undefined>;
  count(surveyId: string): Promise<number>;
  /** Deletes one stored submission; false when there was none. */
  erase(surveyId: string, submissionId: string): Promise<boolean>;
  /** Submissions waiting for or in a commit now (for metrics). */
  queueDepth?(): number;
  /** Applied migration versions, oldest first. */
  migrations(): Promise<number[]>;
  close(): Promise<void>;
}

/** Every response of a survey in insertion order, fetched `batch` at a time (never all in memory). */
export async function* scanResponses(
  store: Store,
  surveyId: string,
  batch = 1000,
): AsyncGenerator<StoredResponse> {
  let after = 0;
  for (;;) {
    const rows = await store.page(surveyId, after, batch);
    for (const row of rows) yield row;
    if (rows.length < batch) return;
    after = rows[rows.length - 1]!.seq;
  }
}

/** A store error the client may retry (busy database, lost connection): answered with 503. */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
}
