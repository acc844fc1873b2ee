import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { DONT_KNOW, SKIPPED, parseSubmission } from '@svara/schema';
import type { Survey } from '@svara/schema';

import { BreakdownError, computeResults } from '../src/results/results.js';
import type {
  GroupColumn,
  ResultColumn,
  Results,
  ScaleGroupResult,
  TableResult,
} from '../src/results/results.js';
import { exampleSurvey, survey } from './helpers.js';
import { derivable } from './oracle.js';

const children = exampleSurvey('familjeenheten-barn');

/** `n` copies of the same answers. */
const times = (n: number, answers: Record<string, unknown>) => Array.from({ length: n }, () => ({ answers }));

const table = (results: Results, id: string) => {
  const q = results.questions.find((x) => x.id === id);
  assert.ok(q && q.published && q.type !== 'scale-group', `${id} is a published table`);
  return q as TableResult;
};
const counts = (column: ResultColumn) => column.counts.map((c) => c.count);

describe('results', () => {
  // 69 children as in the city's survey: 31 girls, 38 boys.
  const answers = [
    ...times(20, { 'vet-varfor': 5, kon: 'flicka', kommentar: 'Det var bra, hälsar Lisa i 3B' }),
    ...times(8, { 'vet-varfor': 4, kon: 'flicka' }),
    ...times(3, { 'vet-varfor': DONT_KNOW, kon: 'flicka' }),
    ...times(25, { 'vet-varfor': 5, kon: 'pojke' }),
    ...times(10, { 'vet-varfor': 3, kon: 'pojke' }),
    ...times(3, { 'vet-varfor': 1, kon: 'pojke' }),
  ];

  test('counts per value, "vet inte" and "hoppa över" apart, n and a mean; small counts hidden', () => {
    const r = computeResults(children, answers);
    assert.equal(r.respondents, 69);
    assert.equal(r.minCount, 5);
    const q = table(r, 'vet-varfor');
    assert.equal(q.ordinal, true);
    assert.equal(q.scale, 'smiley-agree-5');
    assert.equal(q.total.n, 69);
    // 1: 3 answers and "vet inte": 3 answers are hidden; together they hold 6, so neither can be worked out
    // from n. Nobody answered 2 or "hoppa över": 0 is shown, since 69 answered.
    assert.deepEqual(counts(q.total), [null, 0, 10, 8, 45]);
    assert.equal(q.total.dontKnow, null, '3 × vet inte is hidden');
    assert.equal(q.total.skipped, 0);
    assert.equal(q.total.mean, null, 'no mean while a value is hidden');
  });

  test('free text is never published, not even its count', () => {
    const r = computeResults(children, answers);
    const json = JSON.stringify(r);
    assert.ok(!json.includes('Lisa'), 'the comment text does not appear');
    const q = r.questions.find((x) => x.id === 'kommentar');
    assert.deepEqual(q && { published: q.published, type: q.type }, { published: false, type: 'text' });
    assert.ok(q && !('total' in q));
  });

  test('a mean is given when every value of the column is published', () => {
    const scale = survey({
      id: 's',
      version: 1,
      lang: 'sv',
      title: 'S',
      questions: [{ id: 'q', type: 'scale', scale: 'smiley-3', text: 'Fråga', allowDontKnow: true }],
    });
    const r = computeResults(scale, [
      ...times(5, { q: 1 }),
      ...times(6, { q: 2 }),
      ...times(9, { q: 3 }),
      ...times(7, { q: DONT_KNOW }),
    ]);
    const q = table(r, 'q');
    assert.deepEqual(counts(q.total), [5, 6, 9]);
    assert.equal(q.total.dontKnow, 7);
    assert.equal(q.total.mean, 2.2, '(5·1 + 6·2 + 9·3) / 20, "vet inte" left out');
  });

  test('response rate from `invited`; under 5 respondents nothing is shown', () => {
    const invitedSurvey: Survey = { ...children, invited: 120 };
    const r = computeResults(invitedSurvey, answers);
    assert.equal(r.invited, 120);
    assert.equal(r.responseRate, 0.575);
    const few = computeResults(invitedSurvey, times(4, { 'vet-varfor': 5 }));
    assert.equal(few.respondents, null);
    assert.equal(few.responseRate, null);
    assert.deepEqual(counts(table(few, 'vet-varfor').total), [null, null, null, null, null]);
    assert.equal(table(few, 'vet-varfor').total.n, null);
  });

  test('split by a breakdown question: the groups, each with its own counts and n', () => {
    const r = computeResults(children, answers, { by: 'kon' });
    assert.deepEqual(
      r.by?.groups.map((g) => g.value),
      ['flicka', 'pojke'],
    );
    assert.equal(r.by?.othersHidden, false);
    const q = table(r, 'vet-varfor');
    const [girls, boys] = q.groups as GroupColumn[];
    assert.equal(girls!.group, 'flicka');
    assert.equal(girls!.n, 31);
    assert.equal(boys!.n, 38);
    assert.deepEqual(counts(girls!), [null, 0, 0, 8, 20]);
    assert.equal(girls!.dontKnow, null);
    assert.deepEqual(counts(boys!), [null, 0, 10, 0, 25]);
    // Girls' 3 × "vet inte" and boys' 3 × "1" are hidden; so is the girls' 0 × "1" that would give it away.
    assert.equal(girls!.dontKnow, null);
    auditSplit(
      r,
      'vet-varfor',
      'kon',
      answers.map((a) => a.answers),
    );
    assert.equal(table(r, 'kon').groups, undefined, 'the breakdown question is not split by itself');
  });

  test('a single child in a small group: its answer cannot be worked out from total minus the groups shown', () => {
    const r = computeResults(children, [...answers, { answers: { 'vet-varfor': 4, kon: 'annat' } }], {
      by: 'kon',
    });
    assert.deepEqual(
      r.by?.groups.map((g) => g.value),
      ['flicka', 'pojke'],
      'the group of one is not shown',
    );
    assert.equal(r.by?.othersHidden, true);
    const q = table(r, 'vet-varfor');
    const [girls, boys] = q.groups as GroupColumn[];
    const value4 = q.options.findIndex((o) => o.value === 4);
    const total4 = q.total.counts[value4]!.count;
    const shown4 = [girls!, boys!].map((g) => g.counts[value4]!.count);
    // Total 4s (9) minus girls (8) minus boys (0) would be the lone child's answer: one of them must be hidden.
    assert.ok(total4 === null || shown4.includes(null), 'total − girls − boys is not computable');
  });

  test('property: published numbers are true, counts under 5 hidden, no hidden count derivable', () => {
    const s = survey({
      id: 'prop',
      version: 1,
      lang: 'sv',
      title: 'Egenskaper',
      questions: [
        { id: 'q', type: 'scale', scale: 'smiley-3', text: 'Fråga', allowDontKnow: true, allowSkip: true },
        {
          id: 'grupp',
          type: 'choice',
          breakdown: true,
          allowSkip: true,
          text: 'Grupp',
          options: [
            { value: 'a', text: 'A' },
            { value: 'b', text: 'B' },
            { value: 'c', text: 'C' },
          ],
        },
      ],
    });
    const response = fc.record(
      {
        q: fc.constantFrom<unknown>(1, 2, 3, DONT_KNOW, SKIPPED),
        grupp: fc.constantFrom<unknown>('a', 'a', 'b', 'b', 'c', SKIPPED),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(response, { maxLength: 80 }), (list) => {
        const r = computeResults(
          s,
          list.map((answers) => ({ answers })),
          { by: 'grupp' },
        );
        auditSplit(r, 'q', 'grupp', list);
      }),
      { numRuns: 300 },
    );
  });

  test('multiple choice: how many chose each option; a small "did not choose" hides the count', () => {
    const multi = survey({
      id: 'm',
      version: 1,
      lang: 'sv',
      title: 'M',
      questions: [
        {
          id: 'platser',
          type: 'multi',
          text: 'Var?',
          allowDontKnow: true,
          options: [
            { value: 'park', text: 'Park' },
            { value: 'buss', text: 'Buss' },
            { value: 'gata', text: 'Gata' },
          ],
        },
      ],
    });
    const r = computeResults(multi, [
      ...times(10, { platser: ['park', 'buss'] }),
      ...times(8, { platser: ['park', 'gata', 'buss'] }),
      ...times(4, { platser: ['park'] }),
      ...times(2, { platser: ['buss'] }),
      ...times(5, { platser: DONT_KNOW }),
    ]);
    const q = table(r, 'platser');
    assert.equal(q.total.n, 29);
    assert.equal(q.total.dontKnow, 5);
    // 24 answered with a list: park chosen by 22 (2 did not: 24 − 22 would show it, so 22 is hidden), buss by
    // 20 (4 did not), gata by 8 (16 did not).
    assert.deepEqual(counts(q.total), [null, null, 8]);
    const all = computeResults(multi, [
      ...times(12, { platser: ['park'] }),
      ...times(6, { platser: ['park', 'buss'] }),
    ]);
    assert.deepEqual(
      counts(table(all, 'platser').total),
      [18, 6, 0],
      'everyone chose park: 18 of 18 is shown',
    );
  });

  test('scale-group: each statement is its own table', () => {
    const s = exampleSurvey('medborgardialog-trygghet');
    const rows = [
      ...times(12, { trygghet: { dag: 4, kvall: 3 } }),
      ...times(7, { trygghet: { dag: 3, kvall: 1 } }),
    ];
    const r = computeResults(s, rows);
    const q = r.questions.find((x) => x.id === 'trygghet') as ScaleGroupResult;
    assert.equal(q.type, 'scale-group');
    assert.deepEqual(
      q.items.map((i) => i.id),
      ['dag', 'kvall'],
    );
    const dag = q.items[0]!.total;
    assert.equal(dag.n, 19);
    assert.deepEqual(counts(dag), [0, 0, 7, 12]);
  });

  test('only questions marked as breakdown can split results', () => {
    assert.throws(() => computeResults(children, [], { by: 'vet-varfor' }), BreakdownError);
    assert.throws(() => computeResults(children, [], { by: 'nope' }), /Use one of: kon/);
  });

  test('stored answers that the current definition no longer offers are left out', () => {
    const r = computeResults(children, [...answers, { answers: { 'vet-varfor': 9 } }, { answers: 'junk' }]);
    assert.equal(table(r, 'vet-varfor').total.n, 69);
    assert.equal(r.respondents, 71);
  });

  test('every example survey tallies generated valid submissions without error', () => {
    for (const id of ['bemotandekollen', 'foraldramottagning', 'synpunkter', 'uppfoljning-klient']) {
      const s = exampleSurvey(id);
      const r = computeResults(s, []);
      assert.equal(r.surveyId, id);
      assert.equal(r.questions.length, s.questions?.length ?? s.pages?.flatMap((p) => p.questions).length);
    }
    const check = parseSubmission(children, {
      submissionId: randomUUID(),
      surveyId: children.id,
      surveyVersion: 1,
      lang: 'sv',
      submittedAt: new Date().toISOString(),
      answers: { 'vet-varfor': 5 },
      meta: { answeredBy: 'self', mode: 'web' },
    });
    assert.ok(check.ok);
  });
});

/**
 * Checks the split of question `q` by `by` against the truth counted from `list`: every published number is
 * true, every true count under 5 is hidden, and the flow oracle can work out no hidden count.
 */
function auditSplit(r: Results, q: string, by: string, list: Record<string, unknown>[]): void {
  const result = r.questions.find((x) => x.id === q) as TableResult;
  const categories = [...result.options.map((o) => o.value), DONT_KNOW, SKIPPED];
  const shown = r.by!.groups.map((g) => g.value);
  const answered = list.filter((a) => a[q] !== undefined);
  const col = (a: Record<string, unknown>) => {
    const i = shown.indexOf(a[by] as string);
    return i < 0 ? shown.length : i;
  };
  const truth = categories.map((c) => {
    const row = new Array<number>(shown.length + 1).fill(0);
    for (const a of answered) if (a[q] === c) row[col(a)]!++;
    return row;
  });
  const rest = truth.some((row) => row[shown.length]! > 0);
  if (shown.length === 0) return; // no group shown: the rest is everyone, whose counts are the total
  const cols = rest ? shown.length + 1 : shown.length;
  const counts = truth.map((row) => row.slice(0, cols));
  const cellOf = (column: ResultColumn, i: number) =>
    i < result.options.length
      ? column.counts[i]!.count
      : i === result.options.length
        ? column.dontKnow
        : column.skipped;

  if (result.groups === null) return; // withheld entirely: nothing to check
  const groups = result.groups ?? [];
  const hidden = counts.map((row, i) =>
    row.map((n, j) => {
      // The rest is never shown, but a category nobody chose is 0 there too, as the total says.
      if (j === shown.length) return cellOf(result.total, i) !== 0;
      const published = cellOf(groups[j]!, i);
      if (published !== null) assert.equal(published, n, 'a published count is true');
      else return true;
      const groupSize = counts.reduce((sum, r) => sum + r[j]!, 0);
      // A 0 may show in a group of 5 or more, or where the total already says nobody chose the category.
      assert.ok(n >= 5 || (n === 0 && (groupSize >= 5 || cellOf(result.total, i) === 0)), `count ${n} shown`);
      return false;
    }),
  );
  const hiddenColumnSums = counts[0]!.map((_, j) => {
    if (j === shown.length) return true;
    const n = groups[j]!.n;
    if (n !== null)
      assert.equal(
        n,
        counts.reduce((s, row) => s + row[j]!, 0),
      );
    return n === null;
  });
  const hiddenRowSums = truth.map((row, i) => {
    const published = cellOf(result.total, i);
    if (published !== null)
      assert.equal(
        published,
        row.reduce((s, n) => s + n, 0),
      );
    return published === null;
  });
  const leaks = derivable({
    counts,
    hidden,
    hiddenColumnSums,
    hiddenRowSums,
    hiddenTotal: result.total.n === null,
  }).filter((leak) => !(rest && leak.what === `column sum ${shown.length}`));
  assert.deepEqual(leaks, []);
}
