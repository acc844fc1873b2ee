/**
 * Crash test: a real `svara serve` process is killed with SIGKILL (twice) while 2,000 submissions arrive from 25
 * concurrent clients that retry until acknowledged. After each kill every submission acknowledged so far must be
 * in the database; at the end every submission is there exactly once, with the payload that was sent.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import postgres from 'postgres';

import { canonicalJson } from '../src/canonical.js';
import { CLI, EXAMPLES, childSubmission, postgresDatabase, stopPostgres, tempDir } from './helpers.js';

const TOTAL = 2000;
const CLIENTS = 25;
const KILL_AT = [500, 1300];
const SURVEY = 'familjeenheten-barn';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function serve(db: string, port: number): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      '--conditions=source',
      '--import',
      'tsx',
      CLI,
      'serve',
      '--surveys',
      EXAMPLES,
      '--db',
      db,
      '--port',
      String(port),
      '--rate-limit',
      '0',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stderr!.on('data', (c) => (output += c));
  child.stdout!.setEncoding('utf8');
  for await (const chunk of child.stdout!) {
    if (String(chunk).includes('listening on')) return child;
  }
  throw new Error(`the collector did not start: ${output}`);
}

/** What the store holds: every row's submission id and payload hash. */
type Reader = () => Promise<{ submission_id: string; payload_hash: string }[]>;

async function run(db: string, read: Reader) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/api/surveys/${SURVEY}/responses`;
  const bodies = Array.from({ length: TOTAL }, (_, i) =>
    JSON.stringify(
      childSubmission({ 'vet-varfor': (i % 5) + 1, kon: i % 2 ? 'flicka' : 'pojke', kommentar: `svar ${i}` }),
    ),
  );
  const acknowledged = new Map<string, number>(); // submission id → status
  const order: string[] = [];
  let server = await serve(db, port);
  let next = 0;
  let retries = 0;

  let failure: Error | undefined;

  async function client(): Promise<void> {
    for (;;) {
      const i = next++;
      if (i >= TOTAL || failure) return;
      const body = bodies[i]!;
      const id = (JSON.parse(body) as { submissionId: string }).submissionId;
      for (;;) {
        let status: number | undefined;
        try {
          const response = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'idempotency-key': id },
            body,
          });
          await response.arrayBuffer();
          status = response.status;
        } catch {
          // The server is down (killed): retry until a new one answers.
        }
        if (status === 200 || status === 201) {
          acknowledged.set(id, status);
          order.push(id);
          break;
        }
        // Only "down" (no answer) and 5xx are worth a retry; anything else is a wrong answer: fail now, not
        // by retrying until the test times out.
        if (status !== undefined && status < 500) {
          failure ??= new Error(`submission ${i} was answered ${status}`);
          throw failure;
        }
        if (failure) return;
        retries++;
        await sleep(10);
      }
    }
  }

  const kills: { acknowledged: number; missing: string[] }[] = [];
  const killer = (async () => {
    for (const at of KILL_AT) {
      while (acknowledged.size < at) {
        if (failure) return;
        await sleep(2);
      }
      server.kill('SIGKILL');
      await once(server, 'exit');
      // Every submission acknowledged before the kill must have been committed.
      const ids = [...acknowledged.keys()];
      const stored = new Set((await read()).map((row) => row.submission_id));
      kills.push({ acknowledged: ids.length, missing: ids.filter((id) => !stored.has(id)) });
      server = await serve(db, port);
    }
  })();

  // Wait for everyone (a failing client makes the others and the killer stop), then stop the server.
  const outcomes = await Promise.allSettled([...Array.from({ length: CLIENTS }, client), killer]);
  server.kill('SIGTERM');
  await once(server, 'exit');
  const rejected = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
  if (rejected) throw rejected.reason;

  const rows = await read();
  return { bodies, acknowledged, kills, rows, retries };
}

function verify(result: Awaited<ReturnType<typeof run>>): void {
  const { bodies, acknowledged, kills, rows } = result;
  const stored = new Map(rows.map((row) => [row.submission_id, row.payload_hash]));
  assert.equal(kills.length, KILL_AT.length, 'the collector was killed');
  for (const kill of kills) {
    assert.ok(kill.acknowledged >= 1);
    assert.deepEqual(kill.missing, [], 'acknowledged before the kill, so committed');
  }
  assert.equal(acknowledged.size, TOTAL, 'every submission was acknowledged in the end');
  assert.equal(rows.length, TOTAL, 'one row per submission');
  assert.equal(stored.size, TOTAL, 'no submission twice');
  for (const body of bodies) {
    const submission = JSON.parse(body) as { submissionId: string };
    const hash = createHash('sha256').update(canonicalJson(submission)).digest('hex');
    assert.equal(stored.get(submission.submissionId), hash, 'the stored payload is the one sent');
  }
}

describe('crash test: SIGKILL during 2,000 submissions from retrying clients', () => {
  test('SQLite (synchronous=FULL, group commit)', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    try {
      const file = join(dir.dir, 'crash.sqlite');
      const result = await run(file, async () => {
        const db = new Database(file);
        try {
          return db.prepare('SELECT submission_id, payload_hash FROM responses').all() as {
            submission_id: string;
            payload_hash: string;
          }[];
        } finally {
          db.close();
        }
      });
      verify(result);
    } finally {
      dir.remove();
    }
  });

  test('PostgreSQL', { timeout: 120_000 }, async () => {
    const pg = await postgresDatabase();
    try {
      const result = await run(pg.url, async () => {
        const sql = postgres(pg.url, { max: 1, onnotice: () => {} });
        try {
          return [
            ...(await sql<{ submission_id: string; payload_hash: string }[]>`
              SELECT submission_id, payload_hash FROM responses`),
          ];
        } finally {
          await sql.end();
        }
      });
      verify(result);
    } finally {
      await pg.drop();
    }
  });

  after(stopPostgres);
});
