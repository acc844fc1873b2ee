/**
 * The submission route against odd but real input (issue #14, item 7), on SQLite and PostgreSQL: ids in
 * capitals, bytes that are not UTF-8, a byte-order mark, and a body with thousands of problems.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import type { Collector } from '../../src/collector.js';
import { childSubmission } from '../helpers.js';
import { onBothDatabases, startTestCollector } from '../test-collector.js';
import type { DatabaseKind } from '../test-collector.js';

const SURVEY = 'familjeenheten-barn';

async function post(base: string, body: string | Buffer, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}/api/surveys/${SURVEY}/responses`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  const text = await response.text();
  return { status: response.status, text, json: () => JSON.parse(text) };
}

function suite(kind: DatabaseKind): void {
  let collector: Collector;
  before(async () => {
    collector = await startTestCollector(kind);
  });
  after(() => collector?.close());

  test('a submission id in capitals is the same submission: stored once, in lower case', async () => {
    const submission = childSubmission();
    const id = submission.submissionId as string;
    const upper = { ...submission, submissionId: id.toUpperCase() };
    const first = await post(collector.url, JSON.stringify(upper), { 'idempotency-key': id.toUpperCase() });
    assert.equal(first.status, 201, first.text);
    assert.equal(first.json().submissionId, id);
    const again = await post(collector.url, JSON.stringify(submission), { 'idempotency-key': id });
    assert.equal(again.status, 200, again.text);
    assert.equal(again.json().status, 'replay');
    assert.equal(await collector.store.count(SURVEY), 1);
    const stored = await collector.store.get(SURVEY, id);
    assert.equal(JSON.parse(stored!.submission).submissionId, id);
  });

  test('bytes that are not UTF-8 are refused with a 400, and nothing is stored', async () => {
    const before = await collector.store.count(SURVEY);
    const submission = childSubmission({ 'vet-varfor': 5, kon: 'flicka', kommentar: 'XX' });
    const bytes = Buffer.from(JSON.stringify(submission));
    const at = bytes.indexOf('XX');
    bytes[at] = 0xff; // never valid in UTF-8
    bytes[at + 1] = 0xfe;
    const reply = await post(collector.url, bytes, { 'accept-language': 'en' });
    assert.equal(reply.status, 400, reply.text);
    assert.deepEqual(
      reply.json().issues.map((i: { code: string }) => i.code),
      ['utf8'],
    );
    assert.match(reply.json().issues[0].message, /UTF-8/);
    assert.equal(await collector.store.count(SURVEY), before);
  });

  test('a body that starts with a byte-order mark is accepted (the mark dropped)', async () => {
    const submission = childSubmission();
    const body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(submission))]);
    const reply = await post(collector.url, body, { 'content-type': 'text/plain;charset=UTF-8' });
    assert.equal(reply.status, 201, reply.text);
    assert.ok(await collector.store.get(SURVEY, submission.submissionId as string));
  });

  test('5,000 unknown answers: 50 issues listed and the rest counted, in a small answer', async () => {
    const answers: Record<string, unknown> = { 'vet-varfor': 5, kon: 'flicka' };
    for (let i = 0; i < 5000; i++) answers[`x${i}`] = 0;
    const body = JSON.stringify(childSubmission(answers));
    assert.ok(body.length < 64 * 1024);
    const reply = await post(collector.url, body);
    assert.equal(reply.status, 400);
    const problem = reply.json();
    assert.equal(problem.issues.length, 50);
    assert.equal(problem.moreIssues, 4950);
    assert.equal(problem.issues[0].path, 'answers.x0');
    assert.ok(reply.text.length < 16 * 1024, `${reply.text.length} bytes`);
  });
}

onBothDatabases('odd submissions', suite);
