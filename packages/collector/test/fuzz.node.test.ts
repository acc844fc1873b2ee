/**
 * Fuzzing the submission endpoint in-process (the request handler without sockets, so 10,000+ cases run in
 * seconds): arbitrary JSON, deep nesting, `__proto__` keys, huge strings, mutated submissions and random bytes.
 * Never a 5xx; every invalid body a 400 with path-and-message issues; Object.prototype untouched.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { parseSubmission } from '@svara/schema';

import { createApp } from '../src/http/app.js';
import type { App } from '../src/http/app.js';
import { openSqlite } from '../src/store/sqlite.js';
import type { Store } from '../src/store/types.js';
import { childSubmission, exampleSurvey, exampleSurveys, inject } from './helpers.js';
import type { Injected } from './helpers.js';

const SURVEY = 'familjeenheten-barn';
const LIMIT = 64 * 1024;
const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();

let store: Store;
let app: App;
let cases = 0;

before(async () => {
  // In memory: this suite fuzzes parsing and validation; durability is the crash test's subject.
  store = await openSqlite(':memory:');
  app = createApp({
    surveys: exampleSurveys(),
    store,
    rateLimit: false,
    allowOrigins: ['https://start.stockholm'],
  });
});
after(async () => {
  await app.close();
  await store.close();
  assert.ok(cases >= 10_000, `at least 10,000 cases ran (${cases})`);
});

async function send(body: string | Buffer, headers: Record<string, string> = {}): Promise<Injected> {
  cases++;
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  return inject(app, {
    method: 'POST',
    url: `/api/surveys/${SURVEY}/responses`,
    headers: { 'content-type': 'application/json', 'content-length': String(bytes.length), ...headers },
    body: bytes,
  });
}

/** Never a server error; a 400 carries issues with a path and a message each; nothing polluted. */
function check(response: Injected): void {
  assert.ok(response.status < 500, `server error ${response.status}: ${String(response.body)}`);
  assert.equal(response.headers['x-content-type-options'], 'nosniff');
  if (response.status === 400) {
    assert.equal(response.headers['content-type'], 'application/problem+json; charset=utf-8');
    const body = JSON.parse(String(response.body)) as { issues: { path: unknown; message: unknown }[] };
    assert.ok(body.issues.length > 0);
    for (const issue of body.issues) {
      assert.equal(typeof issue.path, 'string');
      assert.ok(typeof issue.message === 'string' && issue.message.length > 0);
    }
  }
  assert.deepEqual(Object.getOwnPropertyNames(Object.prototype).sort(), prototypeNames);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
}

/** Deeply nested JSON text: arrays, objects or a mix, `depth` levels around `inner`. */
function nest(depth: number, kinds: readonly ('array' | 'object')[], inner = '1'): string {
  let open = '';
  let close = '';
  for (let i = 0; i < depth; i++) {
    const kind = kinds[i % kinds.length];
    open += kind === 'array' ? '[' : '{"k":';
    close = (kind === 'array' ? ']' : '}') + close;
  }
  return open + inner + close;
}

const RUNS = { arbitrary: 3000, nesting: 1200, proto: 1500, strings: 1000, mutations: 2500, bytes: 1000 };

describe('fuzzing POST /api/surveys/{id}/responses', () => {
  test(`arbitrary JSON (${RUNS.arbitrary} cases): always a 400`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 6 }), async (value) => {
        const response = await send(JSON.stringify(value) ?? 'null');
        check(response);
        assert.equal(response.status, 400);
      }),
      { numRuns: RUNS.arbitrary },
    );
  });

  test(`deep nesting (${RUNS.nesting} cases), in the body, the answers or the meta: 400, or 413 when too large`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 40_000 }),
        fc.array(fc.constantFrom('array' as const, 'object' as const), { minLength: 1, maxLength: 3 }),
        fc.constantFrom('body', 'answer', 'meta', 'key'),
        async (depth, kinds, where) => {
          const deep = nest(depth, kinds);
          const valid = JSON.stringify(childSubmission());
          const body =
            where === 'body'
              ? deep
              : where === 'answer'
                ? valid.replace('"vet-varfor":5', `"vet-varfor":${deep}`)
                : where === 'meta'
                  ? valid.replace('"mode":"web"', `"mode":${deep}`)
                  : valid.replace('"answers":{', `"answers":{"x":${deep},`);
          const response = await send(body);
          check(response);
          assert.equal(response.status, Buffer.byteLength(body) > LIMIT ? 413 : 400);
        },
      ),
      { numRuns: RUNS.nesting },
    );
  });

  test(`__proto__, constructor and prototype keys anywhere (${RUNS.proto} cases): 400, nothing polluted`, async () => {
    const key = fc.constantFrom('__proto__', 'constructor', 'prototype', 'polluted', 'toString', 'valueOf');
    const evil = fc.record({
      key,
      inner: fc.constantFrom(
        '{"polluted":1}',
        '{"__proto__":{"polluted":1}}',
        '[{"polluted":1}]',
        '"x"',
        'null',
      ),
      where: fc.constantFrom('top', 'answers', 'meta', 'answer-value', 'scale-group'),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(evil, { minLength: 1, maxLength: 4 }), async (entries) => {
        let body = JSON.stringify(childSubmission());
        for (const { key: k, inner, where } of entries) {
          const pair = `${JSON.stringify(k)}:${inner}`;
          if (where === 'top') body = `{${pair},${body.slice(1)}`;
          else if (where === 'answers') body = body.replace('"answers":{', `"answers":{${pair},`);
          else if (where === 'meta') body = body.replace('"meta":{', `"meta":{${pair},`);
          else if (where === 'answer-value') body = body.replace('"kon":"flicka"', `"kon":{${pair}}`);
          else body = body.replace('"vet-varfor":5', `"vet-varfor":{${pair}}`);
        }
        const response = await send(body);
        check(response);
        assert.equal(response.status, 400, body);
      }),
      { numRuns: RUNS.proto },
    );
  });

  test(`huge strings (${RUNS.strings} cases): 413 over 64 KiB, else judged like any other value`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.integer({ min: 0, max: 3000 }),
          fc.integer({ min: 60_000, max: 70_000 }),
          fc.integer({ min: 100_000, max: 300_000 }),
        ),
        fc.constantFrom('a', 'å', '😀', '\u0000', '"', '\\', '='),
        fc.constantFrom('kommentar', 'submissionId', 'answer-key', 'lang', 'kon'),
        async (length, char, where) => {
          const text = char.repeat(Math.ceil(length / char.length));
          const submission = childSubmission({ 'vet-varfor': 5 });
          if (where === 'kommentar') (submission.answers as Record<string, unknown>).kommentar = text;
          else if (where === 'answer-key') (submission.answers as Record<string, unknown>)[text] = 1;
          else if (where === 'kon') (submission.answers as Record<string, unknown>).kon = text;
          else submission[where] = text;
          const body = JSON.stringify(submission);
          const response = await send(body);
          check(response);
          if (Buffer.byteLength(body) > LIMIT) assert.equal(response.status, 413);
          else {
            const expected = parseSubmission(exampleSurvey(SURVEY), submission).ok;
            assert.equal(response.status, expected ? 201 : 400);
          }
        },
      ),
      { numRuns: RUNS.strings },
    );
  });

  test(`mutated valid submissions (${RUNS.mutations} cases): stored, replayed, conflicting or a 400 — the status matches the schema`, async () => {
    const path = fc.constantFrom(
      ['submissionId'],
      ['surveyId'],
      ['surveyVersion'],
      ['lang'],
      ['submittedAt'],
      ['answers'],
      ['answers', 'vet-varfor'],
      ['answers', 'kon'],
      ['answers', 'kommentar'],
      ['answers', 'lyssnade'],
      ['meta'],
      ['meta', 'answeredBy'],
      ['meta', 'mode'],
      ['meta', 'plain'],
      ['extra'],
    );
    const value = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.constantFrom<unknown>(1, 2, 5, 'flicka', 'dont_know', 'skipped', true, 'sv', 'web', 'self', null),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(path, value), { minLength: 1, maxLength: 3 }), async (mutations) => {
        const submission = childSubmission({ 'vet-varfor': 5, kon: 'flicka' });
        for (const [p, v] of mutations) {
          let target = submission as Record<string, unknown>;
          for (const key of p.slice(0, -1)) {
            const next = target[key];
            if (next === null || typeof next !== 'object' || Array.isArray(next)) break;
            target = next as Record<string, unknown>;
          }
          Object.defineProperty(target, p.at(-1)!, {
            value: v,
            enumerable: true,
            writable: true,
            configurable: true,
          });
        }
        const body = JSON.stringify(submission);
        const response = await send(body);
        check(response);
        const valid = parseSubmission(exampleSurvey(SURVEY), submission).ok;
        if (valid) assert.ok([200, 201, 422].includes(response.status), `valid but ${response.status}`);
        else assert.equal(response.status, 400);
      }),
      { numRuns: RUNS.mutations },
    );
  });

  test(`random bytes and text, any content type and headers (${RUNS.bytes} cases): never a 5xx`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.uint8Array({ maxLength: 2000 }), fc.string({ maxLength: 500, unit: 'grapheme' })),
        fc.constantFrom('application/json', 'text/plain', 'text/plain; charset=utf-8', 'application/xml', ''),
        fc.string({ maxLength: 60 }),
        fc.string({ maxLength: 60 }),
        async (payload, type, language, key) => {
          const body = typeof payload === 'string' ? payload : Buffer.from(payload);
          const headers: Record<string, string> = { 'accept-language': language, 'idempotency-key': key };
          if (type) headers['content-type'] = type;
          else headers['content-type'] = '';
          const response = await send(body, headers);
          check(response);
          assert.ok([400, 415].includes(response.status), `status ${response.status}`);
        },
      ),
      { numRuns: RUNS.bytes },
    );
  });
});
