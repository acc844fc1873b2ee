/**
 * Trends over rounds, and "Ni sa – vi gör" carried from one round into the next: from published snapshots only.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ResultAction, Survey } from '@svara/schema';

import { withActions } from '../src/results/round/actions.js';
import { createRoundTally } from '../src/results/round/round.js';
import type { RoundUnit } from '../src/results/round/round.js';
import { trendOf } from '../src/results/round/trend.js';
import { exampleSurvey } from './helpers.js';

const base = exampleSurvey('familjeenheten-barn');
const units: RoundUnit[] = [
  { id: 'soder', name: 'Södermalm', parent: null },
  { id: 'fam', name: 'Familjeenheten', parent: 'soder' },
  { id: 'ung', name: 'Ungdomsenheten', parent: 'soder' },
];

/** The survey as published for a round, with the first question reworded in version 2. */
function version(n: number): Survey {
  if (n === 1) return base;
  const questions = base.questions!.map((q) =>
    q.id === 'vet-varfor'
      ? { ...q, text: { sv: 'Jag förstod varför vi träffades.', en: 'I understood why we met.' } }
      : q,
  );
  return { ...base, version: n, questions };
}

function round(n: number, closes: string, happy: number, sad: number) {
  const tally = createRoundTally({
    survey: version(n === 1 ? 1 : 2),
    round: { id: `r${n}`, name: `${2023 + n}`, opens: closes.replace(/-\d\d$/, '-01'), closes },
    units,
    now: () => new Date(`${closes}T20:00:00Z`),
  });
  for (const unit of ['fam', 'ung'])
    for (let i = 0; i < happy + sad; i++)
      tally.add({
        unit,
        answers: {
          'vet-varfor': i < happy ? 5 : 1,
          lyssnade: i % 2 ? 4 : 5,
          kon: i % 2 ? 'flicka' : 'pojke',
        },
      });
  return tally.finish();
}

describe('over the rounds', () => {
  const snapshots = [
    round(1, '2024-03-31', 12, 8),
    round(2, '2025-03-31', 15, 5),
    round(3, '2026-03-31', 18, 6),
  ];

  test('one value per round from its own snapshot: share positive and mean, the reworded round marked', () => {
    const trend = trendOf([snapshots[2]!, snapshots[0]!, snapshots[1]!], 'fam');
    assert.equal(trend.unit?.id, 'fam');
    const q = trend.questions.find((x) => x.id === 'vet-varfor')!;
    assert.deepEqual(q.positive?.values, [4, 5]);
    assert.equal((q.positive?.text as Record<string, string>).sv, 'Stämmer ganska bra eller stämmer helt');
    assert.deepEqual(
      q.points.map((p) => p.round.id),
      ['r1', 'r2', 'r3'],
    );
    assert.deepEqual(
      q.points.map((p) => p.positive),
      [0.6, 0.75, 0.75],
    );
    assert.deepEqual(
      q.points.map((p) => p.reworded),
      [false, true, false],
    );
    assert.deepEqual(
      q.points.map((p) => p.n),
      [20, 20, 24],
    );
    assert.equal((q.text as Record<string, string>).sv, 'Jag förstod varför vi träffades.');
    // The points are exactly what each snapshot published (nothing computed from unpublished counts).
    const published = snapshots.map((s) =>
      s.results.find((r) => r.unit?.id === 'fam')!.questions.find((x) => x.id === 'vet-varfor'),
    );
    q.points.forEach((p, i) => {
      const col = (published[i] as { total: { counts: { value: unknown; count: number | null }[] } }).total;
      const happy = col.counts
        .filter((c) => c.value === 4 || c.value === 5)
        .reduce((s, c) => s + (c.count ?? NaN), 0);
      assert.equal(p.positive, Number.isNaN(happy) ? null : Math.round((happy / p.n!) * 1000) / 1000);
    });
  });

  test('a unit with too few answers in a round has no value there', () => {
    const small = createRoundTally({
      survey: base,
      round: { id: 'r0', name: '2023', closes: '2023-03-31' },
      units,
    });
    for (let i = 0; i < 3; i++) small.add({ unit: 'fam', answers: { 'vet-varfor': 5, kon: 'flicka' } });
    for (let i = 0; i < 10; i++) small.add({ unit: 'ung', answers: { 'vet-varfor': 5, kon: 'flicka' } });
    const trend = trendOf([small.finish(), snapshots[0]!], 'fam');
    const first = trend.questions.find((x) => x.id === 'vet-varfor')!.points[0]!;
    assert.equal(first.tooFew, true);
    assert.equal(first.positive, null);
    assert.equal(first.n, null);
  });

  test('actions of round 1 are published with it and carried into round 2 with what has been done', () => {
    const action: ResultAction = {
      id: 'a1',
      heard: { sv: 'Många barn visste inte varför vi träffades.' },
      questions: ['vet-varfor'],
      action: { sv: 'Vi skickar en bildberättelse om första mötet före besöket.' },
      plain: { sv: 'Vi berättar med bilder varför vi ska träffas.' },
      responsible: { sv: 'Enhetschefen' },
      status: 'planerad',
      when: '2024-09',
    };
    const first = withActions(snapshots[0]!, new Map([['fam', [action]]]));
    const famFirst = first.results.find((r) => r.unit?.id === 'fam')!;
    assert.deepEqual(famFirst.actions, [action]);
    assert.equal(first.results.find((r) => r.unit?.id === 'ung')!.actions, undefined);
    assert.equal(
      snapshots[0]!.results.find((r) => r.unit?.id === 'fam')!.actions,
      undefined,
      'the snapshot is not changed',
    );

    const done: ResultAction = {
      ...action,
      status: 'klar',
      history: [
        { status: 'pågår', at: '2024-10-01' },
        { status: 'klar', at: '2025-01-15' },
      ],
    };
    const second = withActions(snapshots[1]!, new Map(), {
      round: snapshots[0]!.round,
      actions: new Map([['fam', [done]]]),
    });
    const famSecond = second.results.find((r) => r.unit?.id === 'fam')!;
    assert.equal(famSecond.previousActions?.round.id, 'r1');
    assert.equal(famSecond.previousActions?.actions[0]?.status, 'klar');
    assert.deepEqual(
      famSecond.previousActions?.actions[0]?.history?.map((h) => h.at),
      ['2024-10-01', '2025-01-15'],
    );
  });
});
