// `npm test`: installs what is missing, then runs every suite in SUITES below — typecheck, eslint, prettier,
// lit-analyzer, build, node, browser, stories (Storybook axe), e2e, visual (pictures and layout), packages, size, speech
// and transcripts (the two assistive-technology suites) — even after a failure, and ends with one plain line
// "N passed, N failed" summing all suites. Exits non-zero on any failure.
// Run a subset while developing: `npm test -- --only=node,browser` (the suites' names).
import { spawn } from 'node:child_process';
import { startPostgres } from './postgres.mjs';
import { ensureAssistiveTech, ensureBrowser, ensureDependencies, ensurePnpm, ROOT } from './setup.mjs';

/** Counts "N passed" / "N failed" from a runner's own summary; undefined if the runner printed none. */
function countsFrom(output, { passed, failed }) {
  const last = (regex) => {
    const matches = [...output.matchAll(regex)];
    return matches.length ? Number(matches.at(-1)[1]) : undefined;
  };
  const p = last(passed);
  const f = last(failed);
  return p === undefined && f === undefined ? undefined : { passed: p ?? 0, failed: f ?? 0 };
}

const PLAIN = { passed: /(\d+) passed, \d+ failed/g, failed: /\d+ passed, (\d+) failed/g };

const SUITES = [
  { name: 'typecheck', command: ['pnpm', 'run', '-s', 'typecheck'] },
  { name: 'eslint', command: ['pnpm', 'exec', 'eslint', '.', '--max-warnings', '0'] },
  { name: 'prettier', command: ['pnpm', 'exec', 'prettier', '--check', '.'] },
  { name: 'lit-analyzer', command: ['pnpm', 'run', '-s', 'lint:templates'] },
  { name: 'build', command: ['pnpm', 'run', '-s', 'build'] },
  {
    name: 'node',
    command: ['node', 'scripts/run-node-tests.mjs'],
    counts: { passed: /^ℹ pass (\d+)$/gm, failed: /^ℹ fail (\d+)$/gm },
    postgres: true, // the collector's tests run against a real PostgreSQL (scripts/postgres.mjs)
  },
  { name: 'browser', command: ['pnpm', 'exec', 'web-test-runner'], counts: PLAIN, browser: true },
  {
    name: 'stories',
    command: ['node', 'test/storybook-axe/storybook-axe.mjs'],
    counts: PLAIN,
    browser: true,
  },
  {
    name: 'e2e',
    command: ['pnpm', 'exec', 'playwright', 'test', '--reporter=list'],
    counts: { passed: /^\s+(\d+) passed/gm, failed: /^\s+(\d+) failed/gm },
    browser: true,
  },
  // What a person sees: pictures of every story and example-survey screen against committed baselines, and the
  // layout assertions (test/visual/README.md). Installs its pinned fonts as root on Debian.
  {
    name: 'visual',
    command: ['node', 'test/visual/run.mjs'],
    counts: { passed: /^\s+(\d+) passed/gm, failed: /^\s+(\d+) failed/gm },
    browser: true,
  },
  // svara as a dependency: the packages packed, installed from their tarballs outside the workspace (npm registry),
  // type-checked in TSX and Vue, the plain/React/Vue recipes and `npx svara serve` in Chromium (test/packages).
  { name: 'packages', command: ['node', 'test/packages/run.mjs'], counts: PLAIN, browser: true },
  // The embed's first load is measured in Chromium (scripts/size-first-screen.mjs).
  { name: 'size', command: ['node', 'scripts/size.mjs'], browser: true },
  // Real Swedish speech through the browser (PulseAudio null sink, speech-dispatcher, espeak-ng, sox).
  { name: 'speech', command: ['node', 'test/at/speech/run.mjs'], counts: PLAIN, browser: true, at: true },
  // What a real screen reader (Orca) says, key by key, against transcripts a person has read (test/at/README.md).
  { name: 'transcripts', command: ['node', 'test/at/run.mjs'], counts: PLAIN, browser: true, at: true },
];

function run(command, env) {
  return new Promise((resolve) => {
    const child = spawn(command[0], command.slice(1), { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const forward = (stream, sink) =>
      stream.on('data', (chunk) => {
        output += chunk;
        sink.write(chunk);
      });
    forward(child.stdout, process.stdout);
    forward(child.stderr, process.stderr);
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

async function main() {
  const only = process.argv
    .find((arg) => arg.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',');
  const suites = only ? SUITES.filter((suite) => only.includes(suite.name)) : SUITES;
  const pnpm = ensurePnpm();
  ensureDependencies(pnpm);
  const haveBrowser = suites.some((suite) => suite.browser) ? ensureBrowser() : true;
  // Before the node suite too: the collector's `svara audio` test uses the real espeak-ng when it is there.
  if (suites.some((suite) => suite.at || suite.name === 'node')) await ensureAssistiveTech();

  const env = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', STORYBOOK_DISABLE_TELEMETRY: '1' };
  const results = [];
  for (const suite of suites) {
    const started = Date.now();
    process.stdout.write(`\n=== ${suite.name}: ${suite.command.join(' ')}\n`);
    if (suite.browser && !haveBrowser) {
      results.push({ name: suite.name, passed: 0, failed: 1, note: 'no browser', seconds: 0 });
      continue;
    }
    let postgres;
    if (suite.postgres && !env.SVARA_TEST_PG) {
      postgres = await startPostgres().catch((error) => {
        process.stdout.write(`[svara] ${error.message}\n`);
        return undefined;
      });
      if (postgres) {
        env.SVARA_TEST_PG = postgres.url;
        process.stdout.write(`[svara] PostgreSQL for this suite: ${postgres.url} (a throw-away cluster)\n`);
      }
    }
    const { code, output } = await run(suite.command, env);
    if (postgres) {
      await postgres.stop();
      delete env.SVARA_TEST_PG;
    }
    const counted = suite.counts ? countsFrom(output, suite.counts) : undefined;
    let { passed, failed } = counted ?? (code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });
    // A runner that exits non-zero must count as a failure even if its summary said otherwise.
    if (code !== 0 && failed === 0) failed = 1;
    // A runner that ran no test is a failure: a green run must mean tests really executed. The one exception:
    // the assistive-technology suites on a machine without their tools, outside CI (they said so themselves).
    let note;
    const notRun = counted && passed + failed === 0;
    if (notRun && suite.at && code === 0 && !env.CI) note = 'not run here: tools missing';
    else if (notRun) failed = 1;
    results.push({
      name: suite.name,
      passed,
      failed,
      note,
      seconds: Math.round((Date.now() - started) / 1000),
    });
  }

  process.stdout.write('\nSuite          passed  failed  seconds\n');
  for (const r of results) {
    process.stdout.write(
      `${r.name.padEnd(14)} ${String(r.passed).padStart(6)}  ${String(r.failed).padStart(6)}  ${String(r.seconds).padStart(7)}${r.note ? `  (${r.note})` : ''}\n`,
    );
  }
  const passed = results.reduce((sum, r) => sum + r.passed, 0);
  const failed = results.reduce((sum, r) => sum + r.failed, 0);
  process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
  process.exitCode = failed > 0 ? 1 : 0;
}

main().catch((error) => {
  process.stderr.write(`[svara] ${error.message}\n`);
  process.stdout.write('0 passed, 1 failed\n');
  process.exitCode = 1;
});
