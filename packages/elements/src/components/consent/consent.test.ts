import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { describeExamples, renderExample } from '@svara/testing/examples';
import { accessibilityTree, getByRole } from '@svara/testing/a11y-tree';
import { runFormControlTests } from '@svara/testing/form-control-conformance';
import { setLocale } from '../../localization.js';
import type { SvaraConsent } from './consent.js';
import { consentExamples } from './consent.examples.js';
import './consent.define.js';

/** How this file's examples are rendered (`renderExample` of @svara/testing). */
const CONSENT = { tag: 'svara-consent', setLocale } as const;
/** Between two buttons, with focus on the first: for keyboard tests. */
const BETWEEN_BUTTONS = { ...CONSENT, betweenButtons: true } as const;

function box(consent: SvaraConsent): HTMLInputElement {
  return consent.shadowRoot!.querySelector<HTMLInputElement>('input')!;
}

function errorText(consent: SvaraConsent): string | undefined {
  return consent
    .shadowRoot!.querySelector('[part="error-message"]')
    ?.textContent?.replace(/\s+/g, ' ')
    .trim();
}

afterEach(async () => {
  await setLocale('sv');
});

describe('svara-consent', () => {
  describeExamples(consentExamples, CONSENT);

  describe('accessibility tree', () => {
    it('a required checkbox named by its text alone, described by the terms link', async () => {
      await renderExample(consentExamples.withTerms, BETWEEN_BUTTONS);
      const tree = await accessibilityTree();
      const checkbox = getByRole(
        tree,
        'checkbox',
        'Jag godkänner att ni sparar min e-postadress för att kunna svara mig.',
      );
      expect(checkbox.checked).to.equal(false);
      // Chromium does not expose "required" on checkboxes in its tree; the attribute is there for those that do.
      expect(box(document.querySelector('svara-consent')!).getAttribute('aria-required')).to.equal('true');
      expect(checkbox.invalid, 'not invalid before a submit attempt').to.be.undefined;
      expect(checkbox.description).to.equal('Så hanterar vi dina personuppgifter');
      getByRole(tree, 'link', 'Så hanterar vi dina personuppgifter');
    });

    it('after a failed submit: invalid, and the error joins the description', async () => {
      await renderExample(consentExamples.invalid, BETWEEN_BUTTONS);
      const tree = await accessibilityTree();
      const checkbox = getByRole(tree, 'checkbox', /^Jag godkänner/);
      expect(checkbox.invalid).to.equal('true');
      expect(checkbox.description).to.equal(
        'Fel: Kryssa i rutan ”Jag godkänner att ni sparar min e-postadress för att kunna …” för att gå vidare. Så hanterar vi dina personuppgifter',
      );
    });

    it('a label from the attribute, with a hint', async () => {
      await renderExample(consentExamples.optional, BETWEEN_BUTTONS);
      const checkbox = getByRole(
        await accessibilityTree(),
        'checkbox',
        'Jag vill få nyheter om socialtjänsten via e-post.',
      );
      expect(checkbox.description).to.equal('Du kan avsluta när du vill.');
    });
  });

  describe('keyboard', () => {
    it('Tab reaches the box, Space ticks it, the next Tab reaches the terms link', async () => {
      const consent = await renderExample(consentExamples.withTerms, BETWEEN_BUTTONS);
      const events: string[] = [];
      consent.addEventListener('input', (e) => events.push(`input:${e.composed}`));
      consent.addEventListener('change', (e) => events.push(`change:${e.composed}`));
      await sendKeys({ press: 'Tab' });
      expect(consent.shadowRoot!.activeElement).to.equal(box(consent));
      await sendKeys({ press: 'Space' });
      await consent.updateComplete;
      await new Promise((resolve) => setTimeout(resolve));
      expect(consent.checked).to.equal(true);
      expect(consent.matches(':state(checked)')).to.equal(true);
      expect(events).to.deep.equal(['input:true', 'change:true']);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement!.localName).to.equal('a');
    });

    it('the focused box has a ring of at least 2 px around its row', async () => {
      const consent = await renderExample(consentExamples.withTerms, BETWEEN_BUTTONS);
      await sendKeys({ press: 'Tab' });
      const style = getComputedStyle(consent.scrollTarget);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });

    it('focus({preventScroll: true}) lands on the box (used by the error summary)', async () => {
      const consent = await renderExample(consentExamples.invalid, BETWEEN_BUTTONS);
      consent.focus({ preventScroll: true });
      expect(consent.shadowRoot!.activeElement).to.equal(box(consent));
    });
  });

  describe('values and errors', () => {
    it('FormData holds the value only while ticked; clicking the terms link does not tick it', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>${consentExamples.optional.render()}</form>`);
      const consent = form.querySelector('svara-consent')!;
      await consent.updateComplete;
      expect(new FormData(form).has('nyhetsbrev')).to.equal(false);
      box(consent).click();
      await consent.updateComplete;
      expect(new FormData(form).get('nyhetsbrev')).to.equal('ja');
    });

    it('the terms link is outside the label: a click on it does not tick the box', async () => {
      const consent = await renderExample(consentExamples.withTerms, BETWEEN_BUTTONS);
      const link = consent.querySelector('a')!;
      link.addEventListener('click', (event) => event.preventDefault(), { once: true });
      link.click();
      await consent.updateComplete;
      expect(consent.checked).to.equal(false);
      expect(link.assignedSlot!.closest('label')).to.equal(null);
    });

    it('unticking a required box shows our message; ticking it removes it', async () => {
      const consent = await renderExample(consentExamples.withTerms, BETWEEN_BUTTONS);
      box(consent).click();
      box(consent).click();
      await consent.updateComplete;
      // It says which box: the error summary lists the messages of the whole form.
      expect(errorText(consent)).to.equal(
        'Fel: Kryssa i rutan ”Jag godkänner att ni sparar min e-postadress för att kunna …” för att gå vidare.',
      );
      box(consent).click();
      await consent.updateComplete;
      expect(errorText(consent)).to.equal(undefined);
    });

    it('targets are at least 24×24 px, and 44×44 px with size="large"', async () => {
      const medium = await renderExample(consentExamples.withTerms, BETWEEN_BUTTONS);
      expect(box(medium).getBoundingClientRect().width).to.be.at.least(24);
      const large = await renderExample(consentExamples.large, BETWEEN_BUTTONS);
      const rect = box(large).getBoundingClientRect();
      expect(Math.min(rect.width, rect.height)).to.be.at.least(44);
    });

    it('Arabic: translated message, right to left', async () => {
      const consent = await renderExample(consentExamples.arabic, BETWEEN_BUTTONS);
      expect(errorText(consent)).to.equal(
        'خطأ: ضع علامة في المربع «أوافق على حفظ بريدي الإلكتروني للرد علي.» للمتابعة.',
      );
      const row = consent.scrollTarget.getBoundingClientRect();
      expect(box(consent).getBoundingClientRect().right).to.be.greaterThan(row.right - 40);
    });
  });
});

runFormControlTests<SvaraConsent>({
  name: 'svara-consent',
  render: (name) => html`<svara-consent name=${name} checked>Ja tack</svara-consent>`,
  defaultEntries: ['yes'],
  setUserValue: async (consent) => box(consent).click(),
  userEntries: [],
  invalid: {
    render: (name) => html`<svara-consent name=${name} value="ok" required>Jag godkänner</svara-consent>`,
    message: 'Kryssa i rutan ”Jag godkänner” för att gå vidare.',
    fix: async (consent) => box(consent).click(),
  },
});
