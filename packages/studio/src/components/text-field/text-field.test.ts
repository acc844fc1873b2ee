import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectNoAxeViolations } from '@svara/testing/axe';
import { accessibilityTree, getByRole } from '@svara/testing/a11y-tree';
import { setLocale } from '@svara/elements/localization';
import type { StudioEditEvent } from '../../events.js';
import { exampleDraft } from '../../examples.js';
import { checkDraft } from '../../model/check.js';
import { getIn } from '../../model/draft.js';
import { ANNOUNCE_DELAY_MS } from './text-field.js';
import type { SvaraStudioTextField } from './text-field.js';
import { textFieldExamples } from './text-field.examples.js';
import type { TextFieldExample } from './text-field.examples.js';
import './text-field.define.js';

async function renderExample(example: TextFieldExample): Promise<SvaraStudioTextField> {
  await setLocale(example.locale ?? 'sv');
  const wrapper = await fixture<HTMLElement>(html`<div>${example.render()}</div>`);
  const field = wrapper.querySelector<SvaraStudioTextField>('svara-studio-text-field')!;
  await field.updateComplete;
  await example.prepare?.(field);
  return field;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('svara-studio-text-field', () => {
  describe('axe on every example', () => {
    for (const [key, example] of Object.entries(textFieldExamples) as [string, TextFieldExample][]) {
      it(`${key}: no violations`, async () => {
        await expectNoAxeViolations(await renderExample(example));
      });
    }
  });

  it('a too-hard statement: the warning is part of the field’s description, the changing LIX is not', async () => {
    await renderExample(textFieldExamples.tooHard);
    const field = getByRole(await accessibilityTree(), 'textbox', 'Frågans text');
    expect(field.description).to.contain('Varning: Svår text');
    expect(field.description).to.contain('högst LIX 30');
    expect(field.description).not.to.match(/LIX \d+ ·/);
  });

  it('shows the LIX meter with the audience’s limit, marked when over it', async () => {
    const clean = await renderExample(textFieldExamples.clean);
    const meter = clean.shadowRoot!.querySelector('[part="meter"]')!;
    expect(meter.textContent).to.match(/LIX \d+ · högst 30/);
    expect(meter.classList.contains('over')).to.equal(false);
    const hard = await renderExample(textFieldExamples.tooHard);
    expect(hard.shadowRoot!.querySelector('[part="meter"]')!.classList.contains('over')).to.equal(true);
  });

  it('shows no LIX meter for a text in a language LIX is not made for (Arabic)', async () => {
    const draft = exampleDraft();
    const field = await fixture<SvaraStudioTextField>(
      html`<svara-studio-text-field
        label="Frågans text"
        measure
        audience="child"
        language="ar"
        .draft=${draft}
        .path=${['questions', 0, 'text']}
      ></svara-studio-text-field>`,
    );
    field.addEventListener('studio-edit', (event) => (field.draft = event.draft));
    field.focus();
    await sendKeys({ type: 'هل استمعت الموظفات والموظفون إليك؟' });
    await field.updateComplete;
    expect(getIn(field.draft, ['questions', 0, 'text', 'ar'])).to.equal('هل استمعت الموظفات والموظفون إليك؟');
    expect(field.shadowRoot!.querySelector('[part="meter"]')).to.equal(null);
    field.language = 'sv';
    await field.updateComplete;
    expect(field.shadowRoot!.querySelector('[part="meter"]')).not.to.equal(null);
  });

  it('typing makes the next draft, grouped per field for undo; the old draft is untouched', async () => {
    const draft = exampleDraft();
    const field = await fixture<SvaraStudioTextField>(
      html`<svara-studio-text-field
        label="Rubrik"
        edit-label="Ändra rubriken"
        .draft=${draft}
        .path=${['title']}
      ></svara-studio-text-field>`,
    );
    field.focus();
    setTimeout(() => void sendKeys({ type: '!' }));
    const event = (await oneEvent(field, 'studio-edit')) as StudioEditEvent;
    expect(getIn(event.draft, ['title', 'sv'])).to.equal('Vad tyckte du om att träffa oss?!');
    expect(getIn(draft, ['title', 'sv'])).to.equal('Vad tyckte du om att träffa oss?');
    expect(event.label).to.equal('Ändra rubriken');
    expect(event.group).to.equal('text:title:sv');
  });

  it('a warning that appears while typing is said once, a second after typing pauses', async () => {
    const draft = exampleDraft();
    const field = await fixture<SvaraStudioTextField>(
      html`<svara-studio-text-field
        label="Frågans text"
        measure
        audience="child"
        .draft=${draft}
        .path=${['questions', 0, 'text']}
      ></svara-studio-text-field>`,
    );
    field.addEventListener('studio-edit', (event) => {
      field.draft = event.draft;
      const check = checkDraft(event.draft);
      field.findings = check.warnings;
    });
    field.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' Socialförvaltningens handläggning.' });
    const live = field.shadowRoot!.querySelector('[aria-live="polite"]')!;
    expect(live.textContent!.trim()).to.equal('');
    await pause(ANNOUNCE_DELAY_MS + 200);
    expect(live.textContent).to.contain('Varning: Svår text');
    await sendKeys({ type: ' Ja.' });
    await pause(ANNOUNCE_DELAY_MS + 200);
    expect(live.textContent!.trim()).to.equal('', 'heard once while it lasts');
  });

  it('an Arabic translation is written right to left, in its own language; its label stays the studio’s', async () => {
    const field = await renderExample(textFieldExamples.translation);
    const text = field.shadowRoot!.querySelector('svara-text')!;
    expect(text.getAttribute('lang')).to.equal('ar');
    const control = text.shadowRoot!.querySelector('[part="control"]')!;
    expect(getComputedStyle(control).direction).to.equal('rtl');
    // Its label and notes are the studio's: Swedish, left to right.
    const label = field.shadowRoot!.querySelector('[slot="label"]')!;
    expect(label.getAttribute('lang')).to.equal('sv');
    expect(getComputedStyle(label).direction).to.equal('ltr');
  });
});

describe('svara-studio-text-field, warnings that come and go', () => {
  it('a warning that appears while typing is shown at once, said once after the pause, and described once focus leaves; it goes when fixed', async () => {
    const draft = {
      id: 'x',
      version: 1,
      lang: 'sv',
      audience: 'child',
      title: 'Hej',
      privacy: { anonymous: true, purpose: 'Vi vill veta.', whoSees: 'Bara vi.' },
      questions: [
        { id: 'a', type: 'scale', scale: 'smiley-5', text: 'Jag mår bra.', plain: { text: 'Mår du bra?' } },
      ],
    };
    expect(checkDraft(draft).warnings).to.deep.equal([]);
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <svara-studio-text-field
          label="Frågans text"
          measure
          audience="child"
          .draft=${draft}
          .path=${['questions', 0, 'text']}
        ></svara-studio-text-field>
        <button>Efter</button>
      </div>`,
    );
    const field = wrapper.querySelector<SvaraStudioTextField>('svara-studio-text-field')!;
    field.addEventListener('studio-edit', (event) => {
      field.draft = event.draft;
      field.findings = checkDraft(event.draft).warnings;
    });
    field.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' Socialförvaltningens handläggning.' });
    await field.updateComplete;
    await pause(50);
    const hint = () =>
      field.shadowRoot!.querySelector('svara-text')!.shadowRoot!.querySelector<HTMLElement>('#hint')!;
    const description = async () =>
      getByRole(await accessibilityTree(), 'textbox', 'Frågans text').description ?? '';
    // Seen at once …
    expect(hint().hidden).to.equal(false);
    expect(field.shadowRoot!.querySelector('[part="findings"]')!.textContent).to.contain(
      'Varning: Svår text',
    );
    // … but not yet in the description: a screen reader that reads a changed description would say it mid-word,
    // and again when the pause announces it.
    expect(await description()).not.to.contain('Svår text');
    const live = field.shadowRoot!.querySelector('[aria-live="polite"]')!;
    await pause(ANNOUNCE_DELAY_MS + 200);
    expect(live.textContent).to.contain('Varning: Svår text');
    expect(await description()).not.to.contain('Svår text');
    // Focus leaves: coming back, the warning is heard with the label.
    wrapper.querySelector('button')!.focus();
    await field.updateComplete;
    expect(await description()).to.contain('Varning: Svår text');
    field.focus();
    await sendKeys({ press: 'End' });
    for (let i = 0; i < ' Socialförvaltningens handläggning.'.length; i++)
      await sendKeys({ press: 'Backspace' });
    await field.updateComplete;
    await pause(50);
    expect(field.shadowRoot!.querySelector('[part="findings"]')).to.equal(null);
    wrapper.querySelector('button')!.focus();
    await field.updateComplete;
    await pause(50);
    expect(hint().hidden).to.equal(true);
  });
});
