/**
 * An independent check of small-group protection. For each hidden number it asks a flow network whether some
 * table of non-negative whole numbers agrees with everything published and yet has a different value there (one
 * more, or one less). The tables that agree with published row sums, column sums and total are exactly the
 * feasible circulations of a network with lower and upper bounds, and flows are whole numbers, so the answer is
 * exact. Shares no code or method with src/results/suppression.ts (which searches for alternating cycles).
 */

export interface PublishedTable {
  /** The true inner counts, rows × columns. */
  counts: number[][];
  /** Hidden inner cells. */
  hidden: boolean[][];
  /** Hidden column sums (group sizes). */
  hiddenColumnSums: boolean[];
  /** Hidden row sums (the totals column). */
  hiddenRowSums: boolean[];
  hiddenTotal: boolean;
}

export interface Leak {
  what: string;
  value: number;
}

const INF = 1e9;

class MaxFlow {
  private readonly head: number[][];
  private readonly to: number[] = [];
  private readonly cap: number[] = [];
  constructor(readonly size: number) {
    this.head = Array.from({ length: size }, () => []);
  }
  add(u: number, v: number, capacity: number): void {
    this.head[u]!.push(this.to.length);
    this.to.push(v);
    this.cap.push(capacity);
    this.head[v]!.push(this.to.length);
    this.to.push(u);
    this.cap.push(0);
  }
  /** Edmonds–Karp. */
  run(s: number, t: number): number {
    let flow = 0;
    for (;;) {
      const via = new Array<number>(this.size).fill(-1);
      const queue = [s];
      via[s] = -2;
      while (queue.length && via[t] === -1) {
        const u = queue.shift()!;
        for (const e of this.head[u]!) {
          if (this.cap[e]! > 0 && via[this.to[e]!] === -1) {
            via[this.to[e]!] = e;
            queue.push(this.to[e]!);
          }
        }
      }
      if (via[t] === -1) return flow;
      let push = Infinity;
      for (let v = t; v !== s; v = this.to[via[v]! ^ 1]!) push = Math.min(push, this.cap[via[v]!]!);
      for (let v = t; v !== s; v = this.to[via[v]! ^ 1]!) {
        this.cap[via[v]!]! -= push;
        this.cap[via[v]! ^ 1]! += push;
      }
      flow += push;
    }
  }
}

interface Bounds {
  lo: number;
  hi: number;
}

/**
 * Is there a table agreeing with the published numbers, within the given bounds on hidden cells and sums?
 * Network: S → row i (row sum) → column j (hidden inner cell) → T (column sum), T → S (total).
 */
function feasible(
  table: PublishedTable,
  cell: (i: number, j: number) => Bounds,
  rowSum: (i: number) => Bounds,
  colSum: (j: number) => Bounds,
  total: Bounds,
): boolean {
  const rows = table.counts.length;
  const cols = table.counts[0]!.length;
  const S = rows + cols;
  const T = S + 1;
  const SS = T + 1;
  const TT = SS + 1;
  const flow = new MaxFlow(TT + 1);
  const excess = new Array<number>(TT + 1).fill(0);
  let required = 0;
  const edge = (u: number, v: number, { lo, hi }: Bounds) => {
    if (lo > hi) throw new Infeasible();
    flow.add(u, v, hi - lo);
    excess[v]! += lo;
    excess[u]! -= lo;
  };
  class Infeasible extends Error {}
  try {
    // A published inner cell is a fixed amount of flow from its row to its column.
    for (let i = 0; i < rows; i++)
      for (let j = 0; j < cols; j++)
        edge(i, rows + j, table.hidden[i]![j] ? cell(i, j) : exact(table.counts[i]![j]!));
    for (let i = 0; i < rows; i++) edge(S, i, rowSum(i));
    for (let j = 0; j < cols; j++) edge(rows + j, T, colSum(j));
    edge(T, S, total);
  } catch (error) {
    if (error instanceof Infeasible) return false;
    throw error;
  }
  for (let n = 0; n < SS; n++) {
    if (excess[n]! > 0) {
      flow.add(SS, n, excess[n]!);
      required += excess[n]!;
    } else if (excess[n]! < 0) flow.add(n, TT, -excess[n]!);
  }
  return flow.run(SS, TT) === required;
}

const exact = (n: number): Bounds => ({ lo: n, hi: n });
const free: Bounds = { lo: 0, hi: INF };

/** The hidden numbers that can be worked out exactly from the published ones. */
export function derivable(table: PublishedTable): Leak[] {
  const rows = table.counts.length;
  const cols = table.counts[0]!.length;
  const rowSums = table.counts.map((row) => row.reduce((a, b) => a + b, 0));
  const colSums = Array.from({ length: cols }, (_, j) => table.counts.reduce((a, row) => a + row[j]!, 0));
  const total = rowSums.reduce((a, b) => a + b, 0);
  const cellBounds = (i: number, j: number) => (table.hidden[i]![j] ? free : exact(table.counts[i]![j]!));
  const rowBounds = (i: number) => (table.hiddenRowSums[i] ? free : exact(rowSums[i]!));
  const colBounds = (j: number) => (table.hiddenColumnSums[j] ? free : exact(colSums[j]!));
  const totalBounds = table.hiddenTotal ? free : exact(total);
  if (!feasible(table, cellBounds, rowBounds, colBounds, totalBounds))
    throw new Error('the truth is infeasible');

  /** True when the hidden quantity can differ from `truth` given the override for it. */
  const canDiffer = (truth: number, test: (bounds: Bounds) => boolean) =>
    test({ lo: truth + 1, hi: INF }) || (truth > 0 && test({ lo: 0, hi: truth - 1 }));

  const leaks: Leak[] = [];
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      if (!table.hidden[i]![j]) continue;
      const v = table.counts[i]![j]!;
      const ok = canDiffer(v, (b) =>
        feasible(
          table,
          (a, c) => (a === i && c === j ? b : cellBounds(a, c)),
          rowBounds,
          colBounds,
          totalBounds,
        ),
      );
      if (!ok) leaks.push({ what: `cell ${i},${j}`, value: v });
    }
  }
  for (let i = 0; i < rows; i++) {
    if (!table.hiddenRowSums[i]) continue;
    const ok = canDiffer(rowSums[i]!, (b) =>
      feasible(table, cellBounds, (a) => (a === i ? b : rowBounds(a)), colBounds, totalBounds),
    );
    if (!ok) leaks.push({ what: `row sum ${i}`, value: rowSums[i]! });
  }
  for (let j = 0; j < cols; j++) {
    if (!table.hiddenColumnSums[j]) continue;
    const ok = canDiffer(colSums[j]!, (b) =>
      feasible(table, cellBounds, rowBounds, (c) => (c === j ? b : colBounds(c)), totalBounds),
    );
    if (!ok) leaks.push({ what: `column sum ${j}`, value: colSums[j]! });
  }
  if (table.hiddenTotal) {
    const ok = canDiffer(total, (b) => feasible(table, cellBounds, rowBounds, colBounds, b));
    if (!ok) leaks.push({ what: 'total', value: total });
  }
  return leaks;
}
