// A throw-away PostgreSQL cluster for tests, so the collector's PostgreSQL tests run for real everywhere `npm test`
// runs: when SVARA_TEST_PG is set, that server is used as it is; otherwise, as root on Debian, Debian's
// `postgresql` is installed if missing and a private cluster is started on a free local port (initdb in a mktemp
// directory as the postgres user, `pg_ctl -w start`), and stopped and removed afterwards. Elsewhere it says in one
// line how to provide a server, and the PostgreSQL tests fail (they are never skipped).
//
//   import { startPostgres } from './postgres.mjs';  const pg = await startPostgres();  …  await pg.stop();
//   node scripts/postgres.mjs -- <command …>          # runs the command with SVARA_TEST_PG set
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const HOW_TO =
  'PostgreSQL tests need a server: set SVARA_TEST_PG=postgres://user@127.0.0.1:5432/postgres (a role that may CREATE DATABASE), or run the tests as root on Debian, where a throw-away cluster is started for you.';

function say(line) {
  process.stdout.write(`[svara] ${line}\n`);
}

function isDebianRoot() {
  return process.getuid?.() === 0 && existsSync('/etc/debian_version');
}

/** The newest installed PostgreSQL's bin directory, e.g. /usr/lib/postgresql/15/bin. */
function postgresBin() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base)
    .filter((v) => existsSync(join(base, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(base, versions[0], 'bin') : undefined;
}

function mustRun(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
    throw new Error(
      `"${command} ${args.join(' ')}" failed (exit ${result.status ?? result.signal}): ${output}`,
    );
  }
  return result.stdout;
}

function installPostgres() {
  say("PostgreSQL is not installed: installing Debian's postgresql with apt-get …");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  mustRun('apt-get', ['update', '-qq'], { env, stdio: 'inherit' });
  mustRun('apt-get', ['install', '-y', '-qq', 'postgresql'], { env, stdio: 'inherit' });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const quote = (value) => `'${String(value).replaceAll("'", `'\\''`)}'`;

/**
 * Makes a PostgreSQL server available. Resolves to `{ url, stop, started }`: `url` is also exported as
 * SVARA_TEST_PG for child processes; `stop()` stops and removes a cluster this call started (a no-op for a server
 * given through SVARA_TEST_PG). Rejects with a one-line explanation when no server can be had.
 */
export async function startPostgres() {
  if (process.env.SVARA_TEST_PG) {
    return { url: process.env.SVARA_TEST_PG, started: false, stop: async () => {} };
  }
  if (!isDebianRoot()) throw new Error(HOW_TO);
  let bin = postgresBin();
  if (!bin) {
    installPostgres();
    bin = postgresBin();
    if (!bin) throw new Error(`apt-get installed postgresql, but no initdb was found. ${HOW_TO}`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'svara-pg-'));
  chmodSync(dir, 0o700);
  const { uid, gid } = postgresUser();
  chownSync(dir, uid, gid);
  const data = join(dir, 'data');
  const asPostgres = (command) => mustRun('su', ['postgres', '-s', '/bin/sh', '-c', command]);
  try {
    asPostgres(`${quote(join(bin, 'initdb'))} -D ${quote(data)} -A trust -U postgres --no-sync -E UTF8`);
    const port = await freePort();
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`;
    asPostgres(
      `${quote(join(bin, 'pg_ctl'))} -D ${quote(data)} -o ${quote(options)} -l ${quote(join(dir, 'log'))} -w start`,
    );
    const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
    process.env.SVARA_TEST_PG = url;
    let stopped = false;
    const stop = async () => {
      if (stopped) return;
      stopped = true;
      spawnSync('su', [
        'postgres',
        '-s',
        '/bin/sh',
        '-c',
        `${quote(join(bin, 'pg_ctl'))} -D ${quote(data)} -m fast -w stop`,
      ]);
      rmSync(dir, { recursive: true, force: true });
      if (process.env.SVARA_TEST_PG === url) delete process.env.SVARA_TEST_PG;
    };
    return { url, started: true, stop };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

function postgresUser() {
  const uid = Number(mustRun('id', ['-u', 'postgres']).trim());
  const gid = Number(mustRun('id', ['-g', 'postgres']).trim());
  return { uid, gid };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dash = process.argv.indexOf('--');
  const command = dash === -1 ? [] : process.argv.slice(dash + 1);
  let pg;
  try {
    pg = await startPostgres();
  } catch (error) {
    say(error.message);
    process.exit(1);
  }
  say(`PostgreSQL for tests: ${pg.url}`);
  if (command.length === 0) {
    say('Running until interrupted (Ctrl-C stops and removes the cluster).');
    await new Promise((resolve) => {
      process.on('SIGINT', resolve);
      process.on('SIGTERM', resolve);
    });
    await pg.stop();
  } else {
    const child = spawn(command[0], command.slice(1), { stdio: 'inherit', env: process.env });
    for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
    const code = await new Promise((resolve) => child.on('close', (c, s) => resolve(c ?? (s ? 1 : 0))));
    await pg.stop();
    process.exit(code);
  }
}
