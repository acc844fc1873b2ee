/**
 * A SQLite database locked by another process never stalls the server (issue #14, item 3): while a second
 * process holds the write lock and a submission waits for it, health checks, definitions and static files answer
 * in milliseconds; the submission is stored once the lock is released.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { startCollector } from '../../src/collector.js';
import { COLLECTOR, childSubmission, exampleSurveys, tempDir } from '../helpers.js';

const SURVEY = 'familjeenheten-barn';

/** Holds the write lock of `file` from another process until told to commit (a line on its stdin). */
const LOCKER = `
const Database = require('better-sqlite3');
const db = new Database(process.argv[1]);
db.exec('BEGIN IMMEDIATE');
db.exec("INSERT INTO svara_migrations (version, name, applied_at) SELECT -1, 'lock', 'now' WHERE 0");
process.stdout.write('locked\\n');
process.stdin.once('data', () => { db.exec('COMMIT'); db.close(); process.stdout.write('released\\n'); });
`;

test('another process holds the write lock: /healthz, a definition and a file answer at once; the POST waits', async () => {
  const dir = tempDir();
  const site = join(dir.dir, 'site');
  mkdirSync(site);
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>svara</title>');
  const file = join(dir.dir, 'svara.sqlite');
  const collector = await startCollector({
    surveys: exampleSurveys(),
    db: file,
    port: 0,
    rateLimit: false,
    siteDir: site,
  });
  // Warm up (the first request of a process pays for connecting and compiling).
  for (const path of ['/healthz', `/api/surveys/${SURVEY}`, '/'])
    await (await fetch(`${collector.url}${path}`)).arrayBuffer();
  const locker = spawn(process.execPath, ['-e', LOCKER, file], {
    cwd: COLLECTOR,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  try {
    await new Promise<void>((resolve, reject) => {
      locker.stdout.once('data', () => resolve());
      locker.once('exit', (code) => reject(new Error(`the locking process exited (${code})`)));
    });
    const submission = childSubmission();
    const started = performance.now();
    const pending = fetch(`${collector.url}/api/surveys/${SURVEY}/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(submission),
    });
    const timings: Record<string, number[]> = { '/healthz': [], [`/api/surveys/${SURVEY}`]: [], '/': [] };
    // Longer than any cache of definitions (2 s), shorter than the busy timeout (5 s).
    while (performance.now() - started < 3000) {
      for (const path of Object.keys(timings)) {
        const t0 = performance.now();
        const reply = await fetch(`${collector.url}${path}`);
        await reply.arrayBuffer();
        timings[path]!.push(performance.now() - t0);
        assert.equal(reply.status, 200, path);
      }
    }
    const waited = performance.now() - started;
    const worst = Object.fromEntries(
      Object.entries(timings).map(([p, t]) => [p, Math.round(Math.max(...t))]),
    );
    const median = Object.fromEntries(
      Object.entries(timings).map(([p, t]) => [p, Math.round([...t].sort((a, b) => a - b)[t.length >> 1]!)]),
    );
    process.stdout.write(
      `# while locked: median ${JSON.stringify(median)}, slowest ${JSON.stringify(worst)} ms\n`,
    );
    // Blocked, each would wait for the lock (seconds). The bounds leave room for a busy machine.
    for (const [path, ms] of Object.entries(median)) assert.ok(ms < 50, `${path}: median ${ms} ms`);
    for (const [path, ms] of Object.entries(worst)) assert.ok(ms < 1000, `${path}: slowest ${ms} ms`);
    assert.ok(waited >= 3000, 'the test ran while the POST was still waiting');
    assert.equal(await Promise.race([pending.then(() => 'answered'), Promise.resolve('waiting')]), 'waiting');

    locker.stdin.write('commit\n');
    const reply = await pending;
    assert.equal(reply.status, 201, await reply.text());
    assert.equal(await collector.store.count(SURVEY), 1);
  } finally {
    locker.kill();
    await collector.close();
    dir.remove();
  }
});
