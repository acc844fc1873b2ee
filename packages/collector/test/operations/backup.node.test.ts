/**
 * The operator's backup and restore, as the deployment guide (deploy/README.md) tells it: `svara backup` while the
 * server runs, the database wiped, the backup put back — and every answer is there. SQLite and PostgreSQL.
 * Also `svara migrate --check`: the exit code says whether migrations are pending, and nothing is applied.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { Kysely, SqliteDialect } from 'kysely';
import SqliteDatabase from 'better-sqlite3';
import postgres from 'postgres';

import { main } from '../../src/cli.js';
import type { Io } from '../../src/commands/types.js';
import { PENDING_EXIT } from '../../src/commands/migrate.js';
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../src/canonical.js';
import { migrate, migrations } from '../../src/store/migrations.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/types.js';
import { EXAMPLES, childSubmission, postgresDatabase, stopPostgres, tempDir } from '../helpers.js';

after(stopPostgres);

function io(env: Record<string, string> = {}, cwd = process.cwd()): Io & { out(): string; err(): string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (t: string) => (out += t) },
    stderr: { write: (t: string) => (err += t) },
    env,
    cwd,
    out: () => out,
    err: () => err,
  };
}

async function run(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; out: string; err: string }> {
  const x = io(env);
  const code = await main(args, x);
  return { code, out: x.out(), err: x.err() };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** 300 answers to the children's survey, all different, some with free text in several scripts. */
async function answer(store: Store, count = 300): Promise<void> {
  const feelings = [1, 2, 3, 4, 5];
  await Promise.all(
    Array.from({ length: count }, (_, i) => {
      const submission = childSubmission({
        'vet-varfor': feelings[i % 5],
        kon: i % 2 ? 'flicka' : 'pojke',
        ...(i % 7 === 0 ? { kommentar: `svar ${i}: åäö — مرحبا` } : {}),
      });
      const text = JSON.stringify(submission);
      return store.insert({
        surveyId: 'familjeenheten-barn',
        submissionId: String(submission.submissionId),
        surveyVersion: 1,
        payloadHash: sha256(canonicalJson(submission)),
        submission: text,
        receivedAt: new Date(Date.UTC(2026, 10, 1, 0, 0, i)).toISOString(),
      });
    }),
  );
}

/** What the staff would export: every stored answer of the survey, as JSON. */
async function exported(db: string): Promise<unknown[]> {
  const result = await run(['export', '--db', db, '--survey', 'familjeenheten-barn', '--format', 'json']);
  assert.equal(result.code, 0, result.err);
  return JSON.parse(result.out) as unknown[];
}

describe('svara backup and restore', () => {
  test('SQLite: an online backup while the server writes, the database wiped, the backup restored', async () => {
    const dir = tempDir();
    try {
      const db = join(dir.dir, 'state', 'svara.sqlite');
      const backup = join(dir.dir, 'backups', 'svara-2026-12-06.sqlite');
      assert.equal((await run(['import', EXAMPLES, '--db', db])).code, 0);
      const store = await openStore(db); // the running server's connection
      await answer(store);
      const before = await exported(db);
      assert.equal(before.length, 300);

      // Answers keep arriving while the backup runs; the backup holds a consistent state with at least the 300.
      const arriving = answer(store, 50);
      const backedUp = await run(['backup', '--db', db, '--out', backup]);
      await arriving;
      assert.equal(backedUp.code, 0, backedUp.err);
      assert.match(backedUp.out, /answers; integrity check ok/);
      const all = await exported(db);
      assert.equal(all.length, 350);
      await store.close();
      const during = new SqliteDatabase(backup, { readonly: true });
      const inBackup = Number(during.prepare('SELECT count(*) FROM responses').pluck().get());
      during.close();
      assert.ok(inBackup >= 300 && inBackup <= 350, `the backup taken while answers arrived has ${inBackup}`);

      // Into a directory (as the backup timer does): a new file named by the time.
      const timed = await run(['backup', '--db', db, '--out', `${join(dir.dir, 'daily')}/`]);
      assert.equal(timed.code, 0, timed.err);
      assert.match(timed.out, /daily\/svara-\d{4}-\d\d-\d\dT\d{6}Z\.sqlite: 350 answers/);

      // Never overwritten by accident.
      const again = await run(['backup', '--db', db, '--out', backup]);
      assert.equal(again.code, 1);
      assert.match(again.err, /exists; give --force/);

      // A backup of the final state, then the disaster: the database and its WAL files are gone.
      assert.equal((await run(['backup', '--db', db, '--out', backup, '--force'])).code, 0);
      for (const file of [db, `${db}-wal`, `${db}-shm`]) rmSync(file, { force: true });
      assert.equal(existsSync(db), false);

      // Restore as the guide says: the service stopped, the backup copied over the database, started again.
      copyFileSync(backup, db);
      const check = await run(['migrate', '--db', db, '--check']);
      assert.equal(check.code, 0, check.out + check.err);
      assert.deepEqual(await exported(db), all);
    } finally {
      dir.remove();
    }
  });

  test('PostgreSQL: pg_dump while the server writes, the database dropped, pg_restore into a new one', async () => {
    const pg = await postgresDatabase();
    const dir = tempDir();
    try {
      const dump = join(dir.dir, 'svara.dump');
      assert.equal((await run(['import', EXAMPLES, '--db', pg.url])).code, 0);
      const store = await openStore(pg.url);
      await answer(store);
      const arriving = answer(store, 50);
      const backedUp = await run(['backup', '--db', pg.url, '--out', dump]);
      await arriving;
      assert.equal(backedUp.code, 0, backedUp.err);
      assert.match(backedUp.out, /with pg_dump/);
      await store.close();
      // The final state, backed up once more (--force), then the database is dropped and made again, empty.
      assert.equal((await run(['backup', '--db', pg.url, '--out', dump, '--force'])).code, 0);
      const all = await exported(pg.url);
      assert.equal(all.length, 350);

      const url = new URL(pg.url);
      const name = url.pathname.slice(1);
      const admin = postgres({ ...adminOptions(url) });
      try {
        await admin.unsafe(`DROP DATABASE ${name} WITH (FORCE)`);
        await admin.unsafe(`CREATE DATABASE ${name}`);
      } finally {
        await admin.end();
      }
      assert.equal((await run(['migrate', '--db', pg.url, '--check'])).code, PENDING_EXIT);

      const restored = spawnSync(
        'pg_restore',
        ['--clean', '--if-exists', '--no-owner', '--exit-on-error', '--dbname', pg.url, dump],
        { encoding: 'utf8' },
      );
      assert.equal(restored.status, 0, restored.stderr);
      const check = await run(['migrate', '--db', pg.url, '--check']);
      assert.equal(check.code, 0, check.out + check.err);
      assert.deepEqual(await exported(pg.url), all);
    } finally {
      dir.remove();
      await pg.drop();
    }
  });

  test('PostgreSQL without pg_dump: the commands to run, and the password never printed', async () => {
    const dir = tempDir();
    try {
      const result = await run(
        [
          'backup',
          '--db',
          'postgres://svara:hemligt@db.example:5432/svara',
          '--out',
          join(dir.dir, 'x.dump'),
        ],
        { PATH: join(dir.dir, 'no-tools-here') },
      );
      assert.equal(result.code, 1);
      assert.match(result.err, /pg_dump is not installed here/);
      assert.match(
        result.err,
        /pg_dump --format=custom --no-owner --file .*x\.dump 'postgres:\/\/svara@db\.example:5432\/svara'/,
      );
      assert.match(result.err, /pg_restore --clean --if-exists --no-owner/);
      assert.doesNotMatch(result.err, /hemligt/);
      assert.equal(existsSync(join(dir.dir, 'x.dump')), false);
    } finally {
      dir.remove();
    }
  });
});

function adminOptions(url: URL): postgres.Options<Record<string, never>> {
  return {
    host: url.hostname,
    port: Number(url.port),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password) || undefined,
    database: 'postgres',
    max: 1,
    onnotice: () => {},
  };
}

describe('svara migrate --check', () => {
  async function partlyMigrated(file: string, upTo: number): Promise<void> {
    const db = new Kysely({ dialect: new SqliteDialect({ database: new SqliteDatabase(file) }) });
    await migrate(
      db,
      'sqlite',
      migrations.filter((m) => m.version <= upTo),
    );
    await db.destroy();
  }

  test('SQLite: pending migrations are listed with their own exit code and left unapplied', async () => {
    const dir = tempDir();
    try {
      const fresh = join(dir.dir, 'fresh.sqlite');
      const never = await run(['migrate', '--db', fresh, '--check']);
      assert.equal(never.code, PENDING_EXIT);
      assert.match(never.out, /svara has not run on it yet/);
      assert.equal(existsSync(fresh), false, '--check creates no database');

      const old = join(dir.dir, 'old.sqlite');
      await partlyMigrated(old, 2);
      const pending = await run(['migrate', '--db', old, '--check']);
      assert.equal(pending.code, PENDING_EXIT);
      const listed = migrations.filter((m) => m.version > 2);
      for (const m of listed) assert.match(pending.out, new RegExp(`^  ${m.version} ${m.name}$`, 'm'));
      assert.match(pending.out, new RegExp(`${listed.length} migration\\(s\\) pending`));
      // Still pending: --check applied nothing.
      assert.equal((await run(['migrate', '--db', old, '--check'])).code, PENDING_EXIT);
      const versions = new SqliteDatabase(old, { readonly: true })
        .prepare('SELECT max(version) FROM svara_migrations')
        .pluck()
        .get();
      assert.equal(versions, 2);

      const applied = await run(['migrate', '--db', old]);
      assert.equal(applied.code, 0, applied.err);
      assert.match(applied.out, new RegExp(`applied ${listed.length} migration`));
      const done = await run(['migrate', '--db', old, '--check']);
      assert.equal(done.code, 0);
      assert.match(done.out, /is up to date/);
    } finally {
      dir.remove();
    }
  });

  test('an unreadable database is exit 1, not "pending"', async () => {
    const dir = tempDir();
    try {
      const file = join(dir.dir, 'not-a-database.sqlite');
      writeFileSync(file, 'this is not SQLite '.repeat(100));
      const result = await run(['migrate', '--db', file, '--check']);
      assert.equal(result.code, 1);
      assert.match(result.err, /Cannot read SQLite/);
    } finally {
      dir.remove();
    }
  });

  test('PostgreSQL: pending on an empty database, up to date after svara migrate', async () => {
    const pg = await postgresDatabase();
    try {
      assert.equal((await run(['migrate', '--db', pg.url, '--check'])).code, PENDING_EXIT);
      assert.equal((await run(['migrate', '--db', pg.url])).code, 0);
      const check = await run(['migrate', '--db', pg.url, '--check']);
      assert.equal(check.code, 0, check.err);
      assert.match(check.out, new RegExp(`${migrations.length} migrations applied`));
    } finally {
      await pg.drop();
    }
  });
});
