/**
 * Logs, probes and metrics (issue #14, items 4 and 8), on SQLite and PostgreSQL: a client that hangs up mid-body
 * is one info line and a count, never an error; every line about a request carries the id its response shows;
 * `/healthz`, `/readyz` and the Prometheus text.
 */
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';

import type { Collector } from '../../src/collector.js';
import { createLogger } from '../../src/http/logging.js';
import { startMetricsServer } from '../../src/http/metrics.js';
import { healthz, readyz } from '../../src/http/routes/health.js';
import { childSubmission } from '../helpers.js';
import { onBothDatabases, startTestCollector } from '../test-collector.js';
import type { DatabaseKind } from '../test-collector.js';

const SURVEY = 'familjeenheten-barn';
const METRICS_TOKEN = 'metrics-token-9fK2mQ7xL4vR8tW3zN6p';

/** The value of a sample in Prometheus text, e.g. `svara_submissions_total{outcome="stored"}`. */
function sample(text: string, name: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line === undefined ? undefined : Number(line.slice(name.length + 1));
}

function suite(kind: DatabaseKind): void {
  let collector: Collector;
  const lines: Record<string, unknown>[] = [];

  before(async () => {
    const logger = createLogger({
      level: 'info',
      stream: { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) },
    });
    collector = await startTestCollector(kind, {
      rateLimit: { perMinute: 60, burst: 2 },
      logger,
      metricsToken: METRICS_TOKEN,
    });
  });
  after(() => collector?.close());

  const metricsText = async () => {
    const reply = await fetch(`${collector.url}/metrics`, {
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    });
    assert.equal(reply.status, 200);
    assert.match(reply.headers.get('content-type') ?? '', /^text\/plain/);
    return reply.text();
  };

  test('a client that hangs up mid-body: one info line with its request id, counted; no error, no stack', async () => {
    lines.length = 0;
    const before = sample(await metricsText(), 'svara_client_aborts_total') ?? 0;
    await new Promise<void>((resolve) => {
      const req = request(`${collector.url}/api/surveys/${SURVEY}/responses`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': '5000' },
      });
      req.on('error', () => resolve());
      req.write('{"submissionId":"');
      setTimeout(() => req.destroy(), 100);
    });
    let aborted: Record<string, unknown>[] = [];
    for (let i = 0; i < 100 && aborted.length === 0; i++) {
      await sleep(50);
      aborted = lines.filter((l) => /hung up/.test(String(l.msg)));
    }
    assert.equal(aborted.length, 1, JSON.stringify(lines));
    assert.equal(aborted[0]!.level, 'info');
    assert.equal(typeof aborted[0]!.reqId, 'string');
    assert.deepEqual(
      lines.filter((l) => l.level === 'error' || l.level === 'warn'),
      [],
    );
    assert.doesNotMatch(JSON.stringify(lines), /stack| {4}at /);
    assert.equal(sample(await metricsText(), 'svara_client_aborts_total'), before + 1);
  });

  test('every response names its request id (a proxy’s X-Request-Id is kept)', async () => {
    const own = await fetch(`${collector.url}/api/surveys/${SURVEY}`);
    assert.match(own.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/);
    const proxied = await fetch(`${collector.url}/api/surveys/${SURVEY}`, {
      headers: { 'x-request-id': 'proxy-4711' },
    });
    assert.equal(proxied.headers.get('x-request-id'), 'proxy-4711');
    const forged = await fetch(`${collector.url}/api/surveys/${SURVEY}`, {
      headers: { 'x-request-id': 'a\u0000b'.replace('\u0000', ' ') + 'x'.repeat(100) },
    });
    assert.notEqual(forged.headers.get('x-request-id'), 'a bx');
    assert.match(forged.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/);
  });

  test('/healthz keeps its answer; /readyz says the database answers and is migrated', async () => {
    const health = await fetch(`${collector.url}/healthz`);
    assert.equal(health.status, 200);
    assert.deepEqual(await health.json(), { ok: true, store: kind });
    const ready = await fetch(`${collector.url}/readyz`);
    assert.equal(ready.status, 200);
    const body = (await ready.json()) as {
      ok: boolean;
      migrations: { applied: number[]; expected: number[] };
    };
    assert.equal(body.ok, true);
    assert.deepEqual(body.migrations.applied, body.migrations.expected);
  });

  test('/metrics: 401 without the token; submissions by outcome, latency, rate limits, connections, queue', async () => {
    const without = await fetch(`${collector.url}/metrics`);
    assert.equal(without.status, 401);
    const wrong = await fetch(`${collector.url}/metrics`, { headers: { authorization: 'Bearer nope' } });
    assert.equal(wrong.status, 401);

    const post = (body: string) =>
      fetch(`${collector.url}/api/surveys/${SURVEY}/responses`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
    const submission = JSON.stringify(childSubmission());
    const statuses = [
      (await post(submission)).status,
      (await post(submission)).status,
      (await post('{"not":"a submission"}')).status,
      (await post(JSON.stringify(childSubmission()))).status,
    ];
    assert.deepEqual(statuses, [201, 200, 400, 429]);
    const text = await metricsText();
    assert.equal(sample(text, 'svara_submissions_total{outcome="stored"}'), 1);
    assert.equal(sample(text, 'svara_submissions_total{outcome="replay"}'), 1);
    assert.equal(sample(text, 'svara_submissions_total{outcome="invalid"}'), 1);
    assert.equal(sample(text, 'svara_submissions_total{outcome="rate_limited"}'), 1);
    assert.equal(sample(text, 'svara_rate_limited_total{bucket="valid"}'), 1);
    assert.equal(sample(text, 'svara_invalid_requests_total{reason="invalid"}'), 1);
    assert.equal(sample(text, 'svara_submission_duration_seconds_count{outcome="stored"}'), 1);
    assert.ok((sample(text, 'svara_open_connections') ?? 0) >= 1);
    assert.equal(sample(text, 'svara_commit_queue_depth'), 0);
  });

  test('the metrics port: /metrics, /healthz and /readyz without a token, nothing else', async () => {
    const listener = await startMetricsServer(
      collector.app.svara.metrics,
      { healthz: async () => healthz(collector.store), readyz: () => readyz(collector.store) },
      0,
      '127.0.0.1',
    );
    try {
      const metrics = await fetch(`${listener.url}/metrics`);
      assert.equal(metrics.status, 200);
      assert.match(await metrics.text(), /svara_submissions_total/);
      assert.equal((await fetch(`${listener.url}/readyz`)).status, 200);
      assert.deepEqual(await (await fetch(`${listener.url}/healthz`)).json(), { ok: true, store: kind });
      assert.equal((await fetch(`${listener.url}/api/surveys`)).status, 404);
    } finally {
      await listener.close();
    }
  });

  test('/readyz is a 503 once the database is gone; /healthz still answers', async () => {
    await collector.store.close();
    const ready = await fetch(`${collector.url}/readyz`);
    assert.equal(ready.status, 503);
    assert.equal(((await ready.json()) as { ok: boolean }).ok, false);
    assert.equal((await fetch(`${collector.url}/healthz`)).status, 200);
  });
}

onBothDatabases('observability', suite);

describe('metrics off by default', () => {
  test('/metrics is a 404 without SVARA_METRICS_TOKEN', async () => {
    const collector = await startTestCollector('sqlite');
    try {
      assert.equal((await fetch(`${collector.url}/metrics`)).status, 404);
    } finally {
      await collector.close();
    }
  });
});
