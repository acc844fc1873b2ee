/**
 * Retention (issue #12): a survey whose definition says `privacy.retentionMonths` keeps its answers that long.
 * The sweep deletes exactly the older answers of that survey, writes it to the audit log, and a run cut short
 * (a restart in the middle) is finished by the next one — on SQLite and PostgreSQL.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';

import { startCollector } from '../src/collector.js';
import type { Collector } from '../src/collector.js';
import { loaded } from '../src/surveys.js';
import { postgresDatabase, stopPostgres, survey, tempDir } from './helpers.js';

const TOKEN = 'retention-token';
const NOW = new Date('2027-09-15T12:00:00Z');
const question = [{ id: 'q', type: 'text', text: 'Hur var det?' }];
const kept = survey({
  id: 'kvar-sex-manader',
  version: 1,
  lang: 'sv',
  title: 'Sex månader',
  privacy: { anonymous: true, retentionMonths: 6 },
  questions: question,
});
const forever = survey({
  id: 'for-alltid',
  version: 1,
  lang: 'sv',
  title: 'Utan gräns',
  questions: question,
});
const surveys = new Map([kept, forever].map((s) => [s.id, loaded(s)]));

function suite(kind: 'sqlite' | 'postgres'): void {
  test(`${kind}: exactly the answers older than six months go, in the audit log; a run cut short is finished by the next`, async () => {
    const dir = tempDir();
    const pg = kind === 'postgres' ? await postgresDatabase() : undefined;
    const db = pg?.url ?? join(dir.dir, 'retention.sqlite');
    const start = () =>
      startCollector({ surveys, db, port: 0, adminToken: TOKEN, now: () => NOW, retentionIntervalMs: 0 });
    let collector: Collector = await start();
    try {
      const put = (surveyId: string, receivedAt: string) =>
        collector.store.insert({
          surveyId,
          submissionId: randomUUID(),
          surveyVersion: 1,
          payloadHash: 'h',
          submission: JSON.stringify({ answers: { q: receivedAt } }),
          receivedAt,
        });
      for (const at of ['2027-01-02T10:00:00.000Z', '2027-02-20T10:00:00.000Z', '2027-03-14T23:59:59.000Z']) {
        assert.equal(await put(kept.id, at), 'stored');
      }
      // Six months before 2027-09-15T12:00Z is 2027-03-15T12:00Z: these stay.
      for (const at of ['2027-03-15T12:00:00.000Z', '2027-08-01T10:00:00.000Z']) await put(kept.id, at);
      await put(forever.id, '2020-01-01T00:00:00.000Z');

      const first = await collector.app.svara.sweepRetention({ batch: 1, maxBatches: 1 });
      assert.deepEqual(
        first.map((r) => r.deleted),
        [1],
        'the run stopped after one batch',
      );
      await collector.close();
      collector = await start();
      const second = await collector.app.svara.sweepRetention();
      assert.deepEqual(
        second.map((r) => [r.surveyId, r.deleted]),
        [[kept.id, 2]],
      );
      assert.deepEqual(await collector.app.svara.sweepRetention(), [], 'nothing more to do');

      const left = await collector.store.page(kept.id, 0, 100);
      assert.deepEqual(
        left.map((r) => r.receivedAt),
        ['2027-03-15T12:00:00.000Z', '2027-08-01T10:00:00.000Z'],
      );
      assert.equal(await collector.store.count(forever.id), 1, 'a survey without retention keeps everything');

      const audit = await fetch(`${collector.url}/api/staff/audit?action=retention.delete`, {
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      assert.equal(audit.status, 200);
      const entries = (await audit.json()) as { entries?: unknown[] } | unknown[] as
        | { action: string; target: string; detail: { deleted: number } }[]
        | { entries: { action: string; target: string; detail: { deleted: number } }[] };
      const list = Array.isArray(entries) ? entries : entries.entries;
      const mine = list.filter((e) => e.action === 'retention.delete');
      assert.deepEqual(
        mine.map((e) => e.target),
        [`survey:${kept.id}`, `survey:${kept.id}`],
      );
      assert.equal(
        mine.reduce((sum, e) => sum + e.detail.deleted, 0),
        3,
      );
    } finally {
      await collector.close();
      await pg?.drop();
      dir.remove();
    }
  });
}

describe('retention on SQLite', () => suite('sqlite'));
describe('retention on PostgreSQL', () => {
  suite('postgres');
  after(stopPostgres);
});
