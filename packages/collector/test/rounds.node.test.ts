/**
 * Units, rounds and links (issue #12): the unit tree (CSV import, no cycles), rounds with their period and grace
 * for late answers, answers stamped with unit and round (derived when not sent), live counts with the response
 * rate, the hosted respondent pages, and the A4 QR posters decoded from their SVG and PDF — SQLite and PostgreSQL.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { startCollector } from '../src/collector.js';
import type { Collector } from '../src/collector.js';
import { tempDir } from './helpers.js';
import { ensureRasterTools, pdfText, qrInPdf, qrInSvg } from './raster.js';
import { as, caller, testStaff } from './staff-helpers.js';
import { onBothDatabases, startTestCollector } from './test-collector.js';
import type { DatabaseKind } from './test-collector.js';

const SURVEY = 'foraldramottagning';
const PUBLIC = 'https://svar.stockholm.example';

function suite(kind: DatabaseKind): void {
  let collector: Collector;
  /** A folder for the raster tools' files. */
  let dir: string;
  let removeDir: (() => void) | undefined;
  /** The server's clock, moved by the tests. */
  let clock = new Date('2027-01-05T09:00:00+01:00');

  const call = caller(() => collector.url);
  const admin = as('ada', 'admin@*');
  const asCsv = { ...admin, 'content-type': 'text/csv' };
  const answer = (extra: Record<string, unknown>, submittedAt = clock.toISOString()) =>
    call('POST', `/api/surveys/${SURVEY}/responses`, {
      submissionId: randomUUID(),
      surveyId: SURVEY,
      surveyVersion: 1,
      lang: 'sv',
      submittedAt,
      answers: { nojd: 4 },
      meta: { answeredBy: 'self', mode: 'web' },
      ...extra,
    });

  before(async () => {
    ensureRasterTools();
    ({ dir, remove: removeDir } = tempDir());
    collector = await startTestCollector(kind, { publicUrl: PUBLIC, now: () => clock });
    testStaff(collector);
  });
  after(async () => {
    await collector?.close();
    removeDir?.();
  });

  test('units: a tree imported from CSV, all or nothing, issues per line; no cycles; in use → 409', async () => {
    const bad = await call(
      'POST',
      '/api/staff/units/import',
      'id,name,parent\nkungsholmen,Kungsholmen,\nsoc,Socialtjänst,nowhere\nSoc X,Fel,\n',
      asCsv,
    );
    assert.equal(bad.status, 422, bad.text);
    assert.deepEqual(
      bad.body.issues.map((i: { path: string }) => i.path),
      ['line 3: parent', 'line 4: id'],
    );
    assert.deepEqual(
      (await call('GET', '/api/staff/units', undefined, admin)).body,
      [],
      'nothing of it was kept',
    );
    const csv = [
      'id,name,parent',
      'familjeenheten,Familjeenheten,socialtjanst-kh',
      'kungsholmen,Kungsholmen,',
      'socialtjanst-kh,Socialtjänstavdelningen,kungsholmen',
      'stodenheten,Stöd- och serviceenheten,socialtjanst-kh',
      'norrmalm,Norrmalm,',
      'fam-norr,Familjeenheten Norrmalm,norrmalm',
    ].join('\r\n');
    const imported = await call('POST', '/api/staff/units/import', `\uFEFF${csv}`, asCsv);
    assert.equal(imported.status, 200, imported.text);
    assert.deepEqual([imported.body.created, imported.body.updated], [6, 0]);
    const tree = (await call('GET', '/api/staff/units', undefined, admin)).body;
    assert.deepEqual(
      tree.map((u: { id: string; depth: number }) => `${'  '.repeat(u.depth)}${u.id}`),
      ['kungsholmen', '  socialtjanst-kh', '    familjeenheten', '    stodenheten', 'norrmalm', '  fam-norr'],
    );
    const cycle = await call(
      'PUT',
      '/api/staff/units/kungsholmen',
      { name: 'Kungsholmen', parent: 'familjeenheten' },
      admin,
    );
    assert.equal(cycle.status, 422);
    assert.deepEqual(
      cycle.body.issues.map((i: { path: string; code: string }) => `${i.path} ${i.code}`),
      ['parent cycle'],
    );
    assert.equal((await call('DELETE', '/api/staff/units/socialtjanst-kh', undefined, admin)).status, 409);
    assert.equal(
      (await call('POST', '/api/staff/units', { id: 'tillfallig', name: 'Tillfällig', parent: null }, admin))
        .status,
      201,
    );
    assert.equal((await call('DELETE', '/api/staff/units/tillfallig', undefined, admin)).status, 204);
    // A reader of one unit sees it with its ancestors, nothing else.
    const mine = (await call('GET', '/api/staff/units', undefined, as('rut', 'reader@stodenheten'))).body;
    assert.deepEqual(
      mine.map((u: { id: string }) => u.id),
      ['kungsholmen', 'socialtjanst-kh', 'stodenheten'],
    );
  });

  let roundId: string;

  test('a round: publisher of every unit it names; closes + 30 days for late answers by default', async () => {
    const input = {
      name: 'Våren 2027',
      opens: '2027-01-10',
      closes: '2027-03-31',
      units: [
        { unitId: 'familjeenheten', invited: 40 },
        { unitId: 'stodenheten', invited: null },
      ],
    };
    // A publisher of Kungsholmen covers the units below it; one of Norrmalm does not.
    const norrmalm = { ...input, name: 'Norrmalm våren 2027', units: [{ unitId: 'fam-norr', invited: 10 }] };
    const elsewhere = await call(
      'POST',
      `/api/staff/surveys/${SURVEY}/rounds`,
      norrmalm,
      as('nora', 'publisher@norrmalm'),
    );
    assert.equal(elsewhere.status, 201, 'a publisher of Norrmalm runs the survey in Norrmalm');
    const refused = await call(
      'POST',
      `/api/staff/surveys/${SURVEY}/rounds`,
      input,
      as('nora', 'publisher@norrmalm'),
    );
    assert.equal(refused.status, 403);
    const badDates = await call(
      'POST',
      `/api/staff/surveys/${SURVEY}/rounds`,
      { ...input, closes: '2027-01-01', units: [{ unitId: 'nope' }] },
      admin,
    );
    assert.equal(badDates.status, 422);
    assert.deepEqual(badDates.body.issues.map((i: { path: string }) => i.path).sort(), [
      'closes',
      'units[0].unitId',
    ]);
    const created = await call(
      'POST',
      `/api/staff/surveys/${SURVEY}/rounds`,
      input,
      as('klara', 'publisher@kungsholmen'),
    );
    assert.equal(created.status, 201, created.text);
    assert.equal(created.body.acceptLateUntil, '2027-04-30');
    assert.equal(created.body.status, 'planned');
    roundId = created.body.id;
    const rounds = (
      await call('GET', `/api/staff/surveys/${SURVEY}/rounds`, undefined, as('rut', 'reader@*'))
    ).body;
    assert.equal(rounds.length, 2);
  });

  test('answers carry unit and round: derived from the unit and the day; unknown unit 400; before the round 409', async () => {
    const early = await answer({ unit: 'familjeenheten', round: roundId });
    assert.equal(early.status, 409, early.text);
    assert.equal(early.body.type, 'urn:svara:problem:round-not-open');
    assert.match(early.body.detail, /2027-01-10/);
    clock = new Date('2027-02-01T10:00:00+01:00');
    const unknown = await answer({ unit: 'finns-inte' });
    assert.equal(unknown.status, 400);
    assert.deepEqual(
      unknown.body.issues.map((i: { path: string }) => i.path),
      ['unit'],
    );
    const outside = await answer({ unit: 'fam-norr', round: roundId });
    assert.equal(outside.status, 400);
    assert.equal(outside.body.issues[0].code, 'unit-not-in-round');
    const derived = await answer({ unit: 'familjeenheten' });
    assert.equal(derived.status, 201, derived.text);
    const id = derived.body.submissionId as string;
    const stored = JSON.parse((await collector.store.get(SURVEY, id))!.submission);
    assert.equal(stored.unit, 'familjeenheten');
    assert.match(stored.round, /^2027-/, 'the round the unit is in now was stamped');
    for (let i = 0; i < 3; i++)
      assert.equal((await answer({ unit: 'familjeenheten', round: roundId })).status, 201);
    assert.equal((await answer({ unit: 'stodenheten', round: roundId })).status, 201);
    assert.equal(
      (await answer({})).status,
      201,
      'an answer without unit is still taken (the survey is open)',
    );
  });

  test('late answers: given during the round and delivered within the grace → stored; after it → 410, plainly', async () => {
    clock = new Date('2027-04-20T12:00:00+02:00');
    const given = '2027-03-30T15:00:00+02:00';
    const late = await answer({ unit: 'familjeenheten', round: roundId }, given);
    assert.equal(late.status, 201, 'answered on the tablet in March, delivered in April');
    const afterClose = await answer({ unit: 'familjeenheten', round: roundId }, '2027-04-02T10:00:00+02:00');
    assert.equal(afterClose.status, 410);
    assert.equal(afterClose.body.type, 'urn:svara:problem:round-closed');
    clock = new Date('2027-05-01T08:00:00+02:00');
    const tooLate = await answer({ unit: 'familjeenheten', round: roundId }, given);
    assert.equal(tooLate.status, 410);
    assert.match(tooLate.headers.get('content-type')!, /problem\+json/);
    assert.match(tooLate.body.detail, /^Enkäten är stängd för den här omgången/);
    clock = new Date('2027-02-01T10:00:00+01:00');
  });

  test('live counts per unit with the response rate — counts only; a reader sees only their units', async () => {
    const counts = await call(
      'GET',
      `/api/staff/rounds/${roundId}/counts`,
      undefined,
      as('rut', 'reader@kungsholmen'),
    );
    assert.equal(counts.status, 200, counts.text);
    assert.deepEqual(counts.body.units, [
      { unitId: 'familjeenheten', name: 'Familjeenheten', responses: 5, invited: 40, responseRate: 0.125 },
      {
        unitId: 'stodenheten',
        name: 'Stöd- och serviceenheten',
        responses: 1,
        invited: null,
        responseRate: null,
      },
    ]);
    assert.deepEqual(counts.body.total, { responses: 6, invited: null, responseRate: null });
    assert.ok(!/nojd|answers/.test(counts.text), 'no answer distribution');
    const one = await call(
      'GET',
      `/api/staff/rounds/${roundId}/counts`,
      undefined,
      as('sam', 'reader@stodenheten'),
    );
    assert.deepEqual(
      one.body.units.map((u: { unitId: string }) => u.unitId),
      ['stodenheten'],
      'a reader of one unit sees that unit only',
    );
    const none = await call(
      'GET',
      `/api/staff/rounds/${roundId}/counts`,
      undefined,
      as('nora', 'publisher@norrmalm'),
    );
    assert.equal(none.status, 403, 'no unit of the round is theirs');
    assert.equal((await call('GET', `/api/staff/rounds/${roundId}/counts`)).status, 401);
  });

  test('links and the A4 QR poster: SVG and PDF, the QR decodes to the unit’s link', async () => {
    const links = await call('GET', `/api/staff/rounds/${roundId}/links`, undefined, admin);
    const url = `${PUBLIC}/s/${SURVEY}/familjeenheten`;
    assert.deepEqual(
      links.body.map((l: { url: string }) => l.url),
      [url, `${PUBLIC}/s/${SURVEY}/stodenheten`],
    );
    assert.match(
      links.body[0].embed,
      /<svara-survey src="https:\/\/svar\.stockholm\.example\/api\/surveys\/foraldramottagning" unit="familjeenheten">/,
    );
    const svg = await call(
      'GET',
      `/api/staff/rounds/${roundId}/units/familjeenheten/poster.svg`,
      undefined,
      admin,
    );
    assert.equal(svg.status, 200);
    assert.match(svg.headers.get('content-type')!, /^image\/svg\+xml/);
    assert.match(svg.text, /width="210mm" height="297mm"/);
    assert.match(svg.text, /Skanna koden för att svara/);
    assert.match(svg.text, /Föräldramottagningen|Foraldramottagning|mottagning/i);
    const fromSvg = await qrInSvg(svg.text, dir);
    assert.equal(fromSvg.text, url, 'the SVG poster’s code, rendered by librsvg');
    assert.ok(Math.abs(fromSvg.width / fromSvg.height - 210 / 297) < 0.01, 'A4');
    const pdf = await call(
      'GET',
      `/api/staff/rounds/${roundId}/units/familjeenheten/poster.pdf`,
      undefined,
      admin,
    );
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    const fromPdf = await qrInPdf(pdf.bytes, dir);
    assert.equal(fromPdf.text, url, 'the PDF poster’s code, rendered by poppler');
    assert.ok(Math.abs(fromPdf.width / fromPdf.height - 210 / 297) < 0.01, 'A4');
    const words = await pdfText(pdf.bytes, dir);
    assert.match(words, /Skanna koden för att svara/);
    assert.match(words, /svar\.stockholm\.example/);
    // A damaged code is shown not to decode: the check can fail.
    const blank = svg.text.replace(/<path d="[^"]*"/, '<path d=""');
    assert.equal((await qrInSvg(blank, dir)).text, undefined);
    assert.equal(
      (await call('GET', `/api/staff/rounds/${roundId}/units/fam-norr/poster.pdf`, undefined, admin)).status,
      404,
    );
  });

  test('the hosted page: the widget stamped with unit and round; before and after the round a plain page', async () => {
    const page = await call('GET', `/s/${SURVEY}/familjeenheten`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type')!, /^text\/html/);
    const csp = page.headers.get('content-security-policy')!;
    assert.match(csp, /script-src 'self'/);
    assert.match(csp, /require-trusted-types-for 'script'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    assert.match(
      page.text,
      new RegExp(
        `<svara-survey src="/api/surveys/${SURVEY}" data-unit="familjeenheten" data-round="${roundId}">`,
      ),
    );
    assert.match(page.text, /<script type="module" src="\/svara-survey\.js">/);
    assert.match(page.text, /Familjeenheten/);
    const stamp = await call('GET', '/s/svara-hosted.js');
    assert.match(stamp.headers.get('content-type')!, /javascript/);
    assert.match(stamp.text, /svara-submit/);
    assert.match(
      (await call('GET', `/s/${SURVEY}`)).text,
      new RegExp(`<svara-survey src="/api/surveys/${SURVEY}">`),
    );
    const context = await call('GET', `/api/surveys/${SURVEY}?unit=familjeenheten`);
    assert.deepEqual(context.body.context.unit, { id: 'familjeenheten', name: 'Familjeenheten' });
    assert.equal(context.body.context.round.id, roundId);

    clock = new Date('2026-12-20T10:00:00+01:00');
    const before = await call('GET', `/s/${SURVEY}/familjeenheten`);
    assert.match(before.text, /Enkäten har inte öppnat än/);
    assert.match(before.text, /10 januari 2027/);
    assert.doesNotMatch(before.text, /<svara-survey/);
    clock = new Date('2027-06-01T10:00:00+02:00');
    const closed = await call('GET', `/s/${SURVEY}/familjeenheten`);
    assert.match(closed.text, /Enkäten är stängd/);
    assert.doesNotMatch(closed.text, /<svara-survey/);
    const missing = await call('GET', `/s/${SURVEY}/finns-inte`);
    assert.equal(missing.status, 404);
    assert.match(missing.text, /Enkäten finns inte/);
    clock = new Date('2027-02-01T10:00:00+01:00');
  });
}

onBothDatabases('units, rounds and links', suite);

test('svara seed-demo (npm start): units, a round open today and answers from three units, once; last year’s round published by the server', async () => {
  const { main } = await import('../src/cli.js');
  const temp = tempDir();
  try {
    const out: string[] = [];
    const io = {
      stdout: { write: (t: string) => out.push(t) },
      stderr: { write: (t: string) => out.push(t) },
      env: {},
      cwd: temp.dir,
    };
    const file = join(temp.dir, 'demo.sqlite');
    const surveys = new URL('../../../examples/surveys', import.meta.url).pathname;
    assert.equal(await main(['seed-demo', '--db', file, '--surveys', surveys], io), 0, out.join(''));
    assert.equal(await main(['seed-demo', '--db', file, '--surveys', surveys], io), 0);
    assert.match(out.join(''), /29 answers[\s\S]*already there/);
    const collector = await startCollector({ db: file, port: 0 });
    try {
      // The demo's staff accounts exist (demo-accounts.ts): read the rounds as the server does.
      const rounds = await collector.app.svara.rounds.ofSurvey('familjeenheten-barn');
      assert.equal(rounds.length, 2);
      const open = rounds.find((r) => r.status === 'open')!;
      const counts = await collector.app.svara.rounds.counts(open.id);
      assert.deepEqual(
        [...counts].sort(([a], [b]) => a.localeCompare(b)),
        [
          ['barn-och-unga-kungsholmen', 9],
          ['familjeenheten-kungsholmen', 14],
          ['familjeenheten-norrmalm', 6],
        ],
      );
      // Last year's round is closed and past its late deliveries: the server publishes it when it starts.
      let results: Response | undefined;
      for (let i = 0; i < 100 && results?.status !== 200; i++) {
        if (i) await new Promise((r) => setTimeout(r, 200));
        results = await fetch(
          `${collector.url}/api/surveys/familjeenheten-barn/results?unit=familjeenheten-kungsholmen`,
        );
      }
      assert.equal(results!.status, 200);
      const body = (await results!.json()) as { respondents: number; round: { name: string } };
      assert.equal(body.round.name, 'Demo: förra året');
      assert.equal(body.respondents, 26);
    } finally {
      await collector.close();
    }
  } finally {
    temp.remove();
  }
});
