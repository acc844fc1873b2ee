/**
 * Surveys in the database (issue #12): drafts and published versions through the staff API, every published
 * version answerable, comparability on publish, closing (410), replays whatever the version, exports and
 * a round snapshot over every version's questions, and definition files imported as versions — on SQLite and PostgreSQL.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { main } from '../src/cli.js';
import { startCollector } from '../src/collector.js';
import type { Collector } from '../src/collector.js';
import { parseExportCsv } from '../src/csv.js';
import { createRoundTally } from '../src/results/round/round.js';
import type { TableResult } from '@svara/schema';
import { loaded, SurveyLoadError } from '../src/surveys.js';
import { survey, tempDir } from './helpers.js';
import { as, caller, testStaff } from './staff-helpers.js';
import { freshDatabase, onBothDatabases } from './test-collector.js';
import type { DatabaseKind, FreshDatabase } from './test-collector.js';

const TOKEN = 'versions-test-token';
const ID = 'hembesok';

/** Version 1 as a file would hold it. */
const v1 = {
  id: ID,
  version: 1,
  lang: 'sv',
  title: 'Hembesöket',
  questions: [
    { id: 'bemotande', type: 'scale', scale: 'smiley-5', text: 'Hur blev du bemött?', breakdown: true },
    {
      id: 'annat',
      type: 'choice',
      text: 'Fick du hjälp med något annat?',
      options: [
        { value: 'ja', text: 'Ja' },
        { value: 'nej', text: 'Nej' },
      ],
    },
    { id: 'kommentar', type: 'text', text: 'Något mer?' },
  ],
};
/** Version 2: one question reworded, one removed, one added. */
const v2 = {
  ...v1,
  questions: [
    { ...v1.questions[0], text: 'Hur blev du bemött av oss?' },
    v1.questions[2],
    { id: 'tid', type: 'choice', text: 'Kom vi i tid?', options: v1.questions[1]!.options },
  ],
};

function suite(kind: DatabaseKind): void {
  let db: string;
  let database: FreshDatabase | undefined;
  let removeDir: (() => void) | undefined;
  let collector: Collector;
  let base: string;
  let files: string;

  const start = (options: { surveys?: string; requireApproval?: boolean } = {}) =>
    startCollector({
      db,
      port: 0,
      adminToken: TOKEN,
      rateLimit: false,
      ...(options.surveys ? { surveys: options.surveys } : {}),
      requireApproval: options.requireApproval ?? true,
    }).then((c) => {
      testStaff(c);
      return c;
    });

  const call = caller(() => base);
  const alice = as('alice', 'editor,publisher');
  const bob = as('bob', 'publisher');
  const submission = (version: number, answers: Record<string, unknown>) => ({
    submissionId: randomUUID(),
    surveyId: ID,
    surveyVersion: version,
    lang: 'sv',
    submittedAt: '2027-02-01T10:00:00.000Z',
    answers,
    meta: { answeredBy: 'self', mode: 'web' },
  });
  const answer = (body: unknown) => call('POST', `/api/surveys/${ID}/responses`, body);

  before(async () => {
    const dir = tempDir();
    removeDir = dir.remove;
    files = join(dir.dir, 'surveys');
    mkdirSync(files);
    database = await freshDatabase(kind);
    db = database.db;
    writeFileSync(join(files, `${ID}.json`), JSON.stringify(v1));
    collector = await start({ surveys: files });
    base = collector.url;
  });
  after(async () => {
    await collector?.close();
    await database?.remove();
    removeDir?.();
  });

  test('a definition file is imported as version 1; the same file again publishes nothing', async () => {
    const served = await call('GET', `/api/surveys/${ID}`);
    assert.equal(served.status, 200);
    assert.deepEqual(served.body, survey(v1));
    await collector.close();
    collector = await start({ surveys: files });
    base = collector.url;
    assert.deepEqual(
      collector.app.svara.imported.map((o) => [o.id, o.version, o.published]),
      [[ID, 1, false]],
    );
    const versions = await call('GET', `/api/staff/surveys/${ID}/versions`, undefined, alice);
    assert.equal(versions.status, 200);
    assert.deepEqual(
      versions.body.map((v: { version: number }) => v.version),
      [1],
    );
    assert.match(versions.body[0].publishedBy, /^file:.*hembesok\.json$/);
  });

  let storedV1: ReturnType<typeof submission>;

  test('the staff API: nobody gets 401, a reader 403; a stale draft revision is a 409 with the current draft', async () => {
    storedV1 = submission(1, { bemotande: 4, annat: 'ja', kommentar: 'Bra' });
    assert.equal((await answer(storedV1)).status, 201);

    assert.equal((await call('GET', `/api/staff/surveys/${ID}/draft`)).status, 401);
    assert.equal(
      (await call('GET', `/api/staff/surveys/${ID}/draft`, undefined, as('rita', 'reader'))).status,
      403,
    );
    assert.equal((await call('GET', `/api/staff/surveys/finns-inte/draft`, undefined, alice)).status, 404);
    const draft = await call('GET', `/api/staff/surveys/${ID}/draft`, undefined, alice);
    assert.equal(draft.status, 200);
    assert.equal(draft.body.revision, 0, 'a survey that was only imported starts its draft from version 1');
    assert.equal(draft.headers.get('etag'), '"0"');

    const noMatch = await call('PUT', `/api/staff/surveys/${ID}/draft`, { definition: v2 }, alice);
    assert.equal(noMatch.status, 428);
    const saved = await call(
      'PUT',
      `/api/staff/surveys/${ID}/draft`,
      { definition: v2 },
      { ...alice, 'if-match': '"0"' },
    );
    assert.equal(saved.status, 200, saved.text);
    assert.equal(saved.body.revision, 1);
    assert.deepEqual(saved.body.issues, []);
    const stale = await call(
      'PUT',
      `/api/staff/surveys/${ID}/draft`,
      { definition: v1 },
      { ...alice, 'if-match': '"0"' },
    );
    assert.equal(stale.status, 409);
    assert.match(stale.headers.get('content-type')!, /problem\+json/);
    assert.equal(stale.body.current.revision, 1);
    assert.deepEqual(stale.body.current.definition, v2);
  });

  test('publishing needs a second person: 409 unapproved, 403 approving one’s own draft; then v2 with what changed', async () => {
    const unapproved = await call('POST', `/api/staff/surveys/${ID}/publish`, { revision: 1 }, bob);
    assert.equal(unapproved.status, 409);
    assert.equal(unapproved.body.type, 'urn:svara:problem:not-approved');
    assert.equal(
      (
        await call(
          'POST',
          `/api/staff/surveys/${ID}/draft/approve`,
          { revision: 1 },
          as('alice', 'publisher'),
        )
      ).status,
      403,
    );
    assert.equal(
      (await call('POST', `/api/staff/surveys/${ID}/publish`, { revision: 1 }, as('eve', 'editor'))).status,
      403,
    );
    const approved = await call('POST', `/api/staff/surveys/${ID}/draft/approve`, { revision: 1 }, bob);
    assert.equal(approved.status, 200, approved.text);
    const published = await call('POST', `/api/staff/surveys/${ID}/publish`, { revision: 1 }, bob);
    assert.equal(published.status, 201, published.text);
    assert.equal(published.body.version, 2);
    assert.deepEqual(published.body.changed, ['questions[0].text']);
    assert.deepEqual(
      published.body.diff.map((d: { change: string; path: string }) => `${d.change} ${d.path}`).sort(),
      ['added questions[2]', 'removed questions[1]', 'reworded questions[0].text'],
    );
    const served = await call('GET', `/api/surveys/${ID}`);
    assert.equal(served.body.version, 2);
    assert.equal(served.body.questions[0].text, 'Hur blev du bemött av oss?');
  });

  test('an answer queued for version 1 is stored after version 2 is out, validated against version 1', async () => {
    const queued = submission(1, { bemotande: 2, annat: 'nej' });
    const stored = await answer(queued);
    assert.equal(stored.status, 201, stored.text);
    assert.equal((await collector.store.get(ID, queued.submissionId))!.surveyVersion, 1);
    // The replay of an answer stored under version 1: 200, whatever the current version.
    assert.equal((await answer(storedV1)).status, 200);
    // Version 1's rules: "tid" did not exist then.
    const wrong = await answer(submission(1, { bemotande: 2, tid: 'ja' }));
    assert.equal(wrong.status, 400);
    assert.deepEqual(
      wrong.body.issues.map((i: { path: string }) => i.path),
      ['answers.tid'],
    );
    assert.equal((await answer(submission(2, { bemotande: 5, tid: 'ja' }))).status, 201);
    const unknown = await answer(submission(7, { bemotande: 5 }));
    assert.equal(unknown.status, 400);
    assert.match(unknown.body.issues[0].message, /2/);
  });

  test('a kept question id with another scale or options is refused with its path; the draft is kept', async () => {
    const incomparable = {
      ...v2,
      questions: [
        { ...v2.questions[0], scale: 'smiley-3' },
        v2.questions[1],
        {
          ...v2.questions[2],
          options: [
            { value: 'ja', text: 'Ja' },
            { value: 'delvis', text: 'Delvis' },
          ],
        },
      ],
    };
    const saved = await call(
      'PUT',
      `/api/staff/surveys/${ID}/draft`,
      { definition: incomparable },
      { ...alice, 'if-match': '"1"' },
    );
    assert.equal(saved.status, 200);
    await call('POST', `/api/staff/surveys/${ID}/draft/approve`, { revision: 2 }, bob);
    const refused = await call('POST', `/api/staff/surveys/${ID}/publish`, { revision: 2 }, bob);
    assert.equal(refused.status, 422, refused.text);
    assert.deepEqual(
      refused.body.issues.map((i: { path: string; code: string }) => `${i.code} ${i.path}`),
      ['incomparable questions[0].scale', 'incomparable questions[2].options'],
    );
    assert.match(refused.body.issues[0].message, /bemotande.*nytt id/);
    // A question removed in version 2 keeps its meaning too: "annat" cannot come back as a text question.
    const back = { ...v2, questions: [...v2.questions, { id: 'annat', type: 'text', text: 'Annat?' }] };
    await call(
      'PUT',
      `/api/staff/surveys/${ID}/draft`,
      { definition: back },
      { ...alice, 'if-match': '"2"' },
    );
    await call('POST', `/api/staff/surveys/${ID}/draft/approve`, { revision: 3 }, bob);
    const again = await call('POST', `/api/staff/surveys/${ID}/publish`, { revision: 3 }, bob);
    assert.equal(again.status, 422);
    assert.deepEqual(
      again.body.issues.map((i: { path: string }) => i.path),
      ['questions[3].type'],
    );
    assert.equal((await call('GET', `/api/surveys/${ID}`)).body.version, 2, 'nothing was published');
  });

  test('exports carry every version’s questions with survey_version; results count answers to removed questions', async () => {
    // Six more answers queued for version 1 arrive: "annat" exists only in version 1.
    for (let i = 0; i < 6; i++)
      assert.equal((await answer(submission(1, { bemotande: 5, annat: 'ja' }))).status, 201);
    const csv = await call('GET', `/api/surveys/${ID}/export.csv`, undefined, {
      authorization: `Bearer ${TOKEN}`,
    });
    assert.equal(csv.status, 200);
    const header = csv.text
      .replace(/^\uFEFF/, '')
      .split('\r\n')[0]!
      .split(',');
    for (const column of ['survey_version', 'bemotande', 'kommentar', 'tid', 'annat'])
      assert.ok(header.includes(column), column);
    const union = (await collector.app.svara.registry.union(ID))!;
    const rows = parseExportCsv(union, csv.text);
    assert.deepEqual(rows.map((r) => r.submission.surveyVersion).sort(), [1, 1, 1, 1, 1, 1, 1, 1, 2]);
    assert.equal(rows.filter((r) => r.submission.answers.annat === 'ja').length, 7);
    // A round's snapshot counts every answer under the question it answered (the union of the versions).
    const tally = createRoundTally({ survey: union, round: { id: 'r', name: 'R' }, units: [] });
    for (const row of rows) tally.add({ unit: null, answers: row.submission.answers });
    const results = tally.finish().results[0]!;
    assert.equal(results.respondents, 9);
    const annat = results.questions.find((q) => q.id === 'annat') as TableResult;
    assert.ok(annat, 'the removed question is still in the results');
    assert.equal(annat.total.n, 8, 'every answer to it is counted (7 ja, 1 nej)');
  });

  test('a closed survey refuses new answers with 410 "Enkäten är stängd"; a stored answer replays as 200; reopened it takes answers', async () => {
    assert.equal(
      (await call('POST', `/api/staff/surveys/${ID}/close`, undefined, as('rita', 'reader'))).status,
      403,
    );
    const closed = await call('POST', `/api/staff/surveys/${ID}/close`, undefined, bob);
    assert.equal(closed.status, 200);
    assert.equal(closed.body.status, 'closed');
    const refused = await answer(submission(2, { bemotande: 1 }));
    assert.equal(refused.status, 410);
    assert.match(refused.headers.get('content-type')!, /problem\+json/);
    assert.equal(refused.body.type, 'urn:svara:problem:survey-closed');
    assert.match(refused.body.detail, /^Enkäten är stängd/);
    const english = await call('POST', `/api/surveys/${ID}/responses`, submission(1, { bemotande: 1 }), {
      'accept-language': 'en',
    });
    assert.match(english.body.detail, /closed/);
    assert.equal((await answer(storedV1)).status, 200, 'already stored: acknowledged again');
    assert.equal((await call('POST', `/api/staff/surveys/${ID}/reopen`, undefined, bob)).status, 200);
    assert.equal((await answer(submission(1, { bemotande: 1 }))).status, 201);
  });

  test('erasing one submission: 204, gone from the store; 404 the second time', async () => {
    const path = `/api/staff/surveys/${ID}/responses/${storedV1.submissionId}`;
    assert.equal((await call('DELETE', path, undefined, as('eve', 'editor'))).status, 403);
    assert.equal((await call('DELETE', path, undefined, bob)).status, 204);
    assert.equal(await collector.store.get(ID, storedV1.submissionId), undefined);
    assert.equal((await call('DELETE', path, undefined, bob)).status, 404);
  });

  test('creating a survey: 201 draft, 409 for a taken id, 422 for a bad id; GET /api/surveys/{id} is 404 until published', async () => {
    const created = await call(
      'POST',
      '/api/staff/surveys',
      { id: 'ny-enkat', ownerUnit: null, definition: { id: 'ny-enkat' } },
      alice,
    );
    assert.equal(created.status, 201, created.text);
    assert.equal(created.body.status, 'draft');
    assert.equal(
      (await call('POST', '/api/staff/surveys', { id: 'ny-enkat', definition: {} }, alice)).status,
      409,
    );
    const bad = await call('POST', '/api/staff/surveys', { id: 'Ny Enkät', definition: {} }, alice);
    assert.equal(bad.status, 422);
    assert.deepEqual(
      bad.body.issues.map((i: { path: string }) => i.path),
      ['id'],
    );
    assert.equal((await call('GET', '/api/surveys/ny-enkat')).status, 404);
    const draft = await call('GET', '/api/staff/surveys/ny-enkat/draft', undefined, alice);
    assert.ok(draft.body.issues.length > 0, 'an unfinished draft is stored, and says what is missing');
    const notJson = await call('PUT', '/api/staff/surveys/ny-enkat/draft', '{"definition":', {
      ...alice,
      'if-match': '"1"',
    });
    assert.equal(notJson.status, 400);
    assert.match(notJson.headers.get('content-type')!, /problem\+json/);
    const list = await call('GET', '/api/staff/surveys', undefined, alice);
    assert.deepEqual(
      list.body.map((s: { id: string }) => s.id),
      [ID, 'ny-enkat'],
    );
  });

  test('a changed file publishes the next version at start-up; one that is not comparable stops start-up', async () => {
    await collector.close();
    const reworded = {
      ...v2,
      questions: [{ ...v2.questions[0], text: 'Hur blev du bemött i dag?' }, ...v2.questions.slice(1)],
    };
    writeFileSync(join(files, `${ID}.json`), JSON.stringify(reworded));
    collector = await start({ surveys: files });
    base = collector.url;
    assert.deepEqual(
      collector.app.svara.imported.map((o) => [o.version, o.published, o.changed]),
      [[3, true, ['questions[0].text']]],
    );
    await collector.close();
    writeFileSync(
      join(files, `${ID}.json`),
      JSON.stringify({ ...v2, questions: [{ id: 'bemotande', type: 'text', text: 'Hur blev du bemött?' }] }),
    );
    await assert.rejects(start({ surveys: files }), (error: unknown) => {
      assert.ok(error instanceof SurveyLoadError);
      assert.match(error.message, /hembesok\.json questions\[0\]\.type: .*bemotande/);
      return true;
    });
    writeFileSync(join(files, `${ID}.json`), JSON.stringify(reworded));
    collector = await start({ surveys: files });
    base = collector.url;
  });

  test('svara import and svara publish', async () => {
    await collector.close();
    const out: string[] = [];
    const err: string[] = [];
    const io = {
      stdout: { write: (t: string) => out.push(t) },
      stderr: { write: (t: string) => err.push(t) },
      env: {},
      cwd: files,
    };
    const file = join(files, `${ID}.json`);
    assert.equal(await main(['import', file, '--db', db], io), 0, err.join(''));
    assert.match(out.join(''), /hembesok: unchanged \(version 3\)/);
    writeFileSync(file, JSON.stringify({ ...v2, title: 'Hembesöket 2027' }));
    assert.equal(await main(['import', file, '--db', db], io), 0, err.join(''));
    assert.match(out.join(''), /hembesok: published version 4 \(reworded: .*title/);
    assert.equal(await main(['publish', 'ny-enkat', '--db', db], io), 1);
    assert.match(err.join(''), /cannot be published/);
    collector = await start();
    base = collector.url;
    assert.equal((await call('GET', `/api/surveys/${ID}`)).body.title, 'Hembesöket 2027');
    const ny = {
      id: 'ny-enkat',
      version: 1,
      lang: 'sv',
      title: 'Ny',
      questions: [{ id: 'q', type: 'text', text: 'Hej?' }],
    };
    assert.equal(
      (
        await call(
          'PUT',
          '/api/staff/surveys/ny-enkat/draft',
          { definition: ny },
          { ...alice, 'if-match': '"1"' },
        )
      ).status,
      200,
    );
    await collector.close();
    assert.equal(await main(['publish', 'ny-enkat', '--db', db, '--by', 'drift'], io), 0, err.join(''));
    collector = await start();
    base = collector.url;
    const versions = await call('GET', '/api/staff/surveys/ny-enkat/versions', undefined, alice);
    assert.deepEqual(
      versions.body.map((v: { version: number; publishedBy: string }) => [v.version, v.publishedBy]),
      [[1, 'drift']],
    );
  });
}

onBothDatabases('survey versions', suite);

test('loaded() keeps its shape for definitions read from files', () => {
  assert.equal(loaded(survey(v1)).survey.id, ID);
});
