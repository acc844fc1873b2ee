/**
 * The complaints register against a real collector on SQLite and PostgreSQL: digital complaints become cases
 * exactly once, contact details only for the unit's publishers (others 403/404, the public 401), every read of
 * personal data in the audit log, erasure on request and after closing + retention (across a restart, the
 * statistics unchanged), oral cases, overdue cases, the yearly summary against an independent count, and the
 * public summary's protection.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';

import { startCollector } from '../../src/collector.js';
import type { Collector } from '../../src/collector.js';
import type { Role } from '../../src/auth/roles.js';
import { exampleSurveys, inject, postgresDatabase, stopPostgres, tempDir } from '../helpers.js';
import type { Injected } from '../helpers.js';
import { assertNothingRecoverable, publishedNumbers } from './protection.js';

after(() => stopPostgres());

const START = Date.parse('2027-03-01T09:00:00.000Z');
const DAY = 86_400_000;

function complaint(answers: Record<string, unknown>, meta: Record<string, unknown> = {}) {
  return {
    submissionId: randomUUID(),
    surveyId: 'synpunkter',
    surveyVersion: 1,
    lang: 'sv',
    submittedAt: '2027-03-01T09:00:00.000Z',
    answers,
    meta: { answeredBy: 'self', mode: 'web', ...meta },
  };
}

const WITH_CONTACT = {
  kategori: 'klagomal',
  vem: 'anhorig',
  galler: 'bemotande',
  beskrivning: 'Min pappa fick vänta i tre veckor på ett svar.',
  'vill-ha-svar': true,
  epost: 'anna.andersson@example.se',
};

interface Harness {
  collector: Collector;
  clock: { now: number };
  token: (name: string) => string;
  call: (
    who: string | null,
    method: string,
    url: string,
    body?: unknown,
  ) => Promise<Injected & { json: Record<string, unknown> }>;
  restart: () => Promise<void>;
  close: () => Promise<void>;
}

async function harness(dialect: 'sqlite' | 'postgres'): Promise<Harness> {
  const dir = tempDir('svara-register-');
  const pg = dialect === 'postgres' ? await postgresDatabase() : undefined;
  const db = pg ? pg.url : `${dir.dir}/svara.sqlite`;
  const clock = { now: START };
  const start = () =>
    startCollector({
      surveys: exampleSurveys(),
      db,
      port: 0,
      rateLimit: false,
      now: () => new Date(clock.now),
      accounts: { passwords: true, scrypt: { ln: 10, r: 8, p: 1 } },
    });
  let collector = await start();
  const tokens = new Map<string, string>();
  const people: [string, Role, string | null][] = [
    ['org-publisher', 'publisher', null],
    ['familj-publisher', 'publisher', 'familj'],
    ['familj-reader', 'reader', 'familj'],
    ['aldre-publisher', 'publisher', 'aldre'],
    ['familj-editor', 'editor', 'familj'],
  ];
  for (const [name, role, unit] of people) {
    const user = await collector.app.accounts.accounts.create(
      { email: `${name}@stad.example`, roles: [{ role, unit }] },
      { id: null, label: 'test' },
    );
    const { secret } = await collector.app.accounts.tokens.create(user.id, 'test', ['admin']);
    tokens.set(name, secret);
  }
  const self: Harness = {
    get collector() {
      return collector;
    },
    clock,
    token: (name) => tokens.get(name)!,
    async call(who, method, url, body) {
      const headers: Record<string, string> = { 'accept-language': 'sv' };
      if (who) headers.authorization = `Bearer ${tokens.get(who)}`;
      if (body !== undefined) headers['content-type'] = 'application/json';
      const reply = await inject(collector.app, {
        method,
        url,
        headers,
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      let json: Record<string, unknown> = {};
      try {
        json = JSON.parse(reply.body) as Record<string, unknown>;
      } catch {
        /* not JSON */
      }
      return { ...reply, json };
    },
    async restart() {
      await collector.close();
      collector = await start();
    },
    async close() {
      await collector.close();
      await pg?.drop();
      dir.remove();
    },
  };
  return self;
}

async function submit(h: Harness, payload: Record<string, unknown>) {
  return h.call(null, 'POST', '/api/surveys/synpunkter/responses', payload);
}

async function caseOfSubmission(h: Harness, submissionId: string) {
  const rows = await h.collector.store.db
    .selectFrom('register_cases')
    .selectAll()
    .where('submission_id', '=', submissionId)
    .execute();
  return rows;
}

for (const dialect of ['sqlite', 'postgres'] as const) {
  describe(`the complaints register (${dialect})`, () => {
    let h: Harness;
    before(async () => {
      h = await harness(dialect);
    });
    after(() => h?.close());

    it('a digital complaint becomes one case, whatever the retries, replays and crashes', async () => {
      const payload = complaint(WITH_CONTACT);
      assert.equal((await submit(h, payload)).status, 201);
      assert.equal((await submit(h, payload)).status, 200);
      assert.equal((await submit(h, payload)).status, 200);
      const rows = await caseOfSubmission(h, payload.submissionId);
      assert.equal(rows.length, 1);
      assert.equal(rows[0]!.category, 'klagomal');
      assert.equal(rows[0]!.channel, 'digital');
      assert.deepEqual(JSON.parse(rows[0]!.contact!), { email: 'anna.andersson@example.se' });

      // Stored but the case never made (a crash between the two): the sweep makes it, once.
      const lost = complaint({ kategori: 'berom', galler: 'information', beskrivning: 'Bra bemötande.' });
      await h.collector.store.insert({
        surveyId: 'synpunkter',
        submissionId: lost.submissionId,
        surveyVersion: 1,
        payloadHash: 'x',
        submission: JSON.stringify(lost),
        receivedAt: new Date(h.clock.now).toISOString(),
      });
      assert.equal((await caseOfSubmission(h, lost.submissionId)).length, 0);
      await h.collector.app.caseRegister.sweep();
      await h.collector.app.caseRegister.sweep();
      assert.equal((await caseOfSubmission(h, lost.submissionId)).length, 1);

      // No wish for an answer: no contact details are kept, even if some were sent along.
      const anonymous = complaint({
        kategori: 'synpunkt',
        galler: 'annat',
        beskrivning: 'Längre öppettider.',
      });
      await submit(h, anonymous);
      const [row] = await caseOfSubmission(h, anonymous.submissionId);
      assert.equal(row!.contact, null);
      assert.equal(row!.wants_answer, 0);
      // A survey that is not a register survey makes no case.
      const before = await h.collector.store.db.selectFrom('register_cases').select('id').execute();
      await h.call(null, 'POST', '/api/surveys/familjeenheten-barn/responses', {
        submissionId: randomUUID(),
        surveyId: 'familjeenheten-barn',
        surveyVersion: 1,
        lang: 'sv',
        submittedAt: '2027-03-01T09:00:00.000Z',
        answers: { 'vet-varfor': 5 },
        meta: { answeredBy: 'self', mode: 'web' },
      });
      const later = await h.collector.store.db.selectFrom('register_cases').select('id').execute();
      assert.equal(later.length, before.length);
    });

    it("contact details reach only the unit's publishers, and every read of personal data is logged", async () => {
      const payload = complaint(WITH_CONTACT);
      await submit(h, payload);
      const [row] = await caseOfSubmission(h, payload.submissionId);
      const id = Number(row!.id);
      const url = `/api/register/cases/${id}`;
      // The case came in for no unit: an organisation-wide publisher hands it to the unit.
      const moved = await h.call('org-publisher', 'PATCH', url, {
        unit: 'familj',
        status: 'under-utredning',
      });
      assert.equal(moved.status, 200, moved.body);

      const auditBefore = (await h.collector.app.accounts.audit.list({ action: 'register.case.read' }))
        .length;
      const publisher = await h.call('familj-publisher', 'GET', url);
      assert.equal(publisher.status, 200);
      assert.deepEqual(publisher.json.contact, { email: 'anna.andersson@example.se' });
      assert.equal(publisher.json.description, WITH_CONTACT.beskrivning);

      const reader = await h.call('familj-reader', 'GET', url);
      assert.equal(reader.status, 200);
      assert.equal(reader.json.contact, undefined);
      assert.equal(reader.json.contactHidden, true);
      assert.ok(!reader.body.includes('anna.andersson'));
      assert.equal((await h.call('familj-reader', 'GET', `${url}/contact`)).status, 403);
      assert.equal((await h.call('familj-editor', 'GET', `${url}/contact`)).status, 403);
      assert.equal((await h.call('familj-publisher', 'GET', `${url}/contact`)).status, 200);
      // Another unit's staff: the case does not exist for them.
      assert.equal((await h.call('aldre-publisher', 'GET', url)).status, 404);
      assert.equal((await h.call('aldre-publisher', 'GET', `${url}/contact`)).status, 404);
      assert.equal((await h.call('aldre-publisher', 'PATCH', url, { status: 'avslutad' })).status, 404);
      // The public: not signed in.
      assert.equal((await h.call(null, 'GET', url)).status, 401);
      assert.equal((await h.call(null, 'GET', `${url}/contact`)).status, 401);
      // Lists and exports never carry contact details.
      const listed = await h.call('familj-publisher', 'GET', '/api/register/cases?unit=familj');
      assert.equal(listed.status, 200);
      assert.ok(!listed.body.includes('anna.andersson'));
      assert.ok(!listed.body.includes('tre veckor'));
      const listedElsewhere = await h.call('aldre-publisher', 'GET', '/api/register/cases');
      assert.ok(!(listedElsewhere.json.cases as { id: number }[]).some((c) => c.id === id));
      const csv = await h.call('familj-publisher', 'GET', '/api/register/export.csv');
      assert.equal(csv.status, 200);
      assert.ok(!csv.body.includes('anna.andersson'));
      assert.match(csv.body, /tre veckor/);
      const xlsx = await h.collector.app.inject({
        method: 'GET',
        url: '/api/register/export.xlsx',
        headers: { authorization: `Bearer ${h.token('familj-publisher')}` },
      });
      assert.equal(xlsx.statusCode, 200);
      assert.equal(xlsx.rawPayload.subarray(0, 2).toString(), 'PK');

      const reads = await h.collector.app.accounts.audit.list({ action: 'register.case.read' });
      const mine = reads.slice(auditBefore);
      // The publisher's case, the reader's case, the publisher's contact details (refusals read nothing).
      assert.deepEqual(
        mine.map((e) => [e.actor, e.target]),
        [
          ['familj-publisher@stad.example', `case:${id}`],
          ['familj-reader@stad.example', `case:${id}`],
          ['familj-publisher@stad.example', `case:${id}`],
        ],
      );
      assert.deepEqual((mine[0]!.detail as { fields: string[] }).fields.sort(), ['contact', 'description']);
      assert.deepEqual((mine[1]!.detail as { fields: string[] }).fields, ['description']);
      assert.equal(
        (await h.collector.app.accounts.audit.list({ action: 'register.export' })).length >= 2,
        true,
      );
    });

    it("a case's history says who did what and when; opening it without contact details reads none", async () => {
      const payload = complaint(WITH_CONTACT);
      await submit(h, payload);
      const [row] = await caseOfSubmission(h, payload.submissionId);
      const id = Number(row!.id);
      const url = `/api/register/cases/${id}`;
      await h.call('org-publisher', 'PATCH', url, { unit: 'familj' });

      const reads = async () =>
        (await h.collector.app.accounts.audit.list({ action: 'register.case.read' })).filter(
          (e) => e.target === `case:${id}`,
        );
      const before = (await reads()).length;
      const opened = await h.call('familj-publisher', 'GET', `${url}?contact=hidden`);
      assert.equal(opened.status, 200);
      assert.equal(opened.json.contact, undefined);
      assert.equal(opened.json.contactHidden, true);
      assert.equal(opened.json.mayChange, true);
      assert.ok(!opened.body.includes('anna.andersson'));
      // The answer is due the unit's number of days after it came in.
      assert.equal(opened.json.answerBy, '2027-03-15');
      const read = (await reads()).slice(before);
      assert.deepEqual(
        read.map((e) => (e.detail as { fields: string[] }).fields),
        [['description']],
      );
      assert.equal((await h.call('familj-reader', 'GET', url)).json.mayChange, false);

      const current = (await h.call('familj-publisher', 'GET', `${url}?contact=hidden`)).json;
      const changed = await h.call('familj-publisher', 'PATCH', url, {
        status: 'atgardad',
        action: 'Vi ringde upp.',
        feedbackGiven: true,
        feedbackOn: '2027-03-04',
        revision: current.revision,
      });
      assert.equal(changed.status, 200, changed.body);
      const stale = await h.call('familj-publisher', 'PATCH', url, {
        status: 'avslutad',
        revision: current.revision,
      });
      assert.equal(stale.status, 409);
      await h.call('familj-publisher', 'GET', `${url}/contact`);
      assert.equal((await h.call('familj-publisher', 'POST', `${url}/erase`)).status, 200);

      const history = await h.call('familj-reader', 'GET', `${url}/history`);
      assert.equal(history.status, 200, history.body);
      const entries = history.json.entries as {
        by: string;
        action: string;
        fields?: string[];
        values?: Record<string, unknown>;
        reason?: string;
      }[];
      const fromHere = entries.filter((e) => e.by !== 'org-publisher@stad.example');
      assert.deepEqual(
        fromHere.map((e) => [e.by.split('@')[0], e.action]),
        [
          ['familj-publisher', 'read'],
          ['familj-reader', 'read'],
          ['familj-publisher', 'read'],
          ['familj-publisher', 'update'],
          ['familj-publisher', 'read'], // the changed case it was answered with
          ['familj-publisher', 'read'], // the contact details
          ['familj-publisher', 'erase'],
        ],
      );
      const update = fromHere.find((e) => e.action === 'update')!;
      assert.deepEqual(update.values, { status: 'atgardad', feedbackGiven: true, feedbackOn: '2027-03-04' });
      assert.deepEqual(update.fields!.sort(), ['action', 'feedbackGiven', 'feedbackOn', 'status']);
      // Never the text of the action, the description or contact details.
      assert.ok(!history.body.includes('ringde'));
      assert.ok(!history.body.includes('anna.andersson'));
      assert.equal(fromHere.at(-1)!.reason, 'request');
      // Other units' staff and the public get nothing.
      assert.equal((await h.call('aldre-publisher', 'GET', `${url}/history`)).status, 404);
      assert.equal((await h.call(null, 'GET', `${url}/history`)).status, 401);
    });

    it('closed + retention: personal data gone (the stored submission too), statistics unchanged, across a restart', async () => {
      const payload = complaint(WITH_CONTACT);
      await submit(h, payload);
      const [row] = await caseOfSubmission(h, payload.submissionId);
      const id = Number(row!.id);
      const url = `/api/register/cases/${id}`;
      await h.call('org-publisher', 'PATCH', url, { unit: 'familj' });
      const settings = await h.call('familj-publisher', 'PUT', '/api/register/settings', {
        unit: 'familj',
        answerDays: 10,
        retentionMonths: 6,
      });
      assert.equal(settings.status, 200, settings.body);
      const closed = await h.call('familj-publisher', 'PATCH', url, {
        status: 'avslutad',
        action: 'Vi har gått igenom rutinen för svarstider.',
        feedbackGiven: true,
      });
      assert.equal(closed.status, 200, closed.body);
      const summaryBefore = await h.call(
        'familj-publisher',
        'GET',
        '/api/register/summary?unit=familj&year=2027',
      );
      assert.equal(summaryBefore.status, 200, summaryBefore.body);

      // Five months later: still there.
      h.clock.now = START + 150 * DAY;
      await h.collector.app.caseRegister.sweep();
      assert.equal((await h.call('familj-publisher', 'GET', url)).json.description, WITH_CONTACT.beskrivning);

      // Past six months, and the collector restarted: erased when it starts.
      h.clock.now = START + 190 * DAY;
      await h.restart();
      const after = await h.call('familj-publisher', 'GET', url);
      assert.equal(after.status, 200);
      assert.equal(after.json.contact, null);
      assert.equal(after.json.description, null);
      assert.equal(after.json.hasPersonalData, false);
      assert.equal(after.json.personalDataErasedReason, 'retention');
      assert.equal(after.json.category, 'klagomal');
      assert.equal(after.json.action, 'Vi har gått igenom rutinen för svarstider.');
      const stored = await h.collector.store.get('synpunkter', payload.submissionId);
      assert.ok(stored);
      assert.ok(!stored.submission.includes('anna.andersson'));
      assert.ok(!stored.submission.includes('tre veckor'));
      assert.match(stored.submission, /"kategori":"klagomal"/);
      const summaryAfter = await h.call(
        'familj-publisher',
        'GET',
        '/api/register/summary?unit=familj&year=2027',
      );
      const strip = (s: Record<string, unknown>) => ({ ...s, published: null });
      assert.deepEqual(strip(summaryAfter.json), strip(summaryBefore.json));
      const erasures = await h.collector.app.accounts.audit.list({ action: 'register.case.erase' });
      assert.ok(erasures.some((e) => e.target === `case:${id}` && e.actor === 'system'));
      // A replay of the erased submission is still a replay, and brings nothing back.
      assert.equal((await submit(h, payload)).status, 200);
      assert.equal((await h.call('familj-publisher', 'GET', url)).json.description, null);
      h.clock.now = START;
    });

    it("a person's request: one case's personal data erased at once, logged", async () => {
      const payload = complaint(WITH_CONTACT);
      await submit(h, payload);
      const [row] = await caseOfSubmission(h, payload.submissionId);
      const url = `/api/register/cases/${row!.id}`;
      assert.equal((await h.call('org-publisher', 'PATCH', url, { unit: 'familj' })).status, 200);
      assert.equal((await h.call('familj-reader', 'POST', `${url}/erase`)).status, 403);
      assert.equal((await h.call('aldre-publisher', 'POST', `${url}/erase`)).status, 404);
      const erased = await h.call('familj-publisher', 'POST', `${url}/erase`);
      assert.equal(erased.status, 200);
      assert.equal(erased.json.erased, true);
      const now = await h.call('familj-publisher', 'GET', url);
      assert.equal(now.json.contact, null);
      assert.equal(now.json.personalDataErasedReason, 'request');
      const log = await h.collector.app.accounts.audit.list({ action: 'register.case.erase' });
      assert.ok(
        log.some((e) => e.target === `case:${row!.id}` && e.actor === 'familj-publisher@stad.example'),
      );
      // Nothing to put back.
      const again = await h.call('familj-publisher', 'PATCH', url, { description: 'Ny text' });
      assert.equal(again.status, 409);
    });

    it('an oral complaint entered by staff, and one taken in interview mode, are cases marked oral', async () => {
      const entered = await h.call('familj-publisher', 'POST', '/api/register/cases', {
        unit: 'familj',
        channel: 'oral',
        category: 'klagomal',
        concerns: 'information',
        givenBy: 'klient',
        receivedBy: 'Reception',
        description: 'Visste inte att mötet var flyttat.',
        wantsAnswer: true,
        contact: { phone: '070-123 45 67' },
      });
      assert.equal(entered.status, 201, entered.body);
      assert.equal(entered.json.channel, 'oral');
      assert.equal(entered.json.source, 'staff');
      assert.equal(entered.json.receivedOn, '2027-03-01');
      assert.equal(
        (await h.call('familj-reader', 'POST', '/api/register/cases', { unit: 'familj', category: 'berom' }))
          .status,
        403,
      );
      assert.equal(
        (
          await h.call('familj-publisher', 'POST', '/api/register/cases', {
            unit: 'aldre',
            category: 'berom',
          })
        ).status,
        403,
      );
      const bad = await h.call('familj-publisher', 'POST', '/api/register/cases', {
        unit: 'familj',
        category: 'ilska',
        contact: { email: 'x@example.se' },
      });
      assert.equal(bad.status, 400);
      assert.ok((bad.json.issues as { path: string }[]).some((i) => i.path === 'category'));
      const noWish = await h.call('familj-publisher', 'POST', '/api/register/cases', {
        unit: 'familj',
        category: 'berom',
        contact: { email: 'x@example.se' },
      });
      assert.equal(noWish.status, 400);

      const interview = complaint(
        { kategori: 'synpunkt', galler: 'tillganglighet', beskrivning: 'Svårt att nå er på telefon.' },
        { answeredBy: 'interviewer', mode: 'interview' },
      );
      assert.equal((await submit(h, interview)).status, 201);
      const [row] = await caseOfSubmission(h, interview.submissionId);
      assert.equal(row!.channel, 'oral');
    });

    it('cases waiting longer than the unit allows are listed as overdue', async () => {
      await h.call('familj-publisher', 'PUT', '/api/register/settings', {
        unit: 'familj',
        answerDays: 10,
        retentionMonths: 12,
      });
      h.clock.now = START + 40 * DAY;
      const make = (wantsAnswer: boolean) =>
        h.call('familj-publisher', 'POST', '/api/register/cases', {
          unit: 'familj',
          category: 'klagomal',
          channel: 'phone',
          wantsAnswer,
          ...(wantsAnswer ? { contact: { phone: '08-123' } } : {}),
        });
      const waiting = (await make(true)).json.id as number;
      const answered = (await make(true)).json.id as number;
      const noWish = (await make(false)).json.id as number;
      h.clock.now = START + 45 * DAY;
      await h.call('familj-publisher', 'PATCH', `/api/register/cases/${answered}`, { feedbackGiven: true });
      h.clock.now = START + 51 * DAY;
      const list = await h.call('familj-reader', 'GET', '/api/register/cases?unit=familj&overdue=true');
      const ids = (list.json.cases as { id: number; daysWaited: number; overdue: boolean }[]).map(
        (c) => c.id,
      );
      assert.ok(ids.includes(waiting));
      assert.ok(!ids.includes(answered));
      assert.ok(!ids.includes(noWish));
      const one = (list.json.cases as { id: number; daysWaited: number; answerLimitDays: number }[]).find(
        (c) => c.id === waiting,
      )!;
      assert.equal(one.daysWaited, 11);
      assert.equal(one.answerLimitDays, 10);
      const full = await h.call('familj-reader', 'GET', `/api/register/cases/${answered}`);
      assert.equal(full.json.daysWaited, 5);
      assert.equal(full.json.overdue, false);
      h.clock.now = START;
    });

    it("the yearly summary's numbers equal an independent count over generated cases; the public one hides 1-4", async () => {
      const unit = `gen-${dialect}`;
      await h.collector.app.accounts.accounts.create(
        { email: `gen-${dialect}@stad.example`, roles: [{ role: 'publisher', unit }] },
        { id: null, label: 'test' },
      );
      const user = await h.collector.app.accounts.accounts.byEmail(`gen-${dialect}@stad.example`);
      const { secret } = await h.collector.app.accounts.tokens.create(user!.id, 't', ['admin']);
      const call = (method: string, url: string, body?: unknown) =>
        inject(h.collector.app, {
          method,
          url,
          headers: {
            authorization: `Bearer ${secret}`,
            ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          },
          ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        }).then((r) => ({
          ...r,
          json: (r.headers['content-type']?.includes('json') ? JSON.parse(r.body) : {}) as Record<
            string,
            unknown
          >,
        }));
      let seed = 7;
      const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
      const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
      const generated: {
        receivedOn: string;
        category: string;
        concerns: string;
        wantsAnswer: boolean;
        feedbackOn: string | null;
        action: string | null;
      }[] = [];
      for (let i = 0; i < 60; i++) {
        const month = 1 + Math.floor(random() ** 1.7 * 12);
        const day = 1 + Math.floor(random() * 28);
        const receivedOn = `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        const category = pick(['klagomal', 'klagomal', 'synpunkt', 'berom']);
        const concerns = pick(['bemotande', 'bemotande', 'handlaggning', 'information', 'annat']);
        const wantsAnswer = random() < 0.6;
        const feedback = wantsAnswer && random() < 0.7;
        const feedbackOn = feedback
          ? new Date(Date.parse(`${receivedOn}T00:00:00Z`) + Math.floor(random() * 30) * DAY)
              .toISOString()
              .slice(0, 10)
          : null;
        const action = random() < 0.4 ? `Åtgärd ${i}` : null;
        generated.push({ receivedOn, category, concerns, wantsAnswer, feedbackOn, action });
        const made = await call('POST', '/api/register/cases', {
          unit,
          receivedOn,
          category,
          concerns,
          channel: pick(['oral', 'paper', 'phone']),
          wantsAnswer,
          ...(feedbackOn ? { feedbackGiven: true, feedbackOn } : {}),
          ...(action ? { action } : {}),
        });
        assert.equal(made.status, 201, made.body);
      }
      // A case of another year is not counted.
      await call('POST', '/api/register/cases', { unit, receivedOn: '2027-01-02', category: 'berom' });

      const summary = (await call('GET', `/api/register/summary?unit=${unit}&year=2026`)).json as {
        total: number;
        categories: { code: string; months: number[]; quarters: number[]; year: number }[];
        concerns: { code: string; months: number[]; quarters: number[]; year: number }[];
        feedback: { asked: number; given: number; share: number; medianDays: number };
        withAction: number;
      };
      assert.equal(summary.total, generated.length);
      const monthOf = (d: string) => Number(d.slice(5, 7)) - 1;
      for (const field of ['category', 'concerns'] as const) {
        const rows = field === 'category' ? summary.categories : summary.concerns;
        for (const row of rows) {
          const mine = generated.filter((g) => g[field] === row.code);
          assert.equal(row.year, mine.length, `${field} ${row.code}`);
          for (let m = 0; m < 12; m++)
            assert.equal(row.months[m], mine.filter((g) => monthOf(g.receivedOn) === m).length);
          for (let q = 0; q < 4; q++)
            assert.equal(
              row.quarters[q],
              mine.filter((g) => Math.floor(monthOf(g.receivedOn) / 3) === q).length,
            );
        }
      }
      const asked = generated.filter((g) => g.wantsAnswer);
      const given = asked.filter((g) => g.feedbackOn);
      assert.equal(summary.feedback.asked, asked.length);
      assert.equal(summary.feedback.given, given.length);
      assert.equal(summary.feedback.share, Math.round((given.length / asked.length) * 1000) / 1000);
      const days = given
        .map((g) => (Date.parse(g.feedbackOn!) - Date.parse(g.receivedOn)) / DAY)
        .sort((a, b) => a - b);
      const mid = days.length >> 1;
      assert.equal(
        summary.feedback.medianDays,
        days.length % 2 ? days[mid] : (days[mid - 1]! + days[mid]!) / 2,
      );
      assert.equal(summary.withAction, generated.filter((g) => g.action).length);

      // Themes, then publish the closed year; the current one cannot be.
      await call('PUT', '/api/register/summary/themes', {
        unit,
        year: 2026,
        themes: 'Ett genomgående tema var brist på information om förändringar.',
      });
      assert.equal((await call('POST', '/api/register/summary/publish', { unit, year: 2027 })).status, 409);
      const publish = await call('POST', '/api/register/summary/publish', { unit, year: 2026 });
      assert.equal(publish.status, 201, publish.body);
      const pub = (await h.call(null, 'GET', `/api/register/public/${unit}/2026`)).json as {
        total: number | null;
        quarters: (number | null)[];
        categories: { code: string; quarters: (number | null)[]; year: number | null }[];
        concerns: { code: string; year: number | null }[];
        themes: string;
      };
      assert.equal(pub.total, generated.length);
      assert.match(pub.themes, /genomgående tema/);
      // Open data: a city page on another origin reads it (the collector allows no origin to post answers here).
      const fromPage = await inject(h.collector.app, {
        method: 'GET',
        url: `/api/register/public/${unit}/2026`,
        headers: { origin: 'https://www.stockholm.se' },
      });
      assert.equal(fromPage.status, 200, fromPage.body);
      assert.equal(fromPage.headers['access-control-allow-origin'], '*');
      const shown = publishedNumbers(pub).filter((n): n is number => n !== null);
      assert.ok(
        shown.every((n) => n === 0 || n >= 5),
        `published: ${shown.join(', ')}`,
      );
      // Nothing hidden can be worked out: the independent flow check on both tables.
      assertNothingRecoverable(summary, pub);
      // No description, no action ever reaches the public.
      const page = await h.call(null, 'GET', `/register/${unit}/2026`);
      assert.equal(page.status, 200);
      assert.match(page.headers['content-type'] ?? '', /text\/html/);
      assert.ok(!page.body.includes('Åtgärd '));
      assert.match(page.body, /genomgående tema/);
      const internal = await call('GET', `/api/register/summary.html?unit=${unit}&year=2026`);
      assert.equal(internal.status, 200);
      assert.match(internal.body, /Åtgärd \d+/);
      assert.equal(
        (await h.call(null, 'GET', `/api/register/summary.html?unit=${unit}&year=2026`)).status,
        401,
      );
    });
  });
}
