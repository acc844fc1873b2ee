import { expect, fixture, oneEvent } from '@open-wc/testing';
import { expectNoAxeViolations } from '@svara/testing/axe';
import { setLocale } from '@svara/elements/localization';
import type { StudioAcknowledgeEvent, StudioRevealEvent } from '../../events.js';
import type { SvaraStudioReview } from './review.js';
import { reviewExamples } from './review.examples.js';
import type { ReviewExample } from './review.examples.js';
import './review.define.js';

async function renderExample(example: ReviewExample): Promise<SvaraStudioReview> {
  await setLocale(example.locale ?? 'sv');
  const element = await fixture<SvaraStudioReview>(example.render());
  await element.updateComplete;
  return element;
}

describe('svara-studio-review', () => {
  describe('axe on every example', () => {
    for (const [key, example] of Object.entries(reviewExamples) as [string, ReviewExample][]) {
      it(`${key}: no violations`, async () => {
        await expectNoAxeViolations(await renderExample(example));
      });
    }
  });

  it('names where each finding is in words', async () => {
    const element = await renderExample(reviewExamples.warnings);
    const places = [...element.shadowRoot!.querySelectorAll('.where')].map((p) =>
      p.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(places).to.include('Varning: Fråga 2 · text');
  });

  it('"Gå till fältet" and "Läst" are events for the page', async () => {
    const element = await renderExample(reviewExamples.warnings);
    setTimeout(() => element.shadowRoot!.querySelector<HTMLButtonElement>('.findings button')!.click());
    expect(((await oneEvent(element, 'studio-reveal')) as StudioRevealEvent).path).to.equal('title');
    const boxes = element.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
    expect(boxes[0]!.checked).to.equal(true);
    setTimeout(() => boxes[1]!.click());
    const ack = (await oneEvent(element, 'studio-acknowledge')) as StudioAcknowledgeEvent;
    expect(ack.acknowledged).to.equal(true);
  });

  it('errors have no "Läst" box', async () => {
    const element = await renderExample(reviewExamples.errors);
    expect(element.shadowRoot!.querySelector('input[type="checkbox"]')).to.equal(null);
  });
});
