/**
 * Idle sockets, half-sent bodies and floods of connections never lock other clients out (issue #14, item 1).
 *
 * The server runs as `svara serve` in a child process with the open-file limit of many installations (1,024);
 * another child process (with its own limit raised) opens 2,000 idle sockets and 200 half-sent bodies from
 * 127.0.0.1, and a respondent on 127.0.0.2 still gets its 201 at once. On SQLite and PostgreSQL.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import type { Socket } from 'node:net';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';

import {
  COLLECTOR,
  CLI,
  EXAMPLES,
  childSubmission,
  postgresDatabase,
  stopPostgres,
  tempDir,
} from '../helpers.js';
import { startTestCollector } from '../test-collector.js';

const SURVEY = 'familjeenheten-barn';

/** One submission from `localAddress`: status and milliseconds to the whole answer. */
function submit(
  port: number,
  localAddress: string,
  timeoutMs = 5000,
): Promise<{ status: number; ms: number }> {
  const body = JSON.stringify(childSubmission());
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        localAddress,
        method: 'POST',
        path: `/api/surveys/${SURVEY}/responses`,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        agent: false,
        timeout: timeoutMs,
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode!, ms: performance.now() - started }));
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

/** The attacker: a process of its own, so that its sockets do not count against the test's open files. */
const ATTACKER = `
import { connect } from 'node:net';
const [port, idle, slow] = process.argv.slice(2).map(Number);
const sockets = [];
let settled = 0;
const done = () => { if (++settled === idle + slow) process.stdout.write('ready\\n'); };
const open = (first) => {
  const socket = connect({ port, host: '127.0.0.1' });
  let counted = false;
  const count = () => { if (!counted) { counted = true; done(); } };
  socket.on('connect', () => { if (first) socket.write(first); setTimeout(count, 20); });
  socket.on('error', count);
  socket.on('close', count);
  sockets.push(socket);
};
for (let i = 0; i < idle; i++) open();
const head = 'POST /api/surveys/familjeenheten-barn/responses HTTP/1.1\\r\\nHost: x\\r\\ncontent-type: application/json\\r\\ncontent-length: 60000\\r\\n\\r\\n{"submissionId":"';
for (let i = 0; i < slow; i++) open(head + 'x'.repeat(2000));
setInterval(() => {}, 1000);
`;

function waitForLine(child: ChildProcess, pattern: RegExp, what: string, ms = 30_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(
      () => reject(new Error(`${what}: nothing matching ${pattern} in ${ms} ms:\n${seen}`)),
      ms,
    );
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      const match = pattern.exec(seen);
      if (match) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        resolve(match[1] ?? match[0]);
      }
    };
    child.stdout?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`${what} exited (${code}):\n${seen}`)));
  });
}

async function lockoutSuite(kind: 'sqlite' | 'postgres'): Promise<void> {
  const dir = tempDir();
  const pg = kind === 'postgres' ? await postgresDatabase() : undefined;
  const db = pg?.url ?? join(dir.dir, 'svara.sqlite');
  const attackerFile = join(dir.dir, 'attacker.mjs');
  writeFileSync(attackerFile, ATTACKER);
  const children: ChildProcess[] = [];
  try {
    // The limit many installations run with; the server must stay reachable within it.
    const server = spawn(
      'sh',
      [
        '-c',
        `ulimit -n 1024 && exec "${process.execPath}" --conditions=source --import tsx "${CLI}" serve --surveys "${EXAMPLES}" --db "${db}" --port 0 --rate-limit 0 --log-format json`,
      ],
      { cwd: COLLECTOR, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    children.push(server);
    let log = '';
    server.stderr!.on('data', (c: Buffer) => (log += c.toString()));
    const port = Number(await waitForLine(server, /listening on http:\/\/127\.0\.0\.1:(\d+)/, 'svara serve'));

    const attacker = spawn(
      'sh',
      ['-c', `ulimit -n 8192 2>/dev/null; exec "${process.execPath}" "${attackerFile}" ${port} 2000 200`],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    children.push(attacker);
    await waitForLine(attacker, /ready/, 'the attacker');

    // Blocked, a respondent is reset or never answered; served, at once. The fastest of five must be within the
    // issue's 100 ms and all within a second (room for a machine busy with other tests).
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const { status, ms } = await submit(port, '127.0.0.2');
      assert.equal(status, 201);
      times.push(ms);
    }
    const shown = times.map((t) => t.toFixed(1)).join(', ');
    process.stdout.write(`# a respondent on 127.0.0.2 during the flood: ${shown} ms\n`);
    assert.ok(Math.min(...times) < 100, `a respondent waited ${shown} ms`);
    assert.ok(Math.max(...times) < 1000, `a respondent waited ${shown} ms`);
    // The flood is counted, not logged as errors.
    assert.doesNotMatch(log, /"level":"error"/);
  } finally {
    for (const child of children) child.kill('SIGKILL');
    await pg?.drop();
    dir.remove();
  }
}

describe('2,000 idle sockets and 200 half-sent bodies from one address', () => {
  test('a respondent on another address gets its 201 within 100 ms (SQLite)', () => lockoutSuite('sqlite'));
  test('a respondent on another address gets its 201 within 100 ms (PostgreSQL)', () =>
    lockoutSuite('postgres'));
  after(stopPostgres);
});

describe('timeouts', () => {
  test('a socket that sends nothing is closed after the headers timeout; a body too slow gets 408', async () => {
    const collector = await startTestCollector('sqlite', {
      connections: { headersTimeoutMs: 500, requestTimeoutMs: 1000 },
    });
    try {
      const opened = (): Promise<Socket> =>
        new Promise((resolve) => {
          const socket = connect(collector.port, '127.0.0.1', () => resolve(socket));
        });
      // resume(): a paused socket would never read the server's end, and never close.
      const closed = (socket: Socket) =>
        new Promise<void>((resolve) => socket.resume().on('close', () => resolve()));
      const received = (socket: Socket) => {
        let text = '';
        socket.on('data', (c: Buffer) => (text += c.toString()));
        return () => text;
      };

      const idle = await opened();
      const started = Date.now();
      await closed(idle);
      assert.ok(Date.now() - started < 3000, `idle socket closed after ${Date.now() - started} ms`);

      const slow = await opened();
      const answer = received(slow);
      slow.write(
        `POST /api/surveys/${SURVEY}/responses HTTP/1.1\r\nHost: x\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{"submi`,
      );
      slow.on('error', () => {}); // a write after the server closed
      const trickle = setInterval(() => slow.write(' '), 200);
      await closed(slow);
      clearInterval(trickle);
      assert.match(answer(), /^HTTP\/1\.1 408 /);
    } finally {
      await collector.close();
    }
  });

  test('a cap on all connections: beyond it a new one is closed at once, and served again once one goes', async () => {
    const collector = await startTestCollector('sqlite', {
      connections: { maxConnections: 4, maxConnectionsPerAddress: 0 },
    });
    const sockets: Socket[] = [];
    const open = (host: string) =>
      new Promise<'open' | 'closed'>((resolve) => {
        const socket = connect({ port: collector.port, host: '127.0.0.1', localAddress: host });
        sockets.push(socket);
        socket.resume().on('close', () => resolve('closed'));
        socket.on('error', () => {});
        socket.on('connect', () => setTimeout(() => resolve('open'), 300));
      });
    try {
      // From four addresses, so that only the total cap can refuse the fifth.
      const first = await Promise.all(['127.0.0.4', '127.0.0.5', '127.0.0.6', '127.0.0.7'].map(open));
      assert.deepEqual(first, ['open', 'open', 'open', 'open']);
      assert.equal(await open('127.0.0.8'), 'closed');
      sockets[0]!.destroy();
      await sleep(100);
      assert.equal((await submit(collector.port, '127.0.0.9')).status, 201);
    } finally {
      for (const socket of sockets) socket.destroy();
      await collector.close();
    }
  });

  test('a cap per address: connections beyond it are closed at once; other addresses are served', async () => {
    const collector = await startTestCollector('sqlite', { connections: { maxConnectionsPerAddress: 5 } });
    const sockets: Socket[] = [];
    try {
      const results = await Promise.all(
        Array.from(
          { length: 8 },
          () =>
            new Promise<'open' | 'closed'>((resolve) => {
              const socket = connect(collector.port, '127.0.0.1');
              sockets.push(socket);
              socket.resume().on('close', () => resolve('closed'));
              socket.on('error', () => {});
              socket.on('connect', () => setTimeout(() => resolve('open'), 300));
            }),
        ),
      );
      assert.equal(results.filter((r) => r === 'open').length, 5);
      assert.equal((await submit(collector.port, '127.0.0.3')).status, 201);
      await sleep(10);
    } finally {
      for (const socket of sockets) socket.destroy();
      await collector.close();
    }
  });
});
