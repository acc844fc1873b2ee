/**
 * What the component tests measure on a rendered screen, as a person would notice it: a target too small to hit,
 * a short phrase broken over lines, something sticking out of the screen. (The visual suite measures every story
 * the same way; these name the defects each screen once had, so they stay fixed.) Used by tests only.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';

/**
 * Renders with `render` in a 320 px wide window and checks that nothing sticks out of it (the page does not
 * scroll sideways; only a scrolling region may hold something wider); the window's size is restored after.
 */
export async function expectFitsNarrow<T extends Element>(render: () => Promise<T>): Promise<T> {
  await setViewport({ width: 320, height: 800 });
  try {
    const element = await render();
    expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(320);
    expect(outsideViewport(element)).to.deep.equal([]);
    return element;
  } finally {
    await setViewport({ width: 800, height: 600 });
  }
}

/** The targets matching `selector` in `root` that are under 24 × 24 px (WCAG 2.5.8), as "text: w × h". */
export function smallTargets(root: ParentNode, selector: string): string[] {
  return [...root.querySelectorAll(selector)].flatMap((el) => {
    const { width, height } = el.getBoundingClientRect();
    return width >= 23.5 && height >= 23.5
      ? []
      : [`${(el.textContent ?? '').trim()}: ${Math.round(width)} × ${Math.round(height)}`];
  });
}

/** How many lines an element's text is laid out on (its text's boxes, not its children's borders and padding). */
export function lineCount(el: Element): number {
  const tops: number[] = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent?.trim()) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) if (rect.width > 0) tops.push(rect.top);
  }
  tops.sort((a, b) => a - b);
  // Text on one line may sit a few pixels apart (an arrow beside a word); a new line is a line-height below.
  return tops.filter((top, i) => i === 0 || top - tops[i - 1]! > 8).length;
}

/** The elements of `root` (shadow roots included) that stick out of the viewport's width, except inside a region that scrolls or one hidden on purpose. */
export function outsideViewport(root: Element): string[] {
  const found: string[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const el of node.children) {
      const style = getComputedStyle(el);
      if (style.overflowX === 'auto' || style.overflowX === 'scroll') continue;
      // Hidden on purpose and read by screen readers only (the visually-hidden pattern): nothing to see.
      if (style.clipPath.startsWith('inset(50%')) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width > 0 && (rect.right > innerWidth + 1 || rect.left < -1))
        found.push(`${el.localName}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}`);
      visit(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  if (root.shadowRoot) visit(root.shadowRoot);
  return found;
}
