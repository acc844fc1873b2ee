// Proves that the every-story axe check (storybook-axe.mjs, beside this file) fails when it should: it builds the fixture
// Storybook in ./fixture (one clean story, one with an axe violation, one with a console error) and checks it,
// through the command line and through `checkStorybook()`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { checkStorybook } from './storybook-axe.mjs';

const ROOT = join(import.meta.dirname, '../..');
const CHECKER = join(ROOT, 'test/storybook-axe/storybook-axe.mjs');
const CONFIG_DIR = join(import.meta.dirname, 'fixture/.storybook');

const CLEAN = 'fixture-greeting--clean';
const BROKEN = 'fixture-greeting--nameless-button';
const CONSOLE_ERROR = 'fixture-greeting--console-error';

function runChecker(args: string[]) {
  const result = spawnSync(process.execPath, [CHECKER, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, output: result.stdout + result.stderr };
}

describe('storybook-axe', () => {
  let staticDir: string;
  let cli: ReturnType<typeof runChecker>;

  before(() => {
    staticDir = mkdtempSync(join(tmpdir(), 'svara-storybook-axe-'));
    // Builds the fixture Storybook (with the real Vite configuration) and checks it.
    cli = runChecker(['--config-dir', CONFIG_DIR, '--output-dir', staticDir]);
  });
  after(() => rmSync(staticDir, { recursive: true, force: true }));

  test('exits non-zero when a story has a violation', () => {
    assert.equal(cli.status, 1, cli.output);
  });

  test('names the broken story and the rule it breaks, and where', () => {
    assert.match(cli.stdout, new RegExp(`^FAIL ${BROKEN} `, 'm'), cli.output);
    assert.match(
      cli.stdout,
      /^ {2}button-name \(critical\): Buttons must have discernible text/m,
      cli.output,
    );
    assert.match(cli.stdout, /^ {4}at fixture-greeting >>> button/m, cli.output);
  });

  test('fails a story that logs a console error', () => {
    assert.match(cli.stdout, new RegExp(`^FAIL ${CONSOLE_ERROR} `, 'm'), cli.output);
    assert.match(cli.stdout, /console\.error: fixture: deliberate console error during render/, cli.output);
  });

  test('passes the clean story (a Lit element with legacy decorators)', () => {
    assert.match(cli.stdout, new RegExp(`^PASS ${CLEAN} `, 'm'), cli.output);
  });

  test('ends with the summary line', () => {
    assert.equal(cli.stdout.trimEnd().split('\n').at(-1), '1 passed, 2 failed', cli.output);
  });

  test('checkStorybook() returns structured results for every story', async () => {
    const { results, passed, failed, axeVersion } = await checkStorybook({ staticDir });
    assert.equal(axeVersion, '4.14.1');
    assert.deepEqual(results.map((result) => result.id).sort(), [BROKEN, CLEAN, CONSOLE_ERROR].sort());
    assert.equal(passed, 1);
    assert.equal(failed, 2);

    const byId = new Map(results.map((result) => [result.id, result]));
    const clean = byId.get(CLEAN);
    assert.ok(clean?.passed, JSON.stringify(clean));
    assert.deepEqual(clean.violations, []);
    assert.deepEqual(clean.errors, []);

    const broken = byId.get(BROKEN);
    assert.equal(broken?.passed, false);
    assert.deepEqual(
      broken.violations.map((violation) => violation.id),
      ['button-name'],
    );
    assert.deepEqual(broken.errors, []);
    assert.match(broken.violations[0]!.nodes[0]!.target, /^fixture-greeting >>> button/);

    const consoleError = byId.get(CONSOLE_ERROR);
    assert.equal(consoleError?.passed, false);
    assert.deepEqual(consoleError.violations, []);
    assert.equal(consoleError.errors.length, 1, consoleError.errors.join('\n'));
  });

  test('exits non-zero when there are no stories at all', () => {
    const empty = mkdtempSync(join(tmpdir(), 'svara-storybook-axe-empty-'));
    try {
      writeFileSync(join(empty, 'index.json'), JSON.stringify({ v: 5, entries: {} }));
      const result = runChecker([empty]);
      assert.equal(result.status, 1, result.output);
      assert.match(result.output, /no stories/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
