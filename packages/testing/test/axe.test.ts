import { fixture, html, expect } from '@open-wc/testing';
import { AXE_DISABLED_RULES, AXE_OPTIONS, AXE_TAGS, expectNoAxeViolations } from '../src/axe.js';

async function failureOf(run: Promise<void>): Promise<Error> {
  try {
    await run;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the axe check to fail, but it passed');
}

describe('@svara/testing expectNoAxeViolations', () => {
  it('passes accessible markup', async () => {
    const el = await fixture(html`<div><button type="button">Skicka</button></div>`);
    await expectNoAxeViolations(el);
  });

  it('fails on an unlabeled button and names the rule, the fix and the node', async () => {
    const el = await fixture(html`<div><button type="button" class="nameless"></button></div>`);
    const error = await failureOf(expectNoAxeViolations(el));
    expect(error.message).to.contain('button-name');
    expect(error.message).to.contain('Buttons must have discernible text');
    expect(error.message).to.contain('<button type="button" class="nameless"></button>');
  });

  it('looks inside shadow roots', async () => {
    const host = await fixture(html`<div></div>`);
    host.attachShadow({ mode: 'open' }).innerHTML = '<input type="checkbox">';
    const error = await failureOf(expectNoAxeViolations(host));
    expect(error.message).to.contain('label');
  });

  it('checks WCAG 2.2 AA and best practices, and explains every disabled rule', () => {
    expect([...AXE_TAGS]).to.include.members([
      'wcag2a',
      'wcag2aa',
      'wcag21a',
      'wcag21aa',
      'wcag22aa',
      'best-practice',
    ]);
    for (const [rule, reason] of Object.entries(AXE_DISABLED_RULES)) {
      expect(reason, rule).to.have.length.greaterThan(10);
      expect(AXE_OPTIONS.rules?.[rule]).to.deep.equal({ enabled: false });
    }
  });
});
