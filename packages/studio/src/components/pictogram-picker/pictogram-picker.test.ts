import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectNoAxeViolations } from '@svara/testing/axe';
import { setLocale } from '@svara/elements/localization';
import type { SvaraStudioPictogramPicker } from './pictogram-picker.js';
import { exampleCatalogue, pictogramPickerExamples } from './pictogram-picker.examples.js';
import type { PictogramPickerExample } from './pictogram-picker.examples.js';
import './pictogram-picker.define.js';

async function renderExample(example: PictogramPickerExample): Promise<SvaraStudioPictogramPicker> {
  await setLocale(example.locale ?? 'sv');
  const picker = await fixture<SvaraStudioPictogramPicker>(example.render());
  await picker.updateComplete;
  await example.prepare?.(picker);
  return picker;
}

const results = (picker: SvaraStudioPictogramPicker) =>
  [...picker.shadowRoot!.querySelectorAll('.result')].map((b) => b.textContent!.replace(/\s+/g, ' ').trim());

describe('svara-studio-pictogram-picker', () => {
  describe('axe on every example', () => {
    for (const [key, example] of Object.entries(pictogramPickerExamples) as [
      string,
      PictogramPickerExample,
    ][]) {
      it(`${key}: no violations`, async () => {
        await expectNoAxeViolations(await renderExample(example));
      });
    }
  });

  it('finds pictures by Swedish word, svara’s drawings and the self-hosted ARASAAC ones, with the attribution', async () => {
    const picker = await renderExample(pictogramPickerExamples.searching);
    expect(results(picker)).to.deep.equal(['ja', 'ja']);
    expect(picker.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('2 bilder');
    expect(picker.shadowRoot!.querySelector('svara-pictogram-attribution')).to.exist;
  });

  it('by keyboard: open, type, Tab to a result, Enter chooses it and focus returns to "Byt bild"', async () => {
    const picker = await fixture<SvaraStudioPictogramPicker>(
      html`<svara-studio-pictogram-picker
        label="Bild"
        .catalogue=${exampleCatalogue()}
      ></svara-studio-pictogram-picker>`,
    );
    picker.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!.focus();
    await sendKeys({ press: 'Enter' });
    await picker.updateComplete;
    await sendKeys({ type: 'glad' });
    await picker.updateComplete;
    expect(results(picker)).to.deep.equal(['glad', 'mycket glad']);
    await sendKeys({ press: 'Tab' });
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    await oneEvent(picker, 'change');
    expect(picker.value).to.deep.equal({ builtin: 'face-happy' });
    await picker.updateComplete;
    const toggle = picker.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!;
    expect(picker.shadowRoot!.activeElement).to.equal(toggle);
    expect(toggle.textContent!.trim()).to.equal('Byt bild');
  });

  it('Escape closes the search without a change', async () => {
    const picker = await renderExample(pictogramPickerExamples.searching);
    picker.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!.focus();
    await sendKeys({ press: 'Escape' });
    await picker.updateComplete;
    expect(picker.shadowRoot!.querySelector('[part="panel"]')).to.equal(null);
    expect(picker.value).to.equal(undefined);
  });
});
