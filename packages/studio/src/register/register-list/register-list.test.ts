import { expect, fixture, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { saveScreenshot } from '@svara/testing/screenshot';
import { expectNoAxeViolations } from '@svara/testing/axe';
import { setLocale } from '@svara/elements/localization';
import type { SvaraStudioRegister } from './register-list.js';
import { registerExamples } from './register-list.examples.js';
import type { RegisterExample } from './register-list.examples.js';
import { lineCount, smallTargets } from '../../internal/layout-checks.js';
import './register-list.define.js';

async function renderExample(example: RegisterExample): Promise<SvaraStudioRegister> {
  await setLocale(example.locale ?? 'sv');
  const element = await fixture<SvaraStudioRegister>(example.render());
  await waitUntil(() => element.shadowRoot!.querySelector('tbody tr'), 'never loaded');
  await example.prepare?.(element);
  return element;
}

const rows = (element: SvaraStudioRegister) =>
  [...element.shadowRoot!.querySelectorAll('tbody tr')].map((tr) =>
    tr.querySelector('th')!.textContent!.trim(),
  );

describe('svara-studio-register', () => {
  afterEach(async () => {
    await setLocale('sv');
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ forcedColors: 'none' });
  });

  describe('axe on every example', () => {
    for (const [key, example] of Object.entries(registerExamples) as [string, RegisterExample][]) {
      it(`${key}: no violations`, async () => {
        await expectNoAxeViolations(await renderExample(example));
      });
    }
  });

  it('lists the newest first, marks overdue cases in words, and never shows contact details', async () => {
    const element = await renderExample(registerExamples.unit);
    expect(rows(element)).to.deep.equal(['4', '3', '2', '1']);
    const late = element.shadowRoot!.querySelector('tr.overdue')!.textContent!.replace(/\s+/g, ' ');
    expect(late).to.contain('26 / 14 Försenad');
    expect(element.shadowRoot!.querySelectorAll('tr.overdue')).to.have.length(1);
    expect(element.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain(
      '4 ärenden, varav 1 försenade.',
    );
  });

  it('sorts by a column from the keyboard, and says the order with aria-sort', async () => {
    const element = await renderExample(registerExamples.unit);
    const button = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('th button.sort')].find((b) =>
      b.textContent!.includes('Dagar'),
    )!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => rows(element)[0] === '1', 'not sorted by days');
    expect(button.closest('th')!.getAttribute('aria-sort')).to.equal('descending');
    button.focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(
      () => button.closest('th')!.getAttribute('aria-sort') === 'ascending',
      'order not reversed',
    );
  });

  it('filters by status and category; the exports follow the filter', async () => {
    const element = await renderExample(registerExamples.unit);
    const root = element.shadowRoot!;
    root.querySelector<HTMLInputElement>('input[name="category"][value="klagomal"]')!.click();
    root.querySelector<HTMLButtonElement>('.filters button[type="submit"]')!.click();
    await waitUntil(() => rows(element).length === 2, 'not filtered');
    expect(rows(element)).to.deep.equal(['4', '1']);
    const csv = root.querySelector<HTMLAnchorElement>('a[href*="export.csv"]')!;
    expect(csv.getAttribute('href')).to.contain('category=klagomal');
    expect(csv.getAttribute('href')).to.contain('unit=familj');
  });

  it("shows another unit's register when chosen; a new case goes to the unit shown", async () => {
    const element = await renderExample(registerExamples.unit);
    const root = element.shadowRoot!;
    expect(root.querySelector<HTMLSelectElement>('select[name="new-unit"]')!.value).to.equal('familj');
    const unit = root.querySelector<HTMLSelectElement>('.filters select[name="unit"]')!;
    expect([...unit.options].map((o) => o.textContent!.trim())).to.deep.equal([
      'Alla mina enheter',
      'Familjeenheten',
      'Äldreomsorgen',
    ]);
    unit.value = 'aldre';
    root.querySelector<HTMLButtonElement>('.filters button[type="submit"]')!.click();
    await waitUntil(() => rows(element).length === 0, 'still the other unit’s cases');
    expect(root.querySelector('.counts')!.textContent).to.contain('0 ärenden, varav 0 försenade.');
    expect(root.querySelector<HTMLAnchorElement>('a[href*="export.csv"]')!.getAttribute('href')).to.contain(
      'unit=aldre',
    );
    expect(root.querySelector<HTMLSelectElement>('select[name="new-unit"]')!.value).to.equal('aldre');
  });

  it('enters an oral case by keyboard; asks for contact details only when the person wants an answer', async () => {
    const element = await renderExample(registerExamples.unit);
    const root = element.shadowRoot!;
    const save = root.querySelector<HTMLButtonElement>('.new-case button[type="submit"]')!;
    save.click();
    await waitUntil(() => root.querySelector('#new-errors'), 'no error shown');
    expect(root.activeElement?.id).to.equal('new-errors');
    expect(root.querySelector('#new-errors')!.textContent).to.contain('Välj om det är en synpunkt');

    expect(root.querySelector('input[name="new-contact"]')).to.equal(null);
    root.querySelector<HTMLInputElement>('input[name="new-category"][value="klagomal"]')!.focus();
    await sendKeys({ press: 'Space' });
    root.querySelector<HTMLInputElement>('input[name="new-wants"]')!.focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => root.querySelector('input[name="new-contact"]'), 'no contact field');
    root.querySelector<HTMLInputElement>('input[name="new-contact"]')!.focus();
    await sendKeys({ type: '070-123 45 67' });
    save.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => rows(element).includes('5'), 'the new case is not listed');
    expect([...root.querySelectorAll('[role="status"]')].map((s) => s.textContent).join(' ')).to.contain(
      'Ärende 5 är registrerat.',
    );
    const row = [...root.querySelectorAll('tbody tr')].find(
      (tr) => tr.querySelector('th')!.textContent!.trim() === '5',
    )!;
    expect(row.textContent).to.contain('Lämnad muntligt');
  });

  it('the unit sets its own answer time by keyboard; what is overdue follows; a bad number is said in words', async () => {
    const element = await renderExample(registerExamples.unit);
    const root = element.shadowRoot!;
    const days = root.querySelector<HTMLInputElement>('input[name="answer-days"]')!;
    expect(days.value).to.equal('14');
    days.focus();
    days.select();
    await sendKeys({ type: '0' });
    root.querySelector<HTMLButtonElement>('section[aria-labelledby="settings-heading"] button')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root.querySelector('#settings-errors'), 'no error for 0 days');
    expect(root.activeElement?.id).to.equal('settings-errors');
    expect(root.querySelector('#answer-days-error')!.textContent).to.equal(
      'Skriv ett heltal från 1 till 365.',
    );
    expect(days.getAttribute('aria-describedby')).to.equal('answer-days-error');

    days.focus();
    days.select();
    await sendKeys({ type: '30' });
    root.querySelector<HTMLButtonElement>('section[aria-labelledby="settings-heading"] button')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => root.querySelector('.counts')!.textContent!.includes('4 ärenden, varav 0 försenade.'),
      'the overdue case is still overdue',
    );
    expect(root.querySelector('#settings-errors')).to.equal(null);
    expect(root.querySelector('tr.overdue')).to.equal(null);
    expect(root.textContent).to.contain('Inställningarna är sparade.');
  });

  it('a long register comes a page at a time; "Visa fler" by keyboard adds the rest and focus goes on', async () => {
    const element = await renderExample(registerExamples.unit);
    element.pageSize = 3;
    const root = element.shadowRoot!;
    root.querySelector<HTMLButtonElement>('.filters button[type="submit"]')!.click();
    await waitUntil(() => rows(element).length === 3, 'not a page of 3');
    expect(root.textContent!.replace(/\s+/g, ' ')).to.contain('Visar 3 av 4.');
    const more = root.querySelector<HTMLButtonElement>('button.more')!;
    expect(more.textContent!.trim()).to.equal('Visa 1 till');
    more.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => rows(element).length === 4, 'the rest not added');
    expect(rows(element)).to.deep.equal(['4', '3', '2', '1']);
    expect(root.activeElement?.textContent?.trim()).to.equal('1');
    expect(root.querySelector('button.more')).to.equal(null);
  });

  it('a case given orally in Arabic is written down right to left inside the Swedish page', async () => {
    const element = await renderExample(registerExamples.arabic);
    const description = element.shadowRoot!.querySelector('textarea[name="new-description"]')!;
    expect(getComputedStyle(description).direction).to.equal('rtl');
    expect(getComputedStyle(element.shadowRoot!.querySelector('h1')!).direction).to.equal('ltr');
  });

  it('speaks English', async () => {
    const element = await renderExample(registerExamples.english);
    expect(element.shadowRoot!.querySelector('h1')!.textContent).to.contain(
      'Comments, complaints and praise',
    );
    expect(element.shadowRoot!.querySelector('tbody')!.textContent).to.contain('Complaint');
  });

  it('fits 320 px without sideways scrolling of the page; screenshots at 320 and 1280 px and in forced colours', async () => {
    await setViewport({ width: 320, height: 900 });
    const element = await renderExample(registerExamples.unit);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    // The table scrolls inside its own focusable region instead.
    expect(element.shadowRoot!.querySelector('.scroll')!.getAttribute('tabindex')).to.equal('0');
    // …where every cell keeps its phrase on one line ("Dagar utan svar", "Lämnad muntligt"), and each case
    // number is a target of 24 × 24 px.
    for (const cell of element.shadowRoot!.querySelectorAll('th, td'))
      expect(lineCount(cell), cell.textContent!.trim()).to.equal(1);
    expect(smallTargets(element.shadowRoot!, 'tbody a')).to.deep.equal([]);
    await saveScreenshot('studio-register-320');
    await setViewport({ width: 1280, height: 1400 });
    await element.updateComplete;
    await saveScreenshot('studio-register-1280');
    await emulateMedia({ forcedColors: 'active' });
    await saveScreenshot('studio-register-1280-forced-colors');
    await setLocale('en');
    await element.updateComplete;
    await emulateMedia({ forcedColors: 'none' });
    await saveScreenshot('studio-register-1280-en');
  });
});
