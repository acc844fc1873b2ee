import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { expectNoAxeViolations } from '@svara/testing/axe';
import { setLocale } from '@svara/elements/localization';
import type { SvaraText } from '@svara/elements';
import { exampleApi, exampleBackend, exampleUnits } from '../../example-api.js';
import type { SvaraStudioUnits } from './units.js';
import { descendants } from './units.js';
import { unitsExamples } from './units.examples.js';
import type { UnitsExample } from './units.examples.js';
import './units.define.js';

async function renderExample(example: UnitsExample): Promise<SvaraStudioUnits> {
  await setLocale(example.locale ?? 'sv');
  const element = await fixture<SvaraStudioUnits>(example.render());
  await waitUntil(() => element.shadowRoot!.querySelector('.tree'), 'never loaded');
  return element;
}

describe('svara-studio-units', () => {
  describe('axe on every example', () => {
    for (const [key, example] of Object.entries(unitsExamples) as [string, UnitsExample][]) {
      it(`${key}: no violations`, async () => {
        await expectNoAxeViolations(await renderExample(example));
      });
    }
  });

  it('shows the tree nested', async () => {
    const element = await renderExample(unitsExamples.tree);
    const nested = element.shadowRoot!.querySelector('.tree .tree .tree')!;
    expect(nested.textContent).to.contain('Familjeenheten');
  });

  it('adds a unit under another; a unit cannot be moved below itself', async () => {
    const backend = exampleBackend();
    const element = await fixture<SvaraStudioUnits>(
      html`<svara-studio-units .api=${exampleApi(backend)}></svara-studio-units>`,
    );
    await waitUntil(() => element.shadowRoot!.querySelector('.tree'));
    const form = element.shadowRoot!.querySelectorAll('form')[0]!;
    (form.querySelector('[name="name"]') as SvaraText).value = 'Öppenvården';
    (form.querySelector('select') as HTMLSelectElement).value = 'kungsholmen-soc';
    await (form.querySelector('[name="name"]') as SvaraText).updateComplete;
    form.requestSubmit();
    await waitUntil(() => backend.units.length === 7, 'not added');
    expect(backend.units[6]).to.deep.equal({
      id: 'oppenvarden',
      name: 'Öppenvården',
      parent: 'kungsholmen-soc',
    });
    expect([...descendants('kungsholmen', exampleUnits())].sort()).to.deep.equal([
      'familjeenheten',
      'kungsholmen-soc',
      'stodenheten',
    ]);
  });
});
