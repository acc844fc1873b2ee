import { expect, fixture, waitUntil } from '@open-wc/testing';
import { expectNoAxeViolations } from '@svara/testing/axe';
import { setLocale } from '@svara/elements/localization';
import type { SvaraStudioAudit } from './audit.js';
import { auditExamples } from './audit.examples.js';
import type { AuditExample } from './audit.examples.js';
import { expectFitsNarrow, lineCount } from '../../internal/layout-checks.js';
import './audit.define.js';

async function renderExample(example: AuditExample): Promise<SvaraStudioAudit> {
  await setLocale(example.locale ?? 'sv');
  const element = await fixture<SvaraStudioAudit>(example.render());
  await waitUntil(() => element.shadowRoot!.querySelector('tbody tr'), 'never loaded');
  return element;
}

describe('svara-studio-audit', () => {
  describe('axe on every example', () => {
    for (const [key, example] of Object.entries(auditExamples) as [string, AuditExample][]) {
      it(`${key}: no violations`, async () => {
        await expectNoAxeViolations(await renderExample(example));
      });
    }
  });

  it('lists the newest first', async () => {
    const element = await renderExample(auditExamples.log);
    const actions = [...element.shadowRoot!.querySelectorAll('tbody tr td:nth-child(3)')].map((td) =>
      td.textContent!.trim(),
    );
    expect(actions).to.deep.equal(['sign-in', 'round.open', 'publish']);
  });

  it('at 320 px the log scrolls in its own region; a time or an action is never broken over lines', async () => {
    const element = await expectFitsNarrow(() => renderExample(auditExamples.log));
    for (const cell of element.shadowRoot!.querySelectorAll('td.at, code.action'))
      expect(lineCount(cell), cell.textContent!).to.equal(1);
  });
});
