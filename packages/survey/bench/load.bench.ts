/**
 * Widget load benchmark (prints figures, asserts nothing): `pnpm --filter @svara/survey bench`.
 *   Options: --runs N (default 15 per cell), --json (machine-readable output only), --build (rebuild the embed
 *   bundle first; it is built anyway when missing).
 *
 * Issue #7's budget: for a 10-question survey, time from navigation to the first question visible at 1× and 4×
 * CPU throttling, JS heap after render and total long-task time, beside the same figures for a plain HTML form
 * of the same questions in the same run. Aim: within 1.3× of the plain form, JS heap after render ≤ 3 MB, no
 * long task at 1× CPU.
 *
 * What runs: a local node:http server on 127.0.0.1 serves both pages, the built embed bundle
 * (dist/embed/svara-survey.js and its chunks) and the definition (bench/survey.json) with the headers a real
 * server sends (content types with charset, Cache-Control, ETag, gzip). Both pages come from `pages.ts` and the
 * same definition; a third page, `inline`, is the widget with the definition inlined in the page
 * (`<script type="application/json">`, as the collector's hosted page `/s/…` serves it), so only the bundle is
 * requested. Chromium (CHROME_PATH, else the system browser, through playwright-core) loads each page in
 * a fresh browser context every run (cold HTTP cache; the browser process itself is warm after one discarded
 * warm-up load of each page), 1280×800, CPU throttled through CDP `Emulation.setCPUThrottlingRate`. The order
 * is interleaved (plain 1×, widget 1×, inline 1×, plain 4×, widget 4×, inline 4×, repeat) so that noise from other work on this
 * shared machine falls on all cells alike.
 *
 * What is measured, from the page's own clock (`performance.now()`, whose origin is navigation start), by a
 * script that runs before any of the page's and checks once per animation frame (so times are the frame in
 * which the element is first rendered; resolution one frame, ~16.7 ms):
 *   - "first screen": the first thing a respondent sees of the survey: the plain form's heading; the widget's
 *     start-screen heading (title, "why we ask", "who sees", "anonymous", "Börja svara") in its shadow root;
 *   - "first question": the first question's legend visible (the plain form's first <legend>; the widget's
 *     first <svara-scale>'s legend inside its own shadow root). The widget starts with the start screen, so the
 *     script presses "Börja svara" (in a task of its own) as soon as the start screen is found — a respondent who
 *     clicks in 0 ms. This is the figure the budget names; the widget's default (non-child) audience shows all
 *     ten questions on that screen, as the plain form does;
 *   - FCP (first-contentful-paint, for reference): the page's own h1 for both pages, so it shows what the
 *     page costs before any survey; it is a paint time, a frame or two after the frame the checks above see;
 *   - long tasks: every PerformanceObserver `longtask` entry (> 50 ms) from navigation until 250 ms after the
 *     first question is visible: their total time and count, and for the widget, how much of it started before
 *     the start screen was found (loading, the start screen) and how much after (the questions);
 *   - JS heap after render: CDP `HeapProfiler.collectGarbage`, then `Performance.getMetrics` JSHeapUsedSize of
 *     the page, once the first question is visible (the widget: all ten questions rendered).
 * Aims as printed: the median first-question time of the widget over the plain form's ≤ 1.3 at 1× and at 4×; the
 * median heap ≤ 3 MB; "no long task" is the median 1× run having none (how many runs had any is printed too).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { cpus, loadavg, totalmem } from 'node:os';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseSurvey } from '@svara/schema';
import type { Survey } from '@svara/schema';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext } from 'playwright-core';

import { CHROMIUM_ARGS, chromiumExecutable } from '../../../scripts/chromium.mjs';
import { plainPage, widgetPage } from './pages.js';

const PACKAGE = new URL('../', import.meta.url).pathname;
const EMBED_DIR = join(PACKAGE, 'dist', 'embed');
const BUNDLE = join(EMBED_DIR, 'svara-survey.js');

// ── Options ─────────────────────────────────────────────────────────────────────────────────────────────
const argv = process.argv.slice(2);
function option(name: string): string | undefined {
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  const arg = argv[i]!;
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[i + 1];
}
const RUNS = Number(option('runs') ?? 15);
const JSON_OUTPUT = argv.includes('--json');
const REBUILD = argv.includes('--build');
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('--runs takes a whole number ≥ 1');

const AIM_RATIO = 1.3;
const AIM_HEAP_MB = 3;
const SETTLE_MS = 250;

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
  fcp: number | null;
  /** [start, duration] of each long task, ms from navigation start. */
  longTasks: [number, number][];
  error: string | null;
}

/**
 * Runs before the page's own scripts. Records long tasks and the first paint, and once per frame looks for
 * the first screen and the first question (pressing "Börja svara" in the widget as soon as it is there).
 */
function probe(): void {
  interface Probe {
    screen: number | null;
    question: number | null;
    fcp: number | null;
    longTasks: [number, number][];
    error: string | null;
    done: boolean;
  }
  const state: Probe = { screen: null, question: null, fcp: null, longTasks: [], error: null, done: false };
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

  const tick = () => {
    const now = performance.now();
    const widget = document.querySelector('svara-survey');
    if (widget) {
      const root = widget.shadowRoot;
      if (state.screen === null) {
        const start = root?.querySelector<HTMLButtonElement>('section.screen button.primary');
        const heading = root?.querySelector('[data-screen-heading]');
        if (start && visible(heading)) {
          state.screen = now;
          // A click is a task of its own: long tasks that start from here on are the questions' render.
          setTimeout(() => start.click(), 0);
        } else if (root?.textContent?.includes('Enkäten kan inte visas')) {
          state.error = 'the widget says "Enkäten kan inte visas just nu"';
        }
      }
      if (state.screen !== null && state.question === null) {
        const first = root?.querySelector('.question [data-question]');
        const legend = first?.shadowRoot?.querySelector('legend, label');
        if (visible(legend)) state.question = now;
      }
    } else {
      if (state.screen === null && visible(document.querySelector('form h2'))) state.screen = now;
      if (state.question === null && visible(document.querySelector('form legend'))) state.question = now;
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
/** `inline`: the widget with its definition in the page (no request for it), as the hosted page `/s/…`. */
type Kind = 'plain' | 'widget' | 'inline';
interface Sample extends PageFigures {
  heapMB: number;
  /** The widget's waterfall (resource timing, ms from navigation start); null on the plain page. */
  scriptEnd: number | null;
  definitionStart: number | null;
  definitionEnd: number | null;
}

async function load(browser: Browser, origin: string, kind: Kind, rate: number): Promise<Sample> {
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    // tsx (esbuild, keepNames) wraps named inner functions in `__name(…)`, which the page does not have.
    await context.addInitScript({
      content: `(() => { const __name = (f) => f; (${probe.toString()})(); })();`,
    });
    const page = await context.newPage();
    // A same-origin blank page first, so the renderer that loads the survey is the one being throttled.
    await page.goto(`${origin}/blank.html`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.goto(`${origin}/${kind}.html`, { waitUntil: 'commit' });
    await page.waitForFunction(
      () => (window as unknown as { __bench?: { done: boolean } }).__bench?.done,
      null,
      {
        timeout: 30_000,
        polling: 50,
      },
    );
    await page.waitForTimeout(SETTLE_MS);
    const figures = await page.evaluate(
      ([script, definition]) => {
        const { screen, question, fcp, longTasks, error } = (window as unknown as { __bench: PageFigures })
          .__bench;
        // No named inner functions here: tsx would wrap them in `__name(…)`, which the page does not have.
        const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
        const scriptEntry = entries.find((entry) => new URL(entry.name).pathname === script);
        const definitionEntry = entries.find((entry) => new URL(entry.name).pathname === definition);
        return {
          screen,
          question,
          fcp,
          longTasks: longTasks.map(([start, duration]): [number, number] => [start, duration]),
          error,
          scriptEnd: scriptEntry?.responseEnd ?? null,
          definitionStart: definitionEntry?.startTime ?? null,
          definitionEnd: definitionEntry?.responseEnd ?? null,
        };
      },
      [SCRIPT_URL, SURVEY_URL],
    );
    if (figures.error) throw new Error(`${kind}: ${figures.error}`);
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

// ── Statistics and output ───────────────────────────────────────────────────────────────────────────────
function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

interface Cell {
  kind: Kind;
  rate: number;
  runs: number;
  screen: { median: number; p90: number };
  question: { median: number; p90: number };
  fcp: { median: number };
  /** Medians of the widget's waterfall: bundle received, definition requested, definition received. */
  waterfall: { scriptEnd: number; definitionStart: number; definitionEnd: number };
  heapMB: { median: number; max: number };
  longTasks: {
    medianTotalMs: number;
    maxTotalMs: number;
    runsWithAny: number;
    medianCount: number;
    /** Median total of the long tasks that started before the first screen was found (the rest: after). */
    medianBeforeScreenMs: number;
    medianAfterScreenMs: number;
  };
}

function summarise(kind: Kind, rate: number, samples: Sample[]): Cell {
  const of = (pick: (s: Sample) => number | null) => samples.map(pick).filter((v): v is number => v !== null);
  const total = (tasks: [number, number][]) => tasks.reduce((sum, [, duration]) => sum + duration, 0);
  const totals = samples.map((s) => total(s.longTasks));
  const before = samples.map((s) => total(s.longTasks.filter(([start]) => start < (s.screen ?? Infinity))));
  return {
    kind,
    rate,
    runs: samples.length,
    screen: {
      median: median(of((s) => s.screen)),
      p90: quantile(
        of((s) => s.screen),
        0.9,
      ),
    },
    question: {
      median: median(of((s) => s.question)),
      p90: quantile(
        of((s) => s.question),
        0.9,
      ),
    },
    fcp: { median: median(of((s) => s.fcp)) },
    waterfall: {
      scriptEnd: median(of((s) => s.scriptEnd)),
      definitionStart: median(of((s) => s.definitionStart)),
      definitionEnd: median(of((s) => s.definitionEnd)),
    },
    heapMB: { median: median(of((s) => s.heapMB)), max: Math.max(...of((s) => s.heapMB)) },
    longTasks: {
      medianTotalMs: median(totals),
      maxTotalMs: Math.max(...totals),
      runsWithAny: totals.filter((t) => t > 0).length,
      medianCount: median(samples.map((s) => s.longTasks.length)),
      medianBeforeScreenMs: median(before),
      medianAfterScreenMs: median(totals.map((t, i) => t - before[i]!)),
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

const ms = (v: number) => (Number.isFinite(v) ? `${v.toFixed(0)} ms` : '–');
const mark = (ok: boolean) => (ok ? '✓' : '✗');

// ── Main ────────────────────────────────────────────────────────────────────────────────────────────────
ensureBundle();
const definitionJson = readFileSync(new URL('./survey.json', import.meta.url), 'utf8');
const parsed = parseSurvey(JSON.parse(definitionJson));
if (!parsed.ok)
  throw new Error(`bench/survey.json does not parse: ${JSON.stringify(parsed.issues.slice(0, 3))}`);
const survey = parsed.survey;
const files = resources(survey, definitionJson);
const bundle = files.get(SCRIPT_URL)!;
const { server, origin } = await serve(files);

const browser = await chromium.launch({
  executablePath: chromiumExecutable(),
  headless: true,
  args: CHROMIUM_ARGS,
});
const chromiumVersion = browser.version();
const cells: { kind: Kind; rate: number }[] = [
  { kind: 'plain', rate: 1 },
  { kind: 'widget', rate: 1 },
  { kind: 'inline', rate: 1 },
  { kind: 'plain', rate: 4 },
  { kind: 'widget', rate: 4 },
  { kind: 'inline', rate: 4 },
];
const samples = new Map<string, Sample[]>(cells.map((c) => [`${c.kind}@${c.rate}`, []]));
const started = performance.now();
try {
  // Warm-up: one load of each page, discarded (the first load in a new browser pays for its start-up).
  for (const kind of ['plain', 'widget', 'inline'] as const) await load(browser, origin, kind, 1);
  for (let run = 1; run <= RUNS; run++) {
    for (const { kind, rate } of cells)
      samples.get(`${kind}@${rate}`)!.push(await load(browser, origin, kind, rate));
    if (!JSON_OUTPUT) process.stdout.write(`\rrun ${run}/${RUNS}`);
  }
  if (!JSON_OUTPUT) process.stdout.write('\r');
} finally {
  await browser.close();
  server.close();
}
const seconds = (performance.now() - started) / 1000;

const results = cells.map(({ kind, rate }) => summarise(kind, rate, samples.get(`${kind}@${rate}`)!));
const cell = (kind: Kind, rate: number) => results.find((r) => r.kind === kind && r.rate === rate)!;
const ratio = (rate: number, key: 'screen' | 'question', kind: Kind = 'widget') =>
  cell(kind, rate)[key].median / cell('plain', rate)[key].median;

const machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
  memoryGB: Math.round(totalmem() / 1024 ** 3),
  loadAverage: loadavg().map((l) => Number(l.toFixed(2))),
  node: process.version,
  chromium: chromiumVersion,
};
const bundleInfo = {
  file: 'packages/survey/dist/embed/svara-survey.js',
  builtAt: statSync(BUNDLE).mtime.toISOString(),
  bytes: bundle.body.length,
  gzipBytes: bundle.gzip.length,
};
const aims = {
  firstQuestionWithin1_3xAt1x: ratio(1, 'question') <= AIM_RATIO,
  firstQuestionWithin1_3xAt4x: ratio(4, 'question') <= AIM_RATIO,
  heapAtMost3MB: cell('widget', 1).heapMB.median <= AIM_HEAP_MB,
  noLongTaskAt1x: cell('widget', 1).longTasks.medianTotalMs === 0,
};

if (JSON_OUTPUT) {
  console.log(
    JSON.stringify(
      {
        runs: RUNS,
        seconds: Number(seconds.toFixed(1)),
        machine,
        bundle: bundleInfo,
        results,
        ratios: {
          screen1x: ratio(1, 'screen'),
          screen4x: ratio(4, 'screen'),
          question1x: ratio(1, 'question'),
          question4x: ratio(4, 'question'),
          inlineScreen1x: ratio(1, 'screen', 'inline'),
          inlineScreen4x: ratio(4, 'screen', 'inline'),
          inlineQuestion1x: ratio(1, 'question', 'inline'),
          inlineQuestion4x: ratio(4, 'question', 'inline'),
        },
        aims,
        samples: Object.fromEntries(samples),
      },
      null,
      2,
    ),
  );
} else {
  console.log(
    `machine: ${machine.cpus} CPU (${machine.cpuModel}), ${machine.memoryGB} GB, load ${machine.loadAverage.join(' ')}; node ${machine.node}; Chromium ${machine.chromium}`,
  );
  console.log(
    `bundle: ${bundleInfo.file}, ${(bundleInfo.bytes / 1024).toFixed(1)} KB, ${(bundleInfo.gzipBytes / 1024).toFixed(1)} KB gzip (built ${bundleInfo.builtAt})`,
  );
  console.log(
    `${RUNS} cold loads per cell (fresh context each), interleaved, in ${seconds.toFixed(0)} s; survey: 10 questions (bench/survey.json)\n`,
  );
  const rows = [
    [
      '',
      'CPU',
      'first screen p50',
      'p90',
      'first question p50',
      'p90',
      'FCP p50',
      'heap p50',
      'long tasks p50',
      'runs with any',
    ],
    ...results.map((r) => [
      r.kind,
      `${r.rate}×`,
      ms(r.screen.median),
      ms(r.screen.p90),
      ms(r.question.median),
      ms(r.question.p90),
      ms(r.fcp.median),
      `${r.heapMB.median.toFixed(2)} MB`,
      ms(r.longTasks.medianTotalMs),
      `${r.longTasks.runsWithAny}/${r.runs}`,
    ]),
  ];
  console.log(table(rows));
  console.log('');
  for (const kind of ['widget', 'inline'] as const)
    for (const rate of [1, 4]) {
      console.log(
        `${kind}/plain at ${rate}× CPU: first screen ${ratio(rate, 'screen', kind).toFixed(2)}×, first question ${ratio(rate, 'question', kind).toFixed(2)}×`,
      );
    }
  const w1 = cell('widget', 1);
  console.log('\naims (issue #7):');
  console.log(
    `  ${mark(aims.firstQuestionWithin1_3xAt1x)} first question within ${AIM_RATIO}× of the plain form at 1× CPU: ${ratio(1, 'question').toFixed(2)}×`,
  );
  console.log(
    `  ${mark(aims.firstQuestionWithin1_3xAt4x)} first question within ${AIM_RATIO}× of the plain form at 4× CPU: ${ratio(4, 'question').toFixed(2)}×`,
  );
  console.log(
    `  ${mark(aims.heapAtMost3MB)} JS heap after render ≤ ${AIM_HEAP_MB} MB: ${w1.heapMB.median.toFixed(2)} MB (max ${w1.heapMB.max.toFixed(2)} MB; plain form ${cell('plain', 1).heapMB.median.toFixed(2)} MB)`,
  );
  console.log(
    `  ${mark(aims.noLongTaskAt1x)} no long task at 1× CPU (median run): ${ms(w1.longTasks.medianTotalMs)} in ${w1.longTasks.runsWithAny}/${w1.runs} runs had any, worst ${ms(w1.longTasks.maxTotalMs)}`,
  );
  for (const rate of [1, 4]) {
    const { waterfall, screen, question } = cell('widget', rate);
    console.log(
      `widget at ${rate}× (medians): bundle received ${ms(waterfall.scriptEnd)}, definition requested ${ms(waterfall.definitionStart)}, received ${ms(waterfall.definitionEnd)}, start screen ${ms(screen.median)}, first question ${ms(question.median)}`,
    );
  }
  for (const kind of ['widget', 'inline'] as const)
    for (const rate of [1, 4]) {
      const { longTasks } = cell(kind, rate);
      console.log(
        `${kind}'s long tasks at ${rate}× (median run): ${ms(longTasks.medianBeforeScreenMs)} before the start screen, ${ms(longTasks.medianAfterScreenMs)} after (pressing "Börja svara", rendering the questions)`,
      );
    }
  console.log(
    '\nTimes are from navigation start to the animation frame in which the element is first rendered (one-frame' +
      ' resolution).\n"first screen": the plain form\'s heading / the widget\'s start screen; "first question": the first' +
      ' legend, the widget\'s after "Börja svara" is pressed at once.',
  );
}
