/**
 * A round's snapshot, protected together: the attacks of issue #13 tried by an independent attacker
 * (round-oracle.ts: GLPK over everything published, no code shared with src/results), on fixed cases and on
 * generated unit trees, splits and answers; and the snapshot's own audit.
 *
 * The generated test runs 40 cases from each of the seeds 20261206, 1 and 9001 (CI_SEEDS). To try others:
 * `SVARA_ROUND_SEED=77 SVARA_ROUND_RUNS=200 node scripts/run-node-tests.mjs collector/test/round.node` (a
 * counterexample it finds names its shrunk case; keep it as a fixed test, as SEED_77 and SEED_2584 are).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { ResultColumn, Results, Survey, TableResult } from '@svara/schema';

import { computeResults } from '../src/results/results.js';
import { auditRound, exactBounds } from '../src/results/round/audit.js';
import { createRoundTally } from '../src/results/round/round.js';
import { trendOf } from '../src/results/round/trend.js';
import { computeRoundSnapshot } from '../src/results/round/worker.js';
import { resultsCsv } from '../src/results/store/csv.js';
import type { RoundUnit } from '../src/results/round/round.js';
import { exampleSurvey, survey as parse } from './helpers.js';
import { attack } from './round-oracle.js';

type Sub = { unit?: string | null; answers: Record<string, unknown>; answeredBy?: string };

function snapshot(survey: Survey, units: RoundUnit[], submissions: Sub[], breakdown?: string | null) {
  const tally = createRoundTally({
    survey,
    round: { id: 'r1', name: '2026', opens: '2026-03-01', closes: '2026-03-31' },
    units,
    ...(breakdown !== undefined ? { breakdown } : {}),
    now: () => new Date('2026-04-01T08:00:00Z'),
  });
  for (const s of submissions) tally.add(s);
  return { snapshot: tally.finish(), internals: tally.internals() };
}

const table = (r: Results, id: string) => r.questions.find((q) => q.id === id) as TableResult;
const unitResult = (results: Results[], id: string | null) =>
  results.find((r) => (r.unit ? r.unit.id : null) === id)!;

/** A small random generator that tests can seed. */
function random(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

/**
 * From the published JSON alone: for each column whose n is published (and each answer's row over the groups when
 * everyone is in a group shown), the sum of the hidden counts — what a reader gets by subtracting.
 */
function hiddenSums(results: readonly Results[]): { where: string; sum: number }[] {
  const out: { where: string; sum: number }[] = [];
  for (const result of results)
    for (const q of result.questions) {
      if (!q.published || q.type === 'multi') continue;
      const tables =
        q.type === 'scale-group'
          ? q.items.map((i) => ({ id: `${q.id}.${i.id}`, t: i }))
          : [{ id: q.id, t: q }];
      for (const { id, t } of tables) {
        const where = `${result.unit?.id ?? 'all'} ${id}`;
        const cells = (col: ResultColumn) => [
          ...col.counts.map((c) => c.count),
          ...(col.merged ?? []),
          ...(col.dontKnow !== undefined ? [col.dontKnow] : []),
          ...(col.skipped !== undefined ? [col.skipped] : []),
        ];
        for (const col of [t.total, ...(t.groups ?? []), ...(t.modes ?? [])]) {
          if (col.n === null || col.tooFew) continue;
          const shown = cells(col).reduce<number>((sum, c) => sum + (c ?? 0), 0);
          if (cells(col).some((c) => c === null)) out.push({ where, sum: col.n - shown });
        }
        const rows = (groups: ResultColumn[], label: string) => {
          const total = cells(t.total);
          const perGroup = groups.map(cells);
          total.forEach((count, i) => {
            if (count === null || !perGroup.some((g) => g[i] === null)) return;
            out.push({
              where: `${where} ${label} row ${i}`,
              sum: count - perGroup.reduce<number>((s, g) => s + (g[i] ?? 0), 0),
            });
          });
        };
        const groups = t.groups ?? [];
        if (result.by && !result.by.othersHidden && groups.length && !t.total.tooFew) rows(groups, 'by');
        // Every answer has a mode, and the modes without a column are empty: each row over the modes adds up.
        if (t.modes?.length && !t.total.tooFew) rows(t.modes, 'modes');
      }
    }
  return out;
}

const generatedSurvey = parse({
  id: 'gen',
  version: 1,
  lang: 'sv',
  title: 'Generated',
  questions: [
    {
      id: 'kon',
      type: 'choice',
      text: 'Kön',
      breakdown: true,
      allowSkip: true,
      options: [
        { value: 'flicka', text: 'Flicka' },
        { value: 'pojke', text: 'Pojke' },
        { value: 'annat', text: 'Annat' },
      ],
    },
    { id: 'glad', type: 'scale', text: 'Hur var det?', scale: 'smiley-5', allowDontKnow: true },
    { id: 'stod', type: 'scale', text: 'Fick du stöd?', scale: 'yes-partly-no' },
  ],
});

const generatedCase = fc.record({
  seed: fc.integer({ min: 1, max: 2 ** 30 }),
  shape: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 3 }),
  sizes: fc.array(fc.integer({ min: 0, max: 24 }), { minLength: 8, maxLength: 8 }),
  skew: fc.double({ min: 0, max: 1, noNaN: true }),
  // Share answering by themselves; the rest with support or in an interview.
  modeSkew: fc.double({ min: 0.4, max: 1, noNaN: true }),
  // Levels and places the reader can combine: a district's own answers beside its units', a third level (the
  // first unit split in two), answers with no unit (counted in the whole survey only).
  direct: fc.integer({ min: 0, max: 12 }),
  deep: fc.boolean(),
  lost: fc.integer({ min: 0, max: 6 }),
});
type GeneratedCase = typeof generatedCase extends fc.Arbitrary<infer T> ? T : never;

/** The seeds every run tries (40 cases each unless SVARA_ROUND_RUNS says otherwise). */
const CI_SEEDS = [20261206, 1, 9001];

const flat = { direct: 0, deep: false, lost: 0 };

/** The counterexample seed 77 found (shrunk): three units, answers split unevenly by mode. */
const SEED_77: GeneratedCase = {
  seed: 1073739766,
  shape: [3],
  sizes: [2, 14, 13, 0, 0, 0, 0, 0],
  skew: 0,
  modeSkew: 0.7799267154186966,
  ...flat,
};

/** The counterexample seed 2584 found (shrunk): a unit without answers in a round that withholds a question. */
const SEED_2584: GeneratedCase = {
  seed: 346754022,
  shape: [3, 2],
  sizes: [0, 21, 24, 24, 1, 0, 0, 0],
  skew: 0,
  modeSkew: 0.4,
  ...flat,
};

/** A generated round (a tree, answers, modes) protected and attacked: everything the snapshot promises. */
async function checkGenerated({ seed, shape, sizes, skew, modeSkew, direct, deep, lost }: GeneratedCase) {
  const survey = generatedSurvey;
  const rnd = random(seed);
  // A tree: districts (shape.length), each with shape[i] units (0: answers given at the district).
  const units: RoundUnit[] = [];
  const places: { unit: string | null; n: number }[] = [];
  let next = 0;
  const size = () => sizes[next++ % sizes.length]!;
  shape.forEach((count, i) => {
    units.push({ id: `d${i}`, name: `D${i}`, parent: null });
    if (count === 0) places.push({ unit: `d${i}`, n: size() });
    for (let j = 0; j < count; j++) {
      const unit = `d${i}u${j}`;
      units.push({ id: unit, name: `D${i}U${j}`, parent: `d${i}` });
      if (deep && i === 0 && j === 0) {
        // A third level: the first unit's answers given in its two sections.
        const n = size();
        for (const [s, part] of [Math.ceil(n / 2), Math.floor(n / 2)].entries()) {
          units.push({ id: `${unit}s${s}`, name: `D${i}U${j}S${s}`, parent: unit });
          places.push({ unit: `${unit}s${s}`, n: part });
        }
      } else places.push({ unit, n: size() });
    }
    // The first district's own answers beside its units'.
    if (i === 0 && count > 0 && direct > 0) places.push({ unit: `d${i}`, n: direct });
  });
  if (lost > 0) places.push({ unit: null, n: lost });
  const subs: Sub[] = [];
  places.forEach(({ unit, n }) => {
    for (let j = 0; j < n; j++) {
      const r = rnd();
      const how = rnd();
      subs.push({
        unit,
        answeredBy: how < modeSkew ? 'self' : how < (1 + modeSkew) / 2 ? 'with-support' : 'interviewer',
        answers: {
          kon: r < 0.45 ? 'flicka' : r < 0.9 ? 'pojke' : r < 0.95 ? 'annat' : 'skipped',
          glad:
            rnd() < 0.05 ? 'dont_know' : rnd() < skew ? 1 + Math.floor(rnd() * 2) : 3 + Math.floor(rnd() * 3),
          ...(rnd() < 0.9 ? { stod: ['yes', 'partly', 'no'][Math.floor(rnd() * rnd() * 3)] } : {}),
        },
      });
    }
  });
  const { snapshot: snap, internals } = snapshot(survey, units, subs);
  const audit = await auditRound(internals.systems, internals.witnesses, {
    lines: internals.lines,
    minCount: internals.minCount,
  });
  assert.equal(audit.badWitnesses, 0);
  assert.deepEqual(audit.leaks, []);
  assert.equal(audit.lines?.violations, 0);
  assert.deepEqual(
    hiddenSums(snap.results).filter((h) => h.sum > 0 && h.sum < 5),
    [],
    'the hidden counts of a published line add up to 0 or at least 5',
  );
  const found = await attack({ survey, units, submissions: subs, published: snap.results });
  assert.deepEqual(found.smallPublished, [], 'no count of 1–4 is published');
  assert.deepEqual(found.leaks, [], 'no hidden count, and no count of 1–4, can be worked out');
  return { snapshot: snap, found };
}

const children = exampleSurvey('familjeenheten-barn');
const trygghet = exampleSurvey('medborgardialog-trygghet');

describe('a round published together', () => {
  test('a district minus its published units: naive per-table protection leaks, the round does not', async () => {
    const units: RoundUnit[] = [
      { id: 'soder', name: 'Södermalm', parent: null },
      { id: 'soder-fam', name: 'Familjeenheten', parent: 'soder' },
      { id: 'soder-ung', name: 'Ungdomsenheten', parent: 'soder' },
      { id: 'soder-liten', name: 'Lilla enheten', parent: 'soder' },
    ];
    const rnd = random(11);
    const subs: Sub[] = [];
    const add = (unit: string, n: number) => {
      for (let i = 0; i < n; i++)
        subs.push({
          unit,
          answers: {
            'vet-varfor': rnd() < 0.3 ? 3 : 4 + Math.floor(rnd() * 2),
            kon: rnd() < 0.5 ? 'flicka' : 'pojke',
          },
        });
    };
    add('soder-fam', 30);
    add('soder-ung', 25);
    // Three children in a small unit, two of them sad.
    subs.push({ unit: 'soder-liten', answers: { 'vet-varfor': 1, kon: 'flicka' } });
    subs.push({ unit: 'soder-liten', answers: { 'vet-varfor': 2, kon: 'pojke' } });
    subs.push({ unit: 'soder-liten', answers: { 'vet-varfor': 5, kon: 'pojke' } });

    // Before: every table protected on its own (the old results, once per unit and once for the district).
    const naive = ['soder-fam', 'soder-ung', 'soder-liten', 'soder'].map((unit) => {
      const mine = subs.filter((s) => unit === 'soder' || s.unit === unit);
      return {
        ...computeResults(children, mine),
        unit: { id: unit, name: unit, parent: unit === 'soder' ? null : 'soder' },
      };
    });
    const before = await attack({ survey: children, units, submissions: subs, published: naive });
    assert.ok(
      before.leaks.some((l) => l.startsWith('soder-liten')),
      `the small unit's answers follow from the district minus the others: ${before.leaks.join('; ')}`,
    );

    const { snapshot: snap } = snapshot(children, units, subs);
    const small = unitResult(snap.results, 'soder-liten');
    assert.equal(small.respondents, null, 'three respondents are not shown');
    assert.equal(table(small, 'vet-varfor').total.tooFew, true, 'and no distribution: "för få svar"');
    const after = await attack({ survey: children, units, submissions: subs, published: snap.results });
    assert.deepEqual(after.leaks, []);
    assert.deepEqual(after.smallPublished, []);
  });

  test('age × gender published twice (?by=alder and ?by=kon) leaks; a round split by kön once does not', async () => {
    const rnd = random(5);
    const ages = ['under-18', '18-29', '30-49', '50-64', '65-'];
    const genders = ['kvinna', 'man', 'annat'];
    const subs: Sub[] = [];
    for (let i = 0; i < 54; i++)
      subs.push({
        answers: {
          alder: ages[Math.min(4, Math.floor(rnd() * rnd() * 8))]!,
          kon: genders[rnd() < 0.06 ? 2 : rnd() < 0.5 ? 0 : 1]!,
          trygghet: { dag: 1 + Math.floor(rnd() * 4), kvall: 1 + Math.floor(rnd() * 4) },
          ...(rnd() < 0.8
            ? { platser: ['parker', 'kollektivtrafik', 'gator', 'hemma', 'annat'].filter(() => rnd() < 0.35) }
            : {}),
        },
      });
    const old = [
      computeResults(trygghet, subs, { by: 'alder' }),
      computeResults(trygghet, subs, { by: 'kon' }),
    ];
    const before = await attack({ survey: trygghet, submissions: subs, published: old });
    assert.ok(before.leaks.length > 0, 'the two splits together give away hidden counts');

    const { snapshot: snap } = snapshot(trygghet, [], subs, 'kon');
    assert.equal(snap.breakdown, 'kon');
    assert.equal(snap.results.length, 1, 'only the whole survey: the round has no units');
    const after = await attack({ survey: trygghet, submissions: subs, published: snap.results });
    assert.deepEqual(after.leaks, []);
    assert.deepEqual(after.smallPublished, []);
  });

  test('differencing: results computed live before and after one more answer give that answer away', async () => {
    // The case: 30 children had answered (4 and 5 only, 15 girls, 15 boys); one more girl answered.
    const first: Sub[] = Array.from({ length: 30 }, (_, i) => ({
      unit: 'before',
      answers: { 'vet-varfor': 4 + (i % 2), kon: i < 15 ? 'flicka' : 'pojke' },
    }));
    const late: Sub = { unit: 'late', answers: { 'vet-varfor': 1, kon: 'flicka' } };
    const units = [
      { id: 'all', parent: null },
      { id: 'before', parent: 'all' },
      { id: 'late', parent: 'all' },
    ];
    // Published live: once with the 30, once with all 31 (each protected on its own).
    const live = [
      {
        ...computeResults(children, first, { by: 'kon' }),
        unit: { id: 'before', name: 'före', parent: 'all' },
      },
      {
        ...computeResults(children, [...first, late], { by: 'kon' }),
        unit: { id: 'all', name: 'efter', parent: null },
      },
    ];
    const found = await attack({
      survey: children,
      units,
      submissions: [...first, late],
      published: live,
      alsoCheck: ['late'],
      onlyLeaves: true,
    });
    assert.ok(
      found.leaks.includes('late group "flicka" vet-varfor 1+2 = 1'),
      `the late girl answered "Mycket ledsen" or "Ledsen": ${found.leaks.join('; ')}`,
    );
    // A round publishes one snapshot of its closed set of answers: the late answer is in it or not, never both.
    const { snapshot: once } = snapshot(children, [], [...first, late]);
    const none = await attack({ survey: children, submissions: [...first, late], published: once.results });
    assert.deepEqual(none.leaks, []);
  });

  test('table redesign: "Stämmer inte så bra eller stämmer inte alls" shown together where each alone is small', () => {
    const subs: Sub[] = [
      ...Array.from({ length: 3 }, () => ({ unit: 'a', answers: { 'vet-varfor': 1, kon: 'flicka' } })),
      ...Array.from({ length: 4 }, () => ({ unit: 'a', answers: { 'vet-varfor': 2, kon: 'pojke' } })),
      ...Array.from({ length: 12 }, () => ({ unit: 'a', answers: { 'vet-varfor': 3, kon: 'flicka' } })),
      ...Array.from({ length: 14 }, () => ({ unit: 'a', answers: { 'vet-varfor': 5, kon: 'pojke' } })),
    ];
    const { snapshot: snap } = snapshot(children, [{ id: 'a', name: 'A', parent: null }], subs, null);
    const q = table(unitResult(snap.results, 'a'), 'vet-varfor');
    assert.deepEqual(q.merged?.[0]?.values, [1, 2]);
    assert.equal(
      (q.merged?.[0]?.text as Record<string, string>).sv,
      'Stämmer inte så bra eller stämmer inte alls',
    );
    assert.equal((q.merged?.[0]?.text as Record<string, string>).en, 'Not very true or not true at all');
    assert.deepEqual(q.total.merged, [7]);
    assert.deepEqual(
      q.total.counts.map((c) => c.count),
      [null, null, 12, 0, 14],
    );
    assert.equal(q.total.n, 33);
  });

  test('the snapshot keeps the Results shape per unit, with unit and round', () => {
    const units: RoundUnit[] = [
      { id: 'd', name: 'Distrikt', parent: null, invited: null },
      { id: 'u1', name: 'Enhet 1', parent: 'd', invited: 40 },
      { id: 'u2', name: 'Enhet 2', parent: 'd', invited: 30 },
    ];
    const subs: Sub[] = [];
    for (let i = 0; i < 20; i++)
      subs.push({
        unit: i % 2 ? 'u1' : 'u2',
        answers: { 'vet-varfor': 5, kon: i % 4 < 2 ? 'flicka' : 'pojke' },
      });
    const { snapshot: snap } = snapshot(children, units, subs);
    assert.equal(snap.format, 'svara-round-results/1');
    assert.deepEqual(
      snap.results.map((r) => r.unit?.id),
      ['d', 'u1', 'u2'],
    );
    const d = unitResult(snap.results, 'd');
    assert.deepEqual(d.unit, { id: 'd', name: 'Distrikt', parent: null, children: ['u1', 'u2'] });
    assert.deepEqual(d.round, { id: 'r1', name: '2026', opens: '2026-03-01', closes: '2026-03-31' });
    assert.equal(d.invited, 70);
    assert.equal(d.responseRate, 0.286);
    assert.equal(unitResult(snap.results, 'u1').invited, 40);
    assert.deepEqual(
      d.by?.groups.map((g) => g.value),
      ['flicka', 'pojke'],
    );
    const q = table(d, 'vet-varfor');
    assert.deepEqual(
      q.groups?.map((g) => [g.group, g.n]),
      [
        ['flicka', 10],
        ['pojke', 10],
      ],
    );
    assert.ok(
      d.questions.some((x) => x.id === 'kommentar' && !x.published),
      'free text is listed as never published',
    );
  });

  test('computed in a worker thread (off the event loop): the same snapshot, audited', async () => {
    const units: RoundUnit[] = [
      { id: 'd', name: 'D', parent: null },
      { id: 'u1', name: 'U1', parent: 'd' },
      { id: 'u2', name: 'U2', parent: 'd' },
    ];
    const rnd = random(3);
    const subs: Sub[] = Array.from({ length: 60 }, (_, i) => ({
      unit: i % 3 ? 'u1' : 'u2',
      answers: { 'vet-varfor': 1 + Math.floor(rnd() * 5), kon: rnd() < 0.5 ? 'flicka' : 'pojke' },
    }));
    const generatedAt = '2026-04-01T08:00:00.000Z';
    const { snapshot: inline } = snapshot(children, units, subs);
    const viaWorker = await computeRoundSnapshot(
      {
        survey: children,
        round: { id: 'r1', name: '2026', opens: '2026-03-01', closes: '2026-03-31' },
        units,
        generatedAt,
      },
      subs,
    );
    assert.deepEqual(viaWorker.snapshot, inline);
    assert.deepEqual(viaWorker.audit.leaks, []);
    assert.equal(viaWorker.audit.checked, viaWorker.audit.byWitness + viaWorker.audit.bySolver);
  });

  test('the audit catches a leak: re-publishing a hidden count makes its witnesses invalid and the solver finds what follows', async () => {
    const units: RoundUnit[] = [
      { id: 'd', name: 'D', parent: null },
      { id: 'u1', name: 'U1', parent: 'd' },
      { id: 'u2', name: 'U2', parent: 'd' },
    ];
    const subs: Sub[] = [
      ...Array.from({ length: 12 }, () => ({ unit: 'u1', answers: { 'vet-varfor': 5, kon: 'flicka' } })),
      ...Array.from({ length: 2 }, () => ({ unit: 'u1', answers: { 'vet-varfor': 2, kon: 'flicka' } })),
      ...Array.from({ length: 10 }, () => ({ unit: 'u2', answers: { 'vet-varfor': 4, kon: 'pojke' } })),
    ];
    const { internals } = snapshot(children, units, subs, null);
    const clean = await auditRound(internals.systems, internals.witnesses);
    assert.deepEqual(clean.leaks, []);
    const q = internals.systems.find((s) => s.id === 'vet-varfor')!;
    const two = q.cells.find(
      (c) => c.state === 'hidden' && c.value === 2 && c.ks.length === q.K && c.cs.length === 1,
    )!;
    assert.ok(two, 'the two sad answers in U1 are hidden');
    const bounds = await exactBounds(internals.systems, two);
    assert.ok(bounds.min < bounds.max, `hidden 2 lies anywhere in ${bounds.min}..${bounds.max}`);
    // Publish every other hidden count of U1's table: the 2 now follows from n.
    for (const c of q.cells)
      if (c.node === two.node && c.state === 'hidden' && c !== two && c.ks.length === q.K)
        c.state = 'published';
    const broken = await auditRound(internals.systems, internals.witnesses);
    assert.ok(broken.badWitnesses > 0, 'witnesses that changed a now-published count are refused');
    assert.ok(
      broken.leaks.some((l) => l.system === 'vet-varfor' && l.node === 'u1' && l.value === 2),
      `found: ${JSON.stringify(broken.leaks)}`,
    );
  });

  test('a line whose hidden counts add up to 1–4 tells that so few answered: one more count is hidden', async () => {
    const survey = parse({
      id: 'line',
      version: 1,
      lang: 'sv',
      title: 'Line',
      questions: [
        {
          id: 'val',
          type: 'choice',
          text: 'Vad valde du?',
          options: ['a', 'b', 'c', 'd'].map((value) => ({ value, text: value.toUpperCase() })),
        },
      ],
    });
    // a: 2, b: 1 — both hidden, and the column's n (21) less c and d (9 + 9) would say "3 chose a or b".
    const subs: Sub[] = [
      ...Array.from({ length: 2 }, () => ({ answers: { val: 'a' } })),
      { answers: { val: 'b' } },
      ...Array.from({ length: 9 }, () => ({ answers: { val: 'c' } })),
      ...Array.from({ length: 9 }, () => ({ answers: { val: 'd' } })),
    ];
    const { snapshot: snap, internals } = snapshot(survey, [], subs, null);
    const val = table(snap.results[0]!, 'val');
    assert.equal(val.total.n, 21);
    assert.deepEqual(
      val.total.counts.map((c) => c.count).filter((c) => c === null).length,
      3,
      'a, b and one of the nines hidden',
    );
    assert.deepEqual(hiddenSums(snap.results), [{ where: 'all val', sum: 12 }]);
    const audit = await auditRound(internals.systems, internals.witnesses, {
      lines: internals.lines,
      minCount: internals.minCount,
    });
    assert.deepEqual(audit.lines, { checked: internals.lines.length, violations: 0 });
    assert.deepEqual(audit.leaks, []);
    // The audit catches a line left at 3 (the nine published again).
    const nine = internals.systems[1]!.cells.find((c) => c.state === 'hidden' && c.value === 9)!;
    nine.state = 'published';
    const broken = await auditRound(internals.systems, internals.witnesses, {
      lines: internals.lines,
      minCount: internals.minCount,
    });
    assert.equal(broken.lines?.violations, 1);
  });

  test('answering modes: a mode with 1–4 answers cannot be worked out from anything the round publishes', async () => {
    const units: RoundUnit[] = [
      { id: 'soder', name: 'Södermalm', parent: null },
      { id: 'soder-fam', name: 'Familjeenheten', parent: 'soder' },
      { id: 'soder-ung', name: 'Ungdomsenheten', parent: 'soder' },
      { id: 'soder-vux', name: 'Vuxenenheten', parent: 'soder' },
    ];
    const rnd = random(7);
    const subs: Sub[] = [];
    const add = (unit: string, n: number, answeredBy: string) => {
      for (let i = 0; i < n; i++)
        subs.push({
          unit,
          answeredBy,
          answers: {
            'vet-varfor': rnd() < 0.3 ? 3 : 4 + Math.floor(rnd() * 2),
            kon: rnd() < 0.5 ? 'flicka' : 'pojke',
          },
        });
    };
    add('soder-fam', 24, 'self');
    add('soder-fam', 9, 'with-support');
    add('soder-fam', 7, 'interviewer');
    add('soder-ung', 20, 'self');
    add('soder-ung', 8, 'interviewer');
    add('soder-vux', 18, 'self');
    add('soder-vux', 6, 'with-support');
    add('soder-vux', 6, 'interviewer');
    // Three children in Ungdomsenheten answered with support, two of them sad.
    subs.push({ unit: 'soder-ung', answeredBy: 'with-support', answers: { 'vet-varfor': 1, kon: 'flicka' } });
    subs.push({ unit: 'soder-ung', answeredBy: 'with-support', answers: { 'vet-varfor': 2, kon: 'pojke' } });
    subs.push({ unit: 'soder-ung', answeredBy: 'with-support', answers: { 'vet-varfor': 5, kon: 'pojke' } });
    const { snapshot: snap, internals } = snapshot(children, units, subs);
    const fam = unitResult(snap.results, 'soder-fam');
    const ung = unitResult(snap.results, 'soder-ung');
    // Familjeenheten: all three modes large enough, each shown with its own column.
    assert.deepEqual(
      fam.modes?.map((m) => [m.mode, m.count]),
      [
        ['self', 24],
        ['with-support', 9],
        ['interviewer', 7],
      ],
    );
    assert.deepEqual(
      table(fam, 'vet-varfor').modes?.map((c) => [c.mode, c.n]),
      [
        ['self', 24],
        ['with-support', 9],
        ['interviewer', 7],
      ],
    );
    // The trend and the open data carry the same mode columns, nothing more.
    const point = trendOf([snap], 'soder-fam').questions.find((q) => q.id === 'vet-varfor')!.points[0]!;
    assert.deepEqual(
      point.modes?.map((m) => [m.mode, m.n]),
      [
        ['self', 24],
        ['with-support', 9],
        ['interviewer', 7],
      ],
    );
    const csv = resultsCsv(snap, snap.results);
    assert.match(csv, /soder-fam,Familjeenheten,vet-varfor,,[^\n]*,answered_by=with-support,9,/);
    assert.doesNotMatch(csv, /soder-ung,[^\n]*answered_by=/);
    // Ungdomsenheten: the three who answered with support are never shown, nor can they be worked out — not
    // from the unit's respondents less the other modes, nor from Södermalm less Familjeenheten.
    const ungSupport = ung.modes?.find((m) => m.mode === 'with-support');
    assert.equal(ungSupport?.count ?? null, null);
    assert.equal(table(ung, 'vet-varfor').modes, undefined);
    const audit = await auditRound(internals.systems, internals.witnesses);
    assert.deepEqual(audit.leaks, []);
    const found = await attack({ survey: children, units, submissions: subs, published: snap.results });
    assert.ok(found.checked > 0);
    assert.deepEqual(found.smallPublished, []);
    assert.deepEqual(found.leaks, []);
    // The attacker does find the three when a snapshot is changed to show the other modes' exact sizes.
    const leaky = structuredClone(snap.results);
    const ungLeaky = unitResult(leaky, 'soder-ung');
    ungLeaky.modes = [
      { mode: 'self', count: 20 },
      { mode: 'with-support', count: null },
      { mode: 'interviewer', count: 8 },
    ];
    const caught = await attack({ survey: children, units, submissions: subs, published: leaky });
    assert.ok(
      caught.leaks.some((l) => l.includes('soder-ung') && l.includes('with-support') && l.endsWith('= 3')),
      caught.leaks.join('\n'),
    );
  });

  test('a mode column with too few answers to show still counts in the row over the modes (seed 77)', async () => {
    // Found by the generated test at seed 77 and shrunk: Södermalm-like district of three units. At d0 five answered
    // with support, four of them the "stöd" question (too few: that column is not shown); "partly" had 6 answers
    // in all, 5 of them alone and 1 in an interview (hidden). Before, the line rule skipped that row because a
    // count of it was never shown, so "6 less 5" told that exactly one of the unshown counts was a "partly".
    const found = await checkGenerated(SEED_77);
    const d0 = table(unitResult(found.snapshot.results, 'd0'), 'stod');
    assert.equal(
      d0.modes?.find((m) => m.mode === 'with-support')?.tooFew,
      true,
      'the case is still exercised',
    );
    assert.equal(d0.total.counts[1]?.count, 6);
  });

  test('a question withheld from the round says n = 0 where a unit has no respondents (seed 2584)', async () => {
    // Found by the generated test at seed 2584 and shrunk: "stöd" found no witness and was withheld from the round,
    // and its n was null everywhere — also in D0U0, published with 0 respondents, where it can only be 0.
    const found = await checkGenerated(SEED_2584);
    const empty = unitResult(found.snapshot.results, 'd0u0');
    assert.equal(empty.respondents, 0);
    assert.equal(table(empty, 'stod').total.n, 0);
    assert.equal(
      table(unitResult(found.snapshot.results, 'd0'), 'stod').total.n,
      null,
      'the case still withholds',
    );
  });

  test('generated unit trees, splits and answers: no hidden count is computable, nothing of 1–4 published', async () => {
    // CI runs three fixed seeds (about 20 s on a quiet 2-core machine); SVARA_ROUND_SEED runs one other.
    const seeds = process.env.SVARA_ROUND_SEED ? [Number(process.env.SVARA_ROUND_SEED)] : CI_SEEDS;
    for (const seed of seeds)
      await fc.assert(
        fc.asyncProperty(generatedCase, async (params) => {
          await checkGenerated(params);
        }),
        { numRuns: Number(process.env.SVARA_ROUND_RUNS ?? 40), seed },
      );
  });
});
