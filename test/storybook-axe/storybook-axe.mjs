#!/usr/bin/env node
/**
 * The every-story accessibility check: builds Storybook, serves the static build on 127.0.0.1, opens every story
 * alone (`iframe.html?id=…&viewMode=story`) in headless Chromium, waits until it has rendered and its custom
 * elements have upgraded and finished updating, and runs axe-core over `#storybook-root` (shadow roots included).
 * A story fails on any axe violation, on a console error or uncaught page error, on a render error, or on a
 * custom element that is never defined. Prints one line per story, every violation, and `N passed, N failed`.
 *
 *   node test/storybook-axe/storybook-axe.mjs                      # pnpm analyze + build .storybook into storybook-static
 *   node test/storybook-axe/storybook-axe.mjs --no-build           # check the existing storybook-static
 *   node test/storybook-axe/storybook-axe.mjs path/to/static-dir   # check an already-built Storybook
 *   options: --config-dir DIR --output-dir DIR (what to build), --concurrency N (pages at a time, default 2),
 *            --port N (default: a free port chosen by the OS; a given port that is taken is an error)
 *
 * Exit code: 0 when every story passes, 1 on any failing story or when there are no stories, 2 on a usage,
 * build or browser error. `checkStorybook()` is the same check as a function (see its test beside it, storybook-axe.node.test.ts).
 */
import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { AXE_DISABLED_RULES, AXE_TAGS } from '@svara/testing/axe-config';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../scripts/chromium.mjs';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const AXE_SOURCE = join(ROOT, 'node_modules/axe-core/axe.min.js');
const DEFAULT_CONFIG_DIR = join(ROOT, '.storybook');
const DEFAULT_OUTPUT_DIR = join(ROOT, 'storybook-static');
const RENDER_TIMEOUT_MS = 30_000;
/** How long a custom element in a story may stay undefined before the story fails (a missing import). */
const DEFINE_TIMEOUT_MS = 5_000;

// ---------------------------------------------------------------------------------------------------------------
// Build

function run(command, args, { quiet = false } = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolvePromise(output);
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}\n${output}`));
    });
  });
}

/**
 * Builds a Storybook into `outputDir`. The real one (the default config dir) first generates the Custom Elements
 * Manifests it reads controls from (`pnpm analyze`). Vite's output is shown only when the build fails.
 */
export async function buildStorybook({
  configDir = DEFAULT_CONFIG_DIR,
  outputDir = DEFAULT_OUTPUT_DIR,
} = {}) {
  if (resolve(configDir) === DEFAULT_CONFIG_DIR)
    await run('pnpm', ['run', '--silent', 'analyze'], { quiet: true });
  await run(
    join(ROOT, 'node_modules/.bin/storybook'),
    ['build', '--quiet', '-c', configDir, '-o', outputDir],
    {
      quiet: true,
    },
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Static server

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `dir` on 127.0.0.1. Port 0 (the default) lets the OS pick a free port, so runs never collide; a port that
 * is given must be free (no fallback to another one).
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function serveStatic(dir, { port = 0 } = {}) {
  const rootDir = resolve(dir);
  const server = createServer(async (request, response) => {
    try {
      const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
      if (pathname === '/favicon.ico') {
        // Chromium asks for it on its own; Storybook's iframe.html has no icon. Not the story's 404.
        response.writeHead(204).end();
        return;
      }
      let file = resolve(rootDir, `.${decodeURIComponent(pathname)}`);
      if (file !== rootDir && !file.startsWith(rootDir + sep))
        throw Object.assign(new Error(), { code: 'ENOENT' });
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      await stat(file);
      response.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        // Hashed build assets are shared by every story page: let the browser cache them.
        'cache-control': pathname.startsWith('/assets/') ? 'max-age=31536000, immutable' : 'no-cache',
      });
      createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolvePromise({
        url: `http://127.0.0.1:${actualPort}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Checking one story (the functions passed to page.waitForFunction/evaluate run in the browser)

/** True once Storybook has finished rendering the story (or failed to). */
function storyDone(storyId) {
  const preview = /** @type {any} */ (window).__STORYBOOK_PREVIEW__;
  const render = preview?.currentRender;
  const classes = document.body.classList;
  if (classes.contains('sb-show-errordisplay') || classes.contains('sb-show-nopreview')) return true;
  return render?.id === storyId && ['finished', 'aborted'].includes(render.phase);
}

/** Storybook's own error display, if it is shown. */
function storyError() {
  const classes = document.body.classList;
  if (classes.contains('sb-show-nopreview')) return 'Storybook shows "no preview": the story did not render';
  if (!classes.contains('sb-show-errordisplay')) return null;
  const message = document.querySelector('#error-message')?.textContent?.trim();
  const stack = document.querySelector('#error-stack')?.textContent?.trim();
  return `Storybook could not render the story: ${message || 'unknown error'}${stack ? `\n${stack}` : ''}`;
}

/**
 * Waits until every custom element in the story (in light and shadow DOM, also those that appear while others
 * update) is defined and its `updateComplete` (Lit) has resolved. Returns the tags that never got defined.
 */
async function settleCustomElements(defineTimeoutMs) {
  const root = document.querySelector('#storybook-root');
  if (!root) return [];
  const collect = (node, found) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.localName.includes('-')) found.add(el);
      if (el.shadowRoot) collect(el.shadowRoot, found);
    }
    return found;
  };
  const settled = new Set();
  const undefinedTags = new Set();
  for (let round = 0; round < 10; round++) {
    const pending = [...collect(root, new Set())].filter((el) => !settled.has(el));
    if (pending.length === 0) break;
    const timeout = new Promise((done) => setTimeout(done, defineTimeoutMs));
    await Promise.all(
      [...new Set(pending.map((el) => el.localName))].map((tag) =>
        Promise.race([customElements.whenDefined(tag), timeout]).then(() => {
          if (!customElements.get(tag)) undefinedTags.add(tag);
        }),
      ),
    );
    await Promise.all(pending.map((el) => /** @type {any} */ (el).updateComplete));
    pending.forEach((el) => settled.add(el));
  }
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  return [...undefinedTags];
}

/** Runs axe in the page and returns its violations in a serialisable shape. */
async function runAxe({ tags, disabledRules }) {
  const axe = /** @type {any} */ (window).axe;
  const result = await axe.run(
    { include: ['#storybook-root'] },
    {
      runOnly: { type: 'tag', values: tags },
      rules: Object.fromEntries(disabledRules.map((id) => [id, { enabled: false }])),
      resultTypes: ['violations'],
    },
  );
  return {
    axeVersion: axe.version,
    violations: result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      helpUrl: violation.helpUrl,
      nodes: violation.nodes.map((node) => ({
        // A selector per shadow root on the way down, joined like Playwright's piercing selectors.
        target: node.target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : part)).join(' '),
        html: node.html.replace(/<!--[^]*?-->/g, '').replace(/\s+/g, ' '),
      })),
    })),
  };
}

/**
 * @typedef {{ id: string, impact: string | null, help: string, helpUrl: string,
 *             nodes: { target: string, html: string }[] }} Violation
 * @typedef {{ id: string, title: string, name: string, url: string, passed: boolean,
 *             violations: Violation[], errors: string[], ms: number }} StoryResult
 */

/** @returns {Promise<StoryResult>} */
async function checkStory(context, baseUrl, story, axeVersion) {
  const started = Date.now();
  // `a11y.manual`: the a11y addon would otherwise run its own axe pass on every story as well.
  const url = `${baseUrl}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=a11y.manual:!true`;
  const errors = [];
  /** @type {Violation[]} */
  let violations = [];
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location().url;
    errors.push(`console.error: ${message.text()}${where ? ` (${where.replace(baseUrl, '')})` : ''}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught error: ${error.stack ?? error.message}`));
  try {
    await page.goto(url, { waitUntil: 'load', timeout: RENDER_TIMEOUT_MS });
    await page.waitForFunction(storyDone, story.id, { timeout: RENDER_TIMEOUT_MS, polling: 50 });
    const renderError = await page.evaluate(storyError);
    if (renderError) {
      errors.push(renderError);
    } else {
      const undefinedTags = await page.evaluate(settleCustomElements, DEFINE_TIMEOUT_MS);
      for (const tag of undefinedTags)
        errors.push(`<${tag}> is never defined (missing import or registration?)`);
      await page.addScriptTag({ path: AXE_SOURCE });
      const result = await page.evaluate(runAxe, {
        tags: AXE_TAGS,
        disabledRules: Object.keys(AXE_DISABLED_RULES),
      });
      if (result.axeVersion !== axeVersion) {
        errors.push(`expected axe-core ${axeVersion} in the page, found ${result.axeVersion}`);
      }
      violations = result.violations;
    }
  } catch (error) {
    errors.push(`${/** @type {Error} */ (error).message.split('\n')[0]}`);
  } finally {
    await page.close();
  }
  return {
    id: story.id,
    title: story.title,
    name: story.name,
    url,
    passed: violations.length === 0 && errors.length === 0,
    violations,
    errors,
    ms: Date.now() - started,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Checking a whole Storybook

/** Formats one story's result: a PASS/FAIL line, then every violation with its nodes, then every error. */
export function formatResult(result) {
  const lines = [
    `${result.passed ? 'PASS' : 'FAIL'} ${result.id} (${result.title} › ${result.name}, ${result.ms} ms)`,
  ];
  for (const violation of result.violations) {
    lines.push(
      `  ${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help} ${violation.helpUrl}`,
    );
    for (const node of violation.nodes) {
      const html = node.html.length > 160 ? `${node.html.slice(0, 159)}…` : node.html;
      lines.push(`    at ${node.target}: ${html}`);
    }
  }
  for (const error of result.errors) lines.push(`  ${error.replace(/\n/g, '\n    ')}`);
  if (!result.passed)
    lines.push(`  open: ${result.url.replace(/^http:\/\/127\.0\.0\.1:\d+\//, '<storybook>/')}`);
  return lines.join('\n');
}

/**
 * Checks every story of a built Storybook.
 * @param {{ staticDir: string, concurrency?: number, port?: number,
 *           onResult?: (result: StoryResult) => void }} options
 * @returns {Promise<{ results: StoryResult[], passed: number, failed: number, axeVersion: string }>}
 */
export async function checkStorybook({ staticDir, concurrency = 2, port = 0, onResult = () => {} }) {
  const index = JSON.parse(await readFile(join(staticDir, 'index.json'), 'utf8'));
  const stories = Object.values(index.entries ?? {}).filter((entry) => entry.type === 'story');
  const { version: axeVersion } = JSON.parse(
    await readFile(join(ROOT, 'node_modules/axe-core/package.json'), 'utf8'),
  );
  /** @type {StoryResult[]} */
  const results = new Array(stories.length);
  if (stories.length > 0) {
    const server = await serveStatic(staticDir, { port });
    const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
    try {
      // One browser and one context (shared HTTP cache); each story gets a fresh page, `concurrency` at a time.
      const context = await browser.newContext();
      let next = 0;
      const worker = async () => {
        while (next < stories.length) {
          const index = next++;
          results[index] = await checkStory(context, server.url, stories[index], axeVersion);
          onResult(results[index]);
        }
      };
      await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, stories.length)) }, worker));
    } finally {
      await browser.close();
      await server.close();
    }
  }
  const passed = results.filter((result) => result.passed).length;
  return { results, passed, failed: results.length - passed, axeVersion };
}

// ---------------------------------------------------------------------------------------------------------------
// Command line

function parseArgs(argv) {
  const options = {
    build: true,
    configDir: DEFAULT_CONFIG_DIR,
    outputDir: DEFAULT_OUTPUT_DIR,
    concurrency: 2,
    port: 0,
  };
  const value = (i) => {
    if (argv[i + 1] === undefined) throw new Error(`${argv[i]} needs a value`);
    return argv[i + 1];
  };
  const number = (i) => {
    const n = Number(value(i));
    if (!Number.isInteger(n) || n < 0) throw new Error(`${argv[i]} needs a whole number`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--no-build') options.build = false;
    else if (arg === '--config-dir' || arg === '-c') options.configDir = resolve(value(i++));
    else if (arg === '--output-dir' || arg === '-o') options.outputDir = resolve(value(i++));
    else if (arg === '--concurrency') options.concurrency = Math.max(1, number(i++));
    else if (arg === '--port') options.port = number(i++);
    else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}`);
    else {
      options.outputDir = resolve(arg); // an already-built Storybook
      options.build = false;
    }
  }
  return options;
}

async function main() {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`storybook-axe: ${/** @type {Error} */ (error).message}`);
    return 2;
  }
  const shown = (dir) => (isAbsolute(dir) ? relative(process.cwd(), dir) || '.' : dir);
  try {
    if (options.build) {
      const started = Date.now();
      await buildStorybook(options);
      console.log(
        `Built Storybook ${shown(options.configDir)} into ${shown(options.outputDir)} in ${Date.now() - started} ms`,
      );
    }
    const started = Date.now();
    const { results, passed, failed, axeVersion } = await checkStorybook({
      staticDir: options.outputDir,
      concurrency: options.concurrency,
      port: options.port,
      onResult: (result) => console.log(formatResult(result)),
    });
    if (results.length === 0) {
      console.error(
        `storybook-axe: no stories in ${shown(options.outputDir)}/index.json — nothing was checked`,
      );
      console.log('0 passed, 0 failed');
      return 1;
    }
    console.log(
      `axe-core ${axeVersion} (${AXE_TAGS.join(', ')}) over ${results.length} stories in ${Date.now() - started} ms`,
    );
    console.log(`${passed} passed, ${failed} failed`);
    return failed === 0 ? 0 : 1;
  } catch (error) {
    console.error(`storybook-axe: ${/** @type {Error} */ (error).stack ?? error}`);
    return 2;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main();
}
