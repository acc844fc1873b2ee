/**
 * The store under Kysely: one query for both dialects, Kysely transactions that never swallow (or get swallowed
 * by) the group commit, and a SQLite database locked by another process that never freezes the server.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';

import { openStore } from '../src/store/open.js';
import { openSqlite } from '../src/store/sqlite.js';
import type { NewResponse, Store } from '../src/store/types.js';
import { StoreUnavailableError } from '../src/store/types.js';
import { postgresDatabase, stopPostgres, tempDir } from './helpers.js';

const response = (surveyId = 's'): NewResponse => ({
  surveyId,
  submissionId: randomUUID(),
  surveyVersion: 1,
  payloadHash: 'h',
  submission: '{}',
  receivedAt: new Date().toISOString(),
});

/** The same as a row of the responses table. */
const row = (surveyId: string) => {
  const r = response(surveyId);
  return {
    survey_id: r.surveyId,
    submission_id: r.submissionId,
    survey_version: r.surveyVersion,
    payload_hash: r.payloadHash,
    submission: r.submission,
    received_at: r.receivedAt,
  };
};

function suite(kind: 'sqlite' | 'postgres'): void {
  let store: Store;
  let cleanup: () => Promise<void> | void;

  test(`${kind}: opens, migrates, and Kysely reads what the store wrote`, async () => {
    if (kind === 'sqlite') {
      const dir = tempDir();
      store = await openStore(join(dir.dir, 'db.sqlite'));
      cleanup = dir.remove;
    } else {
      const pg = await postgresDatabase();
      store = await openStore(pg.url);
      cleanup = pg.drop;
    }
    assert.equal(await store.insert(response('k')), 'stored');
    const row = await store.db
      .selectFrom('responses')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('survey_id', '=', 'k')
      .executeTakeFirstOrThrow();
    assert.equal(Number(row.n), 1);
    const versions = await store.db.selectFrom('svara_migrations').select('version').execute();
    assert.deepEqual(
      versions.map((v) => v.version),
      await store.migrations(),
    );
  });

  test(`${kind}: a Kysely transaction that rolls back takes no submission of the group commit with it`, async () => {
    const outside = response('tx');
    let inserted: Promise<unknown> | undefined;
    await assert.rejects(
      store.db.transaction().execute(async (tx) => {
        await tx.insertInto('responses').values(row('tx')).execute();
        // While the transaction is open, a submission arrives and is committed by the group commit.
        inserted = store.insert(outside);
        await sleep(30);
        throw new Error('roll back');
      }),
      /roll back/,
    );
    assert.equal(await inserted, 'stored');
    assert.equal(await store.count('tx'), 1, 'only the submission outside the transaction');
    assert.ok(await store.get('tx', outside.submissionId));
  });

  after(async () => {
    await store?.close();
    await cleanup?.();
  });
}

describe('store on SQLite', () => suite('sqlite'));
describe('store on PostgreSQL', () => {
  suite('postgres');
  after(stopPostgres);
});

describe('SQLite locked by another process', () => {
  test('a commit waits without blocking the event loop, and lands once the lock is released', async () => {
    const dir = tempDir();
    const file = join(dir.dir, 'locked.sqlite');
    const store = await openSqlite(file, { busyTimeout: 5000 });
    const other = new Database(file);
    try {
      other.exec('BEGIN IMMEDIATE');
      const started = Date.now();
      const pending = store.insert(response('busy'));
      // The event loop keeps turning while the commit waits: timers fire on time.
      const ticks: number[] = [];
      for (let i = 0; i < 10; i++) {
        const before = Date.now();
        await sleep(20);
        ticks.push(Date.now() - before);
      }
      assert.ok(Math.max(...ticks) < 200, `timers were late by up to ${Math.max(...ticks)} ms`);
      other.exec('COMMIT');
      assert.equal(await pending, 'stored');
      assert.ok(Date.now() - started >= 200, 'it waited for the lock');
      assert.equal(await store.count('busy'), 1);
    } finally {
      other.close();
      await store.close();
      dir.remove();
    }
  });

  test('after its busy timeout a commit fails as unavailable (a 503), and nothing is half-stored', async () => {
    const dir = tempDir();
    const file = join(dir.dir, 'locked.sqlite');
    const store = await openSqlite(file, { busyTimeout: 300 });
    const other = new Database(file);
    try {
      other.exec('BEGIN IMMEDIATE');
      const r = response('busy');
      await assert.rejects(store.insert(r), StoreUnavailableError);
      await assert.rejects(
        store.db.insertInto('responses').values(row('busy')).execute(),
        StoreUnavailableError,
      );
      other.exec('COMMIT');
      assert.equal(await store.count('busy'), 0);
      assert.equal(await store.insert(r), 'stored', 'the same submission is accepted when sent again');
    } finally {
      other.close();
      await store.close();
      dir.remove();
    }
  });
});
