/**
 * The collector over HTTP, on a real SQLite file and on a real PostgreSQL: the same suite against both stores.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { get, request } from 'node:http';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { startCollector } from '../src/collector.js';
import type { Collector, CollectorOptions } from '../src/collector.js';
import { parseExportCsv } from '../src/csv.js';
import { migrations } from '../src/store/migrations.js';
import { openStore } from '../src/store/open.js';
import type { Store } from '../src/store/types.js';
import {
  childSubmission,
  exampleSurvey,
  exampleSurveys,
  postgresDatabase,
  stopPostgres,
  tempDir,
} from './helpers.js';

const SURVEY = 'familjeenheten-barn';
const ALL_MIGRATIONS = migrations.map((m) => m.version);
const TOKEN = 'test-admin-token-0123456789';
const ORIGIN = 'https://start.stockholm';

interface Reply {
  status: number;
  headers: Headers;
  text: string;
  json: () => any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

async function call(url: string, init: RequestInit = {}): Promise<Reply> {
  const response = await fetch(url, init);
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: () => JSON.parse(text) };
}

function post(base: string, body: unknown, headers: Record<string, string> = {}, survey = SURVEY) {
  return call(`${base}/api/surveys/${survey}/responses`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** A raw request, to control Content-Length and how much of the body is sent. */
function raw(
  base: string,
  path: string,
  headers: Record<string, string | number>,
  send: (write: (chunk: Buffer) => boolean, end: () => void) => void,
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { method: 'POST', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, body, headers: res.headers }));
    });
    req.on('error', reject);
    send(
      (chunk) => req.write(chunk),
      () => req.end(),
    );
  });
}

function assertSecurityHeaders(reply: Reply, what: string): void {
  assert.equal(reply.headers.get('x-content-type-options'), 'nosniff', what);
  assert.equal(reply.headers.get('referrer-policy'), 'no-referrer', what);
  assert.match(
    reply.headers.get('content-security-policy') ?? '',
    /default-src 'none'|default-src 'self'/,
    what,
  );
  assert.equal(reply.headers.get('set-cookie'), null, `${what}: no cookies`);
}

function assertProblem(reply: Reply, status: number): Record<string, unknown> {
  assert.equal(reply.status, status, reply.text);
  assert.match(reply.headers.get('content-type') ?? '', /^application\/problem\+json/);
  const body = reply.json();
  assert.equal(body.status, status);
  assert.equal(typeof body.title, 'string');
  assertSecurityHeaders(reply, `${status} response`);
  return body;
}

function suite(kind: 'sqlite' | 'postgres'): void {
  let db: string;
  let cleanup: () => Promise<void> | void;
  let collector: Collector;
  let base: string;
  let store: Store;
  let embed: string;

  const start = (options: Partial<CollectorOptions> = {}) =>
    startCollector({
      surveys: exampleSurveys(),
      db,
      port: 0,
      allowOrigins: [ORIGIN],
      adminToken: TOKEN,
      rateLimit: false,
      embedDir: embed,
      ...options,
    });

  before(async () => {
    const dir = tempDir();
    embed = join(dir.dir, 'embed');
    if (kind === 'sqlite') {
      db = join(dir.dir, 'data', 'collector.sqlite');
      cleanup = dir.remove;
    } else {
      const pg = await postgresDatabase();
      db = pg.url;
      cleanup = async () => {
        await pg.drop();
        dir.remove();
      };
    }
    collector = await start();
    base = collector.url;
    store = collector.store;
  });
  after(async () => {
    await collector?.close();
    await cleanup?.();
  });

  test('migrations ran at start-up and are recorded', async () => {
    assert.deepEqual(await store.migrations(), ALL_MIGRATIONS);
    assert.equal(store.kind, kind);
  });

  test('GET /api/surveys/{id}: the definition, cacheable with an ETag; 304 when unchanged', async () => {
    const reply = await call(`${base}/api/surveys/${SURVEY}`);
    assert.equal(reply.status, 200);
    assert.match(reply.headers.get('content-type')!, /^application\/json/);
    assert.deepEqual(reply.json(), exampleSurvey(SURVEY));
    assertSecurityHeaders(reply, 'definition');
    const etag = reply.headers.get('etag')!;
    assert.ok(etag);
    const again = await call(`${base}/api/surveys/${SURVEY}`, { headers: { 'if-none-match': etag } });
    assert.equal(again.status, 304);
  });

  test('404 for an unknown survey, as problem+json', async () => {
    assertProblem(await call(`${base}/api/surveys/finns-inte`), 404);
    assertProblem(await post(base, childSubmission(), {}, 'finns-inte'), 404);
  });

  test('POST: 201 stored, then 200 for the same submission again (as text/plain too)', async () => {
    const submission = childSubmission();
    const first = await post(base, submission, { 'idempotency-key': submission.submissionId as string });
    assert.equal(first.status, 201, first.text);
    assert.deepEqual(first.json(), { submissionId: submission.submissionId, status: 'stored' });
    assertSecurityHeaders(first, '201');
    const replay = await post(base, JSON.stringify(submission), {
      'content-type': 'text/plain;charset=UTF-8',
    });
    assert.equal(replay.status, 200, replay.text);
    assert.equal(replay.json().status, 'replay');
    // Key order and whitespace do not matter: the same JSON value is the same payload.
    const reordered = JSON.stringify(Object.fromEntries(Object.entries(submission).reverse()), null, 2);
    assert.equal((await post(base, reordered)).status, 200);
    const stored = await store.get(SURVEY, submission.submissionId as string);
    assert.deepEqual(JSON.parse(stored!.submission), submission);
  });

  test('20 parallel POSTs of one submission: one row, one 201, nineteen 200', async () => {
    const submission = childSubmission({ 'vet-varfor': 3, kon: 'pojke' });
    const body = JSON.stringify(submission);
    const before = await store.count(SURVEY);
    const replies = await Promise.all(Array.from({ length: 20 }, () => post(base, body)));
    const statuses = replies.map((r) => r.status).sort();
    assert.deepEqual(statuses, [...Array(19).fill(200), 201].sort());
    assert.equal(await store.count(SURVEY), before + 1);
  });

  test('the same id with a payload one byte different: 422, and the stored one is unchanged', async () => {
    const submission = childSubmission({ 'vet-varfor': 5, kon: 'flicka' });
    const body = JSON.stringify(submission);
    assert.equal((await post(base, body)).status, 201);
    const original = await store.get(SURVEY, submission.submissionId as string);
    const changed = body.replace('"vet-varfor":5', '"vet-varfor":4');
    assert.equal(changed.length, body.length);
    assert.equal([...changed].filter((c, i) => c !== body[i]).length, 1, 'exactly one byte differs');
    const conflict = await post(base, changed);
    const problem = assertProblem(conflict, 422);
    assert.equal(problem.submissionId, submission.submissionId);
    assert.deepEqual(await store.get(SURVEY, submission.submissionId as string), original);
    // The original can still be replayed.
    assert.equal((await post(base, body)).status, 200);
  });

  test('400: every problem listed with its path and message', async () => {
    const bad = childSubmission({ 'vet-varfor': 9, okand: 1 }, { surveyVersion: 7 });
    const problem = assertProblem(await post(base, bad), 400);
    const issues = problem.issues as { path: string; message: string }[];
    const paths = issues.map((i) => i.path).sort();
    assert.deepEqual(paths, ['answers.okand', 'answers["vet-varfor"]', 'surveyVersion'].sort());
    for (const issue of issues) assert.ok(issue.message.length > 10, issue.message);
    assert.match(issues.find((i) => i.path === 'surveyVersion')!.message, /1/);
  });

  test('400 in English when the client prefers it; for non-JSON, arrays and a mismatched Idempotency-Key', async () => {
    const english = assertProblem(
      await post(base, childSubmission({ 'vet-varfor': 'x' }), {
        'accept-language': 'en-GB,en;q=0.9,sv;q=0.5',
      }),
      400,
    );
    assert.match((english.issues as { message: string }[])[0]!.message, /[a-z]/);
    assert.doesNotMatch((english.issues as { message: string }[])[0]!.message, /Värdet|finns/);
    const notJson = assertProblem(await post(base, '{"submissionId": '), 400);
    assert.deepEqual(
      (notJson.issues as { path: string }[]).map((i) => i.path),
      [''],
    );
    assertProblem(await post(base, '[1,2,3]'), 400);
    const submission = childSubmission();
    const mismatch = assertProblem(await post(base, submission, { 'idempotency-key': randomUUID() }), 400);
    assert.deepEqual(
      (mismatch.issues as { path: string }[]).map((i) => i.path),
      ['Idempotency-Key'],
    );
    assert.equal(await store.get(SURVEY, submission.submissionId as string), undefined);
  });

  test('413 over 64 KiB: refused on Content-Length before the body is sent', async () => {
    const reply = await raw(
      base,
      `/api/surveys/${SURVEY}/responses`,
      { 'content-type': 'application/json', 'content-length': 10 * 1024 * 1024 },
      // Only 1 KiB of the announced 10 MiB is ever sent: the answer must come without the rest.
      (write) => write(Buffer.alloc(1024, 0x20)),
    );
    assert.equal(reply.status, 413);
    assert.match(String(reply.headers['content-type']), /problem\+json/);
    assert.equal(JSON.parse(reply.body).limit, 64 * 1024);
  });

  test('413 over 64 KiB without Content-Length (chunked): refused as soon as the limit is passed', async () => {
    const reply = await raw(
      base,
      `/api/surveys/${SURVEY}/responses`,
      { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      (write) => {
        for (let i = 0; i < 80; i++) write(Buffer.alloc(1024, 0x20));
      },
    );
    assert.equal(reply.status, 413);
  });

  test('a body just under the limit is read and judged (400, not 413)', async () => {
    const submission = childSubmission({ kommentar: 'x'.repeat(60 * 1024) });
    const reply = await post(base, submission);
    const problem = assertProblem(reply, 400);
    assert.deepEqual(
      (problem.issues as { path: string }[]).map((i) => i.path),
      ['answers.kommentar'],
      'too long for the question, but read',
    );
  });

  test('415 for other content types, and without one', async () => {
    assertProblem(
      await post(base, childSubmission(), { 'content-type': 'application/x-www-form-urlencoded' }),
      415,
    );
    assertProblem(
      await post(base, childSubmission(), { 'content-type': 'application/json; charset=latin1' }),
      415,
    );
    const none = await call(`${base}/api/surveys/${SURVEY}/responses`, {
      method: 'POST',
      body: new Blob([JSON.stringify(childSubmission())]),
    });
    assertProblem(none, 415);
  });

  test('405 for a method an endpoint does not have', async () => {
    const reply = await call(`${base}/api/surveys/${SURVEY}/responses`);
    assertProblem(reply, 405);
    assert.equal(reply.headers.get('allow'), 'POST');
  });

  test('honeypot filled: answered like a stored submission, but nothing is stored', async () => {
    const before = await store.count(SURVEY);
    const bot = childSubmission({ 'vet-varfor': 1 }, { honeypot: 'http://spam.example' });
    const reply = await post(base, bot);
    assert.equal(reply.status, 201);
    assert.deepEqual(reply.json(), { submissionId: bot.submissionId, status: 'stored' });
    assert.equal(await store.count(SURVEY), before);
    const human = childSubmission({ 'vet-varfor': 2 }, { honeypot: '' });
    assert.equal((await post(base, human)).status, 201);
    assert.equal(await store.count(SURVEY), before + 1);
  });

  test('CORS only for configured origins; other origins are refused; no cookies', async () => {
    const allowed = await call(`${base}/api/surveys/${SURVEY}`, { headers: { origin: ORIGIN } });
    assert.equal(allowed.headers.get('access-control-allow-origin'), ORIGIN);
    assert.match(allowed.headers.get('vary') ?? '', /Origin/);
    const preflight = await call(`${base}/api/surveys/${SURVEY}/responses`, {
      method: 'OPTIONS',
      headers: {
        origin: ORIGIN,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, idempotency-key',
      },
    });
    assert.equal(preflight.status, 204);
    assert.match(preflight.headers.get('access-control-allow-headers')!, /Idempotency-Key/);
    assert.match(preflight.headers.get('access-control-allow-methods')!, /POST/);
    const evil = { origin: 'https://evil.example' };
    const refused = await post(base, childSubmission(), evil);
    assertProblem(refused, 403);
    assert.equal(refused.headers.get('access-control-allow-origin'), null);
    assertProblem(
      await call(`${base}/api/surveys/${SURVEY}/responses`, { method: 'OPTIONS', headers: evil }),
      403,
    );
    // The server's own pages (Origin equal to Host) may post.
    const own = await post(base, childSubmission(), { origin: base });
    assert.equal(own.status, 201);
  });

  test('429 over the per-client rate limit, with Retry-After', async () => {
    const limited = await start({ rateLimit: { perMinute: 60, burst: 3 } });
    try {
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await post(limited.url, childSubmission())).status);
      assert.deepEqual(statuses, [201, 201, 201, 429]);
      const reply = await post(limited.url, childSubmission());
      assertProblem(reply, 429);
      assert.ok(Number(reply.headers.get('retry-after')) >= 1);
    } finally {
      await limited.close();
    }
  });

  test('results: never computed from live answers — without a published round snapshot there are none (404), also with ?by', async () => {
    const survey = 'foraldramottagning';
    const send = (n: number, answers: Record<string, unknown>) =>
      Promise.all(
        Array.from({ length: n }, () =>
          post(base, childSubmission(answers, { surveyId: survey }), {}, survey).then((r) =>
            assert.equal(r.status, 201, r.text),
          ),
        ),
      );
    const before = await call(`${base}/api/surveys/${survey}/results`, { headers: { origin: ORIGIN } });
    await send(12, { nojd: 5, lyssnade: 5, hjalpt: 4, rekommendera: 'yes' });
    await send(2, { nojd: 1, lyssnade: 2, hjalpt: 1, battre: 'Mer tid, tack. /Anna', rekommendera: 'no' });
    const reply = await call(`${base}/api/surveys/${survey}/results`, { headers: { origin: ORIGIN } });
    const problem = assertProblem(reply, 404);
    assert.equal(problem.type, 'urn:svara:problem:no-results');
    // Published results are open data: any page may read them (results-api.node.test.ts).
    assert.equal(reply.headers.get('access-control-allow-origin'), '*');
    assert.equal(reply.text, before.text, 'answers arriving change nothing public');
    assert.ok(!reply.text.includes('Anna'), 'free text never published');
    assertProblem(await call(`${base}/api/surveys/${SURVEY}/results?by=kon`), 404);
    assertProblem(await call(`${base}/api/surveys/nowhere/results`), 404);
  });

  test('exports: off without the token, 401 with a wrong one; CSV neutralises formulas and reads back', async () => {
    const texts = [
      '=HYPERLINK("http://evil.example","klicka")',
      '+46 8 123 45 67',
      '-1+1',
      '@SUM(A1:A2)',
      '\tindraget',
      '\rvagnretur',
      "'apostrof",
      'Vanlig text, med "citat" och\nny rad; semikolon',
      'Åsa 😀',
    ];
    const submissions = texts.map((kommentar) => childSubmission({ 'vet-varfor': 4, kommentar }));
    for (const s of submissions) assert.equal((await post(base, s)).status, 201);

    const off = await start({ adminToken: undefined, port: 0 });
    try {
      assertProblem(await call(`${off.url}/api/surveys/${SURVEY}/export.csv`), 404);
    } finally {
      await off.close();
    }
    const wrong = await call(`${base}/api/surveys/${SURVEY}/export.csv`, {
      headers: { authorization: 'Bearer nope' },
    });
    assertProblem(wrong, 401);
    assert.match(wrong.headers.get('www-authenticate')!, /Bearer/);
    assertProblem(await call(`${base}/api/surveys/${SURVEY}/export.csv`), 401);

    const auth = { authorization: `Bearer ${TOKEN}` };
    const csv = await call(`${base}/api/surveys/${SURVEY}/export.csv`, { headers: auth });
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type')!, /^text\/csv; charset=utf-8/);
    assert.match(csv.headers.get('content-disposition')!, /attachment; filename="familjeenheten-barn.csv"/);
    assert.equal(csv.headers.get('cache-control'), 'no-store');
    for (const dangerous of texts.slice(0, 7)) {
      const cell = dangerous.includes('"') ? `"'${dangerous.replaceAll('"', '""')}"` : `'${dangerous}`;
      assert.ok(csv.text.includes(cell), `neutralised: ${JSON.stringify(cell)}`);
    }
    assert.ok(
      !/(^|,)[=+\-@]/m.test(csv.text.replace(/"[^"]*"/g, '')),
      'no cell starts with a formula character',
    );

    const stored = [];
    for (let after = 0; ;) {
      const page = await store.page(SURVEY, after, 100);
      stored.push(...page);
      if (page.length < 100) break;
      after = page.at(-1)!.seq;
    }
    const parsed = parseExportCsv(exampleSurvey(SURVEY), csv.text);
    assert.equal(parsed.length, stored.length, 'one row per response');
    assert.deepEqual(
      parsed.map((p) => p.submission),
      stored.map((s) => JSON.parse(s.submission)),
    );
    assert.deepEqual(
      parsed.map((p) => p.receivedAt),
      stored.map((s) => s.receivedAt),
    );

    const semicolon = await call(`${base}/api/surveys/${SURVEY}/export.csv?sep=%3B`, { headers: auth });
    assert.equal(parseExportCsv(exampleSurvey(SURVEY), semicolon.text, ';').length, stored.length);

    const json = await call(`${base}/api/surveys/${SURVEY}/export.json`, { headers: auth });
    assert.equal(json.status, 200);
    const rows = json.json() as { submissionId: string; receivedAt: string }[];
    assert.deepEqual(
      rows.map(({ receivedAt: _r, ...submission }) => submission),
      stored.map((s) => JSON.parse(s.submission)),
    );
  });

  test('the embed bundle: a clear 404 while it is not built; served with its type and caching once it is', async () => {
    const missing = assertProblem(await call(`${base}/svara-survey.js`), 404);
    assert.match(String(missing.detail), /svara-survey\.js|embed/);
    const { mkdirSync } = await import('node:fs');
    mkdirSync(embed, { recursive: true });
    writeFileSync(join(embed, 'svara-survey.js'), 'export const ok = 1;\n');
    writeFileSync(join(embed, 'locale-en-Ab12Cd34.js'), 'export default {};\n');
    const entry = await call(`${base}/svara-survey.js`, { headers: { origin: ORIGIN } });
    assert.equal(entry.status, 200);
    assert.equal(entry.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.match(entry.headers.get('cache-control')!, /max-age=300/);
    assert.equal(entry.headers.get('access-control-allow-origin'), ORIGIN);
    assert.equal(entry.headers.get('cross-origin-resource-policy'), 'cross-origin');
    assert.equal(entry.text, 'export const ok = 1;\n');
    const chunk = await call(`${base}/locale-en-Ab12Cd34.js`);
    assert.match(chunk.headers.get('cache-control')!, /immutable/);
    const cached = await call(`${base}/svara-survey.js`, {
      headers: { 'if-none-match': entry.headers.get('etag')! },
    });
    assert.equal(cached.status, 304);
    assertProblem(await call(`${base}/..%2f..%2fetc%2fpasswd`), 404);
  });

  test('scripts go gzipped to a browser that accepts it, and as they are to one that does not', async () => {
    const { mkdirSync } = await import('node:fs');
    const { gunzipSync } = await import('node:zlib');
    mkdirSync(embed, { recursive: true });
    const script = `export const questions = ${JSON.stringify(Array.from({ length: 200 }, (_, i) => `fråga ${i}`))};\n`;
    writeFileSync(join(embed, 'questions-Zx98Yw76.js'), script);
    const raw = async (acceptEncoding?: string) => {
      const response = await new Promise<IncomingMessage>((resolve, reject) =>
        get(
          `${base}/questions-Zx98Yw76.js`,
          { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} },
          resolve,
        ).on('error', reject),
      );
      const chunks: Buffer[] = [];
      for await (const chunk of response) chunks.push(chunk as Buffer);
      return { headers: response.headers, body: Buffer.concat(chunks) };
    };
    const zipped = await raw('gzip, deflate, br');
    assert.equal(zipped.headers['content-encoding'], 'gzip');
    assert.match(String(zipped.headers.vary), /Accept-Encoding/);
    assert.match(String(zipped.headers.vary), /Origin/);
    assert.equal(Number(zipped.headers['content-length']), zipped.body.byteLength);
    assert.ok(zipped.body.byteLength < Buffer.byteLength(script) / 2, 'at most half the bytes on the wire');
    assert.equal(gunzipSync(zipped.body).toString('utf8'), script);
    for (const refused of [undefined, 'identity', 'gzip;q=0']) {
      const plain = await raw(refused);
      assert.equal(plain.headers['content-encoding'], undefined, String(refused));
      assert.equal(plain.body.toString('utf8'), script);
    }
  });

  test('a restart keeps every stored response and does not migrate again', async () => {
    const count = await store.count(SURVEY);
    await collector.close();
    collector = await start();
    base = collector.url;
    store = collector.store;
    assert.equal(await store.count(SURVEY), count);
    assert.deepEqual(await store.migrations(), ALL_MIGRATIONS);
  });
}

describe('collector API on SQLite (a real file)', () => suite('sqlite'));
describe('collector API on PostgreSQL (a real server)', () => {
  suite('postgres');
  after(stopPostgres); // after the suite's own clean-up, which drops its database
});

describe('opening stores', () => {
  test('a SQLite store is created with its directory, in WAL mode', async () => {
    const dir = tempDir();
    try {
      const file = join(dir.dir, 'a', 'b', 'x.sqlite');
      const store = await openStore(file);
      await store.close();
      const Database = (await import('better-sqlite3')).default;
      const db = new Database(file, { readonly: true });
      assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
      db.close();
    } finally {
      dir.remove();
    }
  });
});
