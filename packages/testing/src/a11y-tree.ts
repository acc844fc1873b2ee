/**
 * Typed wrappers over `a11ySnapshot()` / `findAccessibilityNode()` from @web/test-runner-commands, for
 * assertions on what assistive technology gets: role, accessible name, description, checked, invalid.
 * The command is served by ./a11y-snapshot-plugin.mjs (Chromium's own accessibility tree).
 */
import { a11ySnapshot, findAccessibilityNode } from '@web/test-runner-commands';

export interface AXNode {
  role: string;
  name: string;
  description?: string;
  value?: string | number;
  checked?: boolean | 'mixed';
  invalid?: string;
  disabled?: boolean;
  required?: boolean;
  focused?: boolean;
  children?: AXNode[];
}

type Tree = AXNode & { children: AXNode[] };

/** The accessibility tree of the whole test page, or below the element matching `selector`. */
export async function accessibilityTree(selector?: string): Promise<AXNode> {
  return (await a11ySnapshot(selector ? { selector } : {})) as unknown as AXNode;
}

/** The first node matching `match`, or null. */
export function findNode(tree: AXNode, match: (node: AXNode) => boolean): AXNode | null {
  return findAccessibilityNode<AXNode>(tree as Tree, (node) => match(node as AXNode)) as AXNode | null;
}

/** All nodes matching `match`, in tree order. */
export function findNodes(tree: AXNode, match: (node: AXNode) => boolean): AXNode[] {
  const found: AXNode[] = [];
  const walk = (node: AXNode) => {
    if (match(node)) found.push(node);
    node.children?.forEach(walk);
  };
  walk(tree);
  return found;
}

/** The node with this role and accessible name; throws with the roles and names seen when it is missing. */
export function getByRole(tree: AXNode, role: string, name: string | RegExp): AXNode {
  const matchesName = (candidate: string) =>
    typeof name === 'string' ? candidate === name : name.test(candidate);
  const node = findNode(tree, (n) => n.role === role && matchesName(n.name));
  if (!node) {
    const seen = findNodes(tree, (n) => n.role === role).map((n) => JSON.stringify(n.name));
    throw new Error(
      `no ${role} named ${String(name)} in the accessibility tree (${role}s seen: ${seen.join(', ') || 'none'})`,
    );
  }
  return node;
}
