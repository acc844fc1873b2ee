import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

import { MIGRATIONS_TABLE, migrations } from '../store/migrations.js';
import { describeDb, isPostgresUrl, openStore } from '../store/open.js';
import { parse } from './args.js';
import type { Command } from './types.js';
import { UsageError } from './types.js';

/** Exit code of `svara migrate --check` when migrations are pending (0: none; 1: the database cannot be read). */
export const PENDING_EXIT = 3;

const usage = `svara migrate --db <file.sqlite | postgres://…> [--check]

Applies the database migrations this version of svara needs (svara serve does the same when it starts); prints
what it applied.

--check applies nothing and only reads which migrations are applied: exit 0 when none is pending, ${PENDING_EXIT} when
some are (listed), 1 when the database cannot be read. Use it before an upgrade, or in a deployment pipeline.`;

/** The applied versions, read without changing anything; undefined when svara never ran on the database. */
async function appliedVersions(db: string): Promise<number[] | undefined> {
  if (isPostgresUrl(db)) {
    const { default: postgres } = await import('postgres');
    const sql = postgres(db, { max: 1, onnotice: () => {}, connect_timeout: 10 });
    try {
      const [table] = await sql<{ name: string | null }[]>`SELECT to_regclass(${MIGRATIONS_TABLE}) AS name`;
      if (!table?.name) return undefined;
      const rows = await sql<{ version: number }[]>`SELECT version FROM ${sql(MIGRATIONS_TABLE)}`;
      return rows.map((row) => Number(row.version));
    } finally {
      await sql.end({ timeout: 1 });
    }
  }
  if (!existsSync(db)) return undefined;
  const { default: Database } = await import('better-sqlite3');
  const sqlite = new Database(db, { readonly: true, fileMustExist: true, timeout: 5000 });
  try {
    const table = sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?")
      .get(MIGRATIONS_TABLE);
    if (!table) return undefined;
    return sqlite
      .prepare(`SELECT version FROM ${MIGRATIONS_TABLE}`)
      .pluck()
      .all()
      .map((v) => Number(v));
  } finally {
    sqlite.close();
  }
}

export const command: Command = {
  name: 'migrate',
  summary: 'apply pending database migrations, or --check whether any are pending',
  usage,
  async run(args, io) {
    const { values } = parse(args, { db: { type: 'string' }, check: { type: 'boolean' } });
    if (!values.db) throw new UsageError('--db <file.sqlite | postgres://…> is required.');
    const db = isPostgresUrl(values.db) ? values.db : resolve(io.cwd, values.db);
    let applied: number[] | undefined;
    try {
      applied = await appliedVersions(db);
    } catch (error) {
      io.stderr.write(`Cannot read ${describeDb(db)}: ${(error as Error).message}\n`);
      return 1;
    }
    const done = new Set(applied ?? []);
    const pending = migrations.filter((m) => !done.has(m.version));
    const known = new Set(migrations.map((m) => m.version));
    const unknown = [...done].filter((v) => !known.has(v)).sort((a, b) => a - b);
    if (unknown.length)
      io.stderr.write(
        `${describeDb(db)} has migrations this svara does not know (${unknown.join(', ')}): it was used by a newer version.\n`,
      );
    const list = (ms: typeof pending) => ms.map((m) => `  ${m.version} ${m.name}\n`).join('');
    if (values.check) {
      if (pending.length === 0) {
        io.stdout.write(`${describeDb(db)} is up to date (${done.size} migrations applied).\n`);
        return 0;
      }
      io.stdout.write(
        `${describeDb(db)}: ${pending.length} migration(s) pending${applied ? '' : ' (svara has not run on it yet)'}:\n${list(pending)}`,
      );
      return PENDING_EXIT;
    }
    if (pending.length === 0) {
      io.stdout.write(`${describeDb(db)} is up to date; nothing to apply.\n`);
      return 0;
    }
    const store = await openStore(db); // applies the pending migrations, each in its own transaction
    await store.close();
    io.stdout.write(`${describeDb(db)}: applied ${pending.length} migration(s):\n${list(pending)}`);
    return 0;
  },
};
