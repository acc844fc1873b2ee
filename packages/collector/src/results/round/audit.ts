/**
 * The audit of a round's protection: every hidden count, and every small count that is not published, must have
 * a smallest and a largest possible value that differ, over all tables of whole numbers that agree with
 * everything published for the round (all units, levels, groups, questions).
 *
 * Two ways to settle a cell, both exact:
 *  1. A witness (engine.ts) is re-checked from scratch here: applied to the true numbers it must keep every
 *     number whole and non-negative, every published cell unchanged, and every question consistent with the
 *     group sizes (a question's numbers in a unit and group add up to the group's size there). Then it is a table
 *     that agrees with everything published, so every cell it changes has min < max.
 *  2. Any cell without a witness is settled by integer programming over all published equations at once (HiGHS,
 *     branch and bound to optimality): max > value or min < value, or it is a leak.
 */
import loadHighs from 'highs';
import type { Cell, System, Witness } from './engine.js';
import { NOBODY, needsWitness } from './engine.js';
import type { Line } from './round.js';

export interface AuditReport {
  /** Cells that must not be computable (hidden, or small and never published). */
  checked: number;
  /** Of these, settled by a re-checked witness. */
  byWitness: number;
  /** Settled by integer programming. */
  bySolver: number;
  /** Witnesses that failed the re-check (a bug if ever non-zero). */
  badWitnesses: number;
  /** Cells whose value can be worked out exactly. */
  leaks: { system: string; node: string; groups: number[]; categories: number[]; value: number }[];
  /**
   * Published rows and columns checked for their hidden counts' sum (0 or at least minCount), and those where it
   * is 1 … minCount − 1 (then a reader learns that so few gave one of the hidden answers).
   */
  lines?: { checked: number; violations: number };
}

/** Applies a witness to the true numbers and checks it; returns the cells it changes, or undefined if invalid. */
export function checkWitness(systems: readonly System[], witness: Witness): Cell[] | undefined {
  const delta = new Map<System, Map<number, number>>();
  for (const move of witness) {
    let d = delta.get(move.system);
    if (!d) delta.set(move.system, (d = new Map()));
    // A person added or removed (NOBODY) must be added or removed in every system: the sums below check it.
    if (move.from !== NOBODY) d.set(move.from, (d.get(move.from) ?? 0) - 1);
    if (move.to !== NOBODY) d.set(move.to, (d.get(move.to) ?? 0) + 1);
  }
  // Whole and non-negative.
  for (const [system, d] of delta) for (const [v, by] of d) if (system.values[v]! + by < 0) return undefined;
  // Every question agrees with the numbers above it (group sizes, or a multi question's list of answers).
  for (const system of systems) {
    if (!system.parent) continue;
    const mine = delta.get(system);
    const above = delta.get(system.parent);
    const sums = new Map<number, number>();
    for (const [v, by] of mine ?? []) {
      const c = v % system.C;
      const base = Math.floor(v / system.C);
      const key = base * system.parent.C + system.parentCat[c]!;
      sums.set(key, (sums.get(key) ?? 0) + by);
    }
    for (const [key, by] of above ?? []) if ((sums.get(key) ?? 0) !== by) return undefined;
    for (const [key, by] of sums) if (by !== (above?.get(key) ?? 0)) return undefined;
  }
  // No published cell changes.
  const changed: Cell[] = [];
  for (const [system, d] of delta) {
    const net = new Map<number, number>();
    for (const [v, by] of d) {
      if (by === 0) continue;
      const c = v % system.C;
      const k = Math.floor(v / system.C) % system.K;
      const leaf = Math.floor(v / system.C / system.K);
      system.forEachCellOf(leaf, k, c, (id) => net.set(id, (net.get(id) ?? 0) + by));
    }
    for (const [id, by] of net) {
      if (by === 0) continue;
      const cell = system.cells[id]!;
      if (cell.state === 'published') return undefined;
      changed.push(cell);
    }
  }
  return changed;
}

type Highs = Awaited<ReturnType<typeof loadHighs>>;
let highsPromise: Promise<Highs> | undefined;
async function loadSolver(): Promise<Highs> {
  highsPromise ??= loadHighs();
  return highsPromise;
}

/** The integer program of a round: every finest number, every published cell, every question tied to its sizes. */
function model(systems: readonly System[]): {
  rows: string[];
  vars: string[];
  name: (s: System, v: number) => string;
} {
  const index = new Map(systems.map((s, i) => [s, i]));
  const name = (s: System, v: number) => `x${index.get(s)}_${v}`;
  const rows: string[] = [];
  const vars: string[] = [];
  let r = 0;
  for (const system of systems) {
    for (let v = 0; v < system.values.length; v++) vars.push(name(system, v));
    for (const cell of system.cells) {
      if (cell.state !== 'published') continue;
      const terms = varsOf(cell).map((v) => name(system, v));
      rows.push(`r${r++}: ${terms.length ? terms.join(' + ') : '0 x0_0'} = ${cell.value}`);
    }
    if (system.parent) {
      const parent = system.parent;
      const groups = new Map<number, string[]>();
      for (let v = 0; v < system.values.length; v++) {
        const c = v % system.C;
        const key = Math.floor(v / system.C) * parent.C + system.parentCat[c]!;
        const list = groups.get(key) ?? [];
        list.push(name(system, v));
        groups.set(key, list);
      }
      for (const [key, terms] of groups)
        rows.push(`r${r++}: ${terms.join(' + ')} - ${name(parent, key)} = 0`);
    }
  }
  return { rows, vars, name };
}

export function varsOf(cell: Cell): number[] {
  const s = cell.system;
  const node = s.tree.nodes[cell.node]!;
  const out: number[] = [];
  for (let leaf = node.leafStart; leaf < node.leafEnd; leaf++)
    for (const k of cell.ks) for (const c of cell.cs) out.push(s.v(leaf, k, c));
  return out;
}

/** Smallest and largest value of `cell` over all integer tables agreeing with what is published. */
export async function exactBounds(
  systems: readonly System[],
  cell: Cell,
): Promise<{ min: number; max: number }> {
  const highs = await loadSolver();
  const { rows, vars, name } = model(systems);
  const objective = varsOf(cell).map((v) => name(cell.system, v));
  const solve = (sense: 'Maximize' | 'Minimize'): number => {
    const text = [
      sense,
      ` obj: ${objective.length ? objective.join(' + ') : '0 x0_0'}`,
      'Subject To',
      ...rows.map((row) => ` ${row}`),
      'Bounds',
      ...vars.map((v) => ` ${v} >= 0`),
      'Generals',
      ` ${vars.join(' ')}`,
      'End',
    ].join('\n');
    const result = highs.solve(text, { output_flag: false, mip_rel_gap: 0, mip_abs_gap: 0 } as never);
    if (result.Status !== 'Optimal') throw new Error(`The audit's solver ended with "${result.Status}".`);
    return Math.round(result.ObjectiveValue);
  };
  return { min: solve('Minimize'), max: solve('Maximize') };
}

/**
 * Audits a protected round: re-checks every witness, then settles every other cell that needs it exactly.
 * `exact: true` settles every cell with the solver, witnesses or not (slow; for tests and spot checks).
 */
export async function auditRound(
  systems: readonly System[],
  witnesses: readonly Witness[],
  options: { exact?: boolean; lines?: readonly Line[]; minCount?: number } = {},
): Promise<AuditReport> {
  const report: AuditReport = { checked: 0, byWitness: 0, bySolver: 0, badWitnesses: 0, leaks: [] };
  if (options.lines) {
    const min = options.minCount ?? 5;
    let violations = 0;
    for (const line of options.lines) {
      if (line.total.state !== 'published') continue;
      const hidden = line.parts.reduce((sum, c) => sum + (c.state !== 'published' ? c.value : 0), 0);
      if (hidden > 0 && hidden < min) violations++;
    }
    report.lines = { checked: options.lines.length, violations };
  }
  const certified = new Set<Cell>();
  if (!options.exact) {
    for (const witness of witnesses) {
      const changed = checkWitness(systems, witness);
      if (!changed) report.badWitnesses++;
      else for (const cell of changed) certified.add(cell);
    }
  }
  for (const system of systems) {
    for (const cell of system.cells) {
      if (!needsWitness(cell)) continue;
      report.checked++;
      if (certified.has(cell)) {
        report.byWitness++;
        continue;
      }
      const { min, max } = await exactBounds(systems, cell);
      report.bySolver++;
      if (min === max)
        report.leaks.push({
          system: system.id,
          node: system.tree.nodes[cell.node]!.id,
          groups: [...cell.ks],
          categories: [...cell.cs],
          value: cell.value,
        });
    }
  }
  return report;
}
