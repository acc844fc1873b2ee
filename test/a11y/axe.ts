/**
 * The one axe-core configuration for every browser test in svara.
 *
 * Usage:
 *   const el = await fixture(html`<svara-choice …></svara-choice>`);
 *   await expectNoAxeViolations(el);
 *
 * Tags are fixed here so every package checks the same thing: WCAG 2.0, 2.1 and 2.2 level A and AA, plus axe's
 * best practices. A rule may only be disabled in {@link DISABLED_RULES}, with the reason next to it.
 */
import 'axe-core/axe.min.js'; // UMD bundle: sets window.axe
import type * as Axe from 'axe-core';
import type { AxeResults, Result, RunOptions } from 'axe-core';
import { AXE_TAGS } from './axe-tags.mjs';

export { AXE_TAGS };

declare global {
  interface Window {
    axe: typeof Axe;
  }
}

/**
 * Rules switched off for component tests. Each one needs a reason; nothing is switched off to make a test pass.
 */
export const DISABLED_RULES: Readonly<Record<string, string>> = {
  // A component is rendered alone in the test page, outside any landmark. Landmarks belong to the page that
  // embeds it; whole pages are checked with this rule on in the end-to-end tests (test/e2e/axe.ts).
  region: 'component rendered in isolation; landmarks are the host page’s job',
};

export const AXE_OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: [...AXE_TAGS] },
  rules: Object.fromEntries(Object.keys(DISABLED_RULES).map((id) => [id, { enabled: false }])),
  resultTypes: ['violations'],
};

/** Human-readable report: rule id, impact, what to do, and the HTML of each offending node. */
export function formatViolations(violations: readonly Result[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .map((node) => {
          const target = node.target
            .map((part) => (Array.isArray(part) ? part.join(' >>> ') : part))
            .join(' ');
          const summary = node.failureSummary?.replace(/\n/g, '\n      ') ?? '';
          return `  - ${node.html}\n      at ${target}\n      ${summary}`;
        })
        .join('\n');
      return `${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help}\n  ${violation.helpUrl}\n${nodes}`;
    })
    .join('\n\n');
}

/** Runs axe over `element` (including its shadow roots) with the shared configuration. */
export async function runAxe(element: Element): Promise<AxeResults> {
  return window.axe.run(element, AXE_OPTIONS);
}

/** Fails with an actionable message when axe finds any violation in or below `element`. */
export async function expectNoAxeViolations(element: Element): Promise<void> {
  const { violations } = await runAxe(element);
  if (violations.length > 0) {
    const count =
      violations.length === 1 ? '1 accessibility violation' : `${violations.length} accessibility violations`;
    throw new Error(`axe found ${count}:\n\n${formatViolations(violations)}`);
  }
}
