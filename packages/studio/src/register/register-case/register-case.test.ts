import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { saveScreenshot } from '@svara/testing/screenshot';
import { expectNoAxeViolations } from '@svara/testing/axe';
import { setLocale } from '@svara/elements/localization';
import { exampleRegisterApi, exampleRegisterCases } from '../example-register.js';
import type { SvaraStudioRegisterCase } from './register-case.js';
import { registerCaseExamples } from './register-case.examples.js';
import type { RegisterCaseExample } from './register-case.examples.js';
import { smallTargets } from '../../internal/layout-checks.js';
import './register-case.define.js';

async function renderExample(example: RegisterCaseExample): Promise<SvaraStudioRegisterCase> {
  await setLocale(example.locale ?? 'sv');
  const element = await fixture<SvaraStudioRegisterCase>(example.render());
  await waitUntil(() => element.shadowRoot!.querySelector('#history-heading'), 'never loaded');
  await waitUntil(() => text(element, 'ol.history') !== '', 'no history');
  return element;
}

const text = (element: SvaraStudioRegisterCase, selector: string) =>
  (element.shadowRoot!.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Focuses the element and presses a key, as a keyboard user would. */
async function press(element: HTMLElement | null | undefined, key: string): Promise<void> {
  expect(element, `nothing to press ${key} on`).to.exist;
  element!.focus();
  await sendKeys({ press: key });
}

describe('svara-studio-register-case', () => {
  afterEach(async () => {
    await setLocale('sv');
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ forcedColors: 'none' });
  });

  describe('axe on every example', () => {
    for (const [key, example] of Object.entries(registerCaseExamples) as [string, RegisterCaseExample][]) {
      it(`${key}: no violations`, async () => {
        await expectNoAxeViolations(await renderExample(example));
      });
    }
  });

  it('shows when the answer is due and that it is overdue, in words', async () => {
    const element = await renderExample(registerCaseExamples.overdue);
    expect(text(element, 'h1')).to.equal('Ärende 1: Klagomål');
    expect(text(element, '.deadline')).to.equal(
      'Personen vill ha svar senast 2027-02-17. Har väntat 26 av 14 dagar. Försenad',
    );
    expect(element.shadowRoot!.querySelector('.deadline.late')).to.exist;
    expect(text(element, '.description')).to.contain('vänta tre veckor');
  });

  it('contact details only when a publisher asks for them by keyboard; the read is in the history', async () => {
    const element = await renderExample(registerCaseExamples.overdue);
    const root = element.shadowRoot!;
    expect(root.textContent).not.to.contain('anna.andersson');
    const readsBefore = [...root.querySelectorAll('ol.history li')].length;
    await press(root.querySelector<HTMLButtonElement>('#show-contact'), 'Enter');
    await waitUntil(() => root.querySelector('#contact-details'), 'contact details not shown');
    expect(text(element, '#contact-details')).to.equal('Kontaktuppgifter: anna.andersson@example.se');
    await waitUntil(() => root.activeElement?.id === 'contact-details', 'focus not on the contact details');
    await waitUntil(
      () => root.querySelectorAll('ol.history li').length === readsBefore + 1,
      'read not logged',
    );
    expect(text(element, 'ol.history li:last-child')).to.contain('Läste kontaktuppgifterna.');
  });

  it('a reader sees neither the contact details nor the form nor erasure', async () => {
    const element = await renderExample(registerCaseExamples.reader);
    const root = element.shadowRoot!;
    expect(root.querySelector('#show-contact')).to.equal(null);
    expect(root.querySelector('form')).to.equal(null);
    expect(root.querySelector('#erase-ask')).to.equal(null);
    expect(root.textContent).to.contain('Bara enhetens publicerare kan se dem.');
  });

  it('records what was done by keyboard only; the deadline and the history follow', async () => {
    const element = await renderExample(registerCaseExamples.overdue);
    const root = element.shadowRoot!;
    await press(root.querySelector<HTMLInputElement>('input[name="status"][value="atgardad"]'), 'Space');
    root.querySelector<HTMLTextAreaElement>('textarea[name="action"]')!.focus();
    await sendKeys({ type: 'Vi ringde upp och bad om ursäkt.' });
    await press(root.querySelector<HTMLInputElement>('input[name="feedback-given"]'), 'Space');
    await waitUntil(() => root.querySelector('input[name="feedback-on"]'), 'no date for the feedback');
    await press(root.querySelector<HTMLButtonElement>('form button[type="submit"]'), 'Enter');
    await waitUntil(() => text(element, '[role="status"]') === 'Ändringarna är sparade.', 'not saved');
    expect(text(element, '.deadline')).to.equal('Personen fick återkoppling 2027-03-01, efter 26 dagar.');
    expect(element.shadowRoot!.querySelector('.deadline.late')).to.equal(null);
    await waitUntil(() => text(element, 'ol.history').includes('Ändrade:'), 'no change in the history');
    expect(text(element, 'ol.history li:last-child')).to.contain(
      'Ändrade: status Åtgärdad, återkoppling given, åtgärden.',
    );
    expect(text(element, 'ol.history')).not.to.contain('ringde');
  });

  it('says so when someone else changed the case, and loads it again', async () => {
    const cases = exampleRegisterCases();
    const first = await fixture<SvaraStudioRegisterCase>(
      html`<svara-studio-register-case
        case-id="3"
        .register=${exampleRegisterApi(cases)}
      ></svara-studio-register-case>`,
    );
    const second = await fixture<SvaraStudioRegisterCase>(
      html`<svara-studio-register-case
        case-id="3"
        .register=${exampleRegisterApi(cases)}
      ></svara-studio-register-case>`,
    );
    for (const element of [first, second])
      await waitUntil(() => element.shadowRoot!.querySelector('form'), 'never loaded');
    first
      .shadowRoot!.querySelector<HTMLInputElement>('input[name="status"][value="under-utredning"]')!
      .click();
    first.shadowRoot!.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
    await waitUntil(() => text(first, '[role="status"]') === 'Ändringarna är sparade.', 'first not saved');

    const root = second.shadowRoot!;
    await press(root.querySelector<HTMLInputElement>('input[name="status"][value="atgardad"]'), 'Space');
    await press(root.querySelector<HTMLButtonElement>('form button[type="submit"]'), 'Enter');
    await waitUntil(() => root.querySelector('#case-error'), 'no conflict shown');
    expect(text(second, '#case-error')).to.contain('Ärendet har ändrats av någon annan.');
    expect(root.activeElement?.id).to.equal('case-error');
    await press(root.querySelector<HTMLButtonElement>('#case-error button'), 'Enter');
    await waitUntil(() => !root.querySelector('#case-error'), 'not loaded again');
    expect(
      root.querySelector<HTMLInputElement>('input[name="status"][value="under-utredning"]')!.checked,
    ).to.equal(true);
  });

  it('corrects the category and who gave it; only what changed is sent, and the history names it', async () => {
    const element = await renderExample(registerCaseExamples.overdue);
    const root = element.shadowRoot!;
    await press(root.querySelector<HTMLButtonElement>('form button[type="submit"]'), 'Enter');
    await waitUntil(() => text(element, '[role="status"]') === 'Inget är ändrat.', 'saved without changes');
    await press(root.querySelector<HTMLInputElement>('input[name="category"][value="synpunkt"]'), 'Space');
    root.querySelector<HTMLSelectElement>('select[name="given-by"]')!.value = 'klient';
    await press(root.querySelector<HTMLButtonElement>('form button[type="submit"]'), 'Enter');
    await waitUntil(() => text(element, '[role="status"]') === 'Ändringarna är sparade.', 'not saved');
    expect(text(element, 'h1')).to.equal('Ärende 1: Synpunkt');
    expect(text(element, 'dl.facts')).to.contain('Lämnad av Brukare eller klient');
    await waitUntil(
      () => text(element, 'ol.history li:last-child').includes('kategori Synpunkt'),
      'no history',
    );
    expect(text(element, 'ol.history li:last-child')).to.contain('Ändrade: kategori Synpunkt.');
  });

  it('erases the personal data on request after asking, by keyboard; the case stays', async () => {
    const element = await renderExample(registerCaseExamples.overdue);
    const root = element.shadowRoot!;
    await press(root.querySelector<HTMLButtonElement>('#erase-ask'), 'Enter');
    await waitUntil(() => root.activeElement?.id === 'erase-confirm', 'the confirmation is not focused');
    expect(text(element, '.confirm')).to.contain('tas bort för gott');
    // Escape hatch first: Avbryt brings focus back.
    await press([...root.querySelectorAll<HTMLButtonElement>('.confirm button')].at(-1), 'Enter');
    await waitUntil(() => root.activeElement?.id === 'erase-ask', 'focus not back');
    await press(root.querySelector<HTMLButtonElement>('#erase-ask'), 'Enter');
    await waitUntil(() => root.activeElement?.id === 'erase-confirm', 'the confirmation is not focused');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !root.querySelector('.description'), 'the description is still shown');
    expect(text(element, '[role="status"]')).to.equal(
      'Personuppgifterna är raderade. Ärendet finns kvar i statistiken.',
    );
    await waitUntil(() => root.activeElement?.id === 'personal-heading', 'focus not on the section');
    expect(text(element, 'section[aria-labelledby="personal-heading"]')).to.contain('på personens begäran');
    expect(root.querySelector('#show-contact')).to.equal(null);
    expect(text(element, 'h1')).to.equal('Ärende 1: Klagomål');
    expect(text(element, 'ol.history li:last-child')).to.contain(
      'Raderade personuppgifterna på personens begäran.',
    );
  });

  it('speaks English', async () => {
    const element = await renderExample(registerCaseExamples.english);
    expect(text(element, 'h1')).to.equal('Case 1: Complaint');
    expect(text(element, '.deadline')).to.contain('The person wants an answer by 2027-02-17.');
    expect(text(element, '#history-heading')).to.equal('History');
  });

  it('Arabic text runs right to left inside the Swedish page', async () => {
    const element = await renderExample(registerCaseExamples.arabic);
    const description = element.shadowRoot!.querySelector<HTMLElement>('.description')!;
    expect(getComputedStyle(description).direction).to.equal('rtl');
    expect(getComputedStyle(element.shadowRoot!.querySelector('h1')!).direction).to.equal('ltr');
    // The text starts at the right edge of its box and leaves the space on the left.
    const range = document.createRange();
    range.selectNodeContents(description);
    const rects = [...range.getClientRects()];
    const box = description.getBoundingClientRect();
    expect(box.right - Math.max(...rects.map((r) => r.right))).to.be.lessThan(2);
    expect(Math.min(...rects.map((r) => r.left)) - box.left).to.be.greaterThan(20);
    await setViewport({ width: 1280, height: 900 });
    await saveScreenshot('studio-register-case-1280-arabic-text');
  });

  it('fits 320 px; screenshots at 320 and 1280 px and in forced colours', async () => {
    await setViewport({ width: 320, height: 1600 });
    const element = await renderExample(registerCaseExamples.overdue);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    for (const el of element.shadowRoot!.querySelectorAll<HTMLElement>('h1, h2, dt, dd, label, button, li'))
      expect(el.getBoundingClientRect().right, el.textContent!).to.be.at.most(321);
    // A term and its value stack at 320 px instead of squeezing the value into one word per line.
    const dd = element.shadowRoot!.querySelector<HTMLElement>('dl.facts dd')!;
    expect(dd.getBoundingClientRect().width).to.be.greaterThan(200);
    // "Alla ärenden" stands alone above the heading: a target of 24 × 24 px, not a 22 px line of text.
    expect(smallTargets(element.shadowRoot!, 'a')).to.deep.equal([]);
    const small = await saveScreenshot('studio-register-case-320');
    expect(small.width).to.be.greaterThan(0);
    await setViewport({ width: 1280, height: 1600 });
    await saveScreenshot('studio-register-case-1280');
    await emulateMedia({ forcedColors: 'active' });
    await saveScreenshot('studio-register-case-1280-forced-colors');
  });
});
