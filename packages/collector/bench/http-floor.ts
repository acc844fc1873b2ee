/**
 * What any HTTP server costs a request on this machine, as a floor under `bench:cpu` (prints figures, asserts
 * nothing): `pnpm --filter @svara/collector bench:floor`.
 *
 * Each server answers `POST /api/surveys/{id}/responses` with a submission-sized JSON body read to the end and a
 * small `201` JSON reply — no validation, no storage. They run as separate processes, so the CPU time of each
 * (user + system, from /proc) divided by the requests it answered is the server's own:
 *   - `node:http`: a bare `createServer` handler (what the collector was built on before Fastify);
 *   - `fastify`: a bare Fastify 5 app with the same route (its router, request and reply objects, hooks runner);
 *   - `fastify+10 hooks`: the same with ten no-op hooks (3 onRequest, 5 onSend, 2 onResponse), as many as the
 *     collector's app passes on a submission.
 * They take turns in rounds (autocannon, BENCH_CONNECTIONS = 50, BENCH_SECONDS = 4, BENCH_ROUNDS = 5), like
 * bench:cpu; the lowest round and the median are printed.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:http';
import { loadavg } from 'node:os';
import Fastify from 'fastify';

import { cpuSeconds, freePort, median, submitAsFastAsItGoes } from './helpers.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const KINDS = ['node:http', 'fastify', 'fastify+10 hooks'] as const;
type Kind = (typeof KINDS)[number];
const REPLY = JSON.stringify({ submissionId: '00000000-0000-4000-8000-000000000000', status: 'stored' });

async function serve(kind: Kind, port: number): Promise<void> {
  if (kind === 'node:http') {
    const server = createServer((req, res) => {
      if (req.method !== 'POST' || !req.url?.endsWith('/responses')) {
        res.writeHead(404).end();
        return;
      }
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        JSON.parse(Buffer.concat(chunks).toString('utf8'));
        res.writeHead(201, { 'content-type': 'application/json; charset=utf-8' }).end(REPLY);
      });
    });
    server.listen(port, '127.0.0.1');
    await once(server, 'listening');
    return;
  }
  const app = Fastify({ logger: false });
  if (kind === 'fastify+10 hooks') {
    for (let i = 0; i < 3; i++) app.addHook('onRequest', (_request, _reply, done) => done());
    for (let i = 0; i < 5; i++)
      app.addHook('onSend', (_request, _reply, payload, done) => done(null, payload));
    for (let i = 0; i < 2; i++) app.addHook('onResponse', (_request, _reply, done) => done());
  }
  app.post('/api/surveys/:id/responses', async (request, reply) => {
    void request.body;
    return reply.code(201).header('content-type', 'application/json; charset=utf-8').send(REPLY);
  });
  await app.listen({ port, host: '127.0.0.1' });
}

async function main() {
  const servers: { kind: Kind; child: ChildProcess; port: number; perRequest: number[]; rates: number[] }[] =
    [];
  process.stdout.write(
    `svara: HTTP floor — Node ${process.version}, ${ROUNDS} rounds of ${SECONDS} s, ${CONNECTIONS} connections, ` +
      `load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' / ')}\n`,
  );
  try {
    for (const kind of KINDS) {
      const port = await freePort();
      const child = spawn(process.execPath, [...process.execArgv, import.meta.filename, kind, String(port)], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      child.stdout!.setEncoding('utf8');
      for await (const chunk of child.stdout!) if (String(chunk).includes('ready')) break;
      await submitAsFastAsItGoes(port, 2, CONNECTIONS);
      servers.push({ kind, child, port, perRequest: [], rates: [] });
    }
    for (let round = 0; round < ROUNDS; round++) {
      const order = servers.map((_, i) => servers[(i + round) % servers.length]!);
      for (const server of order) {
        const before = cpuSeconds(server.child.pid!);
        const { acknowledged: answered, seconds } = await submitAsFastAsItGoes(
          server.port,
          SECONDS,
          CONNECTIONS,
        );
        const cpu = cpuSeconds(server.child.pid!) - before;
        server.perRequest.push(cpu / Math.max(1, answered));
        server.rates.push(answered / seconds);
        process.stdout.write(
          `round ${round + 1} ${server.kind.padEnd(18)} ${(answered / seconds).toFixed(0).padStart(6)}/s  ` +
            `${((cpu / Math.max(1, answered)) * 1e6).toFixed(1).padStart(6)} µs CPU per request  (load ${loadavg()[0]!.toFixed(1)})\n`,
        );
      }
    }
  } finally {
    for (const server of servers) {
      server.child.kill();
      await once(server.child, 'exit');
    }
  }
  process.stdout.write(`\n${'server'.padEnd(20)} median rate   CPU per request: lowest round, median\n`);
  for (const server of servers) {
    process.stdout.write(
      `${server.kind.padEnd(20)} ${median(server.rates).toFixed(0).padStart(7)}/s   ` +
        `${(Math.min(...server.perRequest) * 1e6).toFixed(1).padStart(8)} µs, ${(median(server.perRequest) * 1e6).toFixed(1)} µs\n`,
    );
  }
  process.stdout.write(
    `load average at the end: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')}\n`,
  );
}

const [kind, port] = process.argv.slice(2);
if (kind) {
  await serve(kind as Kind, Number(port));
  process.stdout.write('ready\n');
} else {
  await main();
}
