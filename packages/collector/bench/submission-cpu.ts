/**
 * CPU per public submission, for one or more checkouts side by side (prints figures, asserts nothing):
 * `pnpm --filter @svara/collector bench:cpu`.
 *
 * On a shared machine the rate a server reaches says more about the other work than about the server, so this
 * counts what the collector process itself spent: its user + system CPU time (from /proc) divided by the
 * submissions it acknowledged. Each checkout runs as `svara serve` from its sources (BENCH_BUILD=dist: from its
 * build, as production runs it; build each checkout first) on SQLite (synchronous=FULL),
 * every request a new submission (a committed insert). The checkouts take turns in rounds of BENCH_SECONDS
 * (default 5), so slow moments of the machine fall on all of them; other work only ever adds to a round, so the
 * lowest round is printed beside the median (and the highest), with the acknowledged rate (median, min–max). A round is autocannon as fast as it goes over BENCH_CONNECTIONS (50),
 * or with BENCH_RATE=<n> an open loop of n submissions a second (the same work, and so the same group-commit
 * batches, for every checkout — a slower server otherwise commits smaller batches and pays more per answer).
 *
 * BENCH_CHECKOUTS=before=/path/to/old/checkout,after=/path/to/this one (default: this checkout alone) compares
 * builds: each path is a repository root with its node_modules installed (`git archive <sha> | tar -x -C dir`,
 * then `node scripts/setup.mjs` there). BENCH_ROUNDS (default 6). BENCH_CPU_PROF=<dir> starts each server with
 * `--cpu-prof` into that directory (a profile per checkout, written when the run ends; open it in Chrome's
 * DevTools).
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { Agent } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import { cpuSeconds, freePort, median, sendSubmission, submitAsFastAsItGoes } from './helpers.js';

const ROOT = new URL('../../../', import.meta.url).pathname;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
/** Open loop at this many submissions a second (the same work for every checkout); 0: as fast as it goes. */
const RATE = Number(process.env.BENCH_RATE ?? 0);
/** BENCH_BUILD=dist runs each checkout's build (`bin/svara.js` → `dist/`, what production runs; build it first),
 * else its sources through tsx. */
const BUILT = process.env.BENCH_BUILD === 'dist';
const PROFILE_DIR = process.env.BENCH_CPU_PROF ? resolve(process.env.BENCH_CPU_PROF) : undefined;

interface Checkout {
  label: string;
  root: string;
}

function checkouts(): Checkout[] {
  const spec = process.env.BENCH_CHECKOUTS;
  if (!spec) return [{ label: 'this checkout', root: ROOT }];
  return spec.split(',').map((entry) => {
    const at = entry.indexOf('=');
    if (at < 1) throw new Error(`BENCH_CHECKOUTS: "${entry}" is not label=/path`);
    return { label: entry.slice(0, at), root: resolve(entry.slice(at + 1)) };
  });
}

async function serve(checkout: Checkout, db: string, port: number): Promise<ChildProcess> {
  const collector = join(checkout.root, 'packages', 'collector');
  const child = spawn(
    process.execPath,
    [
      ...(PROFILE_DIR
        ? ['--cpu-prof', '--cpu-prof-dir', PROFILE_DIR, '--cpu-prof-name', `${checkout.label}.cpuprofile`]
        : []),
      ...(BUILT
        ? [join(collector, 'bin', 'svara.js')]
        : ['--conditions=source', '--import', 'tsx', join(collector, 'src', 'cli.ts')]),
      'serve',
      '--surveys',
      join(checkout.root, 'examples', 'surveys'),
      '--db',
      db,
      '--port',
      String(port),
      '--rate-limit',
      '0',
    ],
    { cwd: collector, stdio: ['ignore', 'pipe', 'ignore'] },
  );
  child.stdout!.setEncoding('utf8');
  for await (const chunk of child.stdout!) if (String(chunk).includes('listening on')) return child;
  throw new Error(`${checkout.label}: the collector did not start`);
}

interface Outcome {
  acknowledged: number;
  other: number;
  seconds: number;
}

/** One new submission every 1000/RATE ms for `seconds` (open loop: the same work whatever the server does). */
async function steady(port: number, seconds: number): Promise<Outcome> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const total = Math.round(RATE * seconds);
  let acknowledged = 0;
  let other = 0;
  const inflight: Promise<void>[] = [];
  const start = performance.now();
  for (let i = 0; i < total; i++) {
    const wait = start + (i * 1000) / RATE - performance.now();
    if (wait > 1) await sleep(wait);
    inflight.push(
      sendSubmission(agent, port).then((status) => {
        if (status === 201) acknowledged++;
        else other++;
      }),
    );
  }
  await Promise.all(inflight);
  agent.destroy();
  return { acknowledged, other, seconds: (performance.now() - start) / 1000 };
}

async function load(port: number, seconds: number, rate = RATE): Promise<Outcome> {
  if (rate > 0) return steady(port, seconds);
  return submitAsFastAsItGoes(port, seconds, CONNECTIONS);
}

interface Round {
  acknowledged: number;
  other: number;
  seconds: number;
  cpu: number;
}

const load1 = () => loadavg()[0]!.toFixed(1);

async function main() {
  const list = checkouts();
  const dir = mkdtempSync(join(tmpdir(), 'svara-bench-cpu-'));
  process.stdout.write(
    `svara: CPU per public submission — Node ${process.version}, SQLite, ` +
      `${RATE > 0 ? `open loop at ${RATE}/s` : 'as fast as it goes'} over up to ${CONNECTIONS} connections, ` +
      `${ROUNDS} rounds of ${SECONDS} s per checkout, ${BUILT ? 'built (dist/)' : 'sources through tsx'}, load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' / ')} on ${(await import('node:os')).cpus().length} cores\n`,
  );
  const servers: { checkout: Checkout; child: ChildProcess; port: number; rounds: Round[] }[] = [];
  try {
    for (const checkout of list) {
      const port = await freePort();
      const child = await serve(checkout, join(dir, `${servers.length}.sqlite`), port);
      await load(port, 2, 0); // warm-up: JIT, statement caches
      servers.push({ checkout, child, port, rounds: [] });
    }
    for (let round = 0; round < ROUNDS; round++) {
      // Rotate who goes first, so neither side always follows the other's disk flushes.
      const order = servers.map((_, i) => servers[(i + round) % servers.length]!);
      for (const server of order) {
        const before = cpuSeconds(server.child.pid!);
        const result = await load(server.port, SECONDS);
        const cpu = cpuSeconds(server.child.pid!) - before;
        server.rounds.push({ ...result, cpu });
        process.stdout.write(
          `round ${round + 1} ${server.checkout.label.padEnd(12)} ${(result.acknowledged / result.seconds).toFixed(0).padStart(6)}/s  ` +
            `${((cpu / Math.max(1, result.acknowledged)) * 1e6).toFixed(0).padStart(5)} µs CPU per submission  ` +
            `(${result.acknowledged} acknowledged, ${result.other} not 2xx; load ${load1()})\n`,
        );
      }
    }
  } finally {
    for (const server of servers) {
      server.child.kill('SIGINT');
      await once(server.child, 'exit');
    }
    rmSync(dir, { recursive: true, force: true });
  }

  // Other work on the machine only ever adds to a round's CPU time: the lowest round is the truest figure, the
  // median the typical one.
  const first = servers[0]!;
  const perRound = (rounds: Round[]) => rounds.map((r) => r.cpu / Math.max(1, r.acknowledged));
  const baseMin = Math.min(...perRound(first.rounds));
  const baseMedian = median(perRound(first.rounds));
  const versus = (value: number, base: number) =>
    `${value >= base ? '+' : ''}${(((value - base) / base) * 100).toFixed(1)} %`;
  process.stdout.write(
    `\n${'checkout'.padEnd(10)} acknowledged/s: median (min–max)   CPU per submission: lowest, median (highest)   vs ${first.checkout.label}: lowest, median\n`,
  );
  for (const server of servers) {
    const rates = server.rounds.map((r) => r.acknowledged / r.seconds);
    const cpu = perRound(server.rounds);
    const low = Math.min(...cpu);
    const mid = median(cpu);
    const failed = server.rounds.reduce((sum, r) => sum + r.other, 0);
    const us = (seconds: number) => `${(seconds * 1e6).toFixed(0)} µs`;
    process.stdout.write(
      `${server.checkout.label.padEnd(10)} ${`${median(rates).toFixed(0)}/s (${Math.min(...rates).toFixed(0)}–${Math.max(...rates).toFixed(0)})`.padEnd(34)}` +
        `${`${us(low)}, ${us(mid)} (${us(Math.max(...cpu))})`.padEnd(46)}` +
        `${server === first ? '' : `${versus(low, baseMin)}, ${versus(mid, baseMedian)}`}` +
        `${failed ? `   (${failed} not 2xx)` : ''}\n`,
    );
  }
  process.stdout.write(
    `load average at the end: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')}\n`,
  );
}

await main();
