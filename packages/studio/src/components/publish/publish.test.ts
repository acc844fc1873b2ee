import { expect, fixture, oneEvent } from '@open-wc/testing';
import { expectNoAxeViolations } from '@svara/testing/axe';
import { setLocale } from '@svara/elements/localization';
import type { StudioRequestEvent } from '../../events.js';
import type { SvaraStudioPublish } from './publish.js';
import { publishExamples } from './publish.examples.js';
import type { PublishExample } from './publish.examples.js';
import './publish.define.js';

async function renderExample(example: PublishExample): Promise<SvaraStudioPublish> {
  await setLocale(example.locale ?? 'sv');
  const element = await fixture<SvaraStudioPublish>(example.render());
  await element.updateComplete;
  return element;
}

const buttons = (element: SvaraStudioPublish) =>
  Object.fromEntries(
    [...element.shadowRoot!.querySelectorAll('button')].map((b) => [b.textContent!.trim(), b]),
  );

describe('svara-studio-publish', () => {
  describe('axe on every example', () => {
    for (const [key, example] of Object.entries(publishExamples) as [string, PublishExample][]) {
      it(`${key}: no violations`, async () => {
        await expectNoAxeViolations(await renderExample(example));
      });
    }
  });

  it('not ready: what is left, and the author cannot approve their own version (four eyes)', async () => {
    const element = await renderExample(publishExamples.notReady);
    const todo = [...element.shadowRoot!.querySelectorAll('.todo strong')].map((s) => s.textContent);
    expect(todo).to.deep.equal([
      'Varje varning är åtgärdad eller läst',
      'Förhandsvisad för varje målgrupp och språk',
      'Godkänd av en annan publicerare',
    ]);
    const { 'Godkänn den här versionen': approve, Publicera: publish } = buttons(element);
    expect(approve!.getAttribute('aria-disabled')).to.equal('true');
    expect(publish!.getAttribute('aria-disabled')).to.equal('true');
    expect(element.shadowRoot!.querySelector('#approve-why')!.textContent).to.contain('Punkterna ovan');
  });

  it('ready: publishing is asked for with the revision; the changes are in words', async () => {
    const element = await renderExample(publishExamples.approved);
    expect(
      [...element.shadowRoot!.querySelectorAll('.changes li')].map((li) => li.textContent),
    ).to.deep.equal(['Fråga 2: ny formulering', 'Fråga 3: ny fråga', 'Fråga 4: ny fråga']);
    expect(element.shadowRoot!.querySelectorAll('.todo').length).to.equal(0);
    setTimeout(() => buttons(element)['Publicera']!.click());
    const request = (await oneEvent(element, 'studio-request')) as StudioRequestEvent;
    expect([request.action, request.detail['revision']]).to.deep.equal(['publish', 5]);
  });
});
