import { expect, fixture, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { saveScreenshot } from '@svara/testing/screenshot';
import { expectNoAxeViolations } from '@svara/testing/axe';
import { setLocale } from '@svara/elements/localization';
import type { SvaraStudioRegisterSummary } from './register-summary.js';
import { LAST_YEAR, registerSummaryExamples } from './register-summary.examples.js';
import type { RegisterSummaryExample } from './register-summary.examples.js';
import { lineCount, smallTargets } from '../../internal/layout-checks.js';
import './register-summary.define.js';

async function renderExample(example: RegisterSummaryExample): Promise<SvaraStudioRegisterSummary> {
  await setLocale(example.locale ?? 'sv');
  const element = await fixture<SvaraStudioRegisterSummary>(example.render());
  await waitUntil(() => element.shadowRoot!.querySelector('table'), 'never loaded');
  await example.prepare?.(element);
  return element;
}

const text = (element: SvaraStudioRegisterSummary, selector: string) =>
  (element.shadowRoot!.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function press(element: HTMLElement | null | undefined, key: string): Promise<void> {
  expect(element, `nothing to press ${key} on`).to.exist;
  element!.focus();
  await sendKeys({ press: key });
}

describe('svara-studio-register-summary', () => {
  afterEach(async () => {
    await setLocale('sv');
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ forcedColors: 'none' });
  });

  describe('axe on every example', () => {
    for (const [key, example] of Object.entries(registerSummaryExamples) as [
      string,
      RegisterSummaryExample,
    ][]) {
      it(`${key}: no violations`, async () => {
        await expectNoAxeViolations(await renderExample(example));
      });
    }
  });

  it('counts per category and quarter with the totals, feedback and the median in words', async () => {
    const element = await renderExample(registerSummaryExamples.lastYear);
    const rows = [...element.shadowRoot!.querySelectorAll('table')[0]!.querySelectorAll('tbody tr')].map(
      (tr) => [...tr.children].map((cell) => cell.textContent!.trim()),
    );
    expect(rows).to.deep.equal([
      ['Synpunkt', '2', '3', '1', '2', '8'],
      ['Klagomål', '4', '3', '5', '3', '15'],
      ['Beröm', '1', '0', '2', '1', '4'],
      ['Alla', '7', '6', '8', '6', '27'],
    ]);
    expect(text(element, 'h1')).to.equal(`Sammanställning ${LAST_YEAR}`);
    expect(element.shadowRoot!.textContent!.replace(/\s+/g, ' ')).to.contain(
      '12 av 15 som ville ha svar fick återkoppling (80 %). Det tog i mitten 9 dagar till återkoppling (median).',
    );
    const print = element.shadowRoot!.querySelector<HTMLAnchorElement>('a[href*="summary.html"]')!;
    expect(print.getAttribute('href')).to.contain(`year=${LAST_YEAR}`);
    expect(print.getAttribute('href')).to.contain('unit=familj');
  });

  it('saves the themes and publishes the year by keyboard, then takes it off the web', async () => {
    const element = await renderExample(registerSummaryExamples.lastYear);
    const root = element.shadowRoot!;
    const themes = root.querySelector<HTMLTextAreaElement>('textarea[name="themes"]')!;
    themes.focus();
    themes.select();
    await sendKeys({ type: 'Många ville ha information om förändringar i tid.' });
    await press([...root.querySelectorAll<HTMLButtonElement>('form button')].at(-1), 'Enter');
    await waitUntil(() => text(element, '[role="status"]') === 'Teman är sparade.', 'themes not saved');
    expect(root.querySelector<HTMLTextAreaElement>('textarea[name="themes"]')!.value).to.equal(
      'Många ville ha information om förändringar i tid.',
    );

    const publish = [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
      b.textContent!.includes(`Publicera ${LAST_YEAR}`),
    );
    await press(publish, 'Enter');
    await waitUntil(
      () => text(element, '[role="status"]') === 'Sammanställningen är publicerad.',
      'not published',
    );
    const link = root.querySelector<HTMLAnchorElement>(`a[href="/register/familj/${LAST_YEAR}"]`);
    expect(link, 'no link to the public page').to.exist;
    expect(text(element, 'section[aria-labelledby="publish-heading"]')).to.contain(
      'Publicerad 2027-03-01 av',
    );

    const withdraw = [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
      b.textContent!.includes('Ta bort från webben'),
    );
    await press(withdraw, 'Enter');
    await waitUntil(
      () => text(element, '[role="status"]') === 'Sammanställningen är inte publicerad längre.',
      'not withdrawn',
    );
  });

  it('a year that has not ended cannot be published, and says why', async () => {
    const element = await renderExample(registerSummaryExamples.thisYear);
    const publish = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
      b.textContent!.includes('Publicera'),
    )!;
    expect(publish.disabled).to.equal(true);
    expect(text(element, 'section[aria-labelledby="publish-heading"]')).to.contain(
      'Ett år kan publiceras först när det är slut.',
    );
  });

  it('themes written in Arabic run right to left inside the Swedish page', async () => {
    const element = await renderExample(registerSummaryExamples.arabic);
    const themes = element.shadowRoot!.querySelector('textarea[name="themes"]')!;
    expect(getComputedStyle(themes).direction).to.equal('rtl');
    expect(getComputedStyle(element.shadowRoot!.querySelector('h1')!).direction).to.equal('ltr');
  });

  it('speaks English', async () => {
    const element = await renderExample(registerSummaryExamples.english);
    expect(text(element, 'h1')).to.equal(`Summary ${LAST_YEAR}`);
    expect(text(element, 'caption')).to.equal(`Cases per category and quarter ${LAST_YEAR}`);
  });

  it('fits 320 px (tables scroll in their own region); screenshots at 320 and 1280 px and in forced colours', async () => {
    await setViewport({ width: 320, height: 1800 });
    const element = await renderExample(registerSummaryExamples.lastYear);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    for (const region of element.shadowRoot!.querySelectorAll('.scroll'))
      expect(region.getAttribute('tabindex')).to.equal('0');
    // Column headings stay whole ("Kvartal 4" never as "Kvartal / 4"); the caption wraps within the screen.
    for (const th of element.shadowRoot!.querySelectorAll('th[scope="col"]'))
      expect(lineCount(th), th.textContent!).to.equal(1);
    for (const caption of element.shadowRoot!.querySelectorAll('caption'))
      expect(caption.getBoundingClientRect().right, caption.textContent!).to.be.at.most(321);
    expect(smallTargets(element.shadowRoot!, 'a')).to.deep.equal([]);
    await saveScreenshot('studio-register-summary-320');
    await setViewport({ width: 1280, height: 1600 });
    await saveScreenshot('studio-register-summary-1280');
    await emulateMedia({ forcedColors: 'active' });
    await saveScreenshot('studio-register-summary-1280-forced-colors');
  });
});
