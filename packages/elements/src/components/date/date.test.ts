import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { describeExamples, renderExample } from '@svara/testing/examples';
import { accessibilityTree, findNodes, getByRole } from '@svara/testing/a11y-tree';
import { runFormControlTests } from '@svara/testing/form-control-conformance';
import { setLocale } from '../../localization.js';
import type { SvaraDate } from './date.js';
import { dateExamples } from './date.examples.js';
import './date.define.js';

/** How this file's examples are rendered (`renderExample` of @svara/testing). */
const DATE = { tag: 'svara-date', setLocale } as const;
/** Between two buttons, with focus on the first: for keyboard tests. */
const BETWEEN_BUTTONS = { ...DATE, betweenButtons: true } as const;

function inputs(date: SvaraDate): HTMLInputElement[] {
  return [...date.shadowRoot!.querySelectorAll<HTMLInputElement>('input')];
}

function input(date: SvaraDate, part: string): HTMLInputElement {
  return date.shadowRoot!.querySelector<HTMLInputElement>(`input[data-part="${part}"]`)!;
}

function errorText(date: SvaraDate): string | undefined {
  return date.shadowRoot!.querySelector('[part="error-message"]')?.textContent?.replace(/\s+/g, ' ').trim();
}

function invalidParts(date: SvaraDate): string[] {
  return inputs(date)
    .filter((i) => i.getAttribute('aria-invalid') === 'true')
    .map((i) => i.dataset['part']!);
}

afterEach(async () => {
  await setLocale('sv');
});

describe('svara-date', () => {
  describeExamples(dateExamples, DATE);

  describe('accessibility tree', () => {
    it('a group named by the question, described by the hint, with three named textboxes', async () => {
      await renderExample(dateExamples.happened, BETWEEN_BUTTONS);
      const tree = await accessibilityTree();
      const group = getByRole(tree, 'group', 'När hände det?');
      expect(group.description).to.equal('Till exempel 2026 3 27. Skriv ungefär om du inte vet exakt.');
      const boxes = findNodes(group, (node) => node.role === 'textbox');
      expect(boxes.map((box) => box.name)).to.deep.equal(['År', 'Månad', 'Dag']);
      expect(boxes.every((box) => box.required)).to.equal(true);
    });

    it('incomplete: the message describes the group, only the empty field is invalid', async () => {
      await renderExample(dateExamples.incomplete, BETWEEN_BUTTONS);
      const tree = await accessibilityTree();
      expect(getByRole(tree, 'group', 'När hände det?').description).to.equal(
        'Fel: Skriv dag, månad och år.',
      );
      expect(getByRole(tree, 'textbox', 'Månad').invalid).to.equal('true');
      expect(getByRole(tree, 'textbox', 'Dag').invalid).to.be.undefined;
      expect(getByRole(tree, 'textbox', 'År').invalid).to.be.undefined;
    });
  });

  describe('checks and messages', () => {
    it('a missing required date marks all three fields', async () => {
      const date = await renderExample(dateExamples.missing, BETWEEN_BUTTONS);
      expect(errorText(date)).to.equal('Fel: Skriv ett datum.');
      expect(invalidParts(date)).to.deep.equal(['year', 'month', 'day']);
      expect(date.validity.valueMissing).to.equal(true);
    });

    it('a date that does not exist marks day and month', async () => {
      const date = await renderExample(dateExamples.notReal, BETWEEN_BUTTONS);
      expect(errorText(date)).to.equal('Fel: Det datumet finns inte. Kontrollera dag och månad.');
      expect(invalidParts(date)).to.deep.equal(['month', 'day']);
      expect(date.value).to.equal('');
    });

    it('a two-digit year asks for four digits', async () => {
      const date = await renderExample(dateExamples.happened, BETWEEN_BUTTONS);
      date.parts = { day: '1', month: '2', year: '26' };
      date.reportValidity();
      await date.updateComplete;
      expect(errorText(date)).to.equal('Fel: Skriv året med fyra siffror, till exempel 2026.');
      expect(invalidParts(date)).to.deep.equal(['year']);
    });

    it('min and max: the message names the date, written out', async () => {
      const early = await renderExample(dateExamples.outOfRange, BETWEEN_BUTTONS);
      expect(errorText(early)).to.equal('Fel: Datumet måste vara 1 januari 2025 eller senare.');
      const late = await renderExample(dateExamples.happened, BETWEEN_BUTTONS);
      late.value = '2027-01-01';
      late.reportValidity();
      await late.updateComplete;
      expect(errorText(late)).to.equal('Fel: Datumet måste vara 31 december 2026 eller tidigare.');
      expect(late.validity.rangeOverflow).to.equal(true);
    });

    it('value is ISO; setting it fills the fields without leading zeros', async () => {
      const date = await renderExample(dateExamples.birthday, BETWEEN_BUTTONS);
      expect(date.value).to.equal('2012-05-09');
      expect(inputs(date).map((i) => i.value)).to.deep.equal(['2012', '5', '9']);
      date.value = '2026-12-01';
      await date.updateComplete;
      expect(inputs(date).map((i) => i.value)).to.deep.equal(['2026', '12', '1']);
    });

    it('autocomplete="bday" gives each field its own autofill name', async () => {
      const date = await renderExample(dateExamples.birthday, BETWEEN_BUTTONS);
      expect(inputs(date).map((i) => i.getAttribute('autocomplete'))).to.deep.equal([
        'bday-year',
        'bday-month',
        'bday-day',
      ]);
      expect(inputs(date).every((i) => i.inputMode === 'numeric')).to.equal(true);
    });
  });

  describe('keyboard', () => {
    it('Tab goes year → month → day; no error while moving between them, but after leaving', async () => {
      const date = await renderExample(dateExamples.happened, BETWEEN_BUTTONS);
      await sendKeys({ press: 'Tab' });
      expect(date.shadowRoot!.activeElement).to.equal(input(date, 'year'));
      await sendKeys({ type: '2026' });
      await sendKeys({ press: 'Tab' });
      expect(date.shadowRoot!.activeElement).to.equal(input(date, 'month'));
      await sendKeys({ type: '3' });
      await sendKeys({ press: 'Tab' });
      await date.updateComplete;
      expect(date.shadowRoot!.activeElement).to.equal(input(date, 'day'));
      expect(errorText(date), 'while still in the date').to.equal(undefined);
      await sendKeys({ press: 'Tab' });
      await date.updateComplete;
      expect(document.activeElement!.textContent).to.equal('Efter');
      expect(errorText(date)).to.equal('Fel: Skriv dag, månad och år.');
      expect(invalidParts(date)).to.deep.equal(['day']);
    });

    it('typing a whole date gives the ISO value, with input events from the host', async () => {
      const date = await renderExample(dateExamples.happened, BETWEEN_BUTTONS);
      let inputEvents = 0;
      date.addEventListener('input', (event) => event.composed && inputEvents++);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: '2026' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: '3' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: '27' });
      await date.updateComplete;
      expect(date.value).to.equal('2026-03-27');
      expect(inputEvents).to.equal(7);
    });

    it('focus() lands on the first field at fault (used by the error summary)', async () => {
      const date = await renderExample(dateExamples.incomplete, BETWEEN_BUTTONS);
      date.focus({ preventScroll: true });
      expect(date.shadowRoot!.activeElement).to.equal(input(date, 'month'));
      expect(date.scrollTarget.localName).to.equal('legend');
    });

    it('Enter submits the form', async () => {
      let submitted: FormData | undefined;
      const form = await fixture<HTMLFormElement>(html`
        <form
          @submit=${(event: SubmitEvent) => {
            event.preventDefault();
            submitted = new FormData(event.target as HTMLFormElement);
          }}
        >
          <svara-date name="datum" label="Datum" value="2026-03-27"></svara-date>
          <button>Skicka</button>
        </form>
      `);
      form.querySelector('svara-date')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(submitted?.get('datum')).to.equal('2026-03-27');
    });
  });

  describe('presentation and language', () => {
    it('fields are at least 24 px (44 px with size="large") and reflow at 320 px', async () => {
      const large = await renderExample(dateExamples.large, BETWEEN_BUTTONS);
      for (const i of inputs(large)) expect(i.getBoundingClientRect().height).to.be.at.least(44);
      await setViewport({ width: 320, height: 640 });
      try {
        const date = await renderExample(dateExamples.happened, BETWEEN_BUTTONS);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        for (const i of inputs(date)) expect(i.getBoundingClientRect().right).to.be.at.most(320);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('English: day, month, year, and messages in English', async () => {
      await setLocale('en');
      const date = await fixture<SvaraDate>(html`<svara-date label="When?" required></svara-date>`);
      date.reportValidity();
      await date.updateComplete;
      expect(
        [...date.shadowRoot!.querySelectorAll('[part="part-label"]')].map((l) => l.textContent),
      ).to.deep.equal(['Day', 'Month', 'Year']);
      expect(errorText(date)).to.equal('Error: Write a date.');
    });

    it('Arabic: day first, right to left, translated labels', async () => {
      const date = await renderExample(dateExamples.arabic, BETWEEN_BUTTONS);
      expect(inputs(date).map((i) => i.dataset['part'])).to.deep.equal(['day', 'month', 'year']);
      const day = input(date, 'day').getBoundingClientRect();
      const year = input(date, 'year').getBoundingClientRect();
      expect(day.left, 'day is rightmost').to.be.greaterThan(year.left);
      expect(date.shadowRoot!.querySelector('[part="part-label"]')!.textContent).to.equal('اليوم');
    });
  });
});

async function typeDate(date: SvaraDate, year: string, month: string, day: string): Promise<void> {
  input(date, 'year').focus();
  await sendKeys({ type: year });
  input(date, 'month').focus();
  await sendKeys({ type: month });
  input(date, 'day').focus();
  await sendKeys({ type: day });
}

runFormControlTests<SvaraDate>({
  name: 'svara-date',
  render: (name) => html`<svara-date name=${name} label="Datum" value="2026-03-27"></svara-date>`,
  defaultEntries: ['2026-03-27'],
  setUserValue: async (date) => {
    input(date, 'day').focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '8' });
  },
  userEntries: ['2026-03-28'],
  invalid: {
    render: (name) => html`<svara-date name=${name} label="Datum" required></svara-date>`,
    message: 'Skriv ett datum.',
    fix: async (date) => typeDate(date, '2026', '3', '27'),
  },
});

runFormControlTests<SvaraDate>({
  name: 'svara-date, range',
  render: (name) => html`<svara-date name=${name} label="Datum" min="2026-01-01"></svara-date>`,
  defaultEntries: [''],
  setUserValue: async (date) => typeDate(date, '2026', '1', '1'),
  userEntries: ['2026-01-01'],
  invalid: {
    render: (name) =>
      html`<svara-date name=${name} label="Datum" min="2026-01-01" value="2025-12-31"></svara-date>`,
    message: 'Datumet måste vara 1 januari 2026 eller senare.',
    fix: async (date) => {
      input(date, 'year').focus();
      await sendKeys({ press: 'End' });
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ type: '6' });
    },
  },
});
