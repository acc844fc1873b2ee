import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectNoAxeViolations } from '../../../../../test/a11y/axe.js';
import { accessibilityTree, getByRole } from '../../../../../test/a11y/a11y-tree.js';
import { runFormControlTests } from '../../../../../test/forms/form-control-conformance.js';
import { setLocale } from '../../localization.js';
import type { SvaraEmail } from './email.js';
import { emailExamples } from './email.examples.js';
import type { EmailExample } from './email.examples.js';
import './email.define.js';

/** Renders the example; with `buttons`, between two buttons with focus on the first (for keyboard tests). */
async function renderExample(example: EmailExample, buttons = true): Promise<SvaraEmail> {
  await setLocale(example.locale ?? 'sv');
  const wrapper = await fixture<HTMLElement>(
    buttons
      ? html`<div>
          <button type="button">Före</button>${example.render()}<button type="button">Efter</button>
        </div>`
      : html`<div>${example.render()}</div>`,
  );
  const email = wrapper.querySelector<SvaraEmail>('svara-email')!;
  await email.updateComplete;
  await example.prepare?.(email);
  wrapper.querySelector('button')?.focus();
  return email;
}

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
  describe('axe on every example', () => {
    for (const [key, example] of Object.entries(emailExamples) as [string, EmailExample][]) {
      it(`${key}: no violations`, async () => {
        const email = await renderExample(example, false);
        await expectNoAxeViolations(email.closest('div')!);
      });
    }
  });

  describe('accessibility tree', () => {
    it('a required textbox named by the label, described by the hint', async () => {
      await renderExample(emailExamples.required);
      const box = getByRole(await accessibilityTree(), 'textbox', 'E-postadress');
      expect(box.description).to.equal('Vi använder den bara för att svara dig.');
      expect(box.required).to.equal(true);
      expect(box.invalid).to.be.undefined;
    });

    it('a wrongly written address: invalid, with our message (and "Fel:") as description', async () => {
      await renderExample(emailExamples.wrongForm);
      const box = getByRole(await accessibilityTree(), 'textbox', 'E-postadress');
      expect(box.invalid).to.equal('true');
      expect(box.description).to.equal('Fel: Skriv e-postadressen så här: namn@exempel.se');
    });

    it('an empty required address: "Skriv en e-postadress."', async () => {
      await renderExample(emailExamples.missing);
      const box = getByRole(await accessibilityTree(), 'textbox', 'E-postadress');
      expect(box.description).to.equal('Fel: Skriv en e-postadress.');
    });
  });

  describe('native input', () => {
    it('type=email, autocomplete=email, no spell checking, always left to right', async () => {
      const email = await renderExample(emailExamples.required);
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
      const email = await renderExample(emailExamples.required);
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
      const email = await renderExample(emailExamples.wrongForm);
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
      const email = await renderExample(emailExamples.arabic);
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
