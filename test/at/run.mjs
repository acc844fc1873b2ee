#!/usr/bin/env node
/**
 * svara heard through a real screen reader: plays every scenario in test/at/scenarios/ with Orca listening,
 * compares what Orca said with the golden transcript in test/at/golden/, and proves with a self-test that a
 * choice group whose legend is removed fails with a readable diff.
 *
 *   node test/at/run.mjs                    # build the demo and Storybook into .cache/at/, run everything
 *   node test/at/run.mjs --update           # rewrite the goldens (read them before committing!)
 *   node test/at/run.mjs --only=scale,barn-sv
 *   options: --no-build (reuse .cache/at/demo and .cache/at/storybook), --demo=DIR --storybook=DIR (already
 *            built sites, e.g. dist/demo and storybook-static), --keep (leave the session's temp dir and logs)
 *
 * Prints one line per scenario, a diff for each mismatch, and `N passed, N failed`; exits 1 on a failure. Without
 * the tools (not Linux, or Orca/Xvfb missing) it says so in one line, prints `0 passed, 0 failed` and exits 0;
 * `node test/at/setup.mjs` installs them (as root on Debian).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium as playwright } from 'playwright-core';
import { chromiumExecutable } from '../../scripts/chromium.mjs';
import { play } from './drive.mjs';
import { RESPONSE_DELAY_MS, serve } from './server.mjs';
import { startSession } from './session.mjs';
import { AT_PACKAGES, missingTools } from './setup.mjs';
import { diff, format, Transcript } from './transcript.mjs';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const ROOT = resolve(HERE, '../..');
const CACHE = join(ROOT, '.cache', 'at');
const GOLDEN = join(HERE, 'golden');

/**
 * @typedef {object} Scenario
 * @property {string} title first line of the golden
 * @property {string[]} [notes] further comment lines of the golden: what a listener should notice
 * @property {'storybook' | 'demo'} site
 * @property {string} path page under the site, e.g. `iframe.html?id=elements-choice--one-answer&viewMode=story`
 * @property {'up' | 'down'} [network] `down`: the survey's POST fails as if the device were offline
 * @property {Parameters<typeof play>[2]} [setup] keys played before the recording starts
 * @property {Parameters<typeof play>[2]} steps the recorded keys
 * @property {(page: import('playwright-core').Page) => Promise<void>} [mutate] breaks the page (self-test)
 * @property {string} [knownProblem] an accessibility bug the golden records as it is today, named in the golden's
 *   first lines so no one mistakes it for how svara should sound; when the fix lands the scenario fails with a
 *   diff, and the golden is re-recorded (and the problem removed from the scenario)
 */

function parseArgs(argv) {
  const options = { update: false, build: true, keep: false, only: [], demo: '', storybook: '' };
  for (const arg of argv) {
    const [name, value = ''] = arg.replace(/^--/, '').split('=');
    if (name === 'update') options.update = true;
    else if (name === 'no-build') options.build = false;
    else if (name === 'keep') options.keep = true;
    else if (name === 'only') options.only = value.split(',').filter(Boolean);
    else if (name === 'demo') options.demo = resolve(value);
    else if (name === 'storybook') options.storybook = resolve(value);
    else throw new Error(`unknown option ${arg} (see the top of test/at/run.mjs)`);
  }
  return options;
}

/** @returns {Promise<Array<{ name: string, scenario: Scenario }>>} */
export async function loadScenarios(only = []) {
  const dir = join(HERE, 'scenarios');
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.mjs') && !file.startsWith('_'))
    .sort();
  const all = [];
  for (const file of files) {
    const name = file.replace(/\.mjs$/, '');
    if (only.length && !only.includes(name)) continue;
    const module = await import(pathToFileURL(join(dir, file)).href);
    all.push({ name, scenario: module.default });
  }
  return all;
}

function build(command, args, what) {
  process.stdout.write(`[at] building ${what} …\n`);
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`building ${what} failed:\n${result.stdout}${result.stderr}`);
}

/** The built demo and Storybook: given directories, or fresh builds into .cache/at/ (never dist/). */
async function sites({ build: rebuild, demo, storybook }) {
  const demoDir = demo || join(CACHE, 'demo');
  const storybookDir = storybook || join(CACHE, 'storybook');
  if (!demo && (rebuild || !existsSync(join(demoDir, 'index.html'))))
    build(
      join(ROOT, 'node_modules/.bin/vite'),
      ['build', '--logLevel', 'warn', '--outDir', demoDir],
      'the demo',
    );
  if (!storybook && (rebuild || !existsSync(join(storybookDir, 'iframe.html')))) {
    process.stdout.write('[at] building Storybook …\n');
    const { buildStorybook } = await import('../storybook-axe/storybook-axe.mjs');
    await buildStorybook({ outputDir: storybookDir });
  }
  return { demoDir, storybookDir };
}

/** Waits until the page's svara elements are defined and have rendered. */
async function pageReady(page) {
  await page.waitForFunction(
    async () => {
      const all = [...document.querySelectorAll('*')].filter((el) => el.tagName.startsWith('SVARA-'));
      if (!all.length || all.some((el) => !customElements.get(el.tagName.toLowerCase()))) return false;
      await Promise.all(all.map((el) => /** @type {any} */ (el).updateComplete));
      // A story is ready once Storybook has played it (a story's play may submit a form and move focus).
      const render = /** @type {any} */ (window).__STORYBOOK_PREVIEW__?.currentRender;
      if (render && !['finished', 'aborted'].includes(render.phase)) return false;
      const survey = document.querySelector('svara-survey');
      return !survey || Boolean(survey.shadowRoot?.querySelector('[data-screen-heading]'));
    },
    undefined,
    { timeout: 20_000, polling: 100 },
  );
}

/**
 * Plays one scenario: loads its page, lets Orca finish announcing the load (not recorded), plays `setup`, then
 * records `steps`.
 * @param {{ page: import('playwright-core').Page, transcript: Transcript, env: Record<string, string>, base: Record<string, string> }} context
 * @param {Scenario} scenario
 */
export async function record({ page, transcript, env, base }, scenario) {
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  if (scenario.network === 'down')
    await page.route('**/api/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, RESPONSE_DELAY_MS));
      await route.abort('internetdisconnected');
    });
  // A blank page between scenarios: Orca's state of the previous page cannot leak into this one, and nothing a
  // page stored (the widget keeps its language and settings, and its outbox of unsent answers) either.
  await page.goto('about:blank');
  const cdp = await page.context().newCDPSession(page);
  for (const origin of new Set(Object.values(base).map((url) => new URL(url).origin)))
    await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
  await cdp.detach();
  await transcript.settle(transcript.mark(), { quietMs: 300, silentMs: 300 });
  const mark = transcript.mark();
  await page.goto(`${base[scenario.site]}/${scenario.path}`, { waitUntil: 'load' });
  await pageReady(page);
  await transcript.settle(mark, { quietMs: 800, silentMs: 800 });
  // The keys of a previous scenario may have tabbed out of the page into Chromium's own toolbar, where Orca would
  // follow focus from then on: a real click on the page (bottom right, where no page has controls) takes it back.
  if (!(await page.evaluate(() => document.hasFocus()))) {
    const ids = execFileSync('xdotool', ['search', '--name', ' - Chromium$'], { env, encoding: 'utf8' });
    const id = ids.trim().split('\n')[0];
    execFileSync('xdotool', ['windowfocus', '--sync', id], { env });
    execFileSync('xdotool', ['mousemove', '--window', id, '1150', '850', 'click', '1'], { env });
    await page.waitForFunction(() => document.hasFocus(), undefined, { timeout: 5000 });
  }
  // Every scenario starts from the top of the page, whatever a story's own script focused: a button at the very top
  // takes focus (Orca hears it, unrecorded), so the first Tab starts there, and Orca hears focus arrive from
  // outside the page's content, as after a fresh load. (Removing the button again would leave Orca's focus on a
  // dead object, after which Orca leaves out the context of the next focus: "form", the group's name, a label.)
  await page.evaluate(() => {
    const top = document.createElement('button');
    top.id = 'svara-at-top';
    top.textContent = 'Start of the test';
    document.body.prepend(top);
    top.focus();
  });
  if (scenario.mutate) await scenario.mutate(page);
  await transcript.settle(mark, { quietMs: 800, silentMs: 800 });
  if (scenario.setup?.length) {
    await play(page, transcript, scenario.setup, { env, quietMs: 150, silentMs: 150 });
    await transcript.settle(transcript.mark(), { quietMs: 800, silentMs: 800 });
  }
  return play(page, transcript, scenario.steps, { env });
}

/** The self-test: the choice-group scenario with the group's legend removed must not match its golden. */
const SELF_TEST = {
  name: 'self-test: a choice group without its legend fails',
  base: 'choice',
  /** @param {import('playwright-core').Page} page */
  mutate: async (page) => {
    await page.evaluate(() => {
      const choice = document.querySelector('svara-choice');
      const legend = choice?.shadowRoot?.querySelector('legend');
      if (!legend) throw new Error('the choice group has no legend to remove');
      legend.remove();
    });
  },
};

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const chromium = chromiumExecutable();
  const missing = missingTools(chromium);
  if (missing === null || missing.length) {
    console.log(
      `[at] Screen-reader transcripts not run: ${missing === null ? 'they need Linux' : `missing ${missing.join(', ')}`}. ` +
        `Install with \`node test/at/setup.mjs\` (as root on Debian: apt-get install ${AT_PACKAGES.join(' ')}), then \`node test/at/run.mjs\`.`,
    );
    console.log('0 passed, 0 failed');
    return 0;
  }
  const started = Date.now();
  const scenarios = await loadScenarios(options.only);
  const { demoDir, storybookDir } = await sites(options);
  const server = await serve({ '/storybook/': storybookDir, '/': demoDir });
  const base = { demo: server.url, storybook: `${server.url}/storybook` };
  const session = await startSession({
    chromium,
    keep: options.keep,
    log: (line) => process.stdout.write(`[at] ${line}\n`),
  });
  const stopAll = async () => {
    await session.stop();
    await server.close();
  };
  for (const signal of ['SIGINT', 'SIGTERM'])
    process.once(signal, () => void stopAll().then(() => process.exit(130)));

  let passed = 0;
  let failed = 0;
  /** @type {string[]} */
  const known = [];
  const actualDir = join(CACHE, 'actual');
  mkdirSync(actualDir, { recursive: true });
  try {
    const browser = await playwright.connectOverCDP(session.cdpUrl);
    const page = browser.contexts()[0].pages()[0];
    await page.bringToFront();
    const transcript = new Transcript(session.transcriptPath);
    const context = { page, transcript, env: session.env, base };

    for (const { name, scenario } of scenarios) {
      const t0 = Date.now();
      if (scenario.knownProblem) known.push(name);
      let text;
      try {
        text = format(scenario, await record(context, scenario));
      } catch (error) {
        failed++;
        console.log(`FAIL ${name}: ${/** @type {Error} */ (error).message}`);
        continue;
      }
      const seconds = ((Date.now() - t0) / 1000).toFixed(1);
      const goldenPath = join(GOLDEN, `${name}.txt`);
      writeFileSync(join(actualDir, `${name}.txt`), text);
      if (options.update) {
        writeFileSync(goldenPath, text);
        passed++;
        console.log(`updated ${name} (${seconds} s): read test/at/golden/${name}.txt before committing it`);
        continue;
      }
      const golden = existsSync(goldenPath) ? readFileSync(goldenPath, 'utf8') : '';
      const changes = diff(golden, text);
      if (!changes) {
        passed++;
        console.log(`ok   ${name} (${seconds} s)`);
      } else {
        failed++;
        console.log(`FAIL ${name} (${seconds} s): Orca said something else (- golden, + this run)`);
        console.log(changes);
        console.log(`     whole transcript: .cache/at/actual/${name}.txt; if it is right: --update`);
      }
    }

    const original = scenarios.find(({ name }) => name === SELF_TEST.base);
    if (original && !options.update) {
      const golden = readFileSync(join(GOLDEN, `${SELF_TEST.base}.txt`), 'utf8');
      const broken = format(
        original.scenario,
        await record(context, { ...original.scenario, mutate: SELF_TEST.mutate }),
      );
      const changes = diff(golden, broken);
      const legend = /(^|\n)- .*Vad vill du lämna\?/.test(changes);
      if (changes && legend) {
        passed++;
        console.log(`ok   ${SELF_TEST.name}; the diff it shows:`);
        console.log(changes.replace(/^/gm, '     '));
      } else {
        failed++;
        console.log(
          `FAIL ${SELF_TEST.name}: the broken page ${changes ? 'differs, but not by its legend' : 'matched the golden'}`,
        );
        if (changes) console.log(changes);
      }
    }
    await browser.close();
  } finally {
    await stopAll();
  }
  console.log(`[at] ${((Date.now() - started) / 1000).toFixed(0)} s`);
  if (known.length)
    console.log(
      `[at] goldens that record a known accessibility problem (see their first lines): ${known.join(', ')}`,
    );
  console.log(`${passed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main();
}
