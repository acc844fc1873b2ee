import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectNoAxeViolations } from '@svara/testing/axe';
import { setLocale } from '@svara/elements/localization';
import type { StudioEditEvent } from '../../events.js';
import { exampleDraft } from '../../examples.js';
import { getIn } from '../../model/draft.js';
import type { SvaraStudioOptions } from './options.js';
import { optionsExamples } from './options.examples.js';
import type { OptionsExample } from './options.examples.js';
import './options.define.js';

async function renderExample(example: OptionsExample): Promise<SvaraStudioOptions> {
  await setLocale(example.locale ?? 'sv');
  const options = await fixture<SvaraStudioOptions>(example.render());
  await options.updateComplete;
  return options;
}

/** The button whose accessible name (its aria-label, else its text) matches. */
const button = (root: SvaraStudioOptions, name: RegExp) =>
  [...root.shadowRoot!.querySelectorAll('button')].find((b) =>
    name.test(b.getAttribute('aria-label') ?? b.textContent!.replace(/\s+/g, ' ').trim()),
  )!;

describe('svara-studio-options', () => {
  describe('axe on every example', () => {
    for (const [key, example] of Object.entries(optionsExamples) as [string, OptionsExample][]) {
      it(`${key}: no violations`, async () => {
        await expectNoAxeViolations(await renderExample(example));
      });
    }
  });

  it('adds an option with a fresh value and asks for focus on its words', async () => {
    const options = await renderExample(optionsExamples.published);
    setTimeout(() => button(options, /^Lägg till svarsalternativ$/).click());
    const event = (await oneEvent(options, 'studio-edit')) as StudioEditEvent;
    expect(getIn(event.draft, ['questions', 2, 'options', 2])).to.deep.equal({
      value: 'alternativ-3',
      text: '',
    });
    expect(event.focus?.target).to.equal('questions[2].options[2].text');
    expect(event.announcement).to.equal('Svarsalternativ 3 har lagts till.');
  });

  it('moves an option down by keyboard, named in the undo history', async () => {
    const options = await renderExample(optionsExamples.published);
    button(options, /^Flytta ned: Svarsalternativ 1$/).focus();
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const event = (await oneEvent(options, 'studio-edit')) as StudioEditEvent;
    expect(
      (getIn(event.draft, ['questions', 2, 'options']) as { value: string }[]).map((o) => o.value),
    ).to.deep.equal(['pojke', 'flicka']);
    expect(event.label).to.equal('Flytta svarsalternativ 1');
    expect(event.announcement).to.equal('Svarsalternativ 1 är nu nummer 2.');
  });

  it('the stored value follows the words while it is new, never once published', async () => {
    const draft = exampleDraft();
    const options = await fixture<SvaraStudioOptions>(
      html`<svara-studio-options
        .draft=${draft}
        .path=${['questions', 2, 'options']}
      ></svara-studio-options>`,
    );
    const apply = (position: number, text: string, frozen: Set<string>) => {
      options.frozen = frozen;
      return (
        options as unknown as { applyText(p: number): (d: typeof draft, v: string) => typeof draft }
      ).applyText(position)(draft, text);
    };
    const fresh = apply(0, 'Tjej', new Set());
    expect(getIn(fresh, ['questions', 2, 'options', 0])).to.deep.include({ value: 'tjej' });
    const kept = apply(0, 'Tjej', new Set(['flicka']));
    expect(getIn(kept, ['questions', 2, 'options', 0])).to.deep.include({ value: 'flicka' });
  });

  it('a published value is read only', async () => {
    const options = await renderExample(optionsExamples.published);
    const values = [...options.shadowRoot!.querySelectorAll<HTMLInputElement>('.value input')];
    expect(values.map((v) => v.readOnly)).to.deep.equal([true, true]);
  });
});
