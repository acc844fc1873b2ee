#!/usr/bin/env node
// The visual suite (`npm test -- --only=visual`): installs the pinned fonts, builds Storybook (when its sources
// are newer than the build) and the demo, serves both (Storybook as static files, the demo from the real
// collector with a fresh database, each on a free port) and runs Playwright with test/visual/playwright.config.ts.
//
//   node test/visual/run.mjs                    # compare every picture with its baseline
//   node test/visual/run.mjs --update           # write the pictures that changed (then look at each one!)
//   node test/visual/run.mjs --no-build         # use storybook-static/ and dist/demo/ as they are
//   node test/visual/run.mjs -g "Consent"       # anything else goes to Playwright (here: only matching tests)
//
// A picture that differs fails its test; Playwright saves the expected, actual and diff pictures under
// test-results/visual/. After --update, changed baselines are recompressed losslessly with optipng when it is
// installed (apt-get install optipng), which keeps the repository smaller.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildStorybook, serveStatic } from '../storybook-axe/storybook-axe.mjs';
import { ensurePnpm } from '../../scripts/setup.mjs';
import { ensureVisualFonts, fontFamilies } from './fonts.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const STORYBOOK_DIR = join(ROOT, 'storybook-static');
const DEMO_DIR = join(ROOT, 'dist', 'demo');
const BASELINES = join(ROOT, 'test', 'visual', 'baselines');
const bin = (name) => join(ROOT, 'node_modules', '.bin', name);

const say = (line) => process.stdout.write(`[visual] ${line}\n`);

/** The newest modification time of the files below `dirs` (ignoring build output and dependencies). */
function newest(dirs) {
  let latest = 0;
  const visit = (path) => {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      const name = path.split('/').at(-1);
      if (['node_modules', 'dist', 'generated'].includes(name)) return;
      for (const entry of readdirSync(path)) visit(join(path, entry));
    } else latest = Math.max(latest, stat.mtimeMs);
  };
  dirs.forEach((dir) => visit(join(ROOT, dir)));
  return latest;
}

function storybookIsCurrent() {
  const built = statSync(join(STORYBOOK_DIR, 'index.json'), { throwIfNoEntry: false });
  return built !== undefined && built.mtimeMs >= newest(['stories', '.storybook', 'packages']);
}

function mustRun(command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
}

/** `svara serve` on a free port with a fresh database; resolves once it says where it listens. */
function startCollector(database) {
  const embed = join(ROOT, 'packages', 'survey', 'dist', 'embed');
  const args = [
    ...['--conditions=source', '--import', 'tsx', 'packages/collector/src/cli.ts', 'serve'],
    ...['--surveys', 'examples/surveys', '--db', database, '--host', '127.0.0.1', '--port', '0'],
    ...['--site-dir', DEMO_DIR, '--rate-limit', '0'],
    ...(existsSync(embed) ? ['--embed-dir', embed] : []),
  ];
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error('the collector did not start in 60 s')), 60_000);
    const fail = (error) => {
      clearTimeout(timer);
      child.kill();
      reject(new Error(`${error.message}\n${output}`));
    };
    const read = (chunk) => {
      output += chunk;
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ url, stop: () => new Promise((done) => (child.once('close', done), child.kill())) });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('close', (code) => fail(new Error(`the collector exited (${code})`)));
  });
}

function changedBaselines() {
  const result = spawnSync('git', ['status', '--porcelain', '--untracked-files=all', '--', BASELINES], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return result.stdout
    .split('\n')
    .map((line) => line.slice(3).trim())
    .filter((file) => file.endsWith('.png') && existsSync(join(ROOT, file)));
}

async function main() {
  const argv = process.argv.slice(2);
  const update = argv.includes('--update');
  const build = !argv.includes('--no-build');
  const passThrough = argv.filter((arg) => arg !== '--update' && arg !== '--no-build');

  ensurePnpm(); // Storybook's build runs `pnpm analyze`
  const fontconfig = ensureVisualFonts({ log: say });
  say(`fonts: ${fontFamilies(fontconfig)?.join(', ') ?? '(fc-list missing)'} only`);

  if (build && !storybookIsCurrent()) {
    const started = Date.now();
    await buildStorybook();
    say(`built Storybook in ${Math.round((Date.now() - started) / 1000)} s`);
  }
  if (!existsSync(join(STORYBOOK_DIR, 'index.json')))
    throw new Error('no Storybook in storybook-static/: run without --no-build');
  if (build) mustRun(bin('vite'), ['build', '--logLevel', 'warn']);
  if (!existsSync(join(DEMO_DIR, 'index.html')))
    throw new Error('no demo in dist/demo/: run without --no-build');

  const scratch = mkdtempSync(join(tmpdir(), 'svara-visual-'));
  const storybook = await serveStatic(STORYBOOK_DIR);
  let collector;
  let code;
  try {
    collector = await startCollector(join(scratch, 'svara.sqlite'));
    const env = {
      ...process.env,
      FONTCONFIG_FILE: fontconfig,
      SVARA_VISUAL_STORYBOOK: storybook.url,
      SVARA_VISUAL_STORYBOOK_DIR: STORYBOOK_DIR,
      SVARA_VISUAL_SITE: collector.url,
      // Arguments for Playwright may filter the tests (-g, a file): then no run knows which baselines are stale.
      ...(passThrough.length > 0 ? { SVARA_VISUAL_FILTERED: '1' } : {}),
    };
    rmSync(join(ROOT, 'test-results', 'visual', 'stale-baselines.json'), { force: true });
    const args = ['test', '-c', 'test/visual/playwright.config.ts', ...passThrough];
    // Updating records what is on screen now: never the self-tests' deliberately changed picture.
    if (update) args.push('--update-snapshots=changed', '--grep-invert', '@self-test');
    const child = spawn(bin('playwright'), args, { cwd: ROOT, env, stdio: 'inherit' });
    code = await new Promise((resolve) => child.once('close', (exit) => resolve(exit ?? 1)));
  } finally {
    await collector?.stop();
    await storybook.close();
    rmSync(scratch, { recursive: true, force: true });
  }

  if (update) {
    const staleList = join(ROOT, 'test-results', 'visual', 'stale-baselines.json');
    const stale = existsSync(staleList) ? JSON.parse(readFileSync(staleList, 'utf8')) : [];
    for (const file of stale) rmSync(join(BASELINES, file), { force: true });
    if (stale.length > 0) say(`${stale.length} baseline(s) no test compares any more: removed`);
    const changed = changedBaselines();
    const optipng = spawnSync('optipng', ['-v'], { encoding: 'utf8' }).status === 0;
    if (changed.length > 0 && optipng)
      mustRun('optipng', ['-quiet', '-o2', ...changed.map((f) => join(ROOT, f))]);
    say(
      `${changed.length} baseline(s) new or changed${optipng ? ' (recompressed with optipng)' : ' (install optipng to recompress them)'}: look at each before committing`,
    );
    for (const file of changed) say(`  ${relative(ROOT, join(ROOT, file))}`);
  }
  return code;
}

main().then(
  (code) => (process.exitCode = code),
  (error) => {
    process.stderr.write(`[visual] ${error.message}\n`);
    process.stdout.write('0 passed, 1 failed\n');
    process.exitCode = 1;
  },
);
