/**
 * <svara-choice display="pictogram">: picture and word together, the word is the name, svara's own pictures
 * for the special answers, the ARASAAC attribution when needed, broken pictures, target sizes at 320 and 1280 px,
 * and no request outside the test server.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { SvaraPictogram } from '@svara/pictograms';
import { expectNoAxeViolations } from '@svara/testing/axe';
import { accessibilityTree, findNodes, getByRole } from '@svara/testing/a11y-tree';
import type { SvaraChoice } from '../src/components/choice/choice.js';
import { choiceExamples } from '../src/components/choice/choice.examples.js';
import type { ChoiceExample } from '../src/components/choice/choice.examples.js';
import { scaleExamples } from '../src/components/scale/scale.examples.js';
import type { ScaleExample } from '../src/components/scale/scale.examples.js';
import { setLocale } from '../src/localization.js';

async function render(example: ChoiceExample | ScaleExample): Promise<HTMLElement> {
  await setLocale(example.locale ?? 'sv');
  const wrapper = await fixture<HTMLElement>(html`<div>${example.render()}</div>`);
  const control = wrapper.firstElementChild as SvaraChoice;
  await control.updateComplete;
  return control;
}
const pictogramsOf = (el: Element) => [...el.shadowRoot!.querySelectorAll<SvaraPictogram>('svara-pictogram')];
const optionsOf = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('label[part~="option"]')];

describe('<svara-choice display="pictogram">', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const key of ['pictogramBuiltin', 'pictogramArasaac', 'pictogramBroken'] as const) {
    it(`${key}: no axe violations`, async () => {
      const choice = await render(choiceExamples[key]);
      await new Promise((resolve) => setTimeout(resolve, 50));
      await expectNoAxeViolations(choice);
    });
  }

  it('each option shows picture and word; the picture is decorative and the word is the name', async () => {
    const choice = await render(choiceExamples.pictogramBuiltin);
    expect(pictogramsOf(choice).map((p) => p.builtinName)).to.deep.equal([
      'yes',
      'sometimes',
      'no',
      'dont-know',
    ]);
    expect(pictogramsOf(choice).every((p) => p.decorative && p.checkVisibility())).to.equal(true);
    const tree = await accessibilityTree();
    expect(findNodes(tree, (n) => n.role === 'image' || n.role === 'img')).to.deep.equal([]);
    const radios = findNodes(
      getByRole(tree, 'radiogroup', 'Får du det stöd du ska få?'),
      (n) => n.role === 'radio',
    );
    const words = optionsOf(choice).map(
      (o) => o.querySelector<HTMLElement>('[part="option-label"]')!.innerText,
    );
    expect(radios.map((r) => r.name)).to.deep.equal(words);
    expect(words).to.deep.equal(['Ja', 'Ibland', 'Nej', 'Vet inte']);
  });

  it('large: pictures are at least 96×96 px; the word sits below (tiles) or after (label-position="end")', async () => {
    const tiles = await render(choiceExamples.pictogramBuiltin);
    // The ordinary options are tiles; "Vet inte", apart after "eller", is a row.
    for (const option of tiles.shadowRoot!.querySelectorAll('[part="options"] > label')) {
      const picture = option.querySelector('svara-pictogram')!.getBoundingClientRect();
      const word = option.querySelector('[part="option-label"]')!.getBoundingClientRect();
      expect(Math.min(picture.width, picture.height)).to.be.at.least(96);
      expect(word.top).to.be.at.least(picture.bottom - 1);
    }
    const rows = await render(choiceExamples.pictogramArasaac);
    for (const option of optionsOf(rows)) {
      const picture = option.querySelector('svara-pictogram')!.getBoundingClientRect();
      const word = option.querySelector('[part="option-label"]')!.getBoundingClientRect();
      expect(word.left).to.be.at.least(picture.right - 1);
    }
  });

  for (const width of [320, 1280]) {
    it(`targets: every option at least 44×44 px at ${width} px, inside the viewport`, async () => {
      await setViewport({ width, height: 800 });
      for (const example of [
        choiceExamples.pictogramBuiltin,
        choiceExamples.pictogramArasaac,
        scaleExamples.fiveFaces,
        scaleExamples.pictogramDisplay,
      ]) {
        const control = await render(example);
        for (const option of optionsOf(control)) {
          const { width: w, height: h, right } = option.getBoundingClientRect();
          expect(Math.min(w, h), `${example.title}`).to.be.at.least(44);
          expect(right).to.be.at.most(width);
        }
      }
    });
  }

  it('ARASAAC pictures bring the attribution after the question, reachable with Tab', async () => {
    const choice = await render(choiceExamples.pictogramArasaac);
    expect(pictogramsOf(choice).every((p) => p.isArasaac)).to.equal(true);
    choice.focus();
    await sendKeys({ press: 'Tab' });
    const attribution = choice.shadowRoot!.querySelector('svara-pictogram-attribution')!;
    expect(attribution.shadowRoot!.activeElement?.tagName).to.equal('SUMMARY');
    const builtin = await render(choiceExamples.pictogramBuiltin);
    expect(builtin.shadowRoot!.querySelector('svara-pictogram-attribution')).to.equal(null);
  });

  it('broken pictures become their words in the same box', async () => {
    const choice = await render(choiceExamples.pictogramBroken);
    await waitUntil(() => pictogramsOf(choice).every((p) => p.broken));
    expect(
      pictogramsOf(choice).map(
        (p) => p.shadowRoot!.querySelector<HTMLElement>('[part="fallback"]')!.innerText,
      ),
    ).to.deep.equal(['Hemma', 'På kontoret']);
    getByRole(await accessibilityTree(), 'radio', 'På kontoret');
  });

  it('pictograms="off" or display="text": words only', async () => {
    const choice = (await render(choiceExamples.pictogramBuiltin)) as SvaraChoice;
    choice.pictograms = 'off';
    await choice.updateComplete;
    expect(pictogramsOf(choice)).to.have.length(0);
    choice.pictograms = 'on';
    choice.display = 'text';
    await choice.updateComplete;
    expect(pictogramsOf(choice)).to.have.length(0);
  });

  it('plain uses each option’s plain-language label', async () => {
    const choice = await fixture<SvaraChoice>(
      html`<svara-choice
        label="Fråga"
        plain
        .options=${[
          { value: 'a', label: 'I full utsträckning', plainLabel: 'Ja' },
          { value: 'b', label: 'Inte alls' },
        ]}
      ></svara-choice>`,
    );
    getByRole(await accessibilityTree(), 'radio', 'Ja');
    getByRole(await accessibilityTree(), 'radio', 'Inte alls');
    expect(choice.plain).to.equal(true);
  });

  it('no request left the test server', () => {
    const foreign = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((url) => !url.startsWith('data:') && new URL(url).origin !== location.origin);
    expect(foreign).to.deep.equal([]);
  });
});
