/**
 * axe-core over a whole page in Playwright, with the same tags as the component tests. Whole pages keep every
 * rule on (landmarks included): this is what a respondent's screen reader meets.
 */
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type * as Axe from 'axe-core';
import type { AxeResults } from 'axe-core';
import { AXE_TAGS } from '../a11y/axe-tags.mjs';

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export async function axeViolations(page: Page): Promise<AxeResults['violations']> {
  await page.addScriptTag({ path: axeSource });
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
