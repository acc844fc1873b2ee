import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';

import { describeDb, isPostgresUrl } from '../store/open.js';
import { parse } from './args.js';
import type { Command, Io } from './types.js';
import { UsageError } from './types.js';

const usage = `svara backup --db <file.sqlite | postgres://…> --out <file> [--force]

SQLite: a consistent copy of the database while the server keeps running (SQLite's online backup), checked with
PRAGMA integrity_check before it is moved into place. Restore: stop the server, copy the file over the database
(and remove <db>-wal and <db>-shm), start it again.

PostgreSQL: runs pg_dump --format=custom when pg_dump is installed (restore with pg_restore --clean --if-exists
--no-owner --dbname …); otherwise prints the pg_dump command to run. The password is passed to pg_dump in
PGPASSWORD, never on its command line.

--out is never overwritten unless --force is given. When --out is a directory (or ends in /), the backup is
written into it as svara-<date and time>.sqlite (PostgreSQL: .dump), for a timer (deploy/svara-backup.timer).`;

/** PostgreSQL's own tools, with the password out of the argument list (visible to every user in ps). */
function pgArguments(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { dbname: parsed.toString(), env: password ? { PGPASSWORD: password } : {} };
}

function pgDumpAdvice(url: string, out: string): string {
  const { dbname } = pgArguments(url);
  return `pg_dump is not installed here (Debian: apt-get install postgresql-client, of the server's major version or newer).
Back up PostgreSQL with:
  PGPASSWORD=… pg_dump --format=custom --no-owner --file ${out} '${dbname}'
and restore into an empty database with:
  PGPASSWORD=… pg_restore --clean --if-exists --no-owner --dbname '${dbname}' ${out}
`;
}

function hasPgDump(env: Io['env']): boolean {
  const found = spawnSync('pg_dump', ['--version'], { env: { ...process.env, ...env }, encoding: 'utf8' });
  return found.status === 0;
}

async function backupSqlite(file: string, out: string, io: Io): Promise<number> {
  if (!existsSync(file)) {
    io.stderr.write(`There is no SQLite database at ${file}.\n`);
    return 1;
  }
  // Written beside the target and renamed, so a failed or interrupted backup never leaves a half file at --out.
  const partial = `${out}.partial`;
  rmSync(partial, { force: true });
  const source = new Database(file, { fileMustExist: true, timeout: 5000 });
  try {
    // The online backup copies pages in steps and starts over when the server writes meanwhile.
    await source.backup(partial);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    source.close();
  }
  const copy = new Database(partial, { readonly: true, fileMustExist: true });
  let answers: number;
  try {
    const check = copy.pragma('integrity_check', { simple: true });
    if (check !== 'ok') {
      io.stderr.write(
        `The backup failed its integrity check (${String(check)}); nothing was written to ${out}.\n`,
      );
      rmSync(partial, { force: true });
      return 1;
    }
    answers = Number(copy.prepare('SELECT count(*) FROM responses').pluck().get());
  } finally {
    copy.close();
  }
  renameSync(partial, out);
  io.stdout.write(`Backed up ${describeDb(file)} to ${out}: ${answers} answers; integrity check ok.\n`);
  return 0;
}

function backupPostgres(url: string, out: string, io: Io): number {
  if (!hasPgDump(io.env)) {
    io.stderr.write(pgDumpAdvice(url, out));
    return 1;
  }
  const { dbname, env } = pgArguments(url);
  const partial = `${out}.partial`;
  const dump = spawnSync(
    'pg_dump',
    ['--format=custom', '--no-owner', '--file', partial, '--dbname', dbname],
    { env: { ...process.env, ...io.env, ...env }, encoding: 'utf8' },
  );
  if (dump.status !== 0) {
    rmSync(partial, { force: true });
    io.stderr.write(`pg_dump failed (exit ${dump.status ?? dump.signal}):\n${dump.stderr}`);
    return 1;
  }
  renameSync(partial, out);
  io.stdout.write(`Backed up ${describeDb(url)} to ${out} with pg_dump (custom format).\n`);
  return 0;
}

export const command: Command = {
  name: 'backup',
  summary: 'a consistent backup of the database while the server runs (SQLite online backup; pg_dump)',
  usage,
  async run(args, io) {
    const { values } = parse(args, {
      db: { type: 'string' },
      out: { type: 'string' },
      force: { type: 'boolean' },
    });
    if (!values.db) throw new UsageError('--db <file.sqlite | postgres://…> is required.');
    if (!values.out) throw new UsageError('--out <file> is required.');
    const postgres = isPostgresUrl(values.db);
    let out = resolve(io.cwd, values.out);
    if (values.out.endsWith('/') || (existsSync(out) && statSync(out).isDirectory())) {
      const stamp = new Date()
        .toISOString()
        .replace(/\.\d+Z$/, 'Z')
        .replaceAll(':', '');
      out = join(out, `svara-${stamp}.${postgres ? 'dump' : 'sqlite'}`);
    }
    if (existsSync(out) && !values.force) {
      io.stderr.write(`${out} exists; give --force to replace it.\n`);
      return 1;
    }
    mkdirSync(dirname(out), { recursive: true });
    if (postgres) return backupPostgres(values.db, out, io);
    return backupSqlite(resolve(io.cwd, values.db), out, io);
  },
};
