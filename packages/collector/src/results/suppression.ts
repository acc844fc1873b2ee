/**
 * Small-group protection for published counts: primary suppression of every count from 1 to `MIN_COUNT - 1`, and
 * of zeros in a group that has 1 to `MIN_COUNT - 1` answers (there they would show how the few answered; in a larger
 * group "nobody answered this" says nothing about any one person); then complementary suppression until no hidden
 * count can be worked out exactly from what is published (the other counts, the group sizes and the totals).
 *
 * A table with its margins is a network: each count is an edge, each sum a node whose edges must balance. A hidden
 * count can be worked out exactly if and only if no other table with the same published numbers differs from the
 * true one in that count. Any such table differs from the truth by a circulation over hidden edges, and every
 * circulation splits into cycles that each keep all counts non-negative; so a hidden count is safe exactly when a
 * cycle of hidden counts runs through it along which one answer can be moved (+1 or -1) without any count going
 * below zero. `isDetermined` tests that with a graph search; `protect` adds the cheapest hidden path (fewest
 * answers hidden, inner cells before group sizes and totals) whenever a count is still determined.
 *
 * Pure and synchronous; no I/O. The output format of the results endpoint is built on top of this in results.ts.
 */

/** Counts under this are never published. */
export const MIN_COUNT = 5;

/** One count in the network: an edge from node `u` to node `v`. */
export interface Cell {
  u: number;
  v: number;
  /**
   * How the count relates to the flow on its edge: +1 for inner cells, -1 for sums (group sizes, totals) and
   * +1 for the grand total. Every node then balances to zero.
   */
  sign: 1 | -1;
  /** The true count. */
  value: number;
  /** Hidden. */
  suppressed: boolean;
  /** Decided elsewhere (published or hidden by another table): protection may not change it. */
  fixed: boolean;
  /** A sum (group size, total) rather than an inner cell: hidden only when nothing else will do. */
  margin: boolean;
  /**
   * Hidden, but allowed to be worked out: the size of the rest of the respondents (those in no group shown). It
   * is a sum of hidden categories of the breakdown question, not a count of its own, just as every line with
   * hidden cells reveals the sum of its hidden cells.
   */
  exempt?: boolean;
  /** Must be hidden (see `isSmall`); when absent, every count under the minimum is. */
  sensitive?: boolean;
}

/** A count of 1 to min - 1. */
export const isSmall = (n: number, minCount = MIN_COUNT): boolean => n > 0 && n < minCount;

/** Whether a count must be hidden: small, or a zero in a group that is itself small. */
export const isSensitive = (n: number, groupSize: number, minCount = MIN_COUNT): boolean =>
  isSmall(n, minCount) || (n === 0 && isSmall(groupSize, minCount));

/** Cost of hiding a sum instead of an inner cell, so inner cells are always preferred. */
const MARGIN_PENALTY = 1_000_000;

interface Step {
  cell: number;
  /** Change of the edge's flow: +1 along u→v, -1 against it. */
  delta: 1 | -1;
}

/** The count changes by `sign × delta`; going below zero is impossible. */
function canChange(cell: Cell, delta: 1 | -1): boolean {
  return cell.sign * delta > 0 || cell.value >= 1;
}

function adjacency(cells: readonly Cell[], nodeCount: number): number[][] {
  const edges: number[][] = Array.from({ length: nodeCount }, () => []);
  cells.forEach((cell, i) => {
    edges[cell.u]!.push(i);
    edges[cell.v]!.push(i);
  });
  return edges;
}

/**
 * Cheapest path from `from` to `to` that moves one answer along each edge without making a count negative,
 * through hidden cells (cost 0) and, when `allowPublished`, through published cells that are not fixed (cost:
 * their value, plus a penalty for sums). Returns the steps, or undefined if there is none.
 */
function cheapestPath(
  cells: readonly Cell[],
  edges: readonly number[][],
  from: number,
  to: number,
  skip: number,
  allowPublished: boolean,
): { cost: number; steps: Step[] } | undefined {
  const cost = new Array<number>(edges.length).fill(Infinity);
  const via = new Array<Step | undefined>(edges.length);
  const done = new Array<boolean>(edges.length).fill(false);
  cost[from] = 0;
  // Tables are small (tens of nodes): a linear scan for the next node is simpler than a heap and fast enough.
  for (;;) {
    let node = -1;
    for (let n = 0; n < edges.length; n++)
      if (!done[n] && cost[n]! < Infinity && (node < 0 || cost[n]! < cost[node]!)) node = n;
    if (node < 0 || node === to) break;
    done[node] = true;
    for (const i of edges[node]!) {
      if (i === skip) continue;
      const cell = cells[i]!;
      const usable = cell.suppressed || (allowPublished && !cell.fixed);
      if (!usable) continue;
      const forward = cell.u === node;
      const delta: 1 | -1 = forward ? 1 : -1;
      if (!canChange(cell, delta)) continue;
      const next = forward ? cell.v : cell.u;
      const step = cell.suppressed ? 0 : cell.value + (cell.margin ? MARGIN_PENALTY : 0) + 1e-3;
      if (cost[node]! + step < cost[next]!) {
        cost[next] = cost[node]! + step;
        via[next] = { cell: i, delta };
      }
    }
  }
  if (cost[to] === Infinity) return undefined;
  const steps: Step[] = [];
  for (let node = to; node !== from;) {
    const step = via[node]!;
    steps.push(step);
    const cell = cells[step.cell]!;
    node = step.delta === 1 ? cell.u : cell.v;
  }
  return { cost: cost[to]!, steps: steps.reverse() };
}

/** The cheapest cycle through hidden cell `index` (either direction), or undefined. */
function cheapestCycle(
  cells: readonly Cell[],
  edges: readonly number[][],
  index: number,
  allowPublished: boolean,
): { cost: number; steps: Step[] } | undefined {
  const cell = cells[index]!;
  let best: { cost: number; steps: Step[] } | undefined;
  for (const delta of [1, -1] as const) {
    if (!canChange(cell, delta)) continue;
    // Moving along the edge in direction `delta`, then back to where we started.
    const [start, end] = delta === 1 ? [cell.v, cell.u] : [cell.u, cell.v];
    const path = cheapestPath(cells, edges, start, end, index, allowPublished);
    if (path && (!best || path.cost < best.cost)) best = path;
  }
  return best;
}

/** True when hidden cell `index` could be worked out exactly from the published cells. */
export function isDetermined(cells: readonly Cell[], nodeCount: number, index: number): boolean {
  return cheapestCycle(cells, adjacency(cells, nodeCount), index, false) === undefined;
}

/**
 * Hides every sensitive count (unless fixed), then hides more counts until no hidden count is determined.
 * Mutates `suppressed` on the cells. Returns false if that is impossible without changing fixed cells; the
 * caller must then withhold the whole table.
 */
export function protect(cells: Cell[], nodeCount: number, minCount = MIN_COUNT): boolean {
  for (const cell of cells) {
    if (!cell.fixed && (cell.sensitive ?? cell.value < minCount)) cell.suppressed = true;
  }
  const edges = adjacency(cells, nodeCount);
  // Every round hides at least one more cell, so this ends.
  for (let round = 0; round <= cells.length; round++) {
    const open = cells.findIndex(
      (cell, i) => cell.suppressed && !cell.exempt && cheapestCycle(cells, edges, i, false) === undefined,
    );
    if (open < 0) return true;
    const cycle = cheapestCycle(cells, edges, open, true);
    if (!cycle) return false;
    for (const step of cycle.steps) cells[step.cell]!.suppressed = true;
  }
  return false;
}

// ─── Tables ───────────────────────────────────────────────────────────────

/** A one-way table: a count per category and their total. */
export interface OneWay {
  /** False when the table cannot be protected at all (only with a fixed total): publish none of it. */
  ok: boolean;
  counts: number[];
  /** Hidden counts, by category. */
  suppressed: boolean[];
  total: number;
  totalSuppressed: boolean;
}

export interface OneWayOptions {
  minCount?: number;
  /** The total was decided by another table (published when false, hidden when true). */
  fixedTotal?: boolean;
}

/**
 * Protects a one-way table (categories of one question, everyone together). Nodes: 0 = the categories' sum,
 * 1 = outside. Categories have no sums of their own, so they all meet at node 1.
 */
export function protectOneWay(counts: readonly number[], options: OneWayOptions = {}): OneWay {
  const total = counts.reduce((sum, n) => sum + n, 0);
  const min = options.minCount ?? MIN_COUNT;
  const cells: Cell[] = counts.map((value) => ({
    u: 1,
    v: 0,
    sign: 1,
    value,
    suppressed: false,
    fixed: false,
    margin: false,
    sensitive: isSensitive(value, total, min),
  }));
  cells.push({
    u: 1,
    v: 0,
    sign: -1,
    value: total,
    suppressed: options.fixedTotal ?? false,
    fixed: options.fixedTotal !== undefined,
    margin: true,
    sensitive: isSmall(total, min),
  });
  const ok = protect(cells, 2, options.minCount);
  if (!ok) for (const cell of cells) if (!cell.fixed) cell.suppressed = true;
  return {
    ok,
    counts: [...counts],
    suppressed: cells.slice(0, counts.length).map((c) => c.suppressed),
    total,
    totalSuppressed: cells[counts.length]!.suppressed,
  };
}

/** A two-way table: categories (rows) × groups (columns), with group sizes, category totals and a grand total. */
export interface TwoWay {
  counts: number[][];
  suppressed: boolean[][];
  /** Per group: the number who answered. */
  groupTotals: number[];
  groupTotalsSuppressed: boolean[];
}

export interface TwoWayOptions {
  minCount?: number;
  /** The totals column (everyone together), exactly as the one-way table published it. */
  totals: OneWay;
  /**
   * Groups whose cells are never published (the rest of the respondents, outside the groups shown). They take
   * part in the protection, because their counts could otherwise be computed as total minus the groups shown.
   */
  hiddenGroups?: readonly boolean[];
  /** Group sizes decided by another table (true: hidden), for tables whose group sizes are shared. */
  fixedGroupTotals?: readonly boolean[];
}

/**
 * Protects a two-way table whose totals column and grand total were already published by the one-way table of
 * the same question (and may not change, since anyone can read both). Returns undefined when no protection is
 * possible; the caller then publishes no split for this question.
 *
 * Nodes: rows 0..r-1, the group-size row r, columns r+1..r+c, the totals column r+c+1.
 */
export function protectTwoWay(
  counts: readonly (readonly number[])[],
  options: TwoWayOptions,
): TwoWay | undefined {
  const rows = counts.length;
  const cols = counts[0]?.length ?? 0;
  const sizeRow = rows;
  const col = (j: number) => rows + 1 + j;
  const totalCol = rows + cols + 1;
  const nodeCount = rows + cols + 2;
  const hidden = options.hiddenGroups ?? [];
  const min = options.minCount ?? MIN_COUNT;
  const groupTotals = Array.from({ length: cols }, (_, j) => counts.reduce((sum, row) => sum + row[j]!, 0));
  const cells: Cell[] = [];
  const inner: number[][] = [];
  for (let i = 0; i < rows; i++) {
    inner.push([]);
    for (let j = 0; j < cols; j++) {
      inner[i]!.push(cells.length);
      // A category nobody chose (its total published as 0) is 0 in every group, the hidden ones too: public.
      const knownZero = !options.totals.suppressed[i] && options.totals.counts[i] === 0;
      cells.push({
        u: i,
        v: col(j),
        sign: 1,
        value: counts[i]![j]!,
        suppressed: hidden[j] === true && !knownZero,
        fixed: hidden[j] === true || knownZero,
        margin: false,
        sensitive: isSensitive(counts[i]![j]!, groupTotals[j]!, min),
      });
    }
  }
  const sizes = groupTotals.map((value, j) => {
    const fixedHidden = options.fixedGroupTotals?.[j];
    cells.push({
      u: sizeRow,
      v: col(j),
      sign: -1,
      value,
      suppressed: hidden[j] === true || fixedHidden === true,
      fixed: hidden[j] === true || fixedHidden !== undefined,
      margin: true,
      exempt: hidden[j] === true,
      sensitive: isSmall(value, min),
    });
    return cells.length - 1;
  });
  counts.forEach((_, i) => {
    cells.push({
      u: i,
      v: totalCol,
      sign: -1,
      value: options.totals.counts[i]!,
      suppressed: options.totals.suppressed[i]!,
      fixed: true,
      margin: true,
    });
  });
  cells.push({
    u: sizeRow,
    v: totalCol,
    sign: 1,
    value: options.totals.total,
    suppressed: options.totals.totalSuppressed,
    fixed: true,
    margin: true,
  });
  if (!protect(cells, nodeCount, options.minCount)) return undefined;
  return {
    counts: counts.map((row) => [...row]),
    suppressed: inner.map((row) => row.map((i) => cells[i]!.suppressed)),
    groupTotals,
    groupTotalsSuppressed: sizes.map((i) => cells[i]!.suppressed),
  };
}
