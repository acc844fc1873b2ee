/**
 * axe-core over a whole page in Playwright, with the same tags as the component tests. Whole pages keep every
 * rule on (landmarks included): this is what a respondent's screen reader meets.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type * as Axe from 'axe-core';
import type { AxeResults } from 'axe-core';
import { AXE_TAGS } from '@svara/testing/axe-config';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export async function axeViolations(page: Page): Promise<AxeResults['violations']> {
  // Evaluated through the DevTools protocol, not as a <script>: the collector serves the demo with a strict
  // CSP (script-src 'self'), which refuses inline scripts, as it should.
  await page.evaluate(axeSource);
  return page.evaluate(
    async (tags) => {
      const axe = (window as unknown as { axe: typeof Axe }).axe;
      const results = await axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return results.violations;
    },
    [...AXE_TAGS],
  );
}

/** One line per violation and node, so a failing test says what to fix. */
export function describeViolations(violations: AxeResults['violations']): string {
  return violations
    .flatMap((v) => v.nodes.map((node) => `${v.id}: ${v.help} — ${node.target.join(' ')} ${node.html}`))
    .join('\n');
}
