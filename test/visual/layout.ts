/**
 * Layout assertions for the defects a person sees and axe does not: a label laid out one letter per line, a page
 * wider than a phone, a target too small to hit, controls on top of each other. `layoutProblems(page)` measures
 * the page as it is drawn (every shadow root included) and returns one plain line per problem; none is a pass.
 *
 * - Letter column: a text that wraps inside a box narrower than 8 characters ("0" of its own font).
 * - Too wide: the page scrolls sideways, or an element sticks out of the viewport (unless a scrolling or clipping
 *   ancestor holds it, or it is wholly off-screen: the skip link's way of hiding).
 * - Small target: a link, button or form control (with its label) under 24 × 24 px, or under 44 × 44 px in a
 *   control with `size="large"` or in a survey for children or AAC users. Links inside a sentence are exempt
 *   (WCAG 2.5.8's inline exception).
 * - Overlap: two targets whose boxes cross.
 */
import type { Page } from '@playwright/test';

export interface LayoutOptions {
  /** Only look inside the first element matching this selector (Storybook's `#storybook-root`). */
  within?: string;
}

/** Runs in the page: everything it needs is inside it. */
function measure(options: LayoutOptions): string[] {
  const problems: string[] = [];
  const viewport = document.documentElement.clientWidth;
  const start = options.within ? document.querySelector(options.within) : document.documentElement;
  if (!start) return [`nothing matches ${options.within}`];

  // Every element in the composed tree below `start`, shadow roots included, in document order.
  const elements: Element[] = [];
  const roots: (Element | ShadowRoot)[] = [];
  const collect = (node: Element | ShadowRoot) => {
    for (const child of Array.from(node.children)) {
      elements.push(child);
      collect(child);
      if (child.shadowRoot) {
        roots.push(child.shadowRoot);
        collect(child.shadowRoot);
      }
    }
  };
  roots.push(start);
  elements.push(start);
  collect(start);

  const parentOf = (el: Element): Element | null => {
    if (el.assignedSlot) return el.assignedSlot;
    if (el.parentElement) return el.parentElement;
    const root = el.getRootNode();
    return root instanceof ShadowRoot ? root.host : null;
  };

  /** A short path a person can find: hosts and the element, with its text. */
  const describe = (el: Element): string => {
    const parts: string[] = [];
    for (let node: Element | null = el; node && parts.length < 4;) {
      const root = node.getRootNode();
      const cls =
        typeof node.className === 'string' && node.className
          ? `.${node.className.trim().split(/\s+/)[0]}`
          : '';
      parts.unshift(`${node.localName}${cls}`);
      node = root instanceof ShadowRoot ? root.host : null;
    }
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const label = (el as HTMLElement).getAttribute?.('aria-label') ?? '';
    const shown = (text || label).slice(0, 40);
    return `${parts.join(' › ')}${shown ? ` "${shown}${(text || label).length > 40 ? '…' : ''}"` : ''}`;
  };

  const clips = (style: CSSStyleDeclaration) =>
    style.overflowX !== 'visible' || style.overflowY !== 'visible' || style.contain.includes('paint');

  /** The part of an element's box that can be seen: its rect cut by every clipping ancestor. */
  const visibleRect = (el: Element): { left: number; right: number; top: number; bottom: number } | null => {
    const rect = el.getBoundingClientRect();
    let box = { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom };
    if (visuallyHidden(el)) return null;
    for (let node = parentOf(el); node; node = parentOf(node)) {
      const s = getComputedStyle(node);
      if (s.position === 'fixed') break;
      if (!clips(s)) continue;
      const r = node.getBoundingClientRect();
      box = {
        left: Math.max(box.left, r.left),
        right: Math.min(box.right, r.right),
        top: Math.max(box.top, r.top),
        bottom: Math.min(box.bottom, r.bottom),
      };
      if (box.right - box.left < 2 || box.bottom - box.top < 2) return null;
    }
    return box.right - box.left < 2 || box.bottom - box.top < 2 ? null : box;
  };

  /** Hidden on purpose but read by screen readers (the visually-hidden pattern), itself or in an ancestor. */
  const visuallyHidden = (el: Element) => {
    for (let node: Element | null = el; node; node = parentOf(node)) {
      const style = getComputedStyle(node);
      if (
        style.clipPath.startsWith('inset(50%') ||
        /rect\(0(px)?,? 0(px)?,? 0(px)?,? 0(px)?\)/.test(style.clip)
      )
        return true;
      const rect = node.getBoundingClientRect();
      if (clips(style) && (rect.width <= 1 || rect.height <= 1)) return true;
    }
    return false;
  };
  const shown = (el: Element) =>
    el.checkVisibility({ visibilityProperty: true, opacityProperty: false }) && !visuallyHidden(el);

  // ── Letter column ─────────────────────────────────────────────────────────────────────────────────────────
  const canvas = document.createElement('canvas').getContext('2d')!;
  const zeroWidth = (el: Element) => {
    const style = getComputedStyle(el);
    canvas.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    return canvas.measureText('0').width;
  };
  const blockOf = (el: Element): Element => {
    for (let node: Element | null = el; node; node = parentOf(node)) {
      const display = getComputedStyle(node).display;
      if (display !== 'inline' && display !== 'contents') return node;
    }
    return el;
  };
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const text = node.data.replace(/\s+/g, ' ').trim();
      // Slotted text is laid out where its slot is, not in its light-DOM parent.
      const parent = node.assignedSlot ?? node.parentElement;
      if (!text || !parent) continue;
      const block = blockOf(parent);
      if (!shown(block)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const lines = new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top)));
      if (lines.size < 2) continue; // fits on one line: a short text may sit in a small box
      const style = getComputedStyle(block);
      const width = block.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const eight = 8 * zeroWidth(parent);
      if (width < eight - 0.5) {
        problems.push(
          `letter column: "${text.slice(0, 40)}" wraps in a box ${Math.round(width)} px wide (8 characters are ${Math.round(eight)} px) at ${describe(block)}`,
        );
      }
    }
  }

  // ── Too wide ──────────────────────────────────────────────────────────────────────────────────────────────
  const pageWidth = document.documentElement.scrollWidth;
  if (pageWidth > viewport + 1)
    problems.push(
      `too wide: the page is ${pageWidth} px wide in a ${viewport} px viewport (it scrolls sideways)`,
    );
  for (const el of elements) {
    if (!el.checkVisibility({ visibilityProperty: true })) continue;
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    const seen = visibleRect(el);
    if (!seen) continue;
    if (seen.right <= 0 || seen.left >= viewport) continue; // wholly off-screen on purpose (a skip link)
    if (seen.right > viewport + 1 || seen.left < -1) {
      problems.push(
        `too wide: ${describe(el)} spans ${Math.round(seen.left)}…${Math.round(seen.right)} px in a ${viewport} px viewport`,
      );
    }
  }

  // ── Targets ───────────────────────────────────────────────────────────────────────────────────────────────
  const TARGETS =
    'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"], [role="radio"], [role="checkbox"], [role="switch"], [role="tab"], [role="option"]';
  const isLarge = (el: Element) => {
    for (let node: Element | null = el; node; node = parentOf(node)) {
      if (node.getAttribute('size') === 'large') return true;
      if (node.localName === 'svara-survey') {
        const survey = node as Element & { audience?: string; survey?: { audience?: string } };
        const audience = survey.audience ?? survey.survey?.audience;
        return audience === 'child' || audience === 'aac';
      }
    }
    return false;
  };
  /** A link in running text: its line box is shared with text outside it. */
  const inline = (el: Element) => {
    if (el.localName !== 'a' || getComputedStyle(el).display !== 'inline') return false;
    const block = blockOf(el);
    const own = (el.textContent ?? '').trim().length;
    return (block.textContent ?? '').replace(/\s+/g, ' ').trim().length > own + 1;
  };
  type Box = { left: number; right: number; top: number; bottom: number };
  interface Target {
    el: Element;
    /** The control's own box and its labels' boxes: each of them takes the pointer. */
    boxes: Box[];
    parts: Element[];
  }
  const targets: Target[] = [];
  const seenParts = new Set<Element>();
  for (const root of roots) {
    for (const el of Array.from(root.querySelectorAll(TARGETS))) {
      if (seenParts.has(el)) continue;
      if ((el as HTMLButtonElement).disabled || el.getAttribute('aria-hidden') === 'true') continue;
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      const labels = Array.from((el as HTMLInputElement).labels ?? []);
      const parts = [el, ...labels].filter((part) => part.checkVisibility({ visibilityProperty: true }));
      const boxes = parts.map(visibleRect).filter((box): box is Box => box !== null);
      if (boxes.length === 0) continue;
      if (boxes.every((box) => box.right <= 0 || box.left >= viewport)) continue; // off-screen until focused
      parts.forEach((part) => seenParts.add(part));
      targets.push({ el, boxes, parts });
      if (inline(el)) continue;
      const min = isLarge(el) ? 44 : 24;
      const size = (box: Box) => [box.right - box.left, box.bottom - box.top] as const;
      if (!boxes.some((box) => size(box).every((side) => side >= min - 0.5))) {
        const [width, height] = size(
          boxes.reduce((a, b) => (size(a)[0] * size(a)[1] >= size(b)[0] * size(b)[1] ? a : b)),
        );
        problems.push(
          `small target: ${describe(el)} is ${Math.round(width)} × ${Math.round(height)} px (at least ${min} × ${min})`,
        );
      }
    }
  }

  // ── Overlap ───────────────────────────────────────────────────────────────────────────────────────────────
  const contains = (a: Element, b: Element) => {
    for (let node: Element | null = b; node; node = parentOf(node)) if (node === a) return true;
    return false;
  };
  for (let i = 0; i < targets.length; i++) {
    for (let j = i + 1; j < targets.length; j++) {
      const a = targets[i]!;
      const b = targets[j]!;
      if (a.parts.some((p) => b.parts.some((q) => contains(p, q) || contains(q, p)))) continue;
      for (const x of a.boxes) {
        for (const y of b.boxes) {
          const width = Math.min(x.right, y.right) - Math.max(x.left, y.left);
          const height = Math.min(x.bottom, y.bottom) - Math.max(x.top, y.top);
          if (width > 1 && height > 1) {
            problems.push(
              `overlap: ${describe(a.el)} and ${describe(b.el)} cross by ${Math.round(width)} × ${Math.round(height)} px`,
            );
          }
        }
      }
    }
  }
  return problems;
}

export function layoutProblems(page: Page, options: LayoutOptions = {}): Promise<string[]> {
  return page.evaluate(measure, options);
}

/** Runs in the page: visible texts in Latin letters (Swedish, English) that are laid out right to left. */
function latinInRtl(options: LayoutOptions): string[] {
  const found: string[] = [];
  const visit = (root: Node) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const text = node.data.replace(/\s+/g, ' ').trim();
      const parent = node.assignedSlot ?? node.parentElement;
      if (
        !parent ||
        !/\p{Script=Latin}{2,}\P{L}+\p{Script=Latin}/u.test(text) ||
        /\p{Script=Arabic}/u.test(text)
      )
        continue;
      if (getComputedStyle(parent).direction !== 'rtl') continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      if (range.getClientRects().length > 0) found.push(text.slice(0, 60));
    }
    const all =
      root instanceof Element || root instanceof ShadowRoot || root instanceof Document ? root : null;
    for (const el of Array.from(all?.querySelectorAll('*') ?? [])) if (el.shadowRoot) visit(el.shadowRoot);
  };
  visit(options.within ? (document.querySelector(options.within) ?? document) : document);
  return found;
}

/**
 * Swedish or English words (at least two) laid out right to left: in an Arabic page, text in another language
 * without `dir` has its punctuation and numbers moved (".Jag vet varför vi träffades", "år 29–18").
 */
export function latinTextInRtl(page: Page, options: LayoutOptions = {}): Promise<string[]> {
  return page.evaluate(latinInRtl, options);
}
