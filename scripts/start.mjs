// `npm start`: installs what is missing, builds the demo from examples/ and runs the collector on
// http://127.0.0.1:8787 (PORT and HOST override): the example surveys, answers in ./data/svara.sqlite, the demo
// site at /, and the widget's embed bundle at /svara-survey.js once it is built; demo units, a round and answers
// for the staff side and two demo staff accounts for the studio (svara seed-demo, which prints how to sign in).
// SVARA_ADMIN_TOKEN turns on exports.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureDependencies, ensurePnpm, ROOT } from './setup.mjs';

const port = Number(process.env.PORT ?? 8787);
const host = process.env.HOST ?? '127.0.0.1';

const pnpm = ensurePnpm();
ensureDependencies(pnpm);

process.stdout.write('[svara] Building the demo …\n');
const build = spawnSync(pnpm, ['exec', 'vite', 'build', '--logLevel', 'warn'], {
  cwd: ROOT,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

// The embed bundle, so the two-line embed snippet works against this server (/svara-survey.js).
process.stdout.write('[svara] Building the embed bundle …\n');
const embed = spawnSync(pnpm, ['exec', 'vite', 'build', '--mode', 'embed', '--logLevel', 'warn'], {
  cwd: join(ROOT, 'packages', 'survey'),
  stdio: 'inherit',
});
if (embed.status !== 0) process.exit(embed.status ?? 1);

// The studio, the staff web app the collector serves at /studio/ (packages/studio/dist/app).
process.stdout.write('[svara] Building the studio …\n');
const studio = spawnSync(pnpm, ['--filter', '@svara/studio', 'run', 'build'], {
  cwd: ROOT,
  stdio: 'inherit',
});
if (studio.status !== 0) process.exit(studio.status ?? 1);

const cli = ['--conditions=source', '--import', 'tsx', join(ROOT, 'packages', 'collector', 'src', 'cli.ts')];
const database = join(ROOT, 'data', 'svara.sqlite');
const surveys = join(ROOT, 'examples', 'surveys');

// Demo data for the staff side: a few units, a round of the children's survey open today and answers from
// several units (only the first time; `svara seed-demo` leaves a database that has them alone).
const seed = spawnSync(process.execPath, [...cli, 'seed-demo', '--db', database, '--surveys', surveys], {
  cwd: ROOT,
  stdio: ['ignore', 'pipe', 'inherit'],
});
if (seed.status !== 0) process.exit(seed.status ?? 1);
// Its lines: what was seeded, and the demo's staff accounts for the studio (a password made for this run).
for (const line of String(seed.stdout).trim().split('\n')) process.stdout.write(`[svara] ${line}\n`);

const server = spawn(
  process.execPath,
  [
    ...cli,
    'serve',
    '--surveys',
    surveys,
    '--db',
    database,
    '--host',
    host,
    '--port',
    String(port),
    '--site-dir',
    join(ROOT, 'dist', 'demo'),
    // The embed bundle is found by the collector itself (packages/survey/dist/embed).
  ],
  { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
);
server.stdout.on('data', (chunk) => {
  // The collector prints "svara collector listening on …"; ours is the one line that matters.
  if (/listening on/.test(String(chunk)))
    process.stdout.write(
      `[svara] The demo runs at http://${host}:${port}/ and the studio at http://${host}:${port}/studio/\n`,
    );
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
