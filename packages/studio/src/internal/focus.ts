/**
 * Finding elements across shadow roots: the survey page moves focus after a change (to a new question's text,
 * to the button that undoes a deletion), and the target lives inside nested studio components.
 */

/** Every element below `root`, in document order, through open shadow roots. */
export function* deepElements(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* deepElements(element.shadowRoot);
  }
}

/** The first element below `root` (through shadow roots) with `data-focus="key"`. */
export function findFocusTarget(root: ParentNode, key: string): HTMLElement | undefined {
  for (const element of deepElements(root)) {
    if (element instanceof HTMLElement && element.dataset['focus'] === key) return element;
  }
  return undefined;
}

/** Waits for Lit elements below `root` to finish rendering (a few rounds: children render after parents). */
export async function settled(root: ParentNode, rounds = 3): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    const pending = [...deepElements(root)]
      .map((element) => (element as { updateComplete?: Promise<unknown> }).updateComplete)
      .filter((promise): promise is Promise<unknown> => promise instanceof Promise);
    await Promise.all(pending);
  }
}
