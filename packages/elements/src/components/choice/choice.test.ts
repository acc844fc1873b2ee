import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { describeExamples, renderExample } from '@svara/testing/examples';
import { accessibilityTree, findNodes, getByRole } from '@svara/testing/a11y-tree';
import { runFormControlTests } from '@svara/testing/form-control-conformance';
import { setLocale } from '../../localization.js';
import type { SvaraChoice } from './choice.js';
import { choiceExamples } from './choice.examples.js';
import './choice.define.js';

/** How this file's examples are rendered (`renderExample` of @svara/testing). */
const CHOICE = { tag: 'svara-choice', setLocale } as const;
/** Between two buttons, with focus on the first: for keyboard tests. */
const BETWEEN_BUTTONS = { ...CHOICE, betweenButtons: true } as const;

function inputs(choice: SvaraChoice): HTMLInputElement[] {
  return [...choice.shadowRoot!.querySelectorAll('input')];
}

function input(choice: SvaraChoice, value: string): HTMLInputElement {
  return inputs(choice).find((i) => i.value === value)!;
}

function focusedValue(choice: SvaraChoice): string | undefined {
  return (choice.shadowRoot!.activeElement as HTMLInputElement | null)?.value;
}

function countEvents(target: EventTarget) {
  const seen: { type: string; composed: boolean; bubbles: boolean }[] = [];
  const record = (event: Event) =>
    seen.push({ type: event.type, composed: event.composed, bubbles: event.bubbles });
  target.addEventListener('input', record);
  target.addEventListener('change', record);
  return seen;
}

afterEach(async () => {
  await setLocale('sv');
});

describe('svara-choice', () => {
  describeExamples(choiceExamples, CHOICE);

  describe('accessibility tree', () => {
    it('one answer: a radio group named by the question, described by the hint, with named radios', async () => {
      await renderExample(choiceExamples.oneAnswer, CHOICE);
      const tree = await accessibilityTree();
      const group = getByRole(tree, 'radiogroup', 'Vad vill du lämna?');
      expect(group.description).to.equal('Välj det som passar bäst.');
      expect(group.invalid).to.be.undefined;
      const radios = findNodes(group, (n) => n.role === 'radio');
      expect(radios.map((r) => r.name)).to.deep.equal(['Synpunkt', 'Klagomål', 'Beröm']);
      expect(radios.every((r) => r.checked === false)).to.equal(true);
    });

    it('shows checked state after a click', async () => {
      const choice = await renderExample(choiceExamples.oneAnswer, CHOICE);
      input(choice, 'klagomal').click();
      await choice.updateComplete;
      const tree = await accessibilityTree();
      expect(getByRole(tree, 'radio', 'Klagomål').checked).to.equal(true);
      expect(getByRole(tree, 'radio', 'Synpunkt').checked).to.equal(false);
    });

    it('after a failed submit: invalid, and the error (with "Fel:") joins the group’s name, said as focus enters it', async () => {
      await renderExample(choiceExamples.invalid, CHOICE);
      const tree = await accessibilityTree();
      const group = getByRole(tree, 'radiogroup', /^Vad vill du lämna\?\s+Fel: Välj ett svar\.$/);
      expect(group.invalid).to.equal('true');
      expect(group.description ?? '').not.to.contain('Fel:'); // said once, in the name
      expect(getByRole(tree, 'radio', 'Synpunkt').invalid).to.equal('true');
    });

    it('several answers: a group of checkboxes', async () => {
      await renderExample(choiceExamples.severalAnswers, CHOICE);
      const tree = await accessibilityTree();
      const group = getByRole(tree, 'group', 'Vad gäller det?');
      expect(group.description).to.equal('Välj ett eller två svar.');
      const boxes = findNodes(group, (n) => n.role === 'checkbox');
      expect(boxes.map((b) => b.name)).to.deep.equal(['Bemötande', 'Information', 'Väntetid', 'Något annat']);
    });

    it('option hints describe their option; special answers are named in Swedish', async () => {
      await renderExample(choiceExamples.dontKnowAndSkip, CHOICE);
      const tree = await accessibilityTree();
      expect(getByRole(tree, 'radio', 'Delvis').description).to.equal('Jag vet lite grann');
      getByRole(tree, 'radio', 'Vet inte');
      getByRole(tree, 'radio', 'Vill inte svara');
    });
  });

  describe('values', () => {
    it('stores "Vet inte" and "Hoppa över" as the codes dont_know and skipped', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form>
          <svara-choice name="q" label="Fråga" allow-dont-know allow-skip>
            <svara-option value="ja">Ja</svara-option>
          </svara-choice>
        </form>
      `);
      const choice = form.querySelector('svara-choice')!;
      await choice.updateComplete;
      input(choice, 'dont_know').click();
      await choice.updateComplete;
      expect(new FormData(form).getAll('q')).to.deep.equal(['dont_know']);
      input(choice, 'skipped').click();
      await choice.updateComplete;
      expect(new FormData(form).getAll('q')).to.deep.equal(['skipped']);
      expect(choice.value).to.equal('skipped');
    });

    it('keeps the special answers apart from the options, after an "eller" divider', async () => {
      const choice = await renderExample(choiceExamples.dontKnowAndSkip, CHOICE);
      const options = choice.shadowRoot!.querySelector('[part="options"]')!;
      const special = choice.shadowRoot!.querySelector('[part="special-options"]')!;
      expect([...options.querySelectorAll('input')].map((i) => i.value)).to.deep.equal([
        'ja',
        'delvis',
        'nej',
      ]);
      expect([...special.querySelectorAll('input')].map((i) => i.value)).to.deep.equal([
        'dont_know',
        'skipped',
      ]);
      expect(special.querySelector('[part="divider"]')!.textContent!.trim()).to.equal('eller');
      const gap = special.getBoundingClientRect().top - options.getBoundingClientRect().bottom;
      expect(gap).to.be.greaterThan(8);
    });

    it('several answers: "Vet inte" clears the options and an option clears "Vet inte"', async () => {
      const choice = await renderExample(choiceExamples.severalWithDontKnow, CHOICE);
      expect(choice.values).to.deep.equal(['samtal']);
      input(choice, 'boende').click();
      await choice.updateComplete;
      expect(choice.values).to.deep.equal(['samtal', 'boende']);
      input(choice, 'dont_know').click();
      await choice.updateComplete;
      expect(choice.values).to.deep.equal(['dont_know']);
      expect(input(choice, 'samtal').checked).to.equal(false);
      input(choice, 'ekonomi').click();
      await choice.updateComplete;
      expect(choice.values).to.deep.equal(['ekonomi']);
      expect(input(choice, 'dont_know').checked).to.equal(false);
    });

    it('follows added, removed and changed <svara-option> children', async () => {
      const choice = await renderExample(choiceExamples.preselected, CHOICE);
      const extra = document.createElement('svara-option');
      extra.setAttribute('value', 'kanske');
      extra.textContent = 'Kanske';
      choice.append(extra);
      await new Promise((r) => setTimeout(r));
      await choice.updateComplete;
      expect(inputs(choice).map((i) => i.value)).to.deep.equal(['ja', 'nej', 'kanske']);
      extra.setAttribute('disabled', '');
      await new Promise((r) => setTimeout(r));
      await choice.updateComplete;
      expect(input(choice, 'kanske').disabled).to.equal(true);
    });

    it('max-selections: a third answer is invalid with our message', async () => {
      const choice = await renderExample(choiceExamples.severalAnswers, CHOICE);
      for (const value of ['bemotande', 'information', 'vantetid']) input(choice, value).click();
      await choice.updateComplete;
      expect(choice.validity.rangeOverflow).to.equal(true);
      expect(choice.validationMessage).to.equal('Välj högst 2 svar.');
      expect(choice.shadowRoot!.textContent).to.contain('Välj högst 2 svar.');
    });
  });

  describe('events', () => {
    it('a click fires one input and one change from the host, bubbling and composed', async () => {
      const choice = await renderExample(choiceExamples.oneAnswer, CHOICE);
      const seen = countEvents(document);
      const change = oneEvent(choice, 'change');
      input(choice, 'berom').click();
      await change;
      expect(seen).to.deep.equal([
        { type: 'input', composed: true, bubbles: true },
        { type: 'change', composed: true, bubbles: true },
      ]);
      expect(choice.value).to.equal('berom');
    });

    it('setting value from a script fires nothing', async () => {
      const choice = await renderExample(choiceExamples.oneAnswer, CHOICE);
      const seen = countEvents(document);
      choice.value = 'synpunkt';
      await choice.updateComplete;
      await new Promise((r) => setTimeout(r));
      expect(seen).to.deep.equal([]);
      expect(input(choice, 'synpunkt').checked).to.equal(true);
    });
  });

  describe('keyboard', () => {
    it('Tab reaches a radio group once, on the chosen answer', async () => {
      const choice = await renderExample(choiceExamples.preselected, BETWEEN_BUTTONS);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(choice);
      expect(focusedValue(choice)).to.equal('nej');
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement!.textContent).to.equal('Efter');
    });

    it('arrow keys move and select, wrap around, and fire input/change', async () => {
      const choice = await renderExample(choiceExamples.oneAnswer, BETWEEN_BUTTONS);
      await sendKeys({ press: 'Tab' });
      expect(focusedValue(choice)).to.equal('synpunkt');
      expect(choice.value).to.equal('');
      const seen = countEvents(choice);
      await sendKeys({ press: 'ArrowDown' });
      await choice.updateComplete;
      expect(focusedValue(choice)).to.equal('klagomal');
      expect(choice.value).to.equal('klagomal');
      await new Promise((r) => setTimeout(r));
      expect(seen.map((e) => e.type)).to.deep.equal(['input', 'change']);
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowDown' });
      await choice.updateComplete;
      expect(choice.value).to.equal('synpunkt');
      await sendKeys({ press: 'ArrowUp' });
      await choice.updateComplete;
      expect(choice.value).to.equal('berom');
    });

    it('Home and End go to the first and last answer, special answers included', async () => {
      const choice = await renderExample(choiceExamples.dontKnowAndSkip, BETWEEN_BUTTONS);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'End' });
      await choice.updateComplete;
      expect(choice.value).to.equal('skipped');
      await sendKeys({ press: 'Home' });
      await choice.updateComplete;
      expect(choice.value).to.equal('ja');
    });

    it('disabled options are skipped', async () => {
      const choice = await renderExample(choiceExamples.disabledOption, BETWEEN_BUTTONS);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'ArrowDown' });
      await choice.updateComplete;
      expect(choice.value).to.equal('eftermiddag');
    });

    it('Space selects the focused answer', async () => {
      const choice = await renderExample(choiceExamples.oneAnswer, BETWEEN_BUTTONS);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      await choice.updateComplete;
      expect(choice.value).to.equal('synpunkt');
    });

    it('several answers: each checkbox is a Tab stop and Space toggles it', async () => {
      const choice = await renderExample(choiceExamples.severalAnswers, BETWEEN_BUTTONS);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      await choice.updateComplete;
      expect(choice.values).to.deep.equal(['bemotande', 'information']);
      await sendKeys({ press: 'Space' });
      await choice.updateComplete;
      expect(choice.values).to.deep.equal(['bemotande']);
    });

    it('Arabic, right to left: ArrowLeft goes to the next answer, ArrowRight to the previous', async () => {
      const choice = await renderExample(choiceExamples.arabic, BETWEEN_BUTTONS);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'ArrowLeft' });
      await choice.updateComplete;
      expect(choice.value).to.equal('delvis');
      await sendKeys({ press: 'ArrowRight' });
      await choice.updateComplete;
      expect(choice.value).to.equal('ja');
      expect(choice.matches(':dir(rtl)')).to.equal(true);
    });

    it('focus() with preventScroll lands on the chosen answer (used by the error summary)', async () => {
      const choice = await renderExample(choiceExamples.preselected, CHOICE);
      choice.focus({ preventScroll: true });
      expect(focusedValue(choice)).to.equal('nej');
    });
  });

  describe('presentation', () => {
    it('targets are at least 24×24 px, and 44×44 px with size="large"', async () => {
      const medium = await renderExample(choiceExamples.oneAnswer, CHOICE);
      for (const i of inputs(medium)) {
        const box = i.getBoundingClientRect();
        expect(Math.min(box.width, box.height)).to.be.at.least(24);
      }
      const large = await renderExample(choiceExamples.dontKnowAndSkip, CHOICE);
      for (const i of inputs(large)) {
        const box = i.getBoundingClientRect();
        expect(Math.min(box.width, box.height)).to.be.at.least(44);
      }
    });

    it('shows a focus ring of at least 2px around the focused answer', async () => {
      const { choice } = await (async () => {
        const wrapper = await fixture<HTMLElement>(
          html`<div><button type="button">Före</button>${choiceExamples.oneAnswer.render()}</div>`,
        );
        wrapper.querySelector('button')!.focus();
        return { choice: wrapper.querySelector<SvaraChoice>('svara-choice')! };
      })();
      await sendKeys({ press: 'Tab' });
      const row = input(choice, 'synpunkt').closest('label')!;
      const style = getComputedStyle(row);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      expect(style.outlineColor).to.equal('rgb(11, 92, 173)');
    });

    it('reflows at 320 px without horizontal scrolling', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const choice = await renderExample(choiceExamples.dontKnowAndSkip, CHOICE);
        choice.label =
          'Den eller de jag träffade lyssnade på mig och förstod vad jag ville berätta om min situation.';
        await choice.updateComplete;
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        expect(choice.getBoundingClientRect().right).to.be.at.most(320);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });

  describe('localization', () => {
    it('speaks the active locale: special answers, error prefix and message', async () => {
      const choice = await renderExample(choiceExamples.dontKnowAndSkip, CHOICE);
      await setLocale('en-GB');
      choice.reportValidity();
      await choice.updateComplete;
      expect(choice.validationMessage).to.equal('Choose an answer.');
      const text = choice.shadowRoot!.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('Error: Choose an answer.');
      expect(text).to.contain('Don’t know');
      expect(text).to.contain('Vill inte svara'); // the author's own label is kept
    });

    it('Arabic: translated UI strings', async () => {
      const choice = await renderExample(choiceExamples.arabic, CHOICE);
      choice.reportValidity();
      await choice.updateComplete;
      expect(choice.validationMessage).to.equal('اختر إجابة.');
      expect(choice.shadowRoot!.textContent).to.contain('لا أعرف');
    });
  });

  describe('errors', () => {
    it('appear after the user changes the answer, not before', async () => {
      const choice = await renderExample(choiceExamples.severalAnswers, CHOICE);
      expect(choice.shadowRoot!.querySelector('[part="error-message"]')).to.equal(null);
      input(choice, 'annat').click();
      input(choice, 'annat').click();
      await choice.updateComplete;
      expect(choice.matches(':state(user-invalid)')).to.equal(true);
      expect(
        choice.shadowRoot!.querySelector('[part="error-message"]')!.textContent!.replace(/\s+/g, ' ').trim(),
      ).to.equal('Fel: Välj minst ett svar.');
    });

    it('"Vet inte" answers a required question', async () => {
      const choice = await renderExample(choiceExamples.dontKnowAndSkip, CHOICE);
      expect(choice.checkValidity()).to.equal(false);
      input(choice, 'dont_know').click();
      await choice.updateComplete;
      expect(choice.checkValidity()).to.equal(true);
      expect(choice.matches(':state(user-valid)')).to.equal(true);
    });
  });
});

runFormControlTests<SvaraChoice>({
  name: 'svara-choice, one answer',
  render: (name) => html`
    <svara-choice name=${name} label="Fråga" value="b">
      <svara-option value="a">A</svara-option>
      <svara-option value="b">B</svara-option>
    </svara-choice>
  `,
  defaultEntries: ['b'],
  setUserValue: async (choice) => input(choice, 'a').click(),
  userEntries: ['a'],
  invalid: {
    render: (name) => html`
      <svara-choice name=${name} label="Fråga" required>
        <svara-option value="a">A</svara-option>
        <svara-option value="b">B</svara-option>
      </svara-choice>
    `,
    message: 'Välj ett svar.',
    fix: async (choice) => input(choice, 'b').click(),
  },
});

runFormControlTests<SvaraChoice>({
  name: 'svara-choice, several answers',
  render: (name) => html`
    <svara-choice name=${name} label="Fråga" multiple value="a c">
      <svara-option value="a">A</svara-option>
      <svara-option value="b">B</svara-option>
      <svara-option value="c">C</svara-option>
    </svara-choice>
  `,
  defaultEntries: ['a', 'c'],
  setUserValue: async (choice) => {
    input(choice, 'b').click();
    input(choice, 'c').click();
  },
  userEntries: ['a', 'b'],
  invalid: {
    render: (name) => html`
      <svara-choice name=${name} label="Fråga" multiple required allow-dont-know>
        <svara-option value="a">A</svara-option>
        <svara-option value="b">B</svara-option>
      </svara-choice>
    `,
    message: 'Välj minst ett svar.',
    fix: async (choice) => input(choice, 'dont_know').click(),
  },
});

describe('<svara-choice>: the chosen answer is shown by more than colour', () => {
  afterEach(() => emulateMedia({ forcedColors: 'none' }));

  function rows(choice: SvaraChoice): Record<string, HTMLElement> {
    const inputs = [...choice.shadowRoot!.querySelectorAll<HTMLInputElement>('input')];
    return Object.fromEntries(inputs.map((input) => [input.value, input.closest<HTMLElement>('.option')!]));
  }

  for (const forcedColors of ['none', 'active'] as const) {
    it(`a thicker border and a bold label, with nothing moving (forced colours: ${forcedColors})`, async () => {
      await emulateMedia({ forcedColors });
      const choice = await renderExample(choiceExamples.preselected, CHOICE);
      const { ja: other, nej: chosen } = rows(choice);
      const style = (row: HTMLElement) => getComputedStyle(row);
      const weight = (row: HTMLElement) =>
        getComputedStyle(row.querySelector('[part="option-label"]')!).fontWeight;
      expect([style(chosen!).borderTopWidth, style(other!).borderTopWidth]).to.deep.equal(['2px', '1px']);
      expect([weight(chosen!), weight(other!)]).to.deep.equal(['600', '400']);
      expect(chosen!.getBoundingClientRect().height, 'nothing moves').to.equal(
        other!.getBoundingClientRect().height,
      );
    });
  }
});
