import { expect, fixture, oneEvent } from '@open-wc/testing';
import { expectNoAxeViolations } from '@svara/testing/axe';
import { setLocale } from '@svara/elements/localization';
import type { StudioEditEvent } from '../../events.js';
import { getIn } from '../../model/draft.js';
import type { SvaraStudioCondition } from './condition.js';
import { conditionExamples } from './condition.examples.js';
import type { ConditionExample } from './condition.examples.js';
import './condition.define.js';

async function renderExample(example: ConditionExample): Promise<SvaraStudioCondition> {
  await setLocale(example.locale ?? 'sv');
  const condition = await fixture<SvaraStudioCondition>(example.render());
  await condition.updateComplete;
  return condition;
}

const labels = (condition: SvaraStudioCondition) =>
  [...condition.shadowRoot!.querySelectorAll('.answers label')].map((l) =>
    l.textContent!.replace(/\s+/g, ' ').trim(),
  );

describe('svara-studio-condition', () => {
  describe('axe on every example', () => {
    for (const [key, example] of Object.entries(conditionExamples) as [string, ConditionExample][]) {
      it(`${key}: no violations`, async () => {
        await expectNoAxeViolations(await renderExample(example));
      });
    }
  });

  it('offers the earlier question’s own answers, with the chosen ones ticked', async () => {
    const condition = await renderExample(conditionExamples.conditional);
    expect(labels(condition)).to.deep.equal([
      'Mycket ledsen',
      'Ledsen',
      'Mittemellan',
      'Glad',
      'Mycket glad',
    ]);
    const ticked = [...condition.shadowRoot!.querySelectorAll<HTMLInputElement>('.answers input')].map(
      (i) => i.checked,
    );
    expect(ticked).to.deep.equal([true, true, false, false, false]);
    const select = condition.shadowRoot!.querySelector('select')!;
    expect([...select.options].map((o) => o.textContent!.trim())).to.deep.equal([
      'Fråga 1: Jag vet varför vi träffades.',
      'Fråga 2: Socialsekreterarens kommunikationsförmåga motsvarade förväntningarna.',
      'Fråga 3: Är du',
    ]);
  });

  it('ticking another answer writes it into the condition', async () => {
    const condition = await renderExample(conditionExamples.conditional);
    setTimeout(() => condition.shadowRoot!.querySelectorAll<HTMLInputElement>('.answers input')[2]!.click());
    const event = (await oneEvent(condition, 'studio-edit')) as StudioEditEvent;
    expect(getIn(event.draft, ['questions', 3, 'showIf'])).to.deep.equal({
      question: 'lyssnade',
      in: [1, 2, 3],
    });
  });

  it('"Alltid" removes the condition', async () => {
    const condition = await renderExample(conditionExamples.conditional);
    setTimeout(() => condition.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]')!.click());
    const event = (await oneEvent(condition, 'studio-edit')) as StudioEditEvent;
    expect(getIn(event.draft, ['questions', 3, 'showIf'])).to.equal(undefined);
  });

  it('the first question cannot depend on anything', async () => {
    const condition = await renderExample(conditionExamples.first);
    const radios = condition.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]');
    expect(radios[1]!.disabled).to.equal(true);
  });
});
