/**
 * Load benchmark (prints figures, asserts nothing): `pnpm --filter @svara/collector bench`.
 *
 * For SQLite (synchronous=FULL) and PostgreSQL, a real `svara serve` process on 127.0.0.1:
 *   1. as fast as it goes (autocannon, 50 connections, closed loop): acknowledged (2xx) submissions per second,
 *      p50/p99 latency, the collector's peak RSS;
 *   2. a steady 500 submissions/s (an open-loop generator below: one request every 2 ms, latency counted from
 *      when it was due, so a stall is not hidden). autocannon's own rate mode sends each second's quota in a
 *      burst and then waits, which measures bursts rather than a steady rate;
 *   3. exporting 1,000,000 responses (rows generated directly in the database) as CSV: time, and the
 *      collector's peak RSS (VmHWM of a freshly started process).
 * Every submission is new (its own submissionId), so every 2xx is a committed insert. Bounded: BENCH_SECONDS
 * (default 10) per load phase. Also BENCH_CONNECTIONS (50), BENCH_EXPORT_ROWS (1000000), BENCH_STORES
 * (sqlite,postgres).
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import postgres from 'postgres';

import { startPostgres } from '../../../scripts/postgres.mjs';
import { SURVEY, cliCommand, freePort, sendSubmission, submission } from './helpers.js';

const ROOT = new URL('../../../', import.meta.url).pathname;
const SURVEYS = join(ROOT, 'examples', 'surveys');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const EXPORT_ROWS = Number(process.env.BENCH_EXPORT_ROWS ?? 1_000_000);
const STORES = (process.env.BENCH_STORES ?? 'sqlite,postgres').split(',');
const TOKEN = 'bench-token-7hQ2xK9mV4pL8rT3wZ6n';

async function serve(db: string, port: number): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      ...cliCommand().args,
      'serve',
      '--surveys',
      SURVEYS,
      '--db',
      db,
      '--port',
      String(port),
      '--rate-limit',
      '0',
    ],
    { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, SVARA_ADMIN_TOKEN: TOKEN } },
  );
  child.stdout!.setEncoding('utf8');
  for await (const chunk of child.stdout!) if (String(chunk).includes('listening on')) return child;
  throw new Error('the collector did not start');
}

async function stop(child: ChildProcess): Promise<void> {
  child.kill('SIGTERM');
  await once(child, 'exit');
}

function memory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

/** Samples the process's RSS while `work` runs; returns the highest sample. */
async function sampled<T>(pid: number, work: Promise<T>): Promise<{ result: T; peakRss: number }> {
  let peakRss = memory(pid).rss;
  let done = false;
  const sampler = (async () => {
    while (!done) {
      peakRss = Math.max(peakRss, memory(pid).rss);
      await sleep(100);
    }
  })();
  const result = await work;
  done = true;
  await sampler;
  return { result, peakRss };
}

function load(port: number, options: Partial<autocannon.Options>): Promise<autocannon.Result> {
  return autocannon({
    url: `http://127.0.0.1:${port}/api/surveys/${SURVEY}/responses`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: [{ setupRequest: (req) => ({ ...req, body: submission() }) }],
    ...options,
  });
}

interface Steady {
  sent: number;
  acknowledged: number;
  failed: number;
  seconds: number;
  p50: number;
  p99: number;
  max: number;
}

/** Open loop: one new submission every 1000/rate ms for `seconds`; latency measured from when each was due. */
async function steady(port: number, rate: number, seconds: number): Promise<Steady> {
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const interval = 1000 / rate;
  const total = Math.round(rate * seconds);
  const latencies: number[] = [];
  let acknowledged = 0;
  let failed = 0;
  const inflight: Promise<void>[] = [];
  const start = performance.now();
  for (let i = 0; i < total; i++) {
    const due = start + i * interval;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    inflight.push(
      sendSubmission(agent, port).then((status) => {
        latencies.push(performance.now() - due);
        if (status === 201) acknowledged++;
        else failed++;
      }),
    );
  }
  await Promise.all(inflight);
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  return {
    sent: total,
    acknowledged,
    failed,
    seconds: elapsed,
    p50: at(0.5),
    p99: at(0.99),
    max: latencies.at(-1)!,
  };
}

/**
 * The disk's own fsync latency while a phase runs (a separate process writing 4 KiB and fsyncing every 10 ms on
 * the same file system), so a slow tail can be told apart from the collector: with synchronous=FULL every
 * commit waits for an fsync.
 */
function fsyncProbe(dir: string, ms: number): Promise<{ p50: number; p99: number; max: number }> {
  const script = `
    const { openSync, writeSync, fsyncSync } = require('node:fs');
    const fd = openSync(process.argv[1], 'w');
    const t = []; const end = Date.now() + Number(process.argv[2]);
    (async () => {
      while (Date.now() < end) {
        const s = process.hrtime.bigint(); writeSync(fd, 'x'.repeat(4096)); fsyncSync(fd);
        t.push(Number(process.hrtime.bigint() - s) / 1e6); await new Promise((r) => setTimeout(r, 10));
      }
      t.sort((a, b) => a - b);
      const at = (q) => t[Math.min(t.length - 1, Math.floor(q * t.length))];
      process.stdout.write(JSON.stringify({ p50: at(0.5), p99: at(0.99), max: t.at(-1) }));
    })();`;
  const child = spawn(process.execPath, ['-e', script, join(dir, 'fsync-probe'), String(ms)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout!.on('data', (c) => (out += c));
  return once(child, 'exit').then(() => JSON.parse(out) as { p50: number; p99: number; max: number });
}

const mb = (n: number) => `${n.toFixed(0)} MB`;
const rows: string[][] = [];
/** Temporary directory of this run (the SQLite file, the fsync probe). */
let workDir = tmpdir();

async function benchStore(kind: 'sqlite' | 'postgres', db: string, fill: (rows: number) => Promise<number>) {
  const port = await freePort();
  // Start each store's phases with the page cache written out (the previous store's million rows would otherwise
  // be flushed to disk in the middle of these phases, and every fsync would wait for that).
  spawnSync('sync');
  let child = await serve(db, port);
  // Warm-up: connections, JIT, statement caches.
  await load(port, { duration: 2 });

  const max = await sampled(child.pid!, load(port, {}));
  const maxRate = max.result['2xx'] / max.result.duration;
  rows.push([
    kind,
    `max (${CONNECTIONS} connections, ${SECONDS} s)`,
    `${maxRate.toFixed(0)}/s`,
    `${max.result.latency.p50} ms`,
    `${max.result.latency.p99} ms`,
    mb(max.peakRss),
    `${max.result.non2xx} non-2xx, ${max.result.errors} errors`,
  ]);

  spawnSync('sync');
  const disk = fsyncProbe(workDir, SECONDS * 1000);
  const rate = await sampled(child.pid!, steady(port, 500, SECONDS));
  const fsync = await disk;
  rows.push([
    kind,
    `steady 500/s (open loop, ${SECONDS} s)`,
    `${(rate.result.acknowledged / rate.result.seconds).toFixed(0)}/s`,
    `${rate.result.p50.toFixed(1)} ms`,
    `${rate.result.p99.toFixed(1)} ms`,
    mb(rate.peakRss),
    `${rate.result.failed} failed, max ${rate.result.max.toFixed(1)} ms; disk fsync p50 ${fsync.p50.toFixed(1)} / p99 ${fsync.p99.toFixed(1)} / max ${fsync.max.toFixed(1)} ms`,
  ]);
  await stop(child);

  // Export: a fresh process, so VmHWM is the peak of start-up plus this export.
  await fill(EXPORT_ROWS);
  child = await serve(db, port);
  const started = Date.now();
  const exported = await sampled(
    child.pid!,
    (async () => {
      const response = await fetch(`http://127.0.0.1:${port}/api/surveys/${SURVEY}/export.csv`, {
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      let bytes = 0;
      let lines = 0;
      for await (const chunk of response.body!) {
        bytes += chunk.length;
        for (const byte of chunk as Uint8Array) if (byte === 10) lines++;
      }
      return { bytes, lines };
    })(),
  );
  const seconds = (Date.now() - started) / 1000;
  const { peak } = memory(child.pid!);
  rows.push([
    kind,
    `export.csv, ${(exported.result.lines - 1).toLocaleString('en')} responses (${EXPORT_ROWS.toLocaleString('en')} generated)`,
    `${((exported.result.lines - 1) / seconds).toFixed(0)} rows/s`,
    `${seconds.toFixed(1)} s`,
    `${(exported.result.bytes / 1024 / 1024).toFixed(0)} MB CSV`,
    `${mb(peak)} (VmHWM)`,
    '',
  ]);

  // Results are no longer computed from live answers: a round's snapshot is measured by bench:round.
  await stop(child);
}

const template = JSON.parse(submission()) as Record<string, unknown>;
const templateJson = JSON.stringify({ ...template, submissionId: '@@ID@@' });

async function main() {
  process.stdout.write(
    `svara collector benchmark — Node ${process.version}, ${cliCommand().label}, ${SECONDS} s per load phase\n`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'svara-bench-'));
  workDir = dir;
  try {
    if (STORES.includes('sqlite')) {
      const file = join(dir, 'bench.sqlite');
      await benchStore('sqlite', file, async (count) => {
        const db = new Database(file);
        const [prefix, suffix] = templateJson.split('@@ID@@') as [string, string];
        db.exec('PRAGMA synchronous = OFF');
        // Rows made directly in the database (a recursive CTE), not through the API.
        db.prepare(
          `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
           INSERT INTO responses (survey_id, submission_id, survey_version, payload_hash, submission, received_at)
           SELECT ?, printf('gen-%08d', i), 1, 'generated', ? || printf('gen-%08d', i) || ?, '2026-11-22T10:00:00.000Z'
           FROM n`,
        ).run(count, SURVEY, prefix, suffix);
        const total = (
          db.prepare('SELECT count(*) AS n FROM responses WHERE survey_id = ?').get(SURVEY) as { n: number }
        ).n;
        db.close();
        return total;
      });
    }
    if (STORES.includes('postgres')) {
      const pg = await startPostgres();
      const admin = postgres(pg.url, { max: 1, onnotice: () => {} });
      const name = `svara_bench_${Date.now()}`;
      await admin.unsafe(`CREATE DATABASE ${name}`);
      const url = new URL(pg.url);
      url.pathname = `/${name}`;
      try {
        await benchStore('postgres', url.toString(), async (count) => {
          const sql = postgres(url.toString(), { max: 1, onnotice: () => {} });
          const [prefix, suffix] = templateJson.split('@@ID@@') as [string, string];
          await sql`
            INSERT INTO responses (survey_id, submission_id, survey_version, payload_hash, submission, received_at)
            SELECT ${SURVEY}, 'gen-' || lpad(i::text, 8, '0'), 1, 'generated',
                   ${prefix} || 'gen-' || lpad(i::text, 8, '0') || ${suffix}, '2026-11-22T10:00:00.000Z'
            FROM generate_series(1, ${count}::int) AS i`;
          const [{ n }] = await sql<
            { n: string }[]
          >`SELECT count(*) AS n FROM responses WHERE survey_id = ${SURVEY}`;
          await sql.end();
          return Number(n);
        });
      } finally {
        await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
        await pg.stop();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const header = ['store', 'phase', 'acknowledged', 'p50', 'p99', 'collector peak RSS', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  process.stdout.write(`\n${line(header)}\n${rows.map(line).join('\n')}\n`);
  process.stdout.write('\n(export rows: "p50" is the total time, "p99" the CSV size; their RSS is VmHWM.)\n');
}

await main();
