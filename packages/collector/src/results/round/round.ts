/**
 * A round's results, computed once from its closed set of answers and protected together: every unit, every level
 * above it, the whole survey, each split by the round's breakdown question (kön). See engine.ts for the method and
 * the collector's README ("How small groups are protected") for the rules in words.
 *
 * Steps: count (`add`, one submission at a time) → the breakdown's own table is protected first, which decides
 * where the split is shown (a unit shows it only when every group's size is published) → each question's tables
 * are redesigned (neighbouring answers on the same side of an ordinal scale merged where a count is small) and
 * protected → the group sizes get witnesses that carry into every question → the audit (audit.ts) re-checks
 * every witness and settles the rest exactly → the JSON.
 */
import {
  DONT_KNOW,
  SKIPPED,
  allQuestions,
  answeredByValues,
  allowedSpecialCodes,
  isOrdinal,
  questionDisplay,
  questionOptions,
  resolveScale,
} from '@svara/schema';
import type { AnsweredBy, OptionValue, Question, Survey, Text } from '@svara/schema';
import type {
  Breakdown,
  Count,
  GroupColumn,
  ItemResult,
  MergedOptions,
  ModeColumn,
  PublishedResultBase,
  QuestionResult,
  ResultColumn,
  ResultRound,
  Results,
  RoundSnapshot,
  TableResult,
} from '@svara/schema';
import { System, certify, needsWitness, protectSystem } from './engine.js';
import type { Cell, Witness } from './engine.js';
import { buildTree } from './tree.js';
import type { Tree, UnitInput } from './tree.js';

export const MIN_COUNT = 5;

export interface RoundUnit extends UnitInput {
  /** How many were invited in this unit (for a response rate). */
  invited?: number | null;
}

export interface RoundInput {
  survey: Survey;
  round: ResultRound;
  /** The round's units and every unit above them. */
  units: readonly RoundUnit[];
  /** The breakdown question's id; default the survey's first `breakdown: true` question; null: none. */
  breakdown?: string | null;
  minCount?: number;
  now?: () => Date;
}

export interface RoundSubmission {
  /** The unit the answer was given in (null or unknown: counted only in the whole survey). */
  unit?: string | null;
  answers?: unknown;
  /** How it was answered (the envelope's `meta.answeredBy`); absent or unknown counts as `self`. */
  answeredBy?: string | null;
}

/** The answering modes a snapshot tells apart ("Hur svaren gavs"). */
export const MODES: readonly AnsweredBy[] = answeredByValues;
const M = MODES.length;

/**
 * The groups of a round's systems are pairs (breakdown category, answering mode): group `kb * M + m`. A column
 * of the breakdown sums the modes, a column of a mode sums the breakdown's categories.
 */
const breakdownKs = (kb: number): number[] => Array.from({ length: M }, (_, m) => kb * M + m);
const modeKs = (K: number, m: number): number[] => Array.from({ length: K / M }, (_, kb) => kb * M + m);
const kbOf = (k: number): number => Math.floor(k / M);

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
const keyOf = (value: unknown): string => JSON.stringify(value) ?? 'undefined';

/** Answer categories of a question: its values, then "vet inte", "hoppa över", and last "no answer". */
interface Layout {
  values: OptionValue[];
  dontKnow: boolean;
  skipped: boolean;
  ordinal: boolean;
  /** Category of a stored answer, or the no-answer category. */
  index: Map<string, number>;
  C: number;
  na: number;
}

function layoutOf(question: Question): Layout {
  const codes = allowedSpecialCodes(question);
  const values = questionOptions(question).map((o) => o.value);
  const dontKnow = codes.includes(DONT_KNOW);
  const skipped = codes.includes(SKIPPED);
  const index = new Map<string, number>();
  values.forEach((v, i) => index.set(keyOf(v), i));
  let c = values.length;
  if (dontKnow) index.set(keyOf(DONT_KNOW), c++);
  if (skipped) index.set(keyOf(SKIPPED), c++);
  return { values, dontKnow, skipped, ordinal: isOrdinal(question), index, C: c + 1, na: c };
}

/** A published question table (or scale-group item, or multi option) and its system. */
interface Part {
  question: Question;
  item?: { id: string; text: Text };
  layout: Layout;
  system: System;
  /** For multi: 'special' (list / dk / skip) or the option's index. */
  multi?: 'special' | number;
}

export interface RoundTally {
  add(submission: RoundSubmission): void;
  finish(): RoundSnapshot;
  /** The systems, cells and witnesses behind the last `finish()` (for the audit and the tests). */
  internals(): Internals;
}

export interface Internals {
  tree: Tree;
  root: System;
  systems: System[];
  witnesses: Witness[];
  minCount: number;
  /** Per node index: whether the split is shown there. */
  split: boolean[];
  /** Per node index: the answering modes shown there (none: no mode columns). */
  modes: number[][];
  /** Every published row and column (the audit checks their hidden sums). */
  lines: Line[];
  breakdown: Question | undefined;
}

export function breakdownOf(survey: Survey, requested?: string | null): Question | undefined {
  if (requested === null) return undefined;
  const candidates = allQuestions(survey).filter(
    (q) => (q.type === 'scale' || q.type === 'choice') && q.breakdown === true,
  );
  if (requested === undefined) return candidates[0];
  const found = candidates.find((q) => q.id === requested);
  if (!found) throw new Error(`"${requested}" is not a breakdown question of this survey.`);
  return found;
}

export function createRoundTally(input: RoundInput): RoundTally {
  const minCount = input.minCount ?? MIN_COUNT;
  const { survey } = input;
  const tree = buildTree(input.units, 'Hela enkäten');
  const by = breakdownOf(survey, input.breakdown);
  const byLayout = by ? layoutOf(by) : undefined;
  const K = (byLayout ? byLayout.C : 1) * M;
  const root = new System('\u0000respondents', tree, K, 1, null, new Int32Array(0));
  root.grid = M;
  const parts: Part[] = [];
  const newSystem = (id: string, C: number, parent: System, parentCat?: number[]) => {
    const system = new System(
      id,
      tree,
      K,
      C,
      parent,
      Int32Array.from(parentCat ?? new Array<number>(C).fill(0)),
    );
    system.grid = M;
    return system;
  };

  for (const question of allQuestions(survey)) {
    if (question === by) continue;
    if (question.type === 'scale' || question.type === 'choice') {
      const layout = layoutOf(question);
      parts.push({ question, layout, system: newSystem(question.id, layout.C, root) });
    } else if (question.type === 'scale-group') {
      const layout = layoutOf(question);
      for (const item of question.items)
        parts.push({
          question,
          item,
          layout,
          system: newSystem(`${question.id}.${item.id}`, layout.C, root),
        });
    } else if (question.type === 'multi') {
      const layout = layoutOf(question);
      // Special: answered with a list, "vet inte", "hoppa över", no answer.
      const specialC = 1 + (layout.dontKnow ? 1 : 0) + (layout.skipped ? 1 : 0) + 1;
      const special = newSystem(`${question.id}`, specialC, root);
      parts.push({ question, layout, system: special, multi: 'special' });
      layout.values.forEach((_, o) => {
        // chosen, not chosen (both answered with a list), then the special ones as in `special`.
        const parentCat = [0, 0, ...Array.from({ length: specialC - 1 }, (_, i) => i + 1)];
        parts.push({
          question,
          layout,
          system: newSystem(`${question.id}#${o}`, specialC + 1, special, parentCat),
          multi: o,
        });
      });
    }
  }

  function add(submission: RoundSubmission): void {
    const leaf = tree.leafOf.get(submission.unit ?? '') ?? tree.leafOf.get(tree.nodes[0]!.id)!;
    const answers = isPlainObject(submission.answers) ? submission.answers : {};
    const get = (id: string): unknown => (Object.hasOwn(answers, id) ? answers[id] : undefined);
    let kb = 0;
    if (by && byLayout) kb = byLayout.index.get(keyOf(get(by.id))) ?? byLayout.na;
    const mode = Math.max(0, MODES.indexOf(submission.answeredBy as AnsweredBy));
    const k = kb * M + mode;
    root.values[root.v(leaf, k, 0)]!++;
    for (const part of parts) {
      const { layout, system } = part;
      let answer = get(part.question.id);
      if (part.item)
        answer =
          isPlainObject(answer) && Object.hasOwn(answer, part.item.id) ? answer[part.item.id] : undefined;
      let c: number;
      if (part.multi === undefined)
        c = answer === undefined ? layout.na : (layout.index.get(keyOf(answer)) ?? layout.na);
      else {
        const specialC = system.parent === root ? system.C : system.C - 1;
        const specialOf = (): number => {
          if (Array.isArray(answer)) return 0;
          let i = 1;
          if (layout.dontKnow) {
            if (answer === DONT_KNOW) return i;
            i++;
          }
          if (layout.skipped && answer === SKIPPED) return i;
          return specialC - 1;
        };
        const s = specialOf();
        if (part.multi === 'special') c = s;
        else if (s === 0) c = (answer as unknown[]).includes(layout.values[part.multi]!) ? 0 : 1;
        else c = s + 1;
      }
      system.values[system.v(leaf, k, c)]!++;
    }
  }

  let last: Internals | undefined;

  function finish(): RoundSnapshot {
    const state = protectAll(tree, root, parts, by, byLayout, minCount);
    last = {
      tree,
      root,
      systems: [root, ...parts.map((p) => p.system)],
      witnesses: state.witnesses,
      minCount,
      split: state.split,
      modes: state.modes,
      lines: state.lines,
      breakdown: by,
    };
    return render(input, tree, root, parts, by, byLayout, state, minCount);
  }

  return {
    add,
    finish,
    internals: () => {
      if (!last) throw new Error('finish() first');
      return last;
    },
  };
}

// ─── Cells and protection ─────────────────────────────────────────────────

const isSmall = (n: number, min: number) => n > 0 && n < min;

interface ProtectState {
  split: boolean[];
  /** Per node: the groups (breakdown categories) shown. */
  shown: number[][];
  /** Per node: the answering modes shown (each with its own column). */
  modes: number[][];
  /** Per part, per node: merged categories (lists of value categories), or empty. */
  merges: Map<Part, number[][][]>;
  witnesses: Witness[];
  breakdownWithheld: boolean;
  withheldParts: Set<Part>;
  /** Every published row and column with its total (see `linesOf`). */
  lines: Line[];
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/** Cells of the breakdown (root) system: respondents per unit, and the breakdown question's own table. */
function rootCells(
  tree: Tree,
  root: System,
  byLayout: Layout | undefined,
  minCount: number,
  withheld: boolean,
): void {
  const all = range(root.K);
  tree.nodes.forEach((node, n) => {
    const respondents = root.sum(n, all, [0]);
    root.cell(n, all, [0], {
      state: node.published ? 'published' : 'internal',
      sensitive: isSmall(respondents, minCount),
      fixed: false,
      weight: 100 + respondents,
      role: 'respondents',
    });
    // How many answered in each way ("Hur svaren gavs"), published with the respondents; each (breakdown
    // category, mode) pair is a count of people too, never published and never to be worked out when small.
    for (let m = 0; m < M; m++) {
      const ks = modeKs(root.K, m);
      const value = root.sum(n, ks, [0]);
      root.cell(n, ks, [0], {
        state: node.published && respondents >= minCount ? 'published' : 'internal',
        sensitive: isSmall(value, minCount),
        fixed: false,
        weight: 1 + value,
        role: 'mode',
      });
    }
    for (const k of all) {
      const value = root.sum(n, [k], [0]);
      root.cell(n, [k], [0], {
        state: 'internal',
        sensitive: isSmall(value, minCount),
        fixed: false,
        weight: 1 + value,
        role: 'internal',
      });
    }
    if (!byLayout) return;
    const answered = all.filter((k) => kbOf(k) !== byLayout.na);
    const n0 = root.sum(n, answered, [0]);
    const publishable = node.published && !withheld && n0 >= minCount;
    root.cell(n, answered, [0], {
      state: node.published && !withheld ? 'published' : 'internal',
      sensitive: isSmall(n0, minCount),
      fixed: false,
      weight: 50 + n0,
      role: 'n',
    });
    for (let kb = 0; kb < byLayout.C; kb++) {
      if (kb === byLayout.na) continue;
      const value = root.sum(n, breakdownKs(kb), [0]);
      root.cell(n, breakdownKs(kb), [0], {
        state: publishable ? 'published' : 'internal',
        sensitive: isSmall(value, minCount),
        fixed: false,
        weight: 1 + value,
        role: 'count',
      });
    }
  });
  root.index();
}

/**
 * Merges for an ordinal scale at one node: on each side of the middle, if a value count is small in any column
 * shown there, that side's values are shown together (the middle value, if any, never merges).
 */
function mergesAt(part: Part, node: number, columns: number[][], minCount: number): number[][] {
  const { layout, system } = part;
  if (!layout.ordinal || part.multi !== undefined || layout.values.length < 4) return [];
  const V = layout.values.length;
  const half = Math.floor(V / 2);
  const sides = [range(half), range(half).map((i) => V - half + i)];
  const out: number[][] = [];
  for (const side of sides) {
    const small = columns.some((ks) => {
      const n = system.sum(
        node,
        ks,
        range(system.C).filter((c) => c !== layout.na),
      );
      if (n < minCount) return false;
      return side.some((c) => isSmall(system.sum(node, ks, [c]), minCount));
    });
    if (!small) continue;
    // Merging helps only if the merged count is no longer small in every column.
    const helps = columns.every((ks) => {
      const n = system.sum(
        node,
        ks,
        range(system.C).filter((c) => c !== layout.na),
      );
      return n < minCount || !isSmall(system.sum(node, ks, side), minCount);
    });
    if (helps) out.push(side);
  }
  return out;
}

/** Published categories of a part at a node: merged sets, then the other single categories (no NA). */
function publishedCats(part: Part, merges: number[][]): number[][] {
  const { system } = part;
  const merged = new Set(merges.flat());
  const singles = range(system.C)
    .filter((c) => c !== system.C - 1 && !merged.has(c))
    .map((c) => [c]);
  return [...merges, ...singles];
}

function partCells(
  tree: Tree,
  root: System,
  part: Part,
  state: ProtectState,
  minCount: number,
  withheld: boolean,
): void {
  const { system } = part;
  const K = system.K;
  const all = range(K);
  const na = system.C - 1;
  const answered = range(system.C).filter((c) => c !== na);
  // Multi: the special system publishes n, "vet inte" and "hoppa över" (the list count is n minus them); each
  // option system publishes only how many chose it ("not chosen" is a count too, but never shown).
  const isOption = typeof part.multi === 'number';
  const isSpecial = part.multi === 'special';
  const merges: number[][][] = [];
  const maxDepth = Math.max(...tree.nodes.map((x) => x.depth));
  const Kb = K / M;
  tree.nodes.forEach((node, n) => {
    const shown = state.split[n] ? state.shown[n]! : [];
    const modes = state.modes[n] ?? [];
    const columns: number[][] = [all, ...shown.map(breakdownKs), ...modes.map((mode) => modeKs(K, mode))];
    const m = withheld ? [] : mergesAt(part, n, columns, minCount);
    merges[n] = m;
    const cats = publishedCats(part, m);
    const restKs = all.filter((k) => !shown.includes(kbOf(k)));
    const respondentsShown = root.find(n, all, [0])?.state === 'published';
    // Hiding a count higher up hides it from more readers: prefer hiding in units.
    const levelWeight = 1 + maxDepth - node.depth;
    // Every breakdown category and every mode holds people whose small counts must stay unknown; so does each
    // crossing of the two where both are shown (a reader could combine the two tables there).
    const internalColumns: number[][] = [];
    for (let kb = 0; kb < Kb; kb++) internalColumns.push(breakdownKs(kb));
    for (let mode = 0; mode < M; mode++) internalColumns.push(modeKs(K, mode));
    if (shown.length && modes.length) internalColumns.push(...all.map((k) => [k]));
    if (shown.length && restKs.length) internalColumns.push(restKs);
    const addColumn = (ks: number[], published: boolean, role: string) => {
      const size = system.sum(n, ks, answered);
      const columnPublished = published && size >= minCount;
      // How many answered is the group's size less those who did not answer: the size is the breakdown's to
      // protect, not answering is no answer to protect. It is shown wherever the unit's respondents are.
      system.cell(n, ks, answered, {
        state: published && !isOption ? (respondentsShown ? 'published' : 'hidden') : 'internal',
        sensitive: published && !isOption && isSmall(size, minCount),
        fixed: false,
        weight: 20 * (1 + size),
        role: `${role}:n`,
      });
      const categories = [...cats, ...m.flatMap((set) => set.map((c) => [c]))];
      for (const cs of categories) {
        const single = cs.length === 1 ? cs[0]! : -1;
        const shownHere = isOption ? single === 0 : isSpecial ? single !== 0 : true;
        // An option's "vet inte"/"hoppa över" are the special system's counts.
        const counted = !(isOption && single >= 2);
        const isPublished = columnPublished && shownHere && cats.includes(cs);
        const value = system.sum(n, ks, cs);
        system.cell(n, ks, cs, {
          state: isPublished ? 'published' : 'internal',
          sensitive: counted && isSmall(value, minCount),
          fixed: false,
          weight: (role === 'total' ? 2 : 1) * (1 + value) * levelWeight,
          role,
        });
      }
    };
    const publish = node.published && !withheld;
    addColumn(all, publish, 'total');
    for (const kb of shown) addColumn(breakdownKs(kb), publish, 'group');
    for (const mode of modes) addColumn(modeKs(K, mode), publish, 'mode');
    for (const ks of internalColumns) addColumn(ks, false, 'internal');
  });
  state.merges.set(part, merges);
  system.index();
}

function decideSplits(
  tree: Tree,
  root: System,
  byLayout: Layout | undefined,
): { split: boolean[]; shown: number[][]; modes: number[][] } {
  const split: boolean[] = [];
  const shown: number[][] = [];
  const modes: number[][] = [];
  tree.nodes.forEach((node, n) => {
    shown[n] = [];
    split[n] = false;
    modes[n] = [];
    if (!node.published) return;
    // The answering modes: a column each where every mode's size is published and more than one was used.
    const modeCells = range(M).map((m) => root.find(n, modeKs(root.K, m), [0]));
    if (modeCells.every((c) => c && c.state === 'published')) {
      const used = range(M).filter((m) => modeCells[m]!.value > 0);
      if (used.length > 1) {
        modes[n] = used;
        for (const c of modeCells) c!.fixed = true;
      }
    }
    if (!byLayout) return;
    const groups = range(byLayout.values.length);
    const cells = groups.map((k) => root.find(n, breakdownKs(k), [0]));
    if (cells.some((c) => !c || c.state !== 'published')) return;
    const nonEmpty = groups.filter((k) => cells[k]!.value > 0);
    if (nonEmpty.length === 0) return;
    split[n] = true;
    shown[n] = nonEmpty;
    // The sizes of the groups shown are now part of the design: they stay published.
    for (const c of cells) c!.fixed = true;
  });
  return { split, shown, modes };
}

function resetSystem(system: System): void {
  system.cells.length = 0;
  (system as unknown as { cellKeys: Map<string, Cell> }).cellKeys.clear();
}

function protectAll(
  tree: Tree,
  root: System,
  parts: Part[],
  by: Question | undefined,
  byLayout: Layout | undefined,
  minCount: number,
): ProtectState {
  const withheldParts = new Set<Part>();
  let breakdownWithheld = false;
  for (let attempt = 0; ; attempt++) {
    resetSystem(root);
    for (const part of parts) resetSystem(part.system);
    rootCells(tree, root, breakdownWithheld ? undefined : byLayout, minCount, breakdownWithheld);
    // 1. The breakdown alone decides which group sizes are published, hence where the split is shown.
    protectSystem(root);
    const { split, shown, modes } = decideSplits(tree, root, breakdownWithheld ? undefined : byLayout);
    for (const cell of root.cells) cell.certified = false;
    const state: ProtectState = {
      split,
      shown,
      modes,
      merges: new Map(),
      witnesses: [],
      breakdownWithheld,
      withheldParts,
      lines: [],
    };
    // 2. Every question, deepest systems first (a multi question's options before its list of special answers).
    for (const part of parts) partCells(tree, root, part, state, minCount, withheldParts.has(part));
    const ordered = [...parts].sort((a, b) => depthOf(b.system) - depthOf(a.system));
    let failedPart: Part | undefined;
    for (const part of ordered) {
      const { witnesses, failed } = protectSystem(part.system, {
        extendChildren: true,
        skip: (c) => c.role.endsWith(':n'),
      });
      state.witnesses.push(...witnesses);
      if (failed.length && !failedPart) failedPart = part;
    }
    if (failedPart) {
      // No witness for some count: this question is not published in the round (nothing of it is shown).
      const question = failedPart.question;
      for (const part of parts) if (part.question === question) withheldParts.add(part);
      if (attempt < parts.length + 2) continue;
    }
    // 3. The group sizes and respondents, with every move carried into every question.
    const { witnesses, failed } = protectSystem(root, { extendChildren: true });
    state.witnesses.push(...witnesses);
    if (failed.length && !breakdownWithheld && by) {
      breakdownWithheld = true;
      continue;
    }
    if (failed.length)
      throw new Error(`Cannot protect the respondents' counts of this round (${failed.length} cells).`);
    // Re-certify from the witnesses only (the first pass over the breakdown had no extensions).
    const systems = [root, ...parts.map((p) => p.system)];
    for (const system of systems) for (const cell of system.cells) cell.certified = false;
    for (const witness of state.witnesses) certify(witness);
    // 4. What is still open (counts of those who answered, hidden with a unit's respondents): one more pass.
    let stillFailed: Part | undefined;
    for (const part of ordered) {
      const { witnesses, failed } = protectSystem(part.system, { extendChildren: true });
      state.witnesses.push(...witnesses);
      if (failed.length && !stillFailed) stillFailed = part;
    }
    const rootPass = protectSystem(root, { extendChildren: true });
    state.witnesses.push(...rootPass.witnesses);
    if (stillFailed) {
      for (const part of parts) if (part.question === stillFailed.question) withheldParts.add(part);
      if (attempt < parts.length + 2) continue;
    }
    if (rootPass.failed.length && !breakdownWithheld && by) {
      breakdownWithheld = true;
      continue;
    }
    // 5. Within each published row and column, the hidden counts must add up to 0 or at least minCount: the
    //    total less the counts shown is their sum, and 1–4 would tell that so few answered one of them.
    let lineFailed: Part | 'breakdown' | undefined;
    for (let round = 0; round < 10_000; round++) {
      state.lines = linesOf(tree, root, parts, state, byLayout);
      const violations = lineViolations(state.lines, minCount);
      if (!violations.length) break;
      const touched = new Set<System>();
      for (const line of violations) if (widenLine(line, minCount)) touched.add(line.total.system);
      if (!touched.size) {
        lineFailed = partOf(parts, violations[0]!.total.system) ?? 'breakdown';
        break;
      }
      // The newly hidden counts need witnesses too (which may hide more: then the lines are checked again).
      for (const system of touched) {
        const { witnesses, failed } = protectSystem(system, { extendChildren: true });
        state.witnesses.push(...witnesses);
        if (failed.length && !lineFailed) lineFailed = partOf(parts, system) ?? 'breakdown';
      }
      if (lineFailed) break;
    }
    if (lineFailed === 'breakdown' && by && !breakdownWithheld) {
      breakdownWithheld = true;
      continue;
    }
    if (lineFailed && lineFailed !== 'breakdown') {
      for (const part of parts) if (part.question === lineFailed.question) withheldParts.add(part);
      if (attempt < parts.length + 2) continue;
    }
    if (lineViolations(state.lines, minCount).length)
      throw new Error('Protection left a published line whose hidden counts add up to 1–4.');
    const open = systems.flatMap((s) => s.cells.filter((c) => needsWitness(c) && !c.certified));
    if (open.length) throw new Error(`Protection left ${open.length} cells without a witness.`);
    return state;
  }
}

/**
 * A published row or column: a total and the counts that add up to it (a question's answers in a unit for
 * everyone or one group, an answer over the groups when everyone is in a group shown, the groups of the
 * breakdown question). Only lines whose total is published. A count of the line that is not shown — hidden, or
 * in a column with too few answers to show at all — is in the reader's "total less the counts shown" all the same.
 */
export interface Line {
  total: Cell;
  parts: Cell[];
}

function linesOf(
  tree: Tree,
  root: System,
  parts: Part[],
  state: ProtectState,
  byLayout: Layout | undefined,
): Line[] {
  const lines: Line[] = [];
  const push = (total: Cell | undefined, cells: (Cell | undefined)[]) => {
    if (!total || total.state !== 'published') return;
    // A count never shown (e.g. in a column with too few answers to show) is still part of what the reader gets
    // by subtracting: it belongs to the line like a hidden one.
    if (cells.some((c) => !c)) return;
    lines.push({ total, parts: cells as Cell[] });
  };
  const all = range(root.K);
  tree.nodes.forEach((node, n) => {
    if (!node.published) return;
    if (byLayout && !state.breakdownWithheld) {
      const answered = all.filter((k) => kbOf(k) !== byLayout.na);
      push(
        root.find(n, answered, [0]),
        range(byLayout.C)
          .filter((kb) => kb !== byLayout.na)
          .map((kb) => root.find(n, breakdownKs(kb), [0])),
      );
    }
    // The modes add up to the respondents.
    push(
      root.find(n, all, [0]),
      range(M).map((m) => root.find(n, modeKs(root.K, m), [0])),
    );
    const shown = state.split[n] ? state.shown[n]! : [];
    const modes = state.modes[n] ?? [];
    const everyoneShown =
      shown.length > 0 &&
      root.sum(
        n,
        all.filter((k) => !shown.includes(kbOf(k))),
        [0],
      ) === 0;
    for (const part of parts) {
      if (part.multi !== undefined || state.withheldParts.has(part)) continue;
      const { system } = part;
      const cats = publishedCats(part, state.merges.get(part)?.[n] ?? []);
      const answered = range(system.C - 1);
      for (const ks of [all, ...shown.map(breakdownKs), ...modes.map((m) => modeKs(root.K, m))])
        push(
          system.find(n, ks, answered),
          cats.map((cs) => system.find(n, ks, cs)),
        );
      if (everyoneShown)
        for (const cs of cats)
          push(
            system.find(n, all, cs),
            shown.map((k) => system.find(n, breakdownKs(k), cs)),
          );
      // Everyone answered in some mode, and the modes not shown are empty: an answer over the modes.
      if (modes.length)
        for (const cs of cats)
          push(
            system.find(n, all, cs),
            modes.map((m) => system.find(n, modeKs(root.K, m), cs)),
          );
    }
  });
  return lines;
}

/** Lines whose hidden counts add up to 1 … minCount − 1. */
export function lineViolations(lines: readonly Line[], minCount: number): Line[] {
  return lines.filter((line) => {
    if (line.total.state !== 'published') return false;
    let hidden = 0;
    for (const cell of line.parts) if (cell.state !== 'published') hidden += cell.value;
    return hidden > 0 && hidden < minCount;
  });
}

/**
 * Hides one more count of a line: the smallest that brings the hidden sum to minCount, else the largest there
 * is; the total itself when no count can be hidden. False when nothing can be.
 */
function widenLine(line: Line, minCount: number): boolean {
  let hidden = 0;
  for (const cell of line.parts) if (cell.state !== 'published') hidden += cell.value;
  if (hidden === 0 || hidden >= minCount) return true;
  const open = line.parts
    .filter((c) => c.state === 'published' && !c.fixed && c.value > 0)
    .sort((a, b) => a.value - b.value);
  const pick = open.find((c) => hidden + c.value >= minCount) ?? open[open.length - 1];
  if (pick) {
    pick.state = 'hidden';
    pick.certified = false;
    return true;
  }
  if (!line.total.fixed) {
    line.total.state = 'hidden';
    line.total.certified = false;
    return true;
  }
  return false;
}

const partOf = (parts: Part[], system: System): Part | undefined => parts.find((p) => p.system === system);

function depthOf(system: System): number {
  let d = 0;
  for (let s = system.parent; s; s = s.parent) d++;
  return d;
}

// ─── The JSON ─────────────────────────────────────────────────────────────

const OR: Record<string, string> = { sv: 'eller', en: 'or', fi: 'tai', ar: 'أو' };

function textOf(text: Text, lang: string): string | undefined {
  return typeof text === 'string' ? text : text[lang];
}

/** "Ledsen eller mycket ledsen": the option nearest the middle first, the others lowercased after "eller". */
function mergedText(texts: Text[], towardsMiddleLast: boolean): Text {
  const ordered = towardsMiddleLast ? [...texts].reverse() : texts;
  const langs = new Set<string>();
  for (const t of ordered) if (typeof t !== 'string') Object.keys(t).forEach((l) => langs.add(l));
  const join = (lang: string | undefined): string => {
    const parts = ordered.map((t, i) => {
      const s = (lang === undefined ? (t as string) : textOf(t, lang)) ?? textOf(t, 'sv') ?? '';
      return i === 0 || lang === 'ar' ? s : s.charAt(0).toLocaleLowerCase(lang ?? 'sv') + s.slice(1);
    });
    const or = OR[lang ?? 'sv'] ?? OR.en!;
    return parts.slice(0, -1).join(', ') + ` ${or} ` + parts[parts.length - 1];
  };
  if (langs.size === 0) return join(undefined);
  const out: Record<string, string> = {};
  for (const lang of langs) out[lang] = join(lang);
  return out as Text;
}

function round2(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

function render(
  input: RoundInput,
  tree: Tree,
  root: System,
  parts: Part[],
  by: Question | undefined,
  byLayout: Layout | undefined,
  state: ProtectState,
  minCount: number,
): RoundSnapshot {
  const { survey } = input;
  const generatedAt = (input.now?.() ?? new Date()).toISOString();
  const all = range(root.K);
  const groupValues = by && byLayout ? byLayout.values : undefined;
  const shownOf = (n: number) => (state.split[n] ? state.shown[n]! : []);
  const countOf = (cell: Cell | undefined): Count => (cell && cell.state === 'published' ? cell.value : null);
  const invitedOf = (() => {
    const own = new Map(input.units.map((u) => [u.id, u.invited ?? undefined]));
    const memo = new Map<number, number | undefined>();
    const of = (n: number): number | undefined => {
      if (memo.has(n)) return memo.get(n);
      const node = tree.nodes[n]!;
      let total: number | undefined;
      const kids = node.children.filter((c) => tree.nodes[c]!.published);
      if (kids.length === 0) total = own.get(node.id);
      else {
        const sums = kids.map(of);
        total = sums.every((s) => s !== undefined) ? sums.reduce<number>((a, b) => a + b!, 0) : undefined;
        if (node.id !== '' && own.get(node.id) !== undefined && total === undefined) total = own.get(node.id);
      }
      memo.set(n, total);
      return total;
    };
    return of;
  })();

  const results: Results[] = [];
  tree.nodes.forEach((node, n) => {
    if (!node.published) return;
    const respondents = countOf(root.find(n, all, [0]));
    const result: Results = {
      surveyId: survey.id,
      surveyVersion: survey.version,
      lang: survey.lang,
      title: survey.title,
      generatedAt,
      minCount,
      respondents,
      questions: [],
      unit:
        n === 0 && tree.syntheticRoot
          ? null
          : {
              id: node.id,
              name: node.name,
              parent:
                node.parent >= 0 && tree.nodes[node.parent]!.id !== '' ? tree.nodes[node.parent]!.id : null,
              children: node.children.filter((c) => tree.nodes[c]!.published).map((c) => tree.nodes[c]!.id),
            },
      round: input.round,
    };
    const invited = invitedOf(n);
    if (invited !== undefined) {
      result.invited = invited;
      result.responseRate = respondents === null ? null : round2(respondents / invited, 3);
    }
    const shown = shownOf(n);
    if (by && byLayout) {
      const options = questionOptions(by);
      const breakdown: Breakdown = {
        question: by.id,
        text: by.text,
        groups: shown.map((k) => ({
          value: byLayout.values[k]!,
          text: options[k]?.text ?? String(byLayout.values[k]),
        })),
        othersHidden:
          shown.length === 0 ||
          root.sum(
            n,
            all.filter((k) => !shown.includes(kbOf(k))),
            [0],
          ) > 0,
      };
      result.by = breakdown;
    }
    const modeCells = MODES.map((_, m) => root.find(n, modeKs(root.K, m), [0]));
    if (respondents !== null && modeCells.some((c) => c?.state === 'published'))
      result.modes = MODES.map((mode, m) => ({ mode, count: countOf(modeCells[m]) }));
    const modes = state.modes[n] ?? [];
    for (const question of allQuestions(survey)) {
      if (question === by && byLayout) {
        result.questions.push(breakdownResult(question, byLayout, root, n, state, minCount));
        continue;
      }
      const mine = parts.filter((p) => p.question === question);
      if (mine.length === 0) {
        result.questions.push({
          id: question.id,
          type: question.type as 'text' | 'email' | 'date' | 'consent',
          text: question.text,
          published: false,
          reason: question.type === 'text' ? 'free-text' : 'personal',
        });
        continue;
      }
      const base = describe(question, mine[0]!.layout);
      if (question.type === 'scale-group') {
        result.questions.push({
          ...base,
          type: 'scale-group',
          items: mine.map((part): ItemResult => {
            const table = tableOf(part, n, shown, modes, state, minCount, groupValues);
            return { id: part.item!.id, text: part.item!.text, ...table };
          }),
        });
      } else if (question.type === 'multi') {
        result.questions.push(multiOf(base, mine, n, shown, modes, minCount, groupValues));
      } else {
        const table = tableOf(mine[0]!, n, shown, modes, state, minCount, groupValues);
        result.questions.push({
          ...base,
          type: question.type as 'scale' | 'choice',
          ...table,
        } as TableResult);
      }
    }
    results.push(result);
  });
  return {
    format: 'svara-round-results/1',
    surveyId: survey.id,
    surveyVersion: survey.version,
    round: input.round,
    minCount,
    ...(by ? { breakdown: by.id } : {}),
    generatedAt,
    results,
  };
}

function describe(question: Question, layout: Layout): Omit<PublishedResultBase, 'type'> {
  return {
    id: question.id,
    type: question.type,
    text: question.text,
    published: true,
    display: questionDisplay(question),
    ...(question.type === 'scale' || question.type === 'scale-group'
      ? { scale: resolveScale(question.scale).kind }
      : {}),
    ordinal: layout.ordinal,
    options: questionOptions(question).map((o) => ({
      value: o.value,
      text: o.text,
      ...(o.pictogram ? { pictogram: o.pictogram } : {}),
    })),
  } as Omit<PublishedResultBase, 'type'>;
}

/**
 * Whether node `n` is published with no respondents at all: then every column there has n = 0 (it follows from
 * what is published), also in a question withheld from the round — a null would claim a count that could be
 * anything.
 */
function publishedEmpty(system: System, n: number): boolean {
  let root = system;
  while (root.parent) root = root.parent;
  const respondents = root.find(n, range(root.K), [0]);
  return respondents?.state === 'published' && respondents.value === 0;
}

function columnOf(part: Part, n: number, ks: number[], merges: number[][], minCount: number): ResultColumn {
  const { system, layout } = part;
  const na = system.C - 1;
  const answered = range(system.C).filter((c) => c !== na);
  const nCell = system.find(n, ks, answered);
  const size = nCell?.value ?? 0;
  const published = (cs: number[]): Count => {
    const cell = system.find(n, ks, cs);
    return cell && cell.state === 'published' ? cell.value : null;
  };
  const tooFew = size < minCount;
  const merged = new Set(merges.flat());
  const col: ResultColumn = {
    n: nCell && nCell.state === 'published' ? nCell.value : publishedEmpty(system, n) ? 0 : null,
    counts: layout.values.map((value, i) => ({
      value,
      count: tooFew || merged.has(i) ? null : published([i]),
    })),
  };
  const dk = layout.values.length;
  const skip = dk + (layout.dontKnow ? 1 : 0);
  if (layout.dontKnow) col.dontKnow = tooFew ? null : published([dk]);
  if (layout.skipped) col.skipped = tooFew ? null : published([skip]);
  if (layout.ordinal) {
    const counts = col.counts.map((x) => x.count);
    const total = counts.reduce<number>((s, x) => s + (x ?? 0), 0);
    col.mean =
      tooFew || counts.some((x) => x === null) || total === 0
        ? null
        : round2(counts.reduce<number>((s, x, i) => s + (x ?? 0) * Number(layout.values[i]), 0) / total, 2);
  }
  if (merges.length) col.merged = merges.map((set) => (tooFew ? null : published(set)));
  if (tooFew) col.tooFew = true;
  return col;
}

function tableOf(
  part: Part,
  n: number,
  shown: number[],
  modes: number[],
  state: ProtectState,
  minCount: number,
  groupValues: OptionValue[] | undefined,
): { total: ResultColumn; groups?: GroupColumn[]; modes?: ModeColumn[]; merged?: MergedOptions[] } {
  const withheld = state.withheldParts.has(part);
  const merges = withheld ? [] : (state.merges.get(part)?.[n] ?? []);
  const all = range(part.system.K);
  const out: { total: ResultColumn; groups?: GroupColumn[]; modes?: ModeColumn[]; merged?: MergedOptions[] } =
    {
      total: columnOf(part, n, all, merges, minCount),
    };
  if (groupValues) {
    out.groups = shown.map((k): GroupColumn => ({
      group: groupValues[k]!,
      ...columnOf(part, n, breakdownKs(k), merges, minCount),
    }));
  }
  if (modes.length && !withheld)
    out.modes = modes.map((m): ModeColumn => ({
      mode: MODES[m]!,
      ...columnOf(part, n, modeKs(part.system.K, m), merges, minCount),
    }));
  if (merges.length) {
    const options = questionOptions(part.question);
    const V = part.layout.values.length;
    out.merged = merges.map((set): MergedOptions => ({
      values: set.map((c) => part.layout.values[c]!),
      text: mergedText(
        set.map((c) => options[c]!.text),
        set[0]! < V / 2,
      ),
    }));
  }
  return out;
}

function breakdownResult(
  question: Question,
  layout: Layout,
  root: System,
  n: number,
  state: ProtectState,
  minCount: number,
): QuestionResult {
  const all = range(root.K).filter((k) => kbOf(k) !== layout.na);
  const nCell = root.find(n, all, [0]);
  const size = nCell?.value ?? 0;
  const tooFew = size < minCount || state.breakdownWithheld;
  const published = (k: number): Count => {
    const cell = root.find(n, breakdownKs(k), [0]);
    return !tooFew && cell && cell.state === 'published' ? cell.value : null;
  };
  const total: ResultColumn = {
    n: nCell && nCell.state === 'published' ? nCell.value : publishedEmpty(root, n) ? 0 : null,
    counts: layout.values.map((value, i) => ({ value, count: published(i) })),
  };
  const dk = layout.values.length;
  if (layout.dontKnow) total.dontKnow = published(dk);
  if (layout.skipped) total.skipped = published(dk + (layout.dontKnow ? 1 : 0));
  if (layout.ordinal) total.mean = null;
  if (tooFew) total.tooFew = true;
  return { ...describe(question, layout), type: question.type as 'scale' | 'choice', total } as TableResult;
}

function multiOf(
  base: Omit<PublishedResultBase, 'type'>,
  mine: Part[],
  n: number,
  shown: number[],
  modes: number[],
  minCount: number,
  groupValues: OptionValue[] | undefined,
): TableResult {
  const special = mine.find((p) => p.multi === 'special')!;
  const options = mine.filter((p) => typeof p.multi === 'number');
  const column = (ks: number[]): ResultColumn => {
    const s = special.system;
    const answered = range(s.C - 1);
    const nCell = s.find(n, ks, answered);
    const size = nCell?.value ?? 0;
    const tooFew = size < minCount;
    const get = (system: System, cs: number[]): Count => {
      const cell = system.find(n, ks, cs);
      return !tooFew && cell && cell.state === 'published' ? cell.value : null;
    };
    const col: ResultColumn = {
      n: nCell && nCell.state === 'published' ? nCell.value : publishedEmpty(s, n) ? 0 : null,
      counts: special.layout.values.map((value, i) => ({ value, count: get(options[i]!.system, [0]) })),
    };
    if (special.layout.dontKnow) col.dontKnow = get(s, [1]);
    if (special.layout.skipped) col.skipped = get(s, [special.layout.dontKnow ? 2 : 1]);
    if (tooFew) col.tooFew = true;
    return col;
  };
  const all = range(special.system.K);
  const result: TableResult = { ...base, type: 'multi', total: column(all) };
  if (groupValues)
    result.groups = shown.map((k): GroupColumn => ({ group: groupValues[k]!, ...column(breakdownKs(k)) }));
  if (modes.length)
    result.modes = modes.map((m): ModeColumn => ({
      mode: MODES[m]!,
      ...column(modeKs(special.system.K, m)),
    }));
  return result;
}
