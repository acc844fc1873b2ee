/** The public summary checked by the independent oracle (test/oracle.ts): no hidden count can be worked out. */
import assert from 'node:assert/strict';

import { derivable } from '../oracle.js';

interface Counts {
  categories: { quarters: number[] }[];
  concerns: { code: string; year: number }[];
}
interface Published {
  total: number | null;
  quarters: (number | null)[];
  categories: { quarters: (number | null)[]; year: number | null }[];
  concerns: { code: string; year: number | null }[];
}

/** Every number the public summary shows (hidden ones as null). */
export function publishedNumbers(pub: Published): (number | null)[] {
  return [
    pub.total,
    ...pub.quarters,
    ...pub.categories.flatMap((c) => [...c.quarters, c.year]),
    ...pub.concerns.map((c) => c.year),
  ];
}

export function assertNothingRecoverable(summary: Counts, pub: Published, what = ''): void {
  assert.deepEqual(
    derivable({
      counts: summary.categories.map((c) => c.quarters),
      hidden: pub.categories.map((c) => c.quarters.map((x) => x === null)),
      hiddenColumnSums: pub.quarters.map((x) => x === null),
      hiddenRowSums: pub.categories.map((c) => c.year === null),
      hiddenTotal: pub.total === null,
    }),
    [],
    `${what} categories × quarters`,
  );
  const concernYears = pub.concerns.map((c) => summary.concerns.find((s) => s.code === c.code)!.year);
  assert.deepEqual(
    derivable({
      counts: concernYears.map((x) => [x]),
      hidden: pub.concerns.map((c) => [c.year === null]),
      hiddenColumnSums: [pub.total === null],
      hiddenRowSums: pub.concerns.map((c) => c.year === null),
      hiddenTotal: pub.total === null,
    }),
    [],
    `${what} concerns`,
  );
}
