/**
 * Published results over HTTP, SQLite and PostgreSQL (issue #13): while a round is open nothing is published and
 * staff see counts only; answers arrive one at a time and everything public is polled after each — nothing changes
 * until staff publish the closed round's snapshot, and nothing changes after it either (a late answer, the next
 * round's answers). The independent attacker (round-oracle.ts, GLPK) then gets everything published for each round
 * — every unit, every level, the kön split, the whole survey — and must find no hidden count it can work out.
 * Also: "Ni sa – vi gör" per unit and round (roles per unit, editable until published, then only a dated status),
 * automatic publishing once late deliveries are over, the trend over rounds, open data and the public pages.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { Results, RoundSnapshot, TableResult, Trend } from '@svara/schema';

import type { Collector } from '../src/collector.js';
import { exampleSurvey, stopPostgres } from './helpers.js';
import { attack } from './round-oracle.js';
import { as, caller, random, testStaff } from './staff-helpers.js';
import { startTestCollector } from './test-collector.js';

const SURVEY = 'familjeenheten-barn';
const QUESTIONS = ['vet-varfor', 'lyssnade', 'kunde-saga', 'snalla', 'vet-vad-nu'];

const UNITS = [
  { id: 'stad', name: 'Staden', parent: null },
  { id: 'soder', name: 'Södermalm', parent: 'stad' },
  { id: 'soder-fam', name: 'Familjeenheten Söder', parent: 'soder' },
  { id: 'soder-ung', name: 'Ungdomsenheten Söder', parent: 'soder' },
  { id: 'soder-liten', name: 'Lilla enheten', parent: 'soder' },
  { id: 'norr', name: 'Norrmalm', parent: 'stad' },
  { id: 'norr-fam', name: 'Familjeenheten Norr', parent: 'norr' },
  { id: 'kungsholmen', name: 'Kungsholmen', parent: 'stad' },
];
const LEAVES = ['soder-fam', 'soder-ung', 'soder-liten', 'norr-fam'];
/** The round's units and the units above them: the tree the attacker knows. */
const ROUND_UNITS = UNITS.filter((u) => u.id !== 'kungsholmen').map((u) => ({ id: u.id, parent: u.parent }));

type Sub = { unit: string; answers: Record<string, unknown> };

function suite(kind: 'sqlite' | 'postgres'): void {
  describe(`published results (${kind})`, () => {
    let collector: Collector;
    let clock = new Date('2027-01-05T09:00:00+01:00');
    const rnd = random(kind === 'sqlite' ? 7 : 8);

    const call = caller(() => collector.url);
    const admin = as('ada', 'admin@*');
    const boss = as('bo', 'publisher@*');

    /** One answer: kön and the five smiley questions, mostly happy, some sad, some not answered. */
    function answersOf(): Record<string, unknown> {
      const answers: Record<string, unknown> = {};
      const k = rnd();
      if (k < 0.9) answers.kon = k < 0.45 ? 'flicka' : k < 0.85 ? 'pojke' : 'annat';
      for (const id of QUESTIONS) {
        const x = rnd();
        if (x < 0.05) continue;
        answers[id] = x < 0.1 ? 1 : x < 0.18 ? 2 : x < 0.35 ? 3 : x < 0.65 ? 4 : 5;
      }
      return answers;
    }
    async function answer(round: string, unit: string, answers = answersOf(), submittedAt = clock) {
      const reply = await call('POST', `/api/surveys/${SURVEY}/responses`, {
        submissionId: randomUUID(),
        surveyId: SURVEY,
        surveyVersion: 1,
        lang: 'sv',
        submittedAt: submittedAt.toISOString(),
        answers,
        meta: { answeredBy: 'self', mode: 'web' },
        unit,
        round,
      });
      assert.equal(reply.status, 201, reply.text);
      return { unit, answers } satisfies Sub;
    }

    /** Everything the public can read, as text (an ETag would do for a browser; we compare bytes). */
    async function everythingPublic(roundIds: string[]): Promise<string[]> {
      const paths = [
        `/api/surveys/${SURVEY}/results`,
        `/api/surveys/${SURVEY}/results?compare=units`,
        `/api/surveys/${SURVEY}/results?compare=rounds`,
        `/api/surveys/${SURVEY}/results?by=kon`,
        '/api/results',
        '/r/',
      ];
      for (const unit of [...LEAVES, 'soder', 'norr', 'stad'])
        paths.push(
          `/api/surveys/${SURVEY}/results?unit=${unit}`,
          `/api/surveys/${SURVEY}/results?compare=rounds&unit=${unit}`,
        );
      for (const id of roundIds) {
        paths.push(
          `/api/surveys/${SURVEY}/results?round=${id}`,
          `/api/surveys/${SURVEY}/rounds/${id}/results.json`,
          `/api/surveys/${SURVEY}/rounds/${id}/results.csv`,
          `/r/${SURVEY}/${id}`,
        );
        for (const unit of LEAVES)
          paths.push(
            `/api/surveys/${SURVEY}/rounds/${id}/units/${unit}/results.json`,
            `/api/surveys/${SURVEY}/rounds/${id}/units/${unit}/results.csv`,
            `/r/${SURVEY}/${id}/${unit}`,
            `/r/${SURVEY}/${id}/${unit}?audience=child`,
          );
      }
      return Promise.all(
        paths.map(async (path) => {
          const reply = await call('GET', path);
          return `${path} ${reply.status} ${reply.text}`;
        }),
      );
    }

    before(async () => {
      collector = await startTestCollector(kind, { now: () => clock, retentionIntervalMs: 0 });
      testStaff(collector);
      for (const unit of UNITS)
        assert.equal((await call('POST', '/api/staff/units', unit, admin)).status, 201);
    });
    after(async () => {
      await collector?.close();
      if (kind === 'postgres') await stopPostgres();
    });

    const round1: Sub[] = [];
    let r1 = '';
    let r2 = '';
    let before1: string[] = [];

    test('while a round is open: nothing public, staff see counts only; one answer at a time changes nothing published', async () => {
      const created = await call(
        'POST',
        `/api/staff/surveys/${SURVEY}/rounds`,
        {
          name: 'Våren 2027',
          opens: '2027-01-10',
          closes: '2027-01-31',
          units: LEAVES.map((unitId) => ({ unitId, invited: unitId === 'soder-fam' ? 40 : null })),
        },
        boss,
      );
      assert.equal(created.status, 201, created.text);
      r1 = created.body.id;
      clock = new Date('2027-01-15T10:00:00+01:00');
      const sizes: Record<string, number> = {
        'soder-fam': 22,
        'soder-ung': 12,
        'soder-liten': 3,
        'norr-fam': 9,
      };
      const nothing = await everythingPublic([r1]);
      for (const line of nothing.filter((l) => l.startsWith('/api/surveys')))
        assert.match(line, / 404 /, 'nothing is published while the round is open');
      assert.deepEqual((await call('GET', '/api/results')).body.snapshots, []);
      let n = 0;
      for (const [unit, size] of Object.entries(sizes)) {
        for (let i = 0; i < size; i++) {
          round1.push(await answer(r1, unit));
          n++;
          // Poll after every few answers (all of them is slow on two cores): nothing public moves.
          if (n % 7 === 0) assert.deepEqual(await everythingPublic([r1]), nothing, `after answer ${n}`);
        }
      }
      assert.deepEqual(await everythingPublic([r1]), nothing);
      // Staff: counts, never distributions.
      const state = await call(
        'GET',
        `/api/staff/rounds/${r1}/snapshot`,
        undefined,
        as('rut', 'reader@soder'),
      );
      assert.equal(state.status, 200, state.text);
      assert.equal(state.body.status, 'open');
      assert.equal(state.body.respondents, n);
      assert.equal(state.body.publishedAt, null);
      assert.equal(state.body.audit, null);
      assert.ok(!/"counts"|"mean"/.test(state.text));
      const refused = await call('POST', `/api/staff/rounds/${r1}/publish`, {}, boss);
      assert.equal(refused.status, 409);
      assert.equal(refused.body.type, 'urn:svara:problem:round-not-closed');
    });

    test('"Ni sa – vi gör": publishers of the unit write actions; readers and other units cannot', async () => {
      const action = {
        unit: 'soder-fam',
        heard: 'Många barn visste inte varför de var här.',
        questions: ['vet-varfor'],
        action: 'Vi förklarar vid första mötet varför barnet är här, med bildstöd.',
        plain: 'Vi berättar varför du är här. Vi visar bilder.',
        responsible: 'Enhetschefen',
        status: 'planerad',
        when: '2027-03',
      };
      assert.equal(
        (await call('POST', `/api/staff/rounds/${r1}/actions`, action, as('rut', 'reader@soder-fam'))).status,
        403,
      );
      assert.equal(
        (await call('POST', `/api/staff/rounds/${r1}/actions`, action, as('nils', 'publisher@norr'))).status,
        403,
      );
      const bad = await call(
        'POST',
        `/api/staff/rounds/${r1}/actions`,
        { ...action, questions: ['finns-inte'], status: 'kanske', responsible: '' },
        as('sara', 'publisher@soder'),
      );
      assert.equal(bad.status, 422);
      assert.deepEqual(bad.body.issues.map((i: { path: string }) => i.path).sort(), [
        'questions[0]',
        'responsible',
        'status',
      ]);
      const made = await call(
        'POST',
        `/api/staff/rounds/${r1}/actions`,
        action,
        as('sara', 'publisher@soder'),
      );
      assert.equal(made.status, 201, made.text);
      assert.equal(made.body.published, false);
      const whole = await call(
        'POST',
        `/api/staff/rounds/${r1}/actions`,
        { ...action, unit: null, heard: 'Barnen vill bli lyssnade på.', questions: ['lyssnade'] },
        boss,
      );
      assert.equal(whole.status, 201, whole.text);
      const changed = await call(
        'PATCH',
        `/api/staff/rounds/${r1}/actions/${made.body.id}`,
        { action: 'Vi förklarar vid första mötet varför barnet är här.' },
        as('sara', 'publisher@soder-fam'),
      );
      assert.equal(changed.status, 200, changed.text);
      assert.equal(changed.body.action, 'Vi förklarar vid första mötet varför barnet är här.');
      const listed = await call(
        'GET',
        `/api/staff/rounds/${r1}/actions`,
        undefined,
        as('kim', 'reader@kungsholmen'),
      );
      assert.equal(listed.status, 403, 'a reader of a unit outside the round');
      const mine = await call(
        'GET',
        `/api/staff/rounds/${r1}/actions`,
        undefined,
        as('rut', 'reader@soder-fam'),
      );
      assert.deepEqual(
        mine.body.map((a: { unit: string }) => a.unit),
        ['soder-fam'],
      );
      // Nothing of it is public before the snapshot.
      assert.equal((await call('GET', `/api/surveys/${SURVEY}/results`)).status, 404);
    });

    test('publishing the closed round: once, immutable; a late answer and the next round change nothing published', async () => {
      clock = new Date('2027-02-05T09:00:00+01:00');
      const notYet = await call('POST', `/api/staff/rounds/${r1}/publish`, {}, as('sara', 'publisher@soder'));
      assert.equal(notYet.status, 403, "a unit's publisher does not publish the survey's round");
      const published = await call('POST', `/api/staff/rounds/${r1}/publish`, {}, boss);
      assert.equal(published.status, 201, published.text);
      assert.equal(published.body.status, 'published');
      assert.equal(published.body.publishedBy, 'bo');
      assert.equal(published.body.respondents, round1.length);
      assert.ok(published.body.audit.hidden > 0, 'something had to be hidden');
      assert.equal(published.body.audit.cells, published.body.audit.hidden + published.body.audit.published);
      assert.equal(published.body.audit.exact, true);
      assert.equal((await call('GET', `/api/staff/rounds/${r1}`, undefined, boss)).body.status, 'published');

      const whole = (await call('GET', `/api/surveys/${SURVEY}/results`)).body as Results;
      assert.equal(whole.surveyId, SURVEY);
      assert.equal(whole.round?.id, r1);
      assert.equal(whole.unit?.id, 'stad');
      assert.equal(whole.respondents, round1.length);
      assert.equal(whole.by?.question, 'kon');
      assert.deepEqual(
        whole.actions?.map((a) => a.heard),
        ['Barnen vill bli lyssnade på.'],
      );
      const fam = (await call('GET', `/api/surveys/${SURVEY}/results?unit=soder-fam`)).body as Results;
      // 22 answered; the count may be hidden to protect the three of the unit next to it.
      assert.ok(fam.respondents === 22 || fam.respondents === null);
      assert.equal(fam.invited, 40);
      assert.equal(fam.responseRate, fam.respondents === null ? null : 0.55);
      assert.equal(fam.actions?.[0]?.responsible, 'Enhetschefen');
      const small = (await call('GET', `/api/surveys/${SURVEY}/results?unit=soder-liten`)).body as Results;
      assert.equal(small.respondents, null, 'three answers: not even how many');
      for (const q of small.questions) if (q.published && q.type !== 'scale-group') assert.ok(q.total.tooFew);
      const bad = await call('GET', `/api/surveys/${SURVEY}/results?by=vet-varfor`);
      assert.equal(bad.status, 400);
      assert.deepEqual(
        bad.body.issues.map((i: { path: string }) => i.path),
        ['by'],
      );
      assert.equal((await call('GET', `/api/surveys/${SURVEY}/results?unit=nowhere`)).status, 404);

      // Within every published line the hidden counts add up to 0 or at least 5.
      const snapshot = (await call('GET', `/api/surveys/${SURVEY}/results?compare=units`))
        .body as RoundSnapshot;
      assert.equal(snapshot.format, 'svara-round-results/1');
      for (const result of snapshot.results)
        for (const q of result.questions) {
          if (!q.published || q.type === 'scale-group' || q.type === 'multi') continue;
          for (const col of [q.total, ...(q.groups ?? [])]) {
            if (col.n === null || col.tooFew) continue;
            const shown = [
              ...col.counts.map((c) => c.count),
              ...(col.merged ?? []),
              col.dontKnow,
              col.skipped,
            ].filter((c) => c !== undefined);
            const hiddenSum = col.n - shown.reduce<number>((s, c) => s + (c ?? 0), 0);
            assert.ok(
              hiddenSum === 0 || hiddenSum >= 5,
              `${result.unit?.id} ${q.id}: hidden add up to ${hiddenSum}`,
            );
          }
        }

      const oracle = await attack({
        survey: exampleSurvey(SURVEY),
        units: ROUND_UNITS,
        // The reader may know that every answer was given in a unit without units below it.
        onlyLeaves: true,
        submissions: round1,
        published: snapshot.results,
      });
      assert.ok(oracle.checked > 20, `checked ${oracle.checked}`);
      assert.deepEqual(oracle.leaks, []);
      assert.deepEqual(oracle.smallPublished, []);

      before1 = await everythingPublic([r1]);
      const again = await call('POST', `/api/staff/rounds/${r1}/publish`, {}, boss);
      assert.equal(again.status, 409);
      assert.equal(again.body.type, 'urn:svara:problem:already-published');
      // A late answer, given during the round, arrives: stored, but nothing published moves.
      await answer(
        r1,
        'soder-ung',
        { kon: 'flicka', 'vet-varfor': 1 },
        new Date('2027-01-30T12:00:00+01:00'),
      );
      assert.deepEqual(await everythingPublic([r1]), before1);
      // The database itself refuses to change a published snapshot.
      await assert.rejects(
        collector.app.svara.store.db
          .updateTable('result_snapshots')
          .set({ respondents: 1 })
          .where('round_id', '=', r1)
          .execute(),
      );

      // Published actions: only the status changes, dated; the rest is kept.
      const actions = (await call('GET', `/api/staff/rounds/${r1}/actions`, undefined, boss)).body;
      const mine = actions.find((a: { unit: string }) => a.unit === 'soder-fam');
      assert.equal(mine.published, true);
      const reworded = await call(
        'PATCH',
        `/api/staff/rounds/${r1}/actions/${mine.id}`,
        { action: 'Något annat.' },
        boss,
      );
      assert.equal(reworded.status, 409);
      assert.equal(reworded.body.type, 'urn:svara:problem:action-published');
      assert.equal(
        (await call('DELETE', `/api/staff/rounds/${r1}/actions/${mine.id}`, undefined, boss)).status,
        409,
      );
      assert.equal(
        (await call('POST', `/api/staff/rounds/${r1}/actions`, { ...mine, unit: 'soder-fam' }, boss)).status,
        409,
      );
      const done = await call(
        'PATCH',
        `/api/staff/rounds/${r1}/actions/${mine.id}`,
        { status: 'klar', note: 'Bildstödet används sedan mars.' },
        boss,
      );
      assert.equal(done.status, 200, done.text);
      assert.deepEqual(done.body.history, [
        { status: 'klar', at: '2027-02-05', note: 'Bildstödet används sedan mars.' },
      ]);
      const fam2 = (await call('GET', `/api/surveys/${SURVEY}/results?unit=soder-fam`)).body as Results;
      assert.equal(fam2.actions?.[0]?.status, 'klar');
      assert.deepEqual(
        { ...fam2, actions: undefined },
        { ...fam, actions: undefined },
        'the counts stay exactly as published',
      );
      before1 = await everythingPublic([r1]);
    });

    test("the next round: its answers change nothing published; published by itself once late answers are over; a trend, last round's actions carried over", async () => {
      const created = await call(
        'POST',
        `/api/staff/surveys/${SURVEY}/rounds`,
        {
          name: 'Hösten 2027',
          opens: '2027-09-01',
          closes: '2027-09-30',
          units: LEAVES.map((unitId) => ({ unitId })),
        },
        boss,
      );
      assert.equal(created.status, 201, created.text);
      r2 = created.body.id;
      clock = new Date('2027-09-10T10:00:00+02:00');
      const round2: Sub[] = [];
      const sizes: Record<string, number> = {
        'soder-fam': 15,
        'soder-ung': 8,
        'soder-liten': 6,
        'norr-fam': 11,
      };
      let n = 0;
      for (const [unit, size] of Object.entries(sizes))
        for (let i = 0; i < size; i++) {
          round2.push(await answer(r2, unit));
          if (++n % 10 === 0) assert.deepEqual(await everythingPublic([r1]), before1, `round 2, answer ${n}`);
        }
      // Closed, but late answers may still come until 30 October: not published by itself yet.
      clock = new Date('2027-10-15T10:00:00+02:00');
      assert.deepEqual((await collector.app.svara.results.publishDue()).published, []);
      assert.deepEqual(await everythingPublic([r1]), before1);
      clock = new Date('2027-11-02T10:00:00+01:00');
      const due = await collector.app.svara.results.publishDue();
      assert.deepEqual(
        due.published.map((s) => [s.roundId, s.publishedBy]),
        [[r2, 'system']],
      );
      const latest = (await call('GET', `/api/surveys/${SURVEY}/results`)).body as Results;
      assert.equal(latest.round?.id, r2);
      const fam = (await call('GET', `/api/surveys/${SURVEY}/results?unit=soder-fam`)).body as Results;
      assert.equal(fam.previousActions?.round.id, r1);
      assert.equal(fam.previousActions?.actions[0]?.status, 'klar');
      const first = (await call('GET', `/api/surveys/${SURVEY}/results?round=${r1}&unit=soder-fam`))
        .body as Results;
      assert.equal(first.round?.id, r1);
      const trend = (await call('GET', `/api/surveys/${SURVEY}/results?compare=rounds&unit=soder-fam`))
        .body as Trend;
      assert.equal(trend.format, 'svara-trend/1');
      const vet = trend.questions.find((q) => q.id === 'vet-varfor')!;
      assert.deepEqual(
        vet.points.map((p) => p.round.id),
        [r1, r2],
      );

      const snapshot2 = (await call('GET', `/api/surveys/${SURVEY}/rounds/${r2}/results.json`))
        .body as RoundSnapshot;
      const oracle = await attack({
        survey: exampleSurvey(SURVEY),
        units: ROUND_UNITS,
        // The reader may know that every answer was given in a unit without units below it.
        onlyLeaves: true,
        submissions: round2,
        published: snapshot2.results,
      });
      assert.deepEqual(oracle.leaks, []);
      assert.deepEqual(oracle.smallPublished, []);
      // Round 1 as published before: untouched by round 2 (its results in every path, its files, its pages).
      const now1 = await everythingPublic([r1]);
      const roundOne = (lines: string[]) => lines.filter((l) => l.split(' ')[0]!.includes(r1));
      assert.deepEqual(roundOne(now1), roundOne(before1));
    });

    test('open data and pages: an index, JSON and CSV per round and unit, printable pages under a strict CSP', async () => {
      const index = (await call('GET', '/api/results')).body;
      assert.equal(index.format, 'svara-results-index/1');
      assert.deepEqual(
        index.snapshots.map((s: { round: { id: string } }) => s.round.id),
        [r2, r1],
      );
      const unit = index.snapshots[1].units.find((u: { id: string }) => u.id === 'soder-fam');
      const json = (await call('GET', unit.json)).body as Results;
      assert.equal(json.unit?.id, 'soder-fam');
      const csv = await call('GET', unit.csv);
      assert.equal(csv.status, 200);
      assert.match(csv.headers.get('content-type')!, /^text\/csv/);
      const lines = csv.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      assert.equal(lines[0]!.split(',')[0], 'survey_id');
      const vet = json.questions.find((q) => q.id === 'vet-varfor') as TableResult;
      const totalRows = lines.filter((l) => l.includes(',vet-varfor,') && l.includes(',total,'));
      assert.ok(totalRows.length >= 3);
      for (const c of vet.total.counts) {
        const row = totalRows.find((l) => l.split(',')[10] === String(c.value));
        if (!row) continue; // merged into a set
        assert.equal(row.split(',')[12], c.count === null ? '' : String(c.count));
      }
      for (const path of ['/r/', unit.page, `${unit.page}?audience=child`, index.snapshots[1].page]) {
        const page = await call('GET', path);
        assert.equal(page.status, 200, path);
        assert.match(page.headers.get('content-type')!, /^text\/html/);
        const csp = page.headers.get('content-security-policy')!;
        assert.match(csp, /script-src 'none'/);
        assert.match(csp, /style-src 'self'/);
        assert.ok(!/<script|style=/.test(page.text), `${path}: no scripts, no inline styles`);
      }
      const page = await call('GET', unit.page);
      assert.match(page.text, /Ni sa – vi gör/);
      assert.match(page.text, /Enhetschefen/);
      assert.match(page.text, /<caption/);
      assert.equal((await call('GET', `/r/${SURVEY}/${r1}/nowhere`)).status, 404);
      assert.equal((await call('GET', `/r/${SURVEY}/no-round`)).status, 404);
    });

    test('open data from any page: results JSON and CSV carry Access-Control-Allow-Origin: *; nothing else does', async () => {
      // The collector allows no origin (no --allow-origin): a page elsewhere still reads the published results.
      const page = { origin: 'https://www.kommun.example' };
      const open = [
        '/api/results',
        `/api/surveys/${SURVEY}/results`,
        `/api/surveys/${SURVEY}/results?compare=units`,
        `/api/surveys/${SURVEY}/rounds/${r1}/results.json`,
        `/api/surveys/${SURVEY}/rounds/${r1}/results.csv`,
        `/api/surveys/${SURVEY}/rounds/${r1}/units/soder-fam/results.json`,
        `/api/surveys/${SURVEY}/rounds/${r1}/units/soder-fam/results.csv`,
        `/api/surveys/${SURVEY}/rounds/no-round/results.json`,
      ];
      for (const path of open) {
        for (const headers of [page, {}]) {
          const reply = await call('GET', path, undefined, headers);
          assert.equal(reply.status, path.includes('no-round') ? 404 : 200, `${path}: ${reply.text}`);
          assert.equal(reply.headers.get('access-control-allow-origin'), '*', path);
          assert.equal(reply.headers.get('access-control-allow-credentials'), null, path);
        }
        const preflight = await call('OPTIONS', path, undefined, {
          ...page,
          'access-control-request-method': 'GET',
          'access-control-request-headers': 'if-none-match',
        });
        assert.equal(preflight.status, 204, path);
        assert.equal(preflight.headers.get('access-control-allow-origin'), '*', path);
        assert.match(preflight.headers.get('access-control-allow-methods')!, /GET/);
        assert.doesNotMatch(preflight.headers.get('access-control-allow-methods')!, /POST/);
      }
      // Everything else stays for the allowed origins only: the survey itself, answers, staff paths, and any
      // method but reading on an open path.
      const refused = [
        ['GET', `/api/surveys/${SURVEY}`],
        ['POST', `/api/surveys/${SURVEY}/responses`],
        ['GET', '/api/staff/units'],
        ['POST', '/api/results'],
        ['OPTIONS', `/api/surveys/${SURVEY}/responses`],
      ] as const;
      for (const [method, path] of refused) {
        const reply = await call(method, path, method === 'POST' ? {} : undefined, page);
        assert.equal(reply.status, 403, `${method} ${path}`);
        assert.equal(reply.headers.get('access-control-allow-origin'), null, `${method} ${path}`);
      }
    });
  });
}

suite('sqlite');
suite('postgres');
