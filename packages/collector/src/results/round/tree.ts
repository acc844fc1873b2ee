/**
 * The unit tree of a round, laid out for the protection: every node's leaves are one contiguous range (depth-first
 * order), answers stamped with an inner unit go to a hidden "direct" leaf of that unit, and a round whose units
 * have several roots gets one root above them (the whole survey).
 */

export interface UnitInput {
  id: string;
  name: string;
  parent: string | null;
}

export interface TreeNode {
  /** The unit's id; the whole-survey root is `''`; a direct leaf is `<unit id>` + `DIRECT`. */
  id: string;
  name: string;
  parent: number;
  children: number[];
  depth: number;
  /** Leaves under this node: positions `leafStart` ≤ p < `leafEnd`. */
  leafStart: number;
  leafEnd: number;
  /** A node published as a unit (or the whole survey); false for direct leaves. */
  published: boolean;
}

export interface Tree {
  nodes: TreeNode[];
  /** Node index of each leaf position. */
  leafNode: number[];
  /** Per leaf position: its node and every ancestor, bottom up (the root last). */
  leafPath: number[][];
  /** Leaf position of a unit id (answers are counted at leaves). */
  leafOf: Map<string, number>;
  /** Node index of a unit id. */
  nodeOf: Map<string, number>;
  /** True when the root is one the round's units do not name (several roots, or none): the whole survey. */
  syntheticRoot: boolean;
}

export const WHOLE_SURVEY = '';
export const DIRECT = '\u0000direct';

/** Builds the tree; a unit whose parent is missing becomes a root; cycles are refused. */
export function buildTree(units: readonly UnitInput[], rootName = 'Hela enkäten'): Tree {
  const byId = new Map<string, UnitInput>();
  for (const unit of units) {
    if (unit.id === WHOLE_SURVEY || unit.id.includes('\u0000')) throw new Error(`Bad unit id "${unit.id}".`);
    if (byId.has(unit.id)) throw new Error(`Unit "${unit.id}" is listed twice.`);
    byId.set(unit.id, unit);
  }
  const kids = new Map<string | null, UnitInput[]>();
  for (const unit of units) {
    const parent = unit.parent !== null && byId.has(unit.parent) ? unit.parent : null;
    const list = kids.get(parent) ?? [];
    list.push(unit);
    kids.set(parent, list);
  }
  const roots = kids.get(null) ?? [];
  const syntheticRoot = roots.length !== 1;
  const nodes: TreeNode[] = [];
  const leafNode: number[] = [];
  const visiting = new Set<string>();
  const seen = new Set<string>();

  function add(id: string, name: string, parent: number, depth: number, published: boolean): number {
    const index = nodes.length;
    nodes.push({ id, name, parent, children: [], depth, leafStart: 0, leafEnd: 0, published });
    if (parent >= 0) nodes[parent]!.children.push(index);
    return index;
  }
  function visit(unit: UnitInput, parent: number, depth: number): void {
    if (visiting.has(unit.id)) throw new Error(`Unit "${unit.id}" is its own ancestor.`);
    visiting.add(unit.id);
    seen.add(unit.id);
    const index = add(unit.id, unit.name, parent, depth, true);
    const children = kids.get(unit.id) ?? [];
    nodes[index]!.leafStart = leafNode.length;
    if (children.length === 0) leafNode.push(index);
    else {
      // Answers given at an inner unit itself: a leaf of their own, never published apart.
      const direct = add(unit.id + DIRECT, unit.name, index, depth + 1, false);
      nodes[direct]!.leafStart = leafNode.length;
      leafNode.push(direct);
      nodes[direct]!.leafEnd = leafNode.length;
      for (const child of children) visit(child, index, depth + 1);
    }
    nodes[index]!.leafEnd = leafNode.length;
    visiting.delete(unit.id);
  }

  if (syntheticRoot) {
    const root = add(WHOLE_SURVEY, rootName, -1, 0, true);
    const direct = add(WHOLE_SURVEY + DIRECT, rootName, root, 1, false);
    nodes[direct]!.leafStart = 0;
    leafNode.push(direct);
    nodes[direct]!.leafEnd = 1;
    for (const unit of roots) visit(unit, root, 1);
    nodes[root]!.leafEnd = leafNode.length;
  } else visit(roots[0]!, -1, 0);
  for (const unit of units) if (!seen.has(unit.id)) throw new Error(`Unit "${unit.id}" is its own ancestor.`);

  const leafPath = leafNode.map((node) => {
    const path: number[] = [];
    for (let n = node; n >= 0; n = nodes[n]!.parent) path.push(n);
    return path;
  });
  const nodeOf = new Map<string, number>();
  nodes.forEach((node, i) => nodeOf.set(node.id, i));
  const leafOf = new Map<string, number>();
  leafNode.forEach((node, position) => {
    const id = nodes[node]!.id;
    leafOf.set(id.endsWith(DIRECT) ? id.slice(0, -DIRECT.length) : id, position);
  });
  return { nodes, leafNode, leafPath, leafOf, nodeOf, syntheticRoot };
}
