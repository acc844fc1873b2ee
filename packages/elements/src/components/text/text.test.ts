import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { describeExamples, renderExample } from '@svara/testing/examples';
import { accessibilityTree, findNodes, getByRole } from '@svara/testing/a11y-tree';
import { runFormControlTests } from '@svara/testing/form-control-conformance';
import { setLocale } from '../../localization.js';
import { characterCount } from '../../validators/validators.js';
import { ANNOUNCE_DELAY_MS } from './text.js';
import type { SvaraText } from './text.js';
import { textExamples } from './text.examples.js';
import './text.define.js';

/** How this file's examples are rendered (`renderExample` of @svara/testing). */
const TEXT = { tag: 'svara-text', setLocale } as const;
/** Between two buttons, with focus on the first: for keyboard tests. */
const BETWEEN_BUTTONS = { ...TEXT, betweenButtons: true } as const;

function control(text: SvaraText): HTMLInputElement | HTMLTextAreaElement {
  return text.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>('[part="control"]')!;
}

function part(text: SvaraText, name: string): string | undefined {
  return text.shadowRoot!.querySelector(`[part="${name}"]`)?.textContent?.replace(/\s+/g, ' ').trim();
}

function liveRegion(text: SvaraText): HTMLElement {
  return text.shadowRoot!.querySelector<HTMLElement>('[aria-live="polite"]')!;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(async () => {
  await setLocale('sv');
});

describe('svara-text', () => {
  describeExamples(textExamples, TEXT);

  describe('accessibility tree', () => {
    it('one line: a required textbox named by the label, described by the hint', async () => {
      await renderExample(textExamples.short, TEXT);
      const box = getByRole(await accessibilityTree(), 'textbox', 'Vad heter du?');
      expect(box.description).to.equal('Skriv för- och efternamn.');
      expect(box.required).to.equal(true);
      expect(box.invalid).to.be.undefined;
    });

    it('several lines with a limit: the limit joins the description, the changing count does not', async () => {
      const text = await renderExample(textExamples.multiline, TEXT);
      const box = getByRole(await accessibilityTree(), 'textbox', 'Beskriv vad det gäller');
      expect(box.description).to.equal(
        'Skriv med egna ord. Du behöver inte skriva namn på personer. Du kan skriva högst 2\u00a0000 tecken.',
      );
      text.value = 'Hej';
      await text.updateComplete;
      const after = getByRole(await accessibilityTree(), 'textbox', 'Beskriv vad det gäller');
      expect(after.description).to.equal(box.description);
      expect(
        findNodes(await accessibilityTree(), (node) => /av 2\u00a0000 tecken/.test(node.name ?? '')),
      ).to.deep.equal([]);
    });

    it('after a failed submit: invalid, and the error (with "Fel:") joins the description', async () => {
      await renderExample(textExamples.invalid, TEXT);
      const box = getByRole(await accessibilityTree(), 'textbox', 'Vad heter du?');
      expect(box.invalid).to.equal('true');
      expect(box.description).to.equal('Fel: Skriv ett svar.');
    });

    it('over the limit: says how many characters too many, and the limit', async () => {
      await renderExample(textExamples.overLimit, TEXT);
      const box = getByRole(await accessibilityTree(), 'textbox', 'Rubrik');
      expect(box.invalid).to.equal('true');
      expect(box.description).to.equal(
        'Fel: Texten är för lång. Du kan skriva högst 20 tecken. Du har skrivit 21 tecken för mycket.',
      );
    });

    it('a disabled field is disabled for assistive technology too', async () => {
      await renderExample(textExamples.disabled, TEXT);
      const box = getByRole(await accessibilityTree(), 'textbox', 'Vilken enhet gäller det?');
      expect(box.disabled).to.equal(true);
    });
  });

  describe('character count', () => {
    it('counts what the user types, as "N av M tecken"', async () => {
      const text = await renderExample(textExamples.multiline, BETWEEN_BUTTONS);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Hej då' });
      await text.updateComplete;
      expect(part(text, 'count')).to.equal('6 av 2 000 tecken');
    });

    it('counts an emoji or a letter with an accent as one character', async () => {
      const text = await renderExample(textExamples.multiline, TEXT);
      text.value = 'Bra 👍🏽 å';
      await text.updateComplete;
      expect(part(text, 'count')).to.equal('7 av 2 000 tecken');
    });

    it('counts as a person does in Swedish, Arabic with vowel marks, separately typed accents and line breaks', () => {
      expect(characterCount('Hej då, för övrigt – 100 %!')).to.equal(27);
      expect(characterCount('e\u0301n ide\u0301')).to.equal(6); // "én idé" with accents typed as separate marks
      expect(characterCount('بَيْت')).to.equal(3); // Arabic letters with their vowel marks
      expect(characterCount('👨‍👩‍👧 ok')).to.equal(4); // a family emoji is one
      expect(characterCount('a\r\nb\nc')).to.equal(5);
    });

    it('uses the plural form of the language (English: "1 of 1 character")', async () => {
      await setLocale('en');
      const text = await fixture<SvaraText>(
        html`<svara-text label="Initial" maxlength="1" value="A"></svara-text>`,
      );
      expect(part(text, 'count')).to.equal('1 of 1 character');
      text.maxLength = 2000;
      await text.updateComplete;
      expect(part(text, 'count')).to.equal('1 of 2,000 characters');
    });

    it('is not shown without maxlength', async () => {
      const text = await renderExample(textExamples.short, TEXT);
      expect(part(text, 'count')).to.equal(undefined);
    });
  });

  describe('announcements (polite live region)', () => {
    it('says nothing while the text is far from the limit', async () => {
      const text = await renderExample(textExamples.multiline, BETWEEN_BUTTONS);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Kort text' });
      await pause(ANNOUNCE_DELAY_MS + 200);
      expect(liveRegion(text).textContent!.trim()).to.equal('');
    });

    it('near the limit: one announcement after typing pauses, not one per keystroke', async () => {
      const text = await renderExample(textExamples.nearLimit, BETWEEN_BUTTONS);
      const changes: string[] = [];
      new MutationObserver(() => changes.push(liveRegion(text).textContent!.trim())).observe(
        liveRegion(text),
        {
          childList: true,
          subtree: true,
          characterData: true,
        },
      );
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'End' });
      await sendKeys({ type: ' Tack.' });
      await text.updateComplete;
      expect(liveRegion(text).textContent!.trim(), 'while typing').to.equal('');
      await pause(ANNOUNCE_DELAY_MS + 200);
      const remaining = 170 - text.value.length;
      expect(liveRegion(text).textContent!.trim()).to.equal(`Du har ${remaining} tecken kvar.`);
      expect(changes.filter(Boolean)).to.have.length(1);
    });

    it('over the limit: announces how many characters too many', async () => {
      const text = await renderExample(textExamples.overLimit, BETWEEN_BUTTONS);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'End' });
      await sendKeys({ type: '!' });
      await pause(ANNOUNCE_DELAY_MS + 200);
      expect(liveRegion(text).textContent!.trim()).to.equal('Du har skrivit 22 tecken för mycket.');
      expect(text.matches(':state(over-limit)')).to.equal(true);
    });

    it('leaving the field cancels a pending announcement', async () => {
      const text = await renderExample(textExamples.overLimit, BETWEEN_BUTTONS);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: '!' });
      await sendKeys({ press: 'Tab' });
      await pause(ANNOUNCE_DELAY_MS + 200);
      expect(liveRegion(text).textContent!.trim()).to.equal('');
    });
  });

  describe('values and events', () => {
    it('typing fires input from the host (bubbling, composed); leaving the field fires change', async () => {
      const text = await renderExample(textExamples.short, BETWEEN_BUTTONS);
      const seen: string[] = [];
      const record = (event: Event) => seen.push(`${event.type}:${event.composed}:${event.bubbles}`);
      document.addEventListener('input', record);
      document.addEventListener('change', record);
      try {
        await sendKeys({ press: 'Tab' });
        await sendKeys({ type: 'Al' });
        await text.updateComplete;
        expect(seen).to.deep.equal(['input:true:true', 'input:true:true']);
        expect(text.value).to.equal('Al');
        const change = oneEvent(text, 'change');
        await sendKeys({ press: 'Tab' });
        await change;
        expect(seen.at(-1)).to.equal('change:true:true');
      } finally {
        document.removeEventListener('input', record);
        document.removeEventListener('change', record);
      }
    });

    it('setting value from a script fires nothing and shows the text', async () => {
      const text = await renderExample(textExamples.short, TEXT);
      let events = 0;
      text.addEventListener('input', () => events++);
      text.addEventListener('change', () => events++);
      text.value = 'Kim';
      await text.updateComplete;
      await pause(0);
      expect(events).to.equal(0);
      expect(control(text).value).to.equal('Kim');
    });

    it('the value attribute is only the default once the user has typed', async () => {
      const text = await renderExample(textExamples.prefilled, BETWEEN_BUTTONS);
      expect(control(text).value).to.equal('Socialtjänsten i Farsta');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'End' });
      await sendKeys({ type: ' och Vantör' });
      text.setAttribute('value', 'Något annat');
      await text.updateComplete;
      expect(text.value).to.equal('Socialtjänsten i Farsta och Vantör');
      expect(text.defaultValue).to.equal('Något annat');
    });

    it('passes autocomplete, inputmode and spellcheck to the native control', async () => {
      const name = await renderExample(textExamples.short, TEXT);
      expect(control(name).getAttribute('autocomplete')).to.equal('name');
      expect(control(name).spellcheck).to.equal(true);
      const code = await renderExample(textExamples.numeric, TEXT);
      expect(control(code).inputMode).to.equal('numeric');
      expect(control(code).spellcheck).to.equal(false);
      expect(control(code).getAttribute('autocomplete')).to.equal('off');
    });
  });

  describe('errors', () => {
    it('do not show while the user is still typing, but after leaving the field', async () => {
      const text = await renderExample(textExamples.short, BETWEEN_BUTTONS);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'a' });
      await sendKeys({ press: 'Backspace' });
      await text.updateComplete;
      expect(part(text, 'error-message')).to.equal(undefined);
      await sendKeys({ press: 'Tab' });
      await text.updateComplete;
      expect(part(text, 'error-message')).to.equal('Fel: Skriv ett svar.');
      expect(text.matches(':state(user-invalid)')).to.equal(true);
    });

    it('once shown, follow the text: fixing it removes the error at once', async () => {
      const text = await renderExample(textExamples.invalid, BETWEEN_BUTTONS);
      expect(part(text, 'error-message')).to.equal('Fel: Skriv ett svar.');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Kim' });
      await text.updateComplete;
      expect(part(text, 'error-message')).to.equal(undefined);
      expect(text.matches(':state(user-valid)')).to.equal(true);
    });

    it('a text of only spaces does not answer a required field', async () => {
      const text = await renderExample(textExamples.short, TEXT);
      text.value = '   ';
      await text.updateComplete;
      expect(text.checkValidity()).to.equal(false);
      expect(text.validationMessage).to.equal('Skriv ett svar.');
    });
  });

  describe('keyboard', () => {
    it('Tab reaches the field once, and the typed text goes into it', async () => {
      const text = await renderExample(textExamples.short, BETWEEN_BUTTONS);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(text);
      expect(text.shadowRoot!.activeElement).to.equal(control(text));
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement!.textContent).to.equal('Efter');
    });

    it('multiline: Enter makes a new line and does not submit the form', async () => {
      let submits = 0;
      const form = await fixture<HTMLFormElement>(html`
        <form @submit=${(e: Event) => (e.preventDefault(), submits++)}>
          ${textExamples.multiline.render()}
        </form>
      `);
      const text = form.querySelector('svara-text')!;
      await text.updateComplete;
      text.focus();
      await sendKeys({ type: 'Rad ett' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ type: 'Rad två' });
      expect(text.value).to.equal('Rad ett\nRad två');
      expect(submits).to.equal(0);
    });

    it('focus({preventScroll: true}) lands in the input; scrollTarget is the label', async () => {
      const text = await renderExample(textExamples.prefilled, TEXT);
      text.focus({ preventScroll: true });
      expect(text.shadowRoot!.activeElement).to.equal(control(text));
      expect(text.scrollTarget.textContent!.trim()).to.equal('Vilken enhet gäller det?');
      expect(text.scrollTarget.localName).to.equal('label');
    });

    it('the focused field has a ring of at least 2 px', async () => {
      const text = await renderExample(textExamples.short, BETWEEN_BUTTONS);
      await sendKeys({ press: 'Tab' });
      const style = getComputedStyle(control(text));
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });
  });

  describe('presentation', () => {
    it('fields are at least 24 px high, and 44 px with size="large"', async () => {
      const medium = await renderExample(textExamples.short, TEXT);
      expect(control(medium).getBoundingClientRect().height).to.be.at.least(24);
      const large = await renderExample(textExamples.large, TEXT);
      expect(control(large).getBoundingClientRect().height).to.be.at.least(44);
    });

    it('reflows at 320 px without horizontal scrolling', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const text = await renderExample(textExamples.multiline, TEXT);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        expect(control(text).getBoundingClientRect().right).to.be.at.most(320);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });

  describe('localization and right to left', () => {
    it('Arabic: right to left, with translated count and error', async () => {
      const text = await renderExample(textExamples.arabic, TEXT);
      expect(getComputedStyle(control(text)).direction).to.equal('rtl');
      expect(part(text, 'count')).to.equal('عدد الأحرف: 0 من 500');
      text.reportValidity();
      await text.updateComplete;
      expect(part(text, 'error-message')).to.equal('خطأ: اكتب إجابة.');
      const labelBox = text.scrollTarget.getBoundingClientRect();
      const controlBox = control(text).getBoundingClientRect();
      expect(Math.round(labelBox.right)).to.equal(Math.round(controlBox.right));
    });

    it('English: the too-long message and the count', async () => {
      const text = await renderExample(textExamples.overLimit, TEXT);
      await setLocale('en');
      await text.updateComplete;
      expect(text.validationMessage).to.equal('The text is too long. You can write up to 20 characters.');
      expect(part(text, 'count')).to.equal('You have written 21 characters too many.');
    });
  });
});

async function typeInto(text: SvaraText, value: string): Promise<void> {
  text.focus();
  await sendKeys({ type: value });
}

runFormControlTests<SvaraText>({
  name: 'svara-text, one line',
  render: (name) => html`<svara-text name=${name} label="Fråga" value="förval"></svara-text>`,
  defaultEntries: ['förval'],
  setUserValue: async (text) => typeInto(text, ' och mer'),
  userEntries: ['förval och mer'],
  invalid: {
    render: (name) => html`<svara-text name=${name} label="Fråga" required></svara-text>`,
    message: 'Skriv ett svar.',
    fix: async (text) => typeInto(text, 'Ett svar'),
  },
});

runFormControlTests<SvaraText>({
  name: 'svara-text, several lines with a limit',
  render: (name) => html`<svara-text name=${name} label="Fråga" multiline maxlength="10"></svara-text>`,
  defaultEntries: [''],
  setUserValue: async (text) => typeInto(text, 'Två\nrader'),
  userEntries: ['Två\nrader'],
  invalid: {
    render: (name) =>
      html`<svara-text name=${name} label="Fråga" multiline maxlength="10" value="Elva tecken"></svara-text>`,
    message: 'Texten är för lång. Du kan skriva högst 10 tecken.',
    fix: async (text) => {
      text.focus();
      await sendKeys({ press: 'Backspace' });
    },
  },
});
