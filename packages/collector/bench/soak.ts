/**
 * Soak test (prints figures; exits 1 when an answer was lost or duplicated): `pnpm --filter @svara/collector soak`.
 * Not part of `npm test`. Bounded: SOAK_MINUTES (default 10) per store.
 *
 * For SQLite and PostgreSQL, a real `svara serve` process (the build in dist/ when there is one) on 127.0.0.1,
 * and at the same time:
 * - 50 respondents (each on its own loopback address, 127.0.1.x) sending 200 new submissions a second in all,
 *   each retried until acknowledged, as the widget's outbox does (network error, 408, 429, 5xx: again later);
 * - 500 idle sockets from 5 addresses, reopened whenever the server closes them;
 * - 20 slow bodies (a byte a second), reopened when answered;
 * - a burst of 2,000 invalid requests from one address, twice;
 * - two SIGKILLs of the server, each followed by a restart.
 * At the end it reads the database: every acknowledged submission must be there exactly once. It prints
 * acknowledged, lost, duplicated, p50/p99 latency of valid submissions (outside the restarts: from each kill to
 * 2 s after the restarted server answers), peak RSS and open file descriptors of the server.
 *
 * Also SOAK_STORES (sqlite,postgres), SOAK_RATE (200), SOAK_CLIENTS (50), SOAK_IDLE (500), SOAK_SLOW (20).
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { connect } from 'node:net';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import postgres from 'postgres';

import { startPostgres } from '../../../scripts/postgres.mjs';
import { cliCommand, freePort } from './helpers.js';

const ROOT = new URL('../../../', import.meta.url).pathname;
const SURVEYS = join(ROOT, 'examples', 'surveys');
const SURVEY = 'familjeenheten-barn';
const MINUTES = Number(process.env.SOAK_MINUTES ?? 10);
const STORES = (process.env.SOAK_STORES ?? 'sqlite,postgres').split(',');
const RATE = Number(process.env.SOAK_RATE ?? 200);
const CLIENTS = Number(process.env.SOAK_CLIENTS ?? 50);
const IDLE = Number(process.env.SOAK_IDLE ?? 500);
const SLOW = Number(process.env.SOAK_SLOW ?? 20);
const INVALID_BURST = 2000;
/** Each respondent sends RATE/CLIENTS a second; the limit leaves room for retries after a restart. */
const RATE_LIMIT = Math.ceil((RATE / CLIENTS) * 60 * 3);

function submission(): { id: string; body: string } {
  const id = randomUUID();
  const body = JSON.stringify({
    submissionId: id,
    surveyId: SURVEY,
    surveyVersion: 1,
    lang: 'sv',
    submittedAt: new Date().toISOString(),
    answers: { 'vet-varfor': 4, lyssnade: 5, 'kunde-saga': 3, snalla: 5, kon: 'flicka', kommentar: 'Bra.' },
    meta: { answeredBy: 'self', mode: 'web' },
  });
  return { id, body };
}

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
      String(RATE_LIMIT),
      '--log-level',
      'warn',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    // Warnings are expected (a busy store after a kill); errors are printed as they come.
    for (const line of chunk.toString().split('\n'))
      if (/"level":"(error|fatal)"/.test(line)) errors += `${line}\n`;
    if (errors) {
      process.stderr.write(errors);
      errors = '';
    }
  });
  child.stdout!.setEncoding('utf8');
  for await (const chunk of child.stdout!) if (String(chunk).includes('listening on')) return child;
  throw new Error('the collector did not start');
}

function procStats(pid: number): { rss: number; fds: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rss = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) / 1024;
    return { rss, fds: readdirSync(`/proc/${pid}/fd`).length };
  } catch {
    return { rss: 0, fds: 0 };
  }
}

const percentile = (sorted: number[], p: number): number =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;

interface Attempt {
  status: number;
  ms: number;
  retryAfter?: number;
}

function post(port: number, agent: Agent, localAddress: string, body: string, id: string): Promise<Attempt> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        localAddress,
        agent,
        method: 'POST',
        path: `/api/surveys/${SURVEY}/responses`,
        headers: {
          'content-type': 'text/plain;charset=UTF-8',
          'content-length': Buffer.byteLength(body),
          'idempotency-key': id,
        },
        timeout: 10_000,
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          resolve({
            status: res.statusCode!,
            ms: performance.now() - started,
            retryAfter: Number(res.headers['retry-after'] ?? 0) || undefined,
          }),
        );
        res.on('error', () => resolve({ status: 0, ms: performance.now() - started }));
      },
    );
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve({ status: 0, ms: performance.now() - started }));
    req.end(body);
  });
}

/** Keeps `count` sockets open from `addresses`, each sending what `first` gives, reopening closed ones. */
function holdSockets(
  port: number,
  count: number,
  addresses: string[],
  behaviour: 'idle' | 'slow',
): { stop(): void; reopened: () => number } {
  let stopped = false;
  let reopened = 0;
  const sockets = new Set<Socket>();
  const open = (i: number) => {
    if (stopped) return;
    const socket = connect({ port, host: '127.0.0.1', localAddress: addresses[i % addresses.length] });
    sockets.add(socket);
    let trickle: NodeJS.Timeout | undefined;
    socket.on('connect', () => {
      if (behaviour === 'slow') {
        socket.write(
          `POST /api/surveys/${SURVEY}/responses HTTP/1.1\r\nHost: x\r\ncontent-type: application/json\r\ncontent-length: 50000\r\n\r\n{`,
        );
        trickle = setInterval(() => socket.write(' '), 1000);
      }
    });
    socket.on('data', () => {});
    socket.on('error', () => {});
    socket.on('close', () => {
      clearInterval(trickle);
      sockets.delete(socket);
      reopened++;
      setTimeout(() => open(i), 200);
    });
  };
  for (let i = 0; i < count; i++) open(i);
  return {
    stop() {
      stopped = true;
      for (const socket of sockets) socket.destroy();
    },
    reopened: () => reopened,
  };
}

async function invalidBurst(port: number): Promise<Record<number, number>> {
  const agent = new Agent({ keepAlive: true, maxSockets: 10 });
  const statuses: Record<number, number> = {};
  let next = 0;
  await Promise.all(
    Array.from({ length: 10 }, async () => {
      while (next++ < INVALID_BURST) {
        const { status } = await post(port, agent, '127.0.3.1', '{"submissionId": "not json', 'x');
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    }),
  );
  agent.destroy();
  return statuses;
}

interface Outcome {
  store: string;
  sent: number;
  acknowledged: number;
  lost: number;
  duplicated: number;
  storedUnacknowledged: number;
  attempts: number;
  p50: number;
  p99: number;
  max: number;
  measured: number;
  peakRss: number;
  peakFds: number;
  restartsMs: number[];
  invalid: Record<number, number>[];
  statuses: Record<number, number>;
  idleReopened: number;
  slowReopened: number;
}

async function soak(store: string, db: string, readIds: () => Promise<string[]>): Promise<Outcome> {
  const port = await freePort();
  let server = await serve(db, port);
  const durationMs = MINUTES * 60_000;
  const started = performance.now();
  const killsAt = [durationMs / 3, (2 * durationMs) / 3];
  /** [from, to] in performance.now() time: a kill until 2 s after the restarted server answered. */
  const restarts: [number, number][] = [];
  let peakRss = 0;
  let peakFds = 0;

  const sampler = setInterval(() => {
    const { rss, fds } = procStats(server.pid!);
    peakRss = Math.max(peakRss, rss);
    peakFds = Math.max(peakFds, fds);
  }, 500);

  const idle = holdSockets(
    port,
    IDLE,
    ['127.0.2.1', '127.0.2.2', '127.0.2.3', '127.0.2.4', '127.0.2.5'],
    'idle',
  );
  const slow = holdSockets(port, SLOW, ['127.0.2.9'], 'slow');

  const acknowledged = new Set<string>();
  const latencies: { at: number; ms: number }[] = [];
  const statuses: Record<number, number> = {};
  let sent = 0;
  let attempts = 0;
  const pending = new Set<Promise<void>>();
  const perClientMs = (1000 * CLIENTS) / RATE;

  const respondent = async (client: number) => {
    const localAddress = `127.0.1.${client + 1}`;
    const agent = new Agent({ keepAlive: true, maxSockets: 8 });
    let due = performance.now() + Math.random() * perClientMs;
    while (performance.now() - started < durationMs) {
      await sleep(Math.max(0, due - performance.now()));
      due += perClientMs;
      const { id, body } = submission();
      sent++;
      const delivery = (async () => {
        for (let attempt = 0; ; attempt++) {
          const at = performance.now();
          const result = await post(port, agent, localAddress, body, id);
          attempts++;
          statuses[result.status] = (statuses[result.status] ?? 0) + 1;
          if (result.status === 200 || result.status === 201) {
            acknowledged.add(id);
            latencies.push({ at, ms: result.ms });
            return;
          }
          if (result.status === 400 || result.status === 422) {
            throw new Error(`a valid submission was refused with ${result.status}`);
          }
          const wait = result.retryAfter ? result.retryAfter * 1000 : Math.min(5000, 200 * 2 ** attempt);
          await sleep(wait * (0.5 + Math.random()));
        }
      })();
      pending.add(delivery);
      void delivery.finally(() => pending.delete(delivery));
    }
    agent.destroy();
  };
  const respondents = Promise.all(Array.from({ length: CLIENTS }, (_, i) => respondent(i)));

  const invalid: Record<number, number>[] = [];
  const chaos = (async () => {
    const bursts = [durationMs / 6, durationMs / 2];
    const events = [
      ...killsAt.map((at) => ({ at, kind: 'kill' as const })),
      ...bursts.map((at) => ({ at, kind: 'burst' as const })),
    ].sort((a, b) => a.at - b.at);
    for (const event of events) {
      await sleep(Math.max(0, started + event.at - performance.now()));
      if (event.kind === 'burst') {
        invalid.push(await invalidBurst(port));
        continue;
      }
      const killedAt = performance.now();
      server.kill('SIGKILL');
      await once(server, 'exit');
      server = await serve(db, port);
      // Answering again: the restart window ends 2 s after.
      for (;;) {
        const health = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined);
        if (health?.ok) break;
        await sleep(20);
      }
      restarts.push([killedAt, performance.now() + 2000]);
    }
  })();

  await Promise.all([respondents, chaos]);
  // Every submission sent is retried until acknowledged (bounded: a minute).
  const deadline = performance.now() + 60_000;
  while (pending.size && performance.now() < deadline) await Promise.race([...pending, sleep(1000)]);
  idle.stop();
  slow.stop();
  clearInterval(sampler);
  server.kill('SIGTERM');
  await once(server, 'exit');

  const ids = await readIds();
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id.toLowerCase(), (counts.get(id.toLowerCase()) ?? 0) + 1);
  const lost = [...acknowledged].filter((id) => !counts.has(id)).length;
  const duplicated = [...counts.values()].filter((n) => n > 1).length;
  const storedUnacknowledged = [...counts.keys()].filter((id) => !acknowledged.has(id)).length;
  const outside = latencies
    .filter(({ at }) => !restarts.some(([from, to]) => at >= from && at <= to))
    .map(({ ms }) => ms)
    .sort((a, b) => a - b);
  return {
    store,
    sent,
    acknowledged: acknowledged.size,
    lost,
    duplicated,
    storedUnacknowledged,
    attempts,
    p50: percentile(outside, 50),
    p99: percentile(outside, 99),
    max: outside.at(-1) ?? NaN,
    measured: outside.length,
    peakRss,
    peakFds,
    restartsMs: restarts.map(([from, to]) => Math.round(to - 2000 - from)),
    invalid,
    statuses,
    idleReopened: idle.reopened(),
    slowReopened: slow.reopened(),
  };
}

async function main(): Promise<number> {
  const results: Outcome[] = [];
  process.stdout.write(
    `soak: ${MINUTES} min per store, ${RATE} submissions/s from ${CLIENTS} clients (rate limit ${RATE_LIMIT}/min each), ` +
      `${IDLE} idle sockets, ${SLOW} slow bodies, 2 bursts of ${INVALID_BURST} invalid requests, 2 SIGKILLs; server: ${cliCommand().label}\n`,
  );
  for (const store of STORES) {
    const dir = mkdtempSync(join(tmpdir(), 'svara-soak-'));
    try {
      if (store === 'sqlite') {
        const file = join(dir, 'soak.sqlite');
        results.push(
          await soak('SQLite', file, async () => {
            const db = new Database(file, { readonly: true });
            try {
              return db
                .prepare('SELECT submission_id FROM responses WHERE survey_id = ?')
                .pluck()
                .all(SURVEY) as string[];
            } finally {
              db.close();
            }
          }),
        );
      } else {
        const cluster = await startPostgres();
        const name = `svara_soak_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
        const admin = postgres(cluster.url, { max: 1, onnotice: () => {} });
        await admin.unsafe(`CREATE DATABASE ${name}`);
        const url = new URL(cluster.url);
        url.pathname = `/${name}`;
        try {
          results.push(
            await soak('PostgreSQL', url.toString(), async () => {
              const sql = postgres(url.toString(), { max: 1, onnotice: () => {} });
              try {
                const rows = await sql<{ submission_id: string }[]>`
                  SELECT submission_id FROM responses WHERE survey_id = ${SURVEY}`;
                return rows.map((r) => r.submission_id);
              } finally {
                await sql.end();
              }
            }),
          );
        } finally {
          await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
          await admin.end();
          await cluster.stop();
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const r = results.at(-1)!;
    process.stdout.write(`${JSON.stringify(r)}\n`);
  }

  process.stdout.write(
    '\n| store | sent | acknowledged | lost | duplicated | stored, not acknowledged | p50 | p99 | max | peak RSS | peak open fds | restarts (kill → answering) |\n' +
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n',
  );
  for (const r of results) {
    process.stdout.write(
      `| ${r.store} | ${r.sent.toLocaleString('en')} | ${r.acknowledged.toLocaleString('en')} | ${r.lost} | ${r.duplicated} | ${r.storedUnacknowledged} | ` +
        `${r.p50.toFixed(1)} ms | ${r.p99.toFixed(1)} ms | ${r.max.toFixed(0)} ms | ${r.peakRss.toFixed(0)} MB | ${r.peakFds} | ${r.restartsMs.map((ms) => `${(ms / 1000).toFixed(1)} s`).join(', ')} |\n`,
    );
  }
  const failed = results.some((r) => r.lost > 0 || r.duplicated > 0 || r.acknowledged < r.sent);
  return failed ? 1 : 0;
}

process.exitCode = await main();
