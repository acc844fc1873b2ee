import { expect, fixture, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectNoAxeViolations } from '@svara/testing/axe';
import { accessibilityTree, getByRole } from '@svara/testing/a11y-tree';
import { setLocale } from '@svara/elements/localization';
import type { SvaraStudioScalePicker } from './scale-picker.js';
import { scalePickerExamples } from './scale-picker.examples.js';
import type { ScalePickerExample } from './scale-picker.examples.js';
import './scale-picker.define.js';

async function renderExample(example: ScalePickerExample): Promise<SvaraStudioScalePicker> {
  await setLocale(example.locale ?? 'sv');
  const picker = await fixture<SvaraStudioScalePicker>(example.render());
  await picker.updateComplete;
  return picker;
}

describe('svara-studio-scale-picker', () => {
  describe('axe on every example', () => {
    for (const [key, example] of Object.entries(scalePickerExamples) as [string, ScalePickerExample][]) {
      it(`${key}: no violations`, async () => {
        await expectNoAxeViolations(await renderExample(example));
      });
    }
  });

  it('each scale is a radio named by its words, the faces silent; children get the faces first', async () => {
    const picker = await renderExample(scalePickerExamples.child);
    const tree = await accessibilityTree();
    const faces = getByRole(tree, 'radio', /^Mycket ledsen, Ledsen, Mittemellan, Glad, Mycket glad/);
    expect(faces.checked).to.equal(true);
    const labels = [...picker.shadowRoot!.querySelectorAll('.words')].map((w) => w.textContent);
    expect(labels[0]).to.equal('Mycket ledsen, Ledsen, Mittemellan, Glad, Mycket glad');
    expect(labels[1]).to.equal('Ledsen, Mittemellan, Glad');
    expect(picker.shadowRoot!.querySelector('.pictures')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('arrow keys choose the next scale', async () => {
    const picker = await renderExample(scalePickerExamples.adults);
    picker.shadowRoot!.querySelector<HTMLInputElement>('input:checked')!.focus();
    setTimeout(() => void sendKeys({ press: 'ArrowDown' }));
    await oneEvent(picker, 'change');
    expect(picker.value).to.equal('yes-sometimes-no');
  });
});
