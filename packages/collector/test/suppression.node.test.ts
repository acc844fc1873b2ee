import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';

import { isSensitive, isSmall, protectOneWay, protectTwoWay } from '../src/results/suppression.js';
import type { OneWay, TwoWay } from '../src/results/suppression.js';
import { derivable } from './oracle.js';
import type { PublishedTable } from './oracle.js';

/** What a reader of a one-way table sees, as the oracle's m × 1 table (each row sum is the count itself). */
function oneWayView(t: OneWay): PublishedTable {
  return {
    counts: t.counts.map((n) => [n]),
    hidden: t.suppressed.map((h) => [h]),
    hiddenRowSums: [...t.suppressed],
    hiddenColumnSums: [t.totalSuppressed],
    hiddenTotal: t.totalSuppressed,
  };
}

/**
 * What a reader sees of a split: the shown groups, the rest (never shown), group sizes and the totals column.
 * The rest's size may be worked out (total minus the groups shown): it is a sum of hidden categories of the
 * breakdown question, not a count of its own. Everything else hidden must stay unknown.
 */
const leaksOf = (view: PublishedTable, rest: boolean) =>
  derivable(view).filter((leak) => !(rest && leak.what === `column sum ${view.counts[0]!.length - 1}`));

function twoWayView(t: TwoWay, totals: OneWay, restColumn: boolean): PublishedTable {
  const cols = t.groupTotals.length;
  return {
    counts: t.counts,
    // A category whose total is a published 0 is 0 in the rest too: that is public already.
    hidden: t.suppressed.map((row, i) =>
      row.map(
        (h, j) => h || (restColumn && j === cols - 1 && !(totals.counts[i] === 0 && !totals.suppressed[i])),
      ),
    ),
    hiddenColumnSums: t.groupTotalsSuppressed.map((h, j) => h || (restColumn && j === cols - 1)),
    hiddenRowSums: [...totals.suppressed],
    hiddenTotal: totals.totalSuppressed,
  };
}

describe('one-way tables (everyone together)', () => {
  test('hides every count from 1 to 4 and publishes the rest', () => {
    const t = protectOneWay([12, 3, 20, 7, 9, 4]);
    assert.deepEqual(t.suppressed, [false, true, false, false, false, true]);
    assert.equal(t.totalSuppressed, false);
  });

  test('a zero is shown when at least 5 answered: "nobody chose this" tells nothing about anyone', () => {
    const t = protectOneWay([0, 15, 0, 25]);
    assert.deepEqual(t.suppressed, [false, false, false, false]);
  });

  test('a count that could be worked out from the total is protected by hiding one more', () => {
    // 35 answers: 12, 3, 20. Hiding only the 3 would leave it as 35 - 12 - 20.
    const t = protectOneWay([12, 3, 20]);
    assert.deepEqual(t.suppressed, [true, true, false], 'the smallest other count (12) is hidden too');
    assert.equal(t.totalSuppressed, false, 'n stays published');
    assert.deepEqual(derivable(oneWayView(t)), []);
  });

  test('a lone small count may be paired with a zero: hiding "3 and 0" leaves 0 to 3 for each', () => {
    const t = protectOneWay([12, 3, 20, 0, 9]);
    assert.deepEqual(t.suppressed, [false, true, false, true, false]);
    assert.deepEqual(derivable(oneWayView(t)), []);
  });

  test('fewer than 5 answers in all: everything is hidden, zeros and the total too', () => {
    const t = protectOneWay([1, 2, 0]);
    assert.deepEqual(t.suppressed, [true, true, true]);
    assert.equal(t.totalSuppressed, true);
  });

  test('the oracle itself finds a leak when protection is left out (it can fail)', () => {
    const leaks = derivable({
      counts: [[12], [3], [20]],
      hidden: [[false], [true], [false]],
      hiddenRowSums: [false, true, false],
      hiddenColumnSums: [false],
      hiddenTotal: false,
    });
    assert.deepEqual(
      leaks.map((l) => [l.what, l.value]),
      [
        ['cell 1,0', 3],
        ['row sum 1', 3],
      ],
    );
  });

  test('property: every count of 1-4 (and zeros when 1-4 answered) is hidden, none can be worked out', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.nat(6), fc.integer({ min: 5, max: 40 })), { minLength: 2, maxLength: 8 }),
        (counts) => {
          const t = protectOneWay(counts);
          counts.forEach((n, i) => isSensitive(n, t.total) && assert.ok(t.suppressed[i], `count ${n} shown`));
          if (isSmall(t.total)) assert.ok(t.totalSuppressed);
          assert.deepEqual(derivable(oneWayView(t)), []);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('two-way tables (split by a breakdown question)', () => {
  /** Protects a split the way results.ts does: totals first (one-way), then the split with a hidden rest. */
  function split(counts: number[][], rest: boolean) {
    const totals = protectOneWay(counts.map((row) => row.reduce((a, b) => a + b, 0)));
    const cols = counts[0]!.length;
    const t = protectTwoWay(counts, {
      totals,
      hiddenGroups: Array.from({ length: cols }, (_, j) => rest && j === cols - 1),
    });
    return { totals, t };
  }

  test('one child in a third group: its answers cannot be read as total minus girls minus boys', () => {
    // Rows: answers 1-5; columns: girls, boys, the rest (one child who answered 5).
    const counts = [
      [0, 1, 0],
      [2, 3, 0],
      [6, 8, 0],
      [10, 12, 0],
      [13, 14, 1],
    ];
    const { totals, t } = split(counts, true);
    assert.ok(t, 'a protected split exists');
    const shown = twoWayView(t, totals, true);
    assert.deepEqual(leaksOf(shown, true), []);
    // Without complementary hiding the rest column would be derivable: show that the oracle sees it.
    const naive: PublishedTable = {
      ...shown,
      hidden: counts.map((row, i) => row.map((n, j) => j === 2 || isSmall(n) || totals.suppressed[i]!)),
      hiddenColumnSums: [false, false, true],
    };
    assert.ok(
      derivable(naive).some((leak) => leak.what === 'cell 4,2'),
      'the lone child’s answer leaks without complementary suppression',
    );
  });

  test('a group of fewer than 5 has its size and all its counts hidden', () => {
    const { totals, t } = split(
      [
        [9, 1],
        [12, 2],
        [7, 0],
      ],
      false,
    );
    assert.ok(t);
    assert.deepEqual(
      t.suppressed.map((row) => row[1]),
      [true, true, true],
    );
    assert.equal(t.groupTotalsSuppressed[1], true);
    assert.deepEqual(leaksOf(twoWayView(t, totals, false), false), []);
  });

  test('no rest and nothing small: everything is published', () => {
    const { t } = split(
      [
        [9, 11],
        [12, 20],
      ],
      false,
    );
    assert.ok(t);
    assert.deepEqual(t.suppressed.flat(), [false, false, false, false]);
    assert.deepEqual(t.groupTotalsSuppressed, [false, false]);
  });

  test('an answer nobody chose stays 0 in a small group: the published overall 0 already says so', () => {
    // Found by the property below (seed 985018440): one answer chosen by nobody, a group of one.
    const { totals, t } = split(
      [
        [0, 0],
        [1, 5],
      ],
      true,
    );
    assert.ok(t);
    assert.equal(totals.counts[0], 0);
    assert.equal(totals.suppressed[0], false);
    assert.equal(t.suppressed[0]![0], false, 'the public zero is shown');
    assert.equal(t.suppressed[1]![0], true, 'the one answer in the small group is hidden');
    assert.deepEqual(leaksOf(twoWayView(t, totals, true), true), []);
  });

  test('property: every count of 1-4 (and zeros in groups of 1-4) is hidden, none can be worked out', () => {
    const table = fc
      .record({
        rows: fc.integer({ min: 2, max: 7 }),
        cols: fc.integer({ min: 1, max: 4 }),
        rest: fc.boolean(),
      })
      .chain(({ rows, cols, rest }) =>
        fc.record({
          counts: fc.array(
            fc.array(fc.oneof(fc.nat(5), fc.integer({ min: 5, max: 14 })), {
              minLength: cols + (rest ? 1 : 0),
              maxLength: cols + (rest ? 1 : 0),
            }),
            { minLength: rows, maxLength: rows },
          ),
          rest: fc.constant(rest),
        }),
      );
    let withheld = 0;
    let runs = 0;
    fc.assert(
      fc.property(table, ({ counts, rest }) => {
        runs++;
        const { totals, t } = split(counts, rest);
        if (!t) {
          withheld++;
          return;
        }
        const shownCols = counts[0]!.length - (rest ? 1 : 0);
        counts.forEach((row, i) =>
          row.forEach((n, j) => {
            // An answer nobody chose, published as 0 overall, is 0 in every group: already public, so shown.
            const publicZero = !totals.suppressed[i] && totals.counts[i] === 0;
            if (j < shownCols && isSensitive(n, t.groupTotals[j]!) && !publicZero)
              assert.ok(t.suppressed[i]![j], `count ${n} at ${i},${j} shown`);
          }),
        );
        t.groupTotals.forEach((n, j) => isSmall(n) && assert.ok(t.groupTotalsSuppressed[j]));
        // The totals column is exactly what the one-way table published: protection never changes it.
        assert.deepEqual(leaksOf(twoWayView(t, totals, rest), rest), []);
      }),
      { numRuns: 500 },
    );
    assert.ok(withheld < runs / 10, `splits withheld too often: ${withheld} of ${runs}`);
  });
});
