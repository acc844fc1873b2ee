/**
 * Load benchmark of the survey pages (prints figures, asserts nothing): `pnpm --filter @svara/survey bench`.
 *   Options: --runs N (cold loads per cell at 1× CPU, default 7), --runs-slow N (at 4× CPU and on the throttled
 *   network, default 4), --read-ms N (how long the start screen is read before "Börja svara", default 1000; 0
 *   presses at once), --only plain,widget,… (some pages), --no-hosted, --json (machine-readable output only),
 *   --build (rebuild the embed bundle first; it is built anyway when missing).
 *
 * The same 10-question survey (bench/survey.json: smiley scales, choices, a text question, plain variants), five
 * ways, in one run:
 *   - plain:    a plain HTML form of the questions, no script (bench/pages.ts, generated from the definition);
 *   - widget:   a city page with the two-line embed (`<script type="module">` + `<svara-survey src>`);
 *   - inline:   the same with the definition inlined in the page (`<script type="application/json">`);
 *   - hosted:   the collector's own page `/s/bench-besoket` (the collector started as the e2e tests start it,
 *               `svara serve --surveys <a folder with this survey>`), whatever that page is today: the widget
 *               with the definition inlined, or server-rendered HTML the widget takes over;
 *   - surveyjs: the same questions as a SurveyJS form (survey-core + survey-js-ui, devDependencies of this
 *               package for this benchmark only, its default theme), all on one page.
 * The first four pages' files come from a local node:http server (gzip, ETag, Cache-Control as a real server
 * sends them); the hosted page from the collector as it serves it. Chromium (CHROME_PATH, else the system
 * browser, through playwright-core) loads each page in a fresh browser context every run (cold HTTP cache; the
 * browser process is warm after one discarded load of each page), 1280×800. Cells: 1× CPU, 4× CPU (CDP
 * `Emulation.setCPUThrottlingRate`), and a throttled network at 1× CPU (CDP `Network.emulateNetworkConditions`:
 * 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip), where bytes cost time. Loads are interleaved (every page
 * of a cell, then the next cell, round after round) so that noise on this shared machine falls on all alike.
 *
 * What is measured, from the page's own clock (`performance.now()`, origin navigation start), by a script that
 * runs before any of the page's and checks once per animation frame (times are the frame in which the element is
 * first rendered; resolution one frame, ~16.7 ms):
 *   - "first screen": the plain form's heading; SurveyJS's first question title; the widget's start screen (its
 *     heading and "Börja svara") in its shadow root, or a server-rendered "Börja svara" in the page;
 *   - "first question": the first question's legend or label visible. Where there is a start screen, the script
 *     presses "Börja svara" (in a task of its own) 1 s after it is there (`--read-ms`: a respondent reads it for
 *     seconds, and the question screens load meanwhile); "click → question" is the time from that press to the
 *     first question, and "waiting for the first question" the first screen plus that (reading not counted);
 *   - long tasks (PerformanceObserver `longtask`, > 50 ms) until 250 ms after the first question: their total,
 *     and the longest one that started after the click ("after 'Börja svara'");
 *   - JS heap: CDP `HeapProfiler.collectGarbage`, then `Performance.getMetrics` JSHeapUsedSize, once the first
 *     question is there (the widget: once its whole screen of questions is drawn, `updateComplete`);
 *   - JS: every script the page loaded by then, gzip level 9 (as our server sends it; what was transferred is
 *     printed too, since the collector may send them uncompressed).
 * Medians with min–max; the ratios to the plain form's first question of the same cell.
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseSurvey } from '@svara/schema';
import type { Survey } from '@svara/schema';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext } from 'playwright-core';

import { CHROMIUM_ARGS, chromiumExecutable } from '../../../scripts/chromium.mjs';
import { plainPage, surveyJsPage, widgetPage } from './pages.js';

const PACKAGE = new URL('../', import.meta.url).pathname;
const ROOT = new URL('../../../', import.meta.url).pathname;
const EMBED_DIR = join(PACKAGE, 'dist', 'embed');
const BUNDLE = join(EMBED_DIR, 'svara-survey.js');
const SURVEYJS_FILES = {
  'survey.core.min.js': 'survey-core/survey.core.min.js',
  'survey-js-ui.min.js': 'survey-js-ui/survey-js-ui.min.js',
  'survey-core.min.css': 'survey-core/survey-core.min.css',
};

// ── Options ─────────────────────────────────────────────────────────────────────────────────────────────
const argv = process.argv.slice(2);
function option(name: string): string | undefined {
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  const arg = argv[i]!;
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[i + 1];
}
const RUNS = Number(option('runs') ?? 7);
const RUNS_SLOW = Number(option('runs-slow') ?? 4);
/** How long the script "reads" the start screen before it presses "Börja svara" (0: at once). */
const READ_MS = Number(option('read-ms') ?? 1000);
const JSON_OUTPUT = argv.includes('--json');
const REBUILD = argv.includes('--build');
for (const [name, value] of [
  ['--runs', RUNS],
  ['--runs-slow', RUNS_SLOW],
  ['--read-ms', READ_MS + 1],
] as const)
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} takes a whole number ≥ 1`);

const KINDS = ['plain', 'widget', 'inline', 'hosted', 'surveyjs'] as const;
type Kind = (typeof KINDS)[number];
const only = option('only')?.split(',');
const kinds = KINDS.filter(
  (kind) =>
    (!only || only.includes(kind) || kind === 'plain') &&
    !(kind === 'hosted' && argv.includes('--no-hosted')),
);

const AIM_RATIO = 1.3;
const AIM_HEAP_MB = 2.5;
const AIM_TASK_MS = 50;
const SETTLE_MS = 250;
/** The throttled network: 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip (Lighthouse's "slow 4G"). */
const SLOW_NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};

const log = (line: string) => {
  if (JSON_OUTPUT) process.stderr.write(`${line}\n`);
  else console.log(line);
};

// ── The bundle ──────────────────────────────────────────────────────────────────────────────────────────
function ensureBundle(): void {
  if (existsSync(BUNDLE) && !REBUILD) return;
  log(
    `${REBUILD ? 'Rebuilding' : 'No embed bundle yet; building'} it: (cd packages/survey && pnpm exec vite build --mode embed)`,
  );
  const result = spawnSync('pnpm', ['exec', 'vite', 'build', '--mode', 'embed'], {
    cwd: PACKAGE,
    stdio: ['ignore', JSON_OUTPUT ? 2 : 'inherit', 'inherit'],
  });
  if (result.status !== 0 || !existsSync(BUNDLE)) {
    throw new Error('The embed build failed; run the command above in packages/survey to see why.');
  }
}

// ── The collector (the hosted page) ─────────────────────────────────────────────────────────────────────
/**
 * `svara serve` from the sources, as the e2e tests start it, with only this survey published (a folder of its
 * own) and a throw-away database. Resolves with its address once it listens.
 */
async function startCollector(): Promise<{ origin: string; stop(): void }> {
  const dir = mkdtempSync(join(tmpdir(), 'svara-bench-'));
  copyFileSync(new URL('./survey.json', import.meta.url), join(dir, 'bench-besoket.json'));
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--conditions=source',
      '--import',
      'tsx',
      'packages/collector/src/cli.ts',
      'serve',
      '--db',
      join(dir, 'bench.sqlite'),
      '--surveys',
      dir,
      '--host',
      '127.0.0.1',
      '--port',
      '0',
      '--embed-dir',
      EMBED_DIR,
      '--log-format',
      'json',
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const stop = () => {
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  };
  let output = '';
  try {
    const origin = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the collector did not start:\n${output}`)), 60_000);
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        const found = /listening on (http:\/\/\S+)/.exec(output);
        if (found) {
          clearTimeout(timer);
          resolve(found[1]!);
        }
      };
      child.stdout!.on('data', read);
      child.stderr!.on('data', read);
      child.on('exit', (code) => reject(new Error(`the collector exited (${code}):\n${output}`)));
    });
    return { origin, stop };
  } catch (error) {
    stop();
    throw error;
  }
}

// ── The server ──────────────────────────────────────────────────────────────────────────────────────────
interface Resource {
  body: Buffer;
  gzip: Buffer;
  type: string;
  cache: string;
  etag: string;
}

function resource(body: string | Buffer, type: string, cache: string): Resource {
  const buffer = typeof body === 'string' ? Buffer.from(body) : body;
  return {
    body: buffer,
    gzip: gzipSync(buffer, { level: 9 }),
    type,
    cache,
    etag: `"${createHash('sha256').update(buffer).digest('base64url').slice(0, 16)}"`,
  };
}

const SURVEY_URL = '/api/surveys/bench-besoket';
const SCRIPT_URL = '/svara-survey.js';

function resources(survey: Survey, definitionJson: string): Map<string, Resource> {
  const files = new Map<string, Resource>();
  const html = 'text/html; charset=utf-8';
  files.set('/plain.html', resource(plainPage(survey), html, 'no-cache'));
  files.set('/widget.html', resource(widgetPage(survey, SCRIPT_URL, SURVEY_URL), html, 'no-cache'));
  // The same widget with the definition inlined, as the collector's hosted page `/s/…` serves it.
  const inline = widgetPage(survey, SCRIPT_URL, SURVEY_URL, survey.lang, definitionJson);
  files.set('/inline.html', resource(inline, html, 'no-cache'));
  files.set('/surveyjs.html', resource(surveyJsPage(survey, '/surveyjs'), html, 'no-cache'));
  files.set('/blank.html', resource('<!doctype html><title>blank</title>', html, 'no-cache'));
  files.set(SURVEY_URL, resource(definitionJson, 'application/json; charset=utf-8', 'no-cache'));
  // The embed entry is revalidated; its hashed chunks (en, fi, ar strings) are immutable.
  for (const name of readdirSync(EMBED_DIR).filter((n) => extname(n) === '.js')) {
    const cache =
      name === 'svara-survey.js'
        ? 'public, max-age=300, must-revalidate'
        : 'public, max-age=31536000, immutable';
    files.set(
      `/${name}`,
      resource(readFileSync(join(EMBED_DIR, name)), 'text/javascript; charset=utf-8', cache),
    );
  }
  // SurveyJS's own files, versioned by their package: immutable, as a CDN serves them.
  const modules = join(PACKAGE, 'node_modules');
  for (const [name, path] of Object.entries(SURVEYJS_FILES))
    files.set(
      `/surveyjs/${name}`,
      resource(
        readFileSync(join(modules, path)),
        name.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8',
        'public, max-age=31536000, immutable',
      ),
    );
  return files;
}

async function serve(files: Map<string, Resource>): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const file = files.get(path);
    const common = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' };
    if (!file) {
      res.writeHead(404, { ...common, 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const headers: Record<string, string> = {
      ...common,
      'content-type': file.type,
      'cache-control': file.cache,
      etag: file.etag,
      vary: 'accept-encoding',
    };
    if (req.headers['if-none-match'] === file.etag) {
      res.writeHead(304, headers).end();
      return;
    }
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? file.gzip : file.body;
    if (gzip) headers['content-encoding'] = 'gzip';
    headers['content-length'] = String(body.length);
    res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { server, origin: `http://127.0.0.1:${port}` };
}

// ── In the page ─────────────────────────────────────────────────────────────────────────────────────────
interface PageFigures {
  screen: number | null;
  question: number | null;
  /** When the script pressed "Börja svara" (null: the page has no start screen). */
  click: number | null;
  fcp: number | null;
  /** [start, duration] of each long task, ms from navigation start. */
  longTasks: [number, number][];
  error: string | null;
}

/**
 * Runs before the page's own scripts. Records long tasks and the first paint, and once per frame looks for
 * the first screen and the first question (pressing "Börja svara" as soon as it is there). Written for every
 * page: the plain form, SurveyJS, the widget (its shadow root), and a server-rendered page the widget takes
 * over (light DOM).
 */
function probe(readMs: number): void {
  interface Probe extends PageFigures {
    done: boolean;
  }
  const state: Probe = {
    screen: null,
    question: null,
    click: null,
    fcp: null,
    longTasks: [],
    error: null,
    done: false,
  };
  (window as unknown as { __bench: Probe }).__bench = state;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.name === 'first-contentful-paint') state.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });

  const visible = (el: Element | null | undefined): el is HTMLElement =>
    !!el &&
    el.isConnected &&
    (el.textContent ?? '').trim() !== '' &&
    el.getBoundingClientRect().height > 0 &&
    el.checkVisibility({ opacityProperty: true, visibilityProperty: true });

  /** The first visible element matching `selector` in the page, the widget's shadow root or a control's. */
  const find = (selector: string): HTMLElement | undefined => {
    const roots: ParentNode[] = [document];
    const widget = document.querySelector('svara-survey');
    if (widget?.shadowRoot) roots.push(widget.shadowRoot);
    for (const root of [...roots])
      for (const control of root.querySelectorAll('[data-question]'))
        if (control.shadowRoot) roots.push(control.shadowRoot);
    for (const root of roots)
      for (const el of root.querySelectorAll<HTMLElement>(selector)) if (visible(el)) return el;
    return undefined;
  };
  const startButton = () =>
    [...(document.querySelector('svara-survey')?.shadowRoot?.querySelectorAll('button') ?? [])]
      .concat([...document.querySelectorAll('button')])
      .find((button) => button.textContent?.trim() === 'Börja svara' && visible(button));

  const tick = () => {
    const now = performance.now();
    if (state.screen === null) {
      const start = startButton();
      if (start) {
        state.screen = now;
        // A click is a task of its own: long tasks that start from here on are the questions' render.
        setTimeout(() => {
          state.click = performance.now();
          start.click();
        }, readMs);
      } else if (find('.sd-question__title, form h2')) {
        state.screen = now; // SurveyJS's first question / the plain form's heading: no start screen
      } else if (document.body?.textContent?.includes('Enkäten kan inte visas')) {
        state.error = 'the page says "Enkäten kan inte visas just nu"';
      } else if (
        document.querySelector('svara-survey')?.shadowRoot?.textContent?.includes('Enkäten kan inte visas')
      ) {
        state.error = 'the widget says "Enkäten kan inte visas just nu"';
      }
    }
    const clicked = state.click !== null || (state.screen !== null && !startButton());
    if (state.screen !== null && state.question === null && clicked) {
      const legend = find('.sd-question__title, fieldset legend, [data-question] legend, legend');
      if (legend && !legend.closest('.privacy')) state.question = now;
    }
    if (state.question !== null || state.error !== null) {
      setTimeout(() => (state.done = true), 0);
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

// ── One load ────────────────────────────────────────────────────────────────────────────────────────────
interface Condition {
  /** CPU throttling (CDP). */
  rate: number;
  /** The throttled network (1.6 Mbit/s, 150 ms). */
  slowNetwork: boolean;
}
interface Sample extends PageFigures {
  heapMB: number;
  /** Scripts loaded by the first question: address and bytes transferred. */
  scripts: { url: string; transferred: number }[];
}

async function load(browser: Browser, url: string, blank: string, condition: Condition): Promise<Sample> {
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    // tsx (esbuild, keepNames) wraps named inner functions in `__name(…)`, which the page does not have.
    await context.addInitScript({
      content: `(() => { const __name = (f) => f; (${probe.toString()})(${READ_MS}); })();`,
    });
    const page = await context.newPage();
    // A same-origin page first, so the renderer that loads the survey is the one being throttled.
    await page.goto(blank);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: condition.rate });
    if (condition.slowNetwork) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', SLOW_NETWORK);
    }
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(
      () => (window as unknown as { __bench?: { done: boolean } }).__bench?.done,
      null,
      { timeout: 60_000, polling: 50 },
    );
    await page.waitForTimeout(SETTLE_MS);
    // The widget's whole screen (it draws a screen's questions two per task): what the heap is measured on.
    await page.evaluate(() => document.querySelector('svara-survey')?.updateComplete);
    const figures = await page.evaluate(() => {
      const { screen, question, click, fcp, longTasks, error } = (
        window as unknown as { __bench: PageFigures }
      ).__bench;
      // No named inner functions here: tsx would wrap them in `__name(…)`, which the page does not have.
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      return {
        screen,
        question,
        click,
        fcp,
        longTasks: longTasks.map(([start, duration]): [number, number] => [start, duration]),
        error,
        scripts: entries
          .filter((entry) => entry.initiatorType === 'script' || /\.m?js(\?|$)/.test(entry.name))
          .filter((entry) => question === null || entry.startTime <= question)
          .map((entry) => ({ url: entry.name, transferred: entry.encodedBodySize })),
      };
    });
    if (figures.error) throw new Error(`${url}: ${figures.error}`);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
    return { ...figures, heapMB: heap / 1024 / 1024 };
  } finally {
    await context.close();
  }
}

/** The gzip size (level 9) of each script a page loaded, fetched once more here. */
const gzipSizes = new Map<string, number>();
async function gzipBytes(scripts: { url: string }[]): Promise<number> {
  let total = 0;
  for (const { url } of scripts) {
    if (!gzipSizes.has(url)) {
      const body = Buffer.from(await (await fetch(url)).arrayBuffer());
      gzipSizes.set(url, gzipSync(body, { level: 9 }).byteLength);
    }
    total += gzipSizes.get(url)!;
  }
  return total;
}

// ── Statistics and output ───────────────────────────────────────────────────────────────────────────────
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

interface Spread {
  median: number;
  min: number;
  max: number;
}
const spread = (values: number[]): Spread => ({
  median: median(values),
  min: values.length ? Math.min(...values) : NaN,
  max: values.length ? Math.max(...values) : NaN,
});

interface Cell {
  kind: Kind;
  condition: Condition;
  runs: number;
  screen: Spread;
  question: Spread;
  /**
   * What the respondent waits for before the first question, reading time not counted: the first screen plus
   * click → question where there is a start screen, else the first question.
   */
  waiting: Spread;
  /** From the click on "Börja svara" to the first question (pages with a start screen). */
  clickToQuestion: Spread | null;
  fcp: Spread;
  heapMB: Spread;
  longTasks: {
    /** Total long-task time per run. */
    total: Spread;
    runsWithAny: number;
    /** The longest task that started after the click, per run (0: none over 50 ms). */
    longestAfterClick: Spread | null;
  };
  /** Scripts by the first question (first run): gzip level 9, and as transferred. */
  js: { files: number; gzipBytes: number; transferredBytes: number };
}

async function summarise(kind: Kind, condition: Condition, samples: Sample[]): Promise<Cell> {
  const of = (pick: (s: Sample) => number | null) => samples.map(pick).filter((v): v is number => v !== null);
  const total = (tasks: [number, number][]) => tasks.reduce((sum, [, duration]) => sum + duration, 0);
  const clicked = samples.filter((s) => s.click !== null);
  const first = samples[0]!;
  return {
    kind,
    condition,
    runs: samples.length,
    screen: spread(of((s) => s.screen)),
    question: spread(of((s) => s.question)),
    waiting: spread(
      samples
        .map((s) => (s.click === null ? s.question : s.screen! + (s.question ?? NaN) - s.click))
        .filter((v): v is number => v !== null && Number.isFinite(v)),
    ),
    clickToQuestion: clicked.length
      ? spread(clicked.map((s) => (s.question ?? NaN) - s.click!).filter(Number.isFinite))
      : null,
    fcp: spread(of((s) => s.fcp)),
    heapMB: spread(of((s) => s.heapMB)),
    longTasks: {
      total: spread(samples.map((s) => total(s.longTasks))),
      runsWithAny: samples.filter((s) => s.longTasks.length > 0).length,
      longestAfterClick: clicked.length
        ? spread(
            clicked.map((s) =>
              Math.max(0, ...s.longTasks.filter(([start]) => start >= s.click!).map(([, d]) => d)),
            ),
          )
        : null,
    },
    js: {
      files: first.scripts.length,
      gzipBytes: await gzipBytes(first.scripts),
      transferredBytes: first.scripts.reduce((sum, script) => sum + script.transferred, 0),
    },
  };
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows
    .map((r) =>
      r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '),
    )
    .join('\n');
}

const ms = (v: number) => (Number.isFinite(v) ? `${v.toFixed(0)}` : '–');
const range = (s: Spread | null) =>
  s && Number.isFinite(s.median) ? `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})` : '–';
const mark = (ok: boolean) => (ok ? '✓' : '✗');
const conditionName = (c: Condition) => (c.slowNetwork ? `${c.rate}× + 1.6 Mbit/s` : `${c.rate}×`);

// ── Main ────────────────────────────────────────────────────────────────────────────────────────────────
ensureBundle();
const definitionJson = readFileSync(new URL('./survey.json', import.meta.url), 'utf8');
const parsed = parseSurvey(JSON.parse(definitionJson));
if (!parsed.ok)
  throw new Error(`bench/survey.json does not parse: ${JSON.stringify(parsed.issues.slice(0, 3))}`);
const survey = parsed.survey;
const files = resources(survey, definitionJson);
const { server, origin } = await serve(files);
const collector = kinds.includes('hosted') ? await startCollector() : undefined;
const address = (kind: Kind): { url: string; blank: string } =>
  kind === 'hosted'
    ? { url: `${collector!.origin}/s/${survey.id}`, blank: `${collector!.origin}/healthz` }
    : { url: `${origin}/${kind}.html`, blank: `${origin}/blank.html` };

const browser = await chromium.launch({
  executablePath: chromiumExecutable(),
  headless: true,
  args: CHROMIUM_ARGS,
});
const chromiumVersion = browser.version();
const conditions: { condition: Condition; runs: number }[] = [
  { condition: { rate: 1, slowNetwork: false }, runs: RUNS },
  { condition: { rate: 4, slowNetwork: false }, runs: RUNS_SLOW },
  { condition: { rate: 1, slowNetwork: true }, runs: RUNS_SLOW },
];
const key = (kind: Kind, c: Condition) => `${kind}@${conditionName(c)}`;
const samples = new Map<string, Sample[]>();
const loadAtStart = loadavg().map((l) => Number(l.toFixed(2)));
const started = performance.now();
try {
  // Warm-up: one load of each page, discarded (the first load in a new browser pays for its start-up).
  for (const kind of kinds) {
    const { url, blank } = address(kind);
    await load(browser, url, blank, { rate: 1, slowNetwork: false });
  }
  const rounds = Math.max(...conditions.map((c) => c.runs));
  for (let round = 1; round <= rounds; round++) {
    for (const { condition, runs } of conditions) {
      if (round > runs) continue;
      for (const kind of kinds) {
        const { url, blank } = address(kind);
        const list = samples.get(key(kind, condition)) ?? [];
        list.push(await load(browser, url, blank, condition));
        samples.set(key(kind, condition), list);
      }
    }
    if (!JSON_OUTPUT) process.stdout.write(`\rround ${round}/${rounds}`);
  }
  if (!JSON_OUTPUT) process.stdout.write('\r');
} catch (error) {
  // A load that fails ends the run: the collector and the file server must not outlive it.
  collector?.stop();
  server.close();
  throw error;
} finally {
  await browser.close();
}
const seconds = (performance.now() - started) / 1000;
const results: Cell[] = [];
try {
  for (const { condition } of conditions)
    for (const kind of kinds)
      results.push(await summarise(kind, condition, samples.get(key(kind, condition))!));
} finally {
  collector?.stop();
  server.close();
}
const cell = (kind: Kind, c: Condition) =>
  results.find(
    (r) => r.kind === kind && r.condition.rate === c.rate && r.condition.slowNetwork === c.slowNetwork,
  );
const ratio = (kind: Kind, c: Condition, key: 'screen' | 'waiting' = 'waiting') =>
  cell(kind, c)![key].median / cell('plain', c)!.waiting.median;

const machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
  memoryGB: Math.round(totalmem() / 1024 ** 3),
  loadAverageAtStart: loadAtStart,
  loadAverageAtEnd: loadavg().map((l) => Number(l.toFixed(2))),
  node: process.version,
  chromium: chromiumVersion,
};
const bundleInfo = {
  file: 'packages/survey/dist/embed/svara-survey.js',
  builtAt: statSync(BUNDLE).mtime.toISOString(),
  gzipBytes: files.get(SCRIPT_URL)!.gzip.length,
};
const ONE_X = { rate: 1, slowNetwork: false };
const FOUR_X = { rate: 4, slowNetwork: false };
const widget1 = cell('widget', ONE_X);
const aims = widget1 && {
  startScreenWithin1_3xAt1x: ratio('widget', ONE_X, 'screen') <= AIM_RATIO,
  startScreenWithin1_3xAt4x: ratio('widget', FOUR_X, 'screen') <= AIM_RATIO,
  clickToQuestionUnder50msAt1x: (widget1.clickToQuestion?.median ?? Infinity) < AIM_TASK_MS,
  noTaskOver50msAfterClickAt1x: (widget1.longTasks.longestAfterClick?.max ?? Infinity) === 0,
  heapAtMost2_5MiB: widget1.heapMB.median <= AIM_HEAP_MB,
};

if (JSON_OUTPUT) {
  console.log(
    JSON.stringify(
      {
        runs: { fast: RUNS, slow: RUNS_SLOW },
        seconds: Number(seconds.toFixed(1)),
        machine,
        bundle: bundleInfo,
        slowNetwork: SLOW_NETWORK,
        results,
        aims,
        samples: Object.fromEntries(samples),
      },
      null,
      2,
    ),
  );
} else {
  console.log(
    `machine: ${machine.cpus} CPU (${machine.cpuModel}), ${machine.memoryGB} GB, load ${machine.loadAverageAtStart.join(' ')} at start, ${machine.loadAverageAtEnd.join(' ')} at end; node ${machine.node}; Chromium ${machine.chromium}`,
  );
  console.log(
    `embed: ${bundleInfo.file}, entry ${bundleInfo.gzipBytes.toLocaleString('en')} B gzip (built ${bundleInfo.builtAt})`,
  );
  console.log(
    `cold loads per cell: ${RUNS} at 1×, ${RUNS_SLOW} at 4× and on the throttled network (1.6 Mbit/s down, 150 ms RTT, 1× CPU); interleaved; ${seconds.toFixed(0)} s; survey: 10 questions (bench/survey.json)\n`,
  );
  const rows = [
    [
      'page',
      'CPU / network',
      'first screen ms',
      'waiting for the first question ms',
      '× plain',
      'click → question ms',
      'longest task after click',
      'long tasks total',
      'heap MiB',
      'JS gzip KiB',
      '(sent)',
    ],
    ...results.map((r) => [
      r.kind,
      conditionName(r.condition),
      range(r.screen),
      range(r.waiting),
      `${ratio(r.kind, r.condition).toFixed(2)}×`,
      range(r.clickToQuestion),
      range(r.longTasks.longestAfterClick),
      `${ms(r.longTasks.total.median)} (${r.longTasks.runsWithAny}/${r.runs} runs)`,
      `${r.heapMB.median.toFixed(2)}`,
      `${(r.js.gzipBytes / 1024).toFixed(1)}`,
      `${(r.js.transferredBytes / 1024).toFixed(1)}`,
    ]),
  ];
  console.log(table(rows));
  console.log(
    '\nmedian (min–max) per cell. "first screen": the start screen where there is one (the plain form\'s heading,' +
      ' SurveyJS\'s first question otherwise). The script presses "Börja svara" ' +
      (READ_MS
        ? `${READ_MS} ms after the start screen is there (a respondent reading it)`
        : 'the moment the start screen is there') +
      '; "click → question": from that press to the first question; "waiting for the first question": the first' +
      ' screen plus click → question (reading time not counted), the first question where there is no start' +
      ' screen; "× plain": that over the plain form\'s in the same cell. Times to the animation frame in which the' +
      ' element is first rendered (one-frame resolution). JS: the scripts loaded by the first question, gzip level 9' +
      ' (sent: as transferred).',
  );
  if (aims && widget1) {
    console.log('\naims (issue #17, the embed at 1× unless said):');
    console.log(
      `  ${mark(aims.startScreenWithin1_3xAt1x)} start screen within ${AIM_RATIO}× of the plain form's first question at 1×: ${ratio('widget', ONE_X, 'screen').toFixed(2)}× (inline ${ratio('inline', ONE_X, 'screen').toFixed(2)}×)`,
    );
    console.log(
      `  ${mark(aims.startScreenWithin1_3xAt4x)} … at 4×: ${ratio('widget', FOUR_X, 'screen').toFixed(2)}× (inline ${ratio('inline', FOUR_X, 'screen').toFixed(2)}×)`,
    );
    console.log(
      `  ${mark(aims.clickToQuestionUnder50msAt1x)} click → first question under ${AIM_TASK_MS} ms: ${range(widget1.clickToQuestion)} ms`,
    );
    console.log(
      `  ${mark(aims.noTaskOver50msAfterClickAt1x)} no task over ${AIM_TASK_MS} ms after "Börja svara" (every run): longest ${range(widget1.longTasks.longestAfterClick)} ms`,
    );
    console.log(
      `  ${mark(aims.heapAtMost2_5MiB)} JS heap ≤ ${AIM_HEAP_MB} MiB: ${widget1.heapMB.median.toFixed(2)} MiB (max ${widget1.heapMB.max.toFixed(2)}; plain form ${cell('plain', ONE_X)!.heapMB.median.toFixed(2)} MiB)`,
    );
  }
}
