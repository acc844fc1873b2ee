import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectNoAxeViolations } from '@svara/testing/axe';
import './pictogram-attribution.define.js';

describe('<svara-pictogram-attribution>', () => {
  it('is one Tab stop that opens with Enter and names author, origin, licence and owner', async () => {
    const el = await fixture<HTMLElement>(html`<svara-pictogram-attribution></svara-pictogram-attribution>`);
    await sendKeys({ press: 'Tab' });
    const summary = el.shadowRoot!.querySelector('summary')!;
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    const text = el.shadowRoot!.querySelector<HTMLElement>('[part="text"]')!;
    expect(text.checkVisibility()).to.be.false;
    await sendKeys({ press: 'Enter' });
    expect(text.checkVisibility()).to.be.true;
    const shown = text.innerText.replace(/\s+/g, ' ');
    for (const part of ['Sergio Palao', 'ARASAAC', 'CC BY-NC-SA 4.0', 'Aragoniens regering']) {
      expect(shown).to.contain(part);
    }
    await expectNoAxeViolations(el);
  });

  it('starts closed unless `open` is set, and reflects the reader opening it', async () => {
    const el = await fixture<HTMLElement & { open: boolean }>(
      html`<svara-pictogram-attribution open></svara-pictogram-attribution>`,
    );
    const text = el.shadowRoot!.querySelector<HTMLElement>('[part="text"]')!;
    expect(text.checkVisibility()).to.be.true;
    el.shadowRoot!.querySelector('summary')!.click();
    await new Promise((resolve) => setTimeout(resolve, 50)); // the toggle event is asynchronous
    expect(el.open).to.be.false;
    expect(text.checkVisibility()).to.be.false;
  });

  it('in an Arabic page, the Latin names keep their own direction ("CC BY-NC-SA 4.0", not "4.0 CC BY-NC-SA")', async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="ar" dir="rtl"><svara-pictogram-attribution open></svara-pictogram-attribution></div>`,
    );
    const root = page.querySelector('svara-pictogram-attribution')!.shadowRoot!;
    for (const name of ['Sergio Palao', 'ARASAAC', 'CC BY-NC-SA 4.0']) {
      const holder = [...root.querySelectorAll<HTMLElement>('dd *')].find(
        (el) => el.textContent!.trim() === name,
      )!;
      expect(getComputedStyle(holder).direction, name).to.equal('ltr');
    }
  });
});
