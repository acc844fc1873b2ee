/**
 * Protection of everything a round publishes, together.
 *
 * The counts of a round are sums of whole numbers at the finest level: per leaf unit, per group of the breakdown
 * question (each of its answers, "vet inte", "hoppa över", and no answer) and per answer category of a question.
 * Each question is a `System` of such numbers; the breakdown question is the root system, whose numbers are the
 * group sizes of every other system (a question's numbers in a unit and group add up to that group's size there).
 * A `Cell` is any count a reader might care about — an answer in a unit for a group or everyone, a merged answer,
 * how many answered — as the sum of finest numbers under a node of the unit tree, over a set of groups and a set of
 * categories. Cells are published, hidden (a `null` in a published table), or internal (never in any table, e.g.
 * the answers of the boys in a unit shown without a split).
 *
 * A hidden or sensitive cell is safe when another table of whole numbers, agreeing with every published number,
 * differs from the truth in it. Such a table is found as a `Witness`: moves of single people between finest
 * numbers ("relabels": one answer less here, one more there) that leave every published cell unchanged and no
 * number negative. Protection looks for the cheapest witness for every cell that needs one and hides the
 * published cells it would change; since hiding only removes equations, every witness stays valid, and the audit
 * (audit.ts) re-checks each of them from scratch and settles any cell without a witness with an exact integer
 * program. A move inside a question keeps its group sizes fixed, so it combines with the true numbers of every
 * other question into a whole alternative; a move of group sizes is carried into every question by moving the
 * same people there too (`extend`).
 */
import type { Tree } from './tree.js';

export type CellState = 'published' | 'hidden' | 'internal';

export interface Cell {
  id: number;
  system: System;
  node: number;
  /** Groups (breakdown categories) summed. */
  ks: readonly number[];
  /** Categories summed. */
  cs: readonly number[];
  value: number;
  state: CellState;
  /** Must not be published and must not be computable (1..min-1, or 0 in a group of 1..min-1). */
  sensitive: boolean;
  /** May not be hidden by complementary suppression (a choice taken earlier, e.g. a shown group's size). */
  fixed: boolean;
  /** Cost of hiding it. */
  weight: number;
  /** What it is, for the output (`total`, `group`, `rest`, `n`, …). */
  role: string;
  /** Changed by some witness: safe. */
  certified: boolean;
}

/** The finest numbers of one question (or item, or option) and its cells. Index `(leaf * K + k) * C + c`. */
export class System {
  readonly children: System[] = [];
  readonly cells: Cell[] = [];
  private readonly cellKeys = new Map<string, Cell>();
  /** Per (node, k, c): ids of cells that sum it. Built by `index()`. */
  private byNkc: Int32Array[] = [];
  readonly values: Int32Array;
  /**
   * Groups form a grid of (breakdown category, answering mode) when above 1: group `kb * grid + m`. Then a
   * person's move can be balanced inside one unit by a second move that keeps both margins (see `candidates`).
   */
  grid = 1;

  constructor(
    readonly id: string,
    readonly tree: Tree,
    readonly K: number,
    readonly C: number,
    readonly parent: System | null,
    /** Per category: the parent's category it is part of (the parent's per-(leaf,k,cat) number is their sum). */
    readonly parentCat: Int32Array,
  ) {
    this.values = new Int32Array(tree.leafNode.length * K * C);
    parent?.children.push(this);
  }

  get L(): number {
    return this.tree.leafNode.length;
  }
  v(leaf: number, k: number, c: number): number {
    return (leaf * this.K + k) * this.C + c;
  }
  /** Sum over the leaves of `node`, groups `ks`, categories `cs`. */
  sum(node: number, ks: readonly number[], cs: readonly number[]): number {
    const n = this.tree.nodes[node]!;
    let total = 0;
    for (let leaf = n.leafStart; leaf < n.leafEnd; leaf++)
      for (const k of ks) for (const c of cs) total += this.values[this.v(leaf, k, c)]!;
    return total;
  }

  /** Adds (or returns the existing) cell for this node, groups and categories. */
  cell(
    node: number,
    ks: readonly number[],
    cs: readonly number[],
    init: Omit<Cell, 'id' | 'system' | 'node' | 'ks' | 'cs' | 'value' | 'certified'>,
  ): Cell {
    const key = `${node}|${ks.join(',')}|${cs.join(',')}`;
    const existing = this.cellKeys.get(key);
    if (existing) {
      // The same count reached twice (e.g. a rest of one group): the stricter reading wins.
      if (init.state === 'published' && existing.state === 'internal') existing.state = 'published';
      existing.sensitive ||= init.sensitive;
      existing.fixed ||= init.fixed;
      return existing;
    }
    const cell: Cell = {
      id: this.cells.length,
      system: this,
      node,
      ks: [...ks].sort((a, b) => a - b),
      cs: [...cs].sort((a, b) => a - b),
      value: this.sum(node, ks, cs),
      certified: false,
      ...init,
    };
    this.cells.push(cell);
    this.cellKeys.set(key, cell);
    return cell;
  }

  find(node: number, ks: readonly number[], cs: readonly number[]): Cell | undefined {
    return this.cellKeys.get(
      `${node}|${[...ks].sort((a, b) => a - b).join(',')}|${[...cs].sort((a, b) => a - b).join(',')}`,
    );
  }

  /** Per finest number: the ids of every cell that contains it (`varCells[varStart[v] .. varStart[v+1]]`). */
  varStart = new Int32Array(1);
  varCells = new Int32Array(0);

  index(): void {
    const lists: number[][] = Array.from({ length: this.tree.nodes.length * this.K * this.C }, () => []);
    for (const cell of this.cells)
      for (const k of cell.ks)
        for (const c of cell.cs) lists[(cell.node * this.K + k) * this.C + c]!.push(cell.id);
    this.byNkc = lists.map((list) => Int32Array.from(list));
    const V = this.values.length;
    const start = new Int32Array(V + 1);
    const flat: number[] = [];
    for (let v = 0; v < V; v++) {
      start[v] = flat.length;
      const c = v % this.C;
      const k = Math.floor(v / this.C) % this.K;
      this.forEachCellOf(Math.floor(v / this.C / this.K), k, c, (id) => flat.push(id));
    }
    start[V] = flat.length;
    this.varStart = start;
    this.varCells = Int32Array.from(flat);
  }

  /** Ids of the cells that contain finest number (leaf, k, c), at every level above the leaf. */
  forEachCellOf(leaf: number, k: number, c: number, visit: (id: number) => void): void {
    for (const node of this.tree.leafPath[leaf]!) {
      const ids = this.byNkc[(node * this.K + k) * this.C + c]!;
      for (let i = 0; i < ids.length; i++) visit(ids[i]!);
    }
  }
}

/**
 * One person moved: one less at finest number `from`, one more at `to` (indices in `system.values`). In the root
 * system either may be `NOBODY`: a person more, or fewer, than there are (possible while their count is hidden).
 */
export interface Relabel {
  system: System;
  from: number;
  to: number;
}

export const NOBODY = -1;

/** An alternative table: the truth plus these moves. */
export type Witness = Relabel[];

// ─── Scratch accounting of a candidate move ───────────────────────────────

/**
 * Net changes of finest numbers and cells while a candidate is evaluated, with the cost of the published cells
 * it changes kept up to date on every step; undone cheaply.
 */
class Scratch {
  private readonly varDelta = new Map<System, Int32Array>();
  private readonly cellDelta = new Map<System, Int32Array>();
  private readonly touched: Cell[] = [];
  private running = 0;
  private fixedHits = 0;
  readonly moves: Relabel[] = [];

  delta(system: System, v: number): number {
    return this.varDelta.get(system)?.[v] ?? 0;
  }
  private cells(system: System): Int32Array {
    let d = this.cellDelta.get(system);
    if (!d) this.cellDelta.set(system, (d = new Int32Array(system.cells.length)));
    return d;
  }
  private account(cell: Cell, sign: 1 | -1): void {
    if (cell.state !== 'published') return;
    if (cell.fixed) this.fixedHits += sign;
    else this.running += sign * cell.weight;
  }
  apply(move: Relabel, sign: 1 | -1 = 1): void {
    const { system } = move;
    let vars = this.varDelta.get(system);
    if (!vars) this.varDelta.set(system, (vars = new Int32Array(system.values.length)));
    const cells = this.cells(system);
    const all = system.cells;
    const { varStart, varCells } = system;
    for (let side = 0; side < 2; side++) {
      const v = side === 0 ? move.from : move.to;
      const by = side === 0 ? -sign : sign;
      if (v === NOBODY) continue;
      vars[v]! += by;
      for (let i = varStart[v]!, end = varStart[v + 1]!; i < end; i++) {
        const id = varCells[i]!;
        const before = cells[id]!;
        const after = before + by;
        cells[id] = after;
        if (before === 0) {
          this.touched.push(all[id]!);
          this.account(all[id]!, 1);
        } else if (after === 0) this.account(all[id]!, -1);
      }
    }
    if (sign === 1) this.moves.push(move);
    else this.moves.pop();
  }
  /** Can one more person leave finest number v? */
  canTake(system: System, v: number): boolean {
    return v === NOBODY || system.values[v]! + this.delta(system, v) >= 1;
  }
  changes(cell: Cell): boolean {
    return (this.cellDelta.get(cell.system)?.[cell.id] ?? 0) !== 0;
  }
  /** Cells whose value the moves change. */
  changed(): Cell[] {
    const out = new Set<Cell>();
    for (const cell of this.touched) if (this.changes(cell)) out.add(cell);
    return [...out];
  }
  cost(): number {
    return this.fixedHits > 0 ? Infinity : this.running;
  }
  clear(): void {
    while (this.moves.length) this.apply(this.moves[this.moves.length - 1]!, -1);
    this.touched.length = 0;
    this.running = 0;
    this.fixedHits = 0;
  }
}

// ─── Extending a move into the questions below ────────────────────────────

function decode(system: System, v: number): [leaf: number, k: number, c: number] {
  if (v === NOBODY) return [0, 0, -2];
  const c = v % system.C;
  const k = Math.floor(v / system.C) % system.K;
  return [Math.floor(v / system.C / system.K), k, c];
}

/**
 * Carries relabel `move` (already applied to `scratch`) into every system below: the person who moved is moved
 * in each question too, keeping their answer where possible. Greedy; returns false when some system has no way.
 */
function extend(scratch: Scratch, move: Relabel, budget: { cost: number }): boolean {
  for (const child of move.system.children) {
    const [fl, fk, fc] = move.from === NOBODY ? [0, 0, -2] : decode(move.system, move.from);
    const [tl, tk, tc] = move.to === NOBODY ? [0, 0, -2] : decode(move.system, move.to);
    const under = (pc: number) => {
      const out: number[] = [];
      if (pc === -2) return [NOBODY];
      for (let c = 0; c < child.C; c++) if (child.parentCat[c] === pc) out.push(c);
      return out;
    };
    const fromCats = under(fc);
    // A person added: no answer is the cheapest guess (it changes no answered count).
    const toCats = under(tc).sort((a, b) => (b === child.C - 1 ? 1 : 0) - (a === child.C - 1 ? 1 : 0));
    let best: { from: number; to: number; cost: number } | undefined;
    // Same answer first (then the two ends meet and cancel in the tables above them).
    const pairs: [number, number][] = [];
    for (const a of fromCats) if (toCats.includes(a)) pairs.push([a, a]);
    for (const a of fromCats) for (const b of toCats) if (a !== b) pairs.push([a, b]);
    const before = scratch.cost();
    for (const [a, b] of pairs) {
      const from = a === NOBODY ? NOBODY : child.v(fl, fk, a);
      if (!scratch.canTake(child, from)) continue;
      const relabel: Relabel = { system: child, from, to: b === NOBODY ? NOBODY : child.v(tl, tk, b) };
      scratch.apply(relabel);
      const inner = { cost: 0 };
      const ok = extend(scratch, relabel, inner);
      const cost = ok ? scratch.cost() - before : Infinity;
      // Undo the nested moves and this one.
      undoTo(scratch, relabel);
      if (cost < (best?.cost ?? Infinity)) best = { from, to: relabel.to, cost };
      if (cost === 0) break;
    }
    if (!best) return false;
    const relabel: Relabel = { system: child, from: best.from, to: best.to };
    scratch.apply(relabel);
    if (!extend(scratch, relabel, budget)) return false;
    budget.cost += best.cost;
  }
  return true;
}

function undoTo(scratch: Scratch, move: Relabel): void {
  for (;;) {
    const last = scratch.moves[scratch.moves.length - 1]!;
    scratch.apply(last, -1);
    if (last === move) return;
  }
}

// ─── Candidate moves ──────────────────────────────────────────────────────

export interface Options {
  /** Largest number of leaves tried under a node, and of partner leaves outside it. */
  leafSample?: number;
  /** Also carry moves into the systems below (off in the first pass over the breakdown). */
  extendChildren?: boolean;
  /** Cells not to look for a witness for in this pass. */
  skip?: (cell: Cell) => boolean;
}

/** Leaves under `node` ordered by how much of (ks, cs) they hold, the largest first. */
function leavesBy(
  system: System,
  node: number,
  ks: readonly number[],
  cs: readonly number[],
  cap: number,
): number[] {
  const n = system.tree.nodes[node]!;
  const scored: [number, number][] = [];
  for (let leaf = n.leafStart; leaf < n.leafEnd; leaf++) {
    let s = 0;
    for (const k of ks) for (const c of cs) s += system.values[system.v(leaf, k, c)]!;
    scored.push([leaf, s]);
  }
  scored.sort((a, b) => b[1] - a[1]);
  return scored.slice(0, cap).map(([leaf]) => leaf);
}

/**
 * Leaves outside `node` with someone in them, as close to it as possible (its siblings' subtrees first, then its
 * parent's siblings', …), the fullest first at each level.
 */
function partnerLeaves(system: System, node: number, cap: number): number[] {
  const tree = system.tree;
  const out: number[] = [];
  const size = (leaf: number) => {
    let n = 0;
    const base = leaf * system.K * system.C;
    for (let i = 0; i < system.K * system.C; i++) n += system.values[base + i]!;
    return n;
  };
  let inner = tree.nodes[node]!;
  for (let up = inner.parent; up >= 0 && out.length < cap; up = tree.nodes[up]!.parent) {
    const u = tree.nodes[up]!;
    const level: [number, number][] = [];
    for (let leaf = u.leafStart; leaf < u.leafEnd; leaf++) {
      if (leaf >= inner.leafStart && leaf < inner.leafEnd) continue;
      const n = size(leaf);
      if (n > 0) level.push([leaf, n]);
    }
    level.sort((a, b) => b[1] - a[1]);
    for (const [leaf] of level.slice(0, cap - out.length)) out.push(leaf);
    inner = u;
  }
  return out;
}

/**
 * The groups of `ks` with the most people in (leaf, cs), at most `cap` (a column of many groups — everyone, in a
 * grid of breakdown × mode — is changed by a move in any of them; its fullest groups give the cheapest moves).
 */
function fullest(
  s: System,
  leaf: number,
  ks: readonly number[],
  cs: readonly number[],
  cap = 6,
): readonly number[] {
  if (ks.length <= cap) return ks;
  const size = (k: number) => {
    let n = 0;
    for (const c of cs) n += s.values[s.v(leaf, k, c)]!;
    return n;
  };
  return [...ks].sort((a, b) => size(b) - size(a)).slice(0, cap);
}

/**
 * For group `k` of a grid (breakdown category × mode): the other corners of every square through it, as
 * [same mode, opposite corner, same category] — one more at k and at the opposite corner, one less at the others,
 * leaves every row and column of the grid as it was.
 */
function gridSquares(s: System, k: number): [number, number, number][] {
  const M = s.grid;
  if (M <= 1) return [];
  const rows = s.K / M;
  const kb1 = Math.floor(k / M);
  const m1 = k % M;
  const out: [number, number, number][] = [];
  for (let kb2 = 0; kb2 < rows; kb2++)
    for (let m2 = 0; m2 < M; m2++)
      if (kb2 !== kb1 && m2 !== m1) out.push([kb2 * M + m1, kb2 * M + m2, kb1 * M + m2]);
  return out;
}

/**
 * Candidate witnesses that change `target`, each a list of relabels. In a question (a system with a parent) a
 * person moves between two answers within one leaf and group (so group sizes stay); the patterns are a square
 * (two groups in one leaf), a rectangle (one group in two leaves) and a cube (two groups in two leaves). In the
 * breakdown (the root system) a person moves between groups or between leaves.
 */
function* candidates(target: Cell, sample: number): Generator<Relabel[]> {
  const s = target.system;
  const leaves = leavesBy(s, target.node, target.ks, target.cs, sample);
  const partners = partnerLeaves(s, target.node, sample);
  const outsideKs = Array.from({ length: s.K }, (_, k) => k).filter((k) => !target.ks.includes(k));
  const allKs = Array.from({ length: s.K }, (_, k) => k);
  if (s.parent) {
    const outsideCs = Array.from({ length: s.C }, (_, c) => c).filter((c) => !target.cs.includes(c));
    for (const u of leaves)
      for (const k1 of fullest(s, u, target.ks, target.cs))
        for (const c1 of target.cs)
          for (const c2 of outsideCs) {
            if (s.parentCat[c1] !== s.parentCat[c2]) continue;
            for (const sign of [1, -1] as const) {
              // +sign at (u,k1,c1), -sign at (u,k1,c2)
              const pair = (leaf: number, k: number, up: number, down: number): Relabel =>
                sign === 1
                  ? { system: s, from: s.v(leaf, k, down), to: s.v(leaf, k, up) }
                  : { system: s, from: s.v(leaf, k, up), to: s.v(leaf, k, down) };
              // Whether someone is there to move (a candidate that takes from an empty number fails anyway).
              const can = (leaf: number, k: number, up: number, down: number) =>
                s.values[s.v(leaf, k, sign === 1 ? down : up)]! > 0;
              if (!can(u, k1, c1, c2)) continue;
              yield [pair(u, k1, c1, c2)];
              for (const k2 of outsideKs)
                if (can(u, k2, c2, c1)) yield [pair(u, k1, c1, c2), pair(u, k2, c2, c1)];
              // A square of the grid: every breakdown column and every mode column of the unit stays.
              for (const [ka, kb, kc] of gridSquares(s, k1))
                if (can(u, ka, c2, c1) && can(u, kb, c1, c2) && can(u, kc, c2, c1))
                  yield [pair(u, k1, c1, c2), pair(u, ka, c2, c1), pair(u, kb, c1, c2), pair(u, kc, c2, c1)];
              for (const w of partners) {
                if (!can(w, k1, c2, c1)) continue;
                yield [pair(u, k1, c1, c2), pair(w, k1, c2, c1)];
                for (const k2 of allKs) {
                  if (k2 === k1 || !can(u, k2, c2, c1) || !can(w, k2, c1, c2)) continue;
                  yield [pair(u, k1, c1, c2), pair(u, k2, c2, c1), pair(w, k1, c2, c1), pair(w, k2, c1, c2)];
                }
              }
            }
          }
  } else {
    // Root system: C is 1.
    for (const u of leaves)
      for (const k1 of fullest(s, u, target.ks, [0]))
        for (const sign of [1, -1] as const) {
          const move = (leafA: number, kA: number, leafB: number, kB: number): Relabel =>
            // +sign at (leafA,kA), -sign at (leafB,kB)
            sign === 1
              ? { system: s, from: s.v(leafB, kB, 0), to: s.v(leafA, kA, 0) }
              : { system: s, from: s.v(leafA, kA, 0), to: s.v(leafB, kB, 0) };
          const can = (leafA: number, kA: number, leafB: number, kB: number) =>
            sign === 1 ? s.values[s.v(leafB, kB, 0)]! > 0 : s.values[s.v(leafA, kA, 0)]! > 0;
          for (const k2 of outsideKs) if (can(u, k1, u, k2)) yield [move(u, k1, u, k2)];
          // A square of the grid: the unit's breakdown and mode sizes stay, only their crossing changes.
          for (const [ka, kb, kc] of gridSquares(s, k1))
            if (can(u, k1, u, ka) && can(u, kb, u, kc)) yield [move(u, k1, u, ka), move(u, kb, u, kc)];
          yield [
            sign === 1
              ? { system: s, from: NOBODY, to: s.v(u, k1, 0) }
              : { system: s, from: s.v(u, k1, 0), to: NOBODY },
          ];
          for (const w of partners) {
            if (can(u, k1, w, k1)) yield [move(u, k1, w, k1)];
            for (const k2 of allKs)
              if (k2 !== k1 && can(u, k1, u, k2) && can(w, k2, w, k1))
                yield [move(u, k1, u, k2), move(w, k2, w, k1)];
          }
        }
  }
}

/**
 * The cheapest witness for `target` (fewest and smallest published counts to hide), or undefined. With
 * `onlyFree`, only a witness that needs nothing more hidden is accepted.
 */
export function bestWitness(
  target: Cell,
  options: Options & { onlyFree?: boolean } = {},
): { moves: Witness; changed: Cell[]; cost: number } | undefined {
  const sample = options.leafSample ?? 8;
  const scratch = new Scratch();
  let best: { moves: Witness; changed: Cell[]; cost: number } | undefined;
  for (const moves of candidates(target, sample)) {
    let ok = true;
    for (const move of moves) {
      if (!scratch.canTake(move.system, move.from)) {
        ok = false;
        break;
      }
      scratch.apply(move);
    }
    if (ok && !scratch.changes(target)) ok = false;
    let cost = ok ? scratch.cost() : Infinity;
    if (ok && cost < (best?.cost ?? Infinity) && options.extendChildren) {
      const budget = { cost: 0 };
      for (const move of [...scratch.moves]) {
        if (!extend(scratch, move, budget)) {
          cost = Infinity;
          break;
        }
      }
      if (cost !== Infinity) cost = scratch.cost();
    }
    if (options.onlyFree && cost > 0) cost = Infinity;
    if (cost < (best?.cost ?? Infinity))
      best = { moves: [...scratch.moves], changed: scratch.changed(), cost };
    scratch.clear();
    if (best?.cost === 0) break;
  }
  return best;
}

/** Cells that must have a witness: every hidden cell, and every sensitive cell that is not published. */
export function needsWitness(cell: Cell): boolean {
  return cell.state === 'hidden' || (cell.sensitive && cell.state === 'internal');
}

/**
 * Hides what must be hidden in `system` and adds witnesses until every cell that needs one has one. Returns the
 * witnesses and the cells for which none was found (the caller withholds more).
 */
export function protectSystem(
  system: System,
  options: Options = {},
): { witnesses: Witness[]; failed: Cell[] } {
  for (const cell of system.cells)
    if (cell.sensitive && cell.state === 'published' && !cell.fixed) cell.state = 'hidden';
  const witnesses: Witness[] = [];
  const failed: Cell[] = [];
  // Deepest first: a witness in a unit usually also covers the cells of its parent that need one.
  const order = system.cells
    .filter(needsWitness)
    .sort((a, b) => system.tree.nodes[b.node]!.depth - system.tree.nodes[a.node]!.depth || a.value - b.value);
  for (const target of order) {
    if (target.certified || !needsWitness(target) || options.skip?.(target)) continue;
    const found = bestWitness(target, options);
    if (!found || found.cost === Infinity) {
      failed.push(target);
      continue;
    }
    for (const cell of found.changed) {
      if (cell.state === 'published') cell.state = 'hidden';
      cell.certified = true;
    }
    witnesses.push(found.moves);
  }
  return { witnesses, failed };
}

/** Marks as certified every cell a witness changes (after states changed, call again to re-check). */
export function certify(witness: Witness): Cell[] {
  const scratch = new Scratch();
  for (const move of witness) scratch.apply(move);
  const changed = scratch.changed();
  for (const cell of changed) cell.certified = true;
  return changed;
}
