import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { describeExamples, renderExample } from '@svara/testing/examples';
import { accessibilityTree, getByRole } from '@svara/testing/a11y-tree';
import { runFormControlTests } from '@svara/testing/form-control-conformance';
import { setLocale } from '../../localization.js';
import type { SvaraEmail } from './email.js';
import { emailExamples } from './email.examples.js';
import './email.define.js';

/** How this file's examples are rendered (`renderExample` of @svara/testing). */
const EMAIL = { tag: 'svara-email', setLocale } as const;
/** Between two buttons, with focus on the first: for keyboard tests. */
const BETWEEN_BUTTONS = { ...EMAIL, betweenButtons: true } as const;

function control(email: SvaraEmail): HTMLInputElement {
  return email.shadowRoot!.querySelector<HTMLInputElement>('[part="control"]')!;
}

function errorText(email: SvaraEmail): string | undefined {
  return email.shadowRoot!.querySelector('[part="error-message"]')?.textContent?.replace(/\s+/g, ' ').trim();
}

afterEach(async () => {
  await setLocale('sv');
});

describe('svara-email', () => {
  describeExamples(emailExamples, EMAIL);

  describe('accessibility tree', () => {
    it('a required textbox named by the label, described by the hint', async () => {
      await renderExample(emailExamples.required, BETWEEN_BUTTONS);
      const box = getByRole(await accessibilityTree(), 'textbox', 'E-postadress');
      expect(box.description).to.equal('Vi använder den bara för att svara dig.');
      expect(box.required).to.equal(true);
      expect(box.invalid).to.be.undefined;
    });

    it('a wrongly written address: invalid, with our message (and "Fel:") as description', async () => {
      await renderExample(emailExamples.wrongForm, BETWEEN_BUTTONS);
      const box = getByRole(await accessibilityTree(), 'textbox', 'E-postadress');
      expect(box.invalid).to.equal('true');
      expect(box.description).to.equal('Fel: Skriv e-postadressen så här: namn@exempel.se');
    });

    it('an empty required address: "Skriv en e-postadress."', async () => {
      await renderExample(emailExamples.missing, BETWEEN_BUTTONS);
      const box = getByRole(await accessibilityTree(), 'textbox', 'E-postadress');
      expect(box.description).to.equal('Fel: Skriv en e-postadress.');
    });
  });

  describe('native input', () => {
    it('type=email, autocomplete=email, no spell checking, always left to right', async () => {
      const email = await renderExample(emailExamples.required, BETWEEN_BUTTONS);
      expect(control(email).type).to.equal('email');
      expect(control(email).getAttribute('autocomplete')).to.equal('email');
      expect(control(email).spellcheck).to.equal(false);
      expect(control(email).dir).to.equal('ltr');
    });

    it('autocomplete can be changed (e.g. off for someone else’s address)', async () => {
      const email = await fixture<SvaraEmail>(
        html`<svara-email label="Annan" autocomplete="off"></svara-email>`,
      );
      expect(control(email).getAttribute('autocomplete')).to.equal('off');
    });
  });

  describe('keyboard and errors', () => {
    it('Tab reaches it; a wrong address shows our error only after leaving the field', async () => {
      const email = await renderExample(emailExamples.required, BETWEEN_BUTTONS);
      await sendKeys({ press: 'Tab' });
      expect(email.shadowRoot!.activeElement).to.equal(control(email));
      await sendKeys({ type: 'kim.exempel.se' });
      await email.updateComplete;
      expect(errorText(email)).to.equal(undefined);
      await sendKeys({ press: 'Tab' });
      await email.updateComplete;
      expect(document.activeElement!.textContent).to.equal('Efter');
      expect(errorText(email)).to.equal('Fel: Skriv e-postadressen så här: namn@exempel.se');
      expect(email.validity.typeMismatch).to.equal(true);
    });

    it('fixing the address removes the error as the user types', async () => {
      const email = await renderExample(emailExamples.wrongForm, BETWEEN_BUTTONS);
      expect(errorText(email)).to.equal('Fel: Skriv e-postadressen så här: namn@exempel.se');
      email.focus();
      await sendKeys({ press: 'Home' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Delete' });
      await sendKeys({ type: '@' });
      await email.updateComplete;
      expect(email.value).to.equal('kim@exempel.se');
      expect(errorText(email)).to.equal(undefined);
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
          <svara-email name="epost" label="E-post"></svara-email>
          <button>Skicka</button>
        </form>
      `);
      form.querySelector('svara-email')!.focus();
      await sendKeys({ type: '  kim@exempel.se ' });
      await sendKeys({ press: 'Enter' });
      expect(submitted?.get('epost')).to.equal('kim@exempel.se');
    });
  });

  describe('right to left', () => {
    it('Arabic: translated message, input aligned with the label', async () => {
      const email = await renderExample(emailExamples.arabic, BETWEEN_BUTTONS);
      expect(errorText(email)).to.equal('خطأ: اكتب عنوان البريد الإلكتروني هكذا: name@example.com');
      expect(getComputedStyle(control(email)).textAlign).to.equal('right');
      const label = email.scrollTarget.getBoundingClientRect();
      expect(Math.round(label.right)).to.equal(Math.round(control(email).getBoundingClientRect().right));
    });
  });
});

async function typeInto(email: SvaraEmail, value: string): Promise<void> {
  email.focus();
  await sendKeys({ type: value });
}

runFormControlTests<SvaraEmail>({
  name: 'svara-email',
  render: (name) => html`<svara-email name=${name} label="E-post" value="a@b.se"></svara-email>`,
  defaultEntries: ['a@b.se'],
  setUserValue: async (email) => {
    email.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: 'x' });
  },
  userEntries: ['a@b.sex'],
  invalid: {
    render: (name) => html`<svara-email name=${name} label="E-post" value="a@b"></svara-email>`,
    message: 'Skriv e-postadressen så här: namn@exempel.se',
    fix: async (email) => typeInto(email, '.se'),
  },
});

runFormControlTests<SvaraEmail>({
  name: 'svara-email, required',
  render: (name) => html`<svara-email name=${name} label="E-post"></svara-email>`,
  defaultEntries: [''],
  setUserValue: async (email) => typeInto(email, 'kim@exempel.se'),
  userEntries: ['kim@exempel.se'],
  invalid: {
    render: (name) => html`<svara-email name=${name} label="E-post" required></svara-email>`,
    message: 'Skriv en e-postadress.',
    fix: async (email) => typeInto(email, 'kim@exempel.se'),
  },
});
