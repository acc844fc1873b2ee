/**
 * The one axe-core configuration for every browser test in svara.
 *
 * Usage:
 *   const el = await fixture(html`<svara-choice …></svara-choice>`);
 *   await expectNoAxeViolations(el);
 *
 * Tags and disabled rules come from `axe-config.mjs`, the one list every check in svara uses (Storybook's too):
 * WCAG 2.0, 2.1 and 2.2 level A and AA, plus axe's best practices; a rule may only be disabled there, with its
 * reason.
 */
import 'axe-core/axe.min.js'; // UMD bundle: sets window.axe
import type * as Axe from 'axe-core';
import type { AxeResults, Result, RunOptions } from 'axe-core';
import { AXE_DISABLED_RULES, AXE_TAGS } from './axe-config.mjs';

export { AXE_DISABLED_RULES, AXE_TAGS };

declare global {
  interface Window {
    axe: typeof Axe;
  }
}

export const AXE_OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: [...AXE_TAGS] },
  rules: Object.fromEntries(Object.keys(AXE_DISABLED_RULES).map((id) => [id, { enabled: false }])),
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
