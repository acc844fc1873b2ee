/**
 * The complaints-and-praise form (examples/forms/synpunkter.html), end to end in the built demo: filled in and
 * sent with the keyboard alone; a submit with missing answers shows the error summary, focuses it, and each
 * error leads to its field; axe finds nothing before or after the errors; it reflows at 320 px.
 */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { axeViolations, describeViolations } from './axe.js';

const FORM = '/forms/synpunkter.html';

/** The name of the svara control (or native element) that has focus, through shadow roots. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const host = document.activeElement;
    if (!host) return '';
    const inner = host.shadowRoot?.activeElement;
    const name = host.getAttribute('name') ?? host.localName;
    const detail = inner instanceof HTMLInputElement ? `:${inner.value || inner.dataset['part'] || ''}` : '';
    return `${host.localName}[${name}]${detail}`;
  });
}

/** Presses Tab until focus is where `expected` says (at most 30 presses), failing with where it went. */
async function tabTo(page: Page, expected: string): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (now.startsWith(expected)) return;
    seen.push(now);
  }
  throw new Error(`Tab never reached ${expected}; it went: ${seen.join(' → ')}`);
}

async function errorItems(page: Page): Promise<string[]> {
  return page
    .locator('svara-error-summary')
    .getByRole('button')
    .evaluateAll((buttons) => buttons.map((b) => (b.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

test.describe('the complaints-and-praise form', () => {
  test('can be filled in and sent with the keyboard alone', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(FORM);
    await expect(page.locator('svara-choice[name="kategori"]')).toBeVisible();

    await tabTo(page, 'svara-choice[kategori]');
    await page.keyboard.press('ArrowDown'); // Klagomål
    await tabTo(page, 'svara-choice[vem]');
    await page.keyboard.press('ArrowDown'); // Jag är anhörig
    await tabTo(page, 'svara-choice[galler]');
    await page.keyboard.press('ArrowDown'); // Information jag fick
    await page.keyboard.press('ArrowDown'); // Ett beslut eller en utredning
    await tabTo(page, 'svara-date[datum]:year');
    await page.keyboard.type('2026');
    await page.keyboard.press('Tab');
    await page.keyboard.type('3');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2');
    await tabTo(page, 'svara-text[beskrivning]');
    await page.keyboard.type('Jag fick vänta i sex veckor på ett beslut.');
    await page.keyboard.press('Enter'); // a new line in a multi-line field, not a submit
    await page.keyboard.type('Ingen ringde tillbaka.');
    await tabTo(page, 'svara-email[epost]');
    await page.keyboard.type('kim@exempel.se');
    await tabTo(page, 'svara-consent[samtycke]');
    await page.keyboard.press('Space');
    await tabTo(page, 'button[button]');
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/\/forms\/tack\.html\?/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Det här skickade formuläret');
    const received = page.locator('dl.received');
    await expect(received).toContainText('Vad vill du lämna?Klagomål');
    await expect(received).toContainText('Vem är du?Anhörig');
    await expect(received).toContainText('Vad gäller det?Ett beslut eller en utredning');
    await expect(received).toContainText('När hände det?2026-03-02');
    await expect(received).toContainText(
      'Jag fick vänta i sex veckor på ett beslut.\nIngen ringde tillbaka.',
    );
    await expect(received).toContainText('E-postadresskim@exempel.se');
    await expect(received).toContainText('Godkänner att e-postadressen sparasJa');
    expect(errors).toEqual([]);
  });

  test('a submit with missing answers shows the error summary, focuses it, and each error leads to its field', async ({
    page,
  }) => {
    await page.goto(FORM);
    const summary = page.locator('svara-error-summary');
    await expect(page.locator('svara-choice[name="kategori"]')).toBeVisible();
    await expect(summary).toBeHidden();

    await tabTo(page, 'button[button]');
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(new RegExp(`${FORM}$`)); // not sent
    await expect(summary).toBeVisible();
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('heading', { level: 2 })).toHaveText('Det finns problem');
    await expect(summary.getByRole('alert')).toBeVisible();
    expect(await errorItems(page)).toEqual([
      'Vad vill du lämna? Välj ett svar.',
      'Vad gäller det? Välj ett svar.',
      'Beskriv vad det gäller Skriv ett svar.',
    ]);

    const fields = ['svara-choice[kategori]', 'svara-choice[galler]', 'svara-text[beskrivning]'];
    for (const [index, field] of fields.entries()) {
      // Back to the summary (its own focus(), as a page script would), then Tab to the error and press Enter.
      await summary.evaluate((element) => (element as HTMLElement).focus());
      await expect(summary).toBeFocused();
      for (let i = 0; i <= index; i++) await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      expect(await focused(page)).toMatch(new RegExp(`^${field.replace(/[[\]]/g, '\\$&')}`));
      const label = await page.evaluate(() => {
        const host = document.activeElement as HTMLElement & { scrollTarget: HTMLElement };
        const box = host.scrollTarget.getBoundingClientRect();
        return { top: box.top, bottom: box.bottom, height: window.innerHeight };
      });
      expect(label.top, `${field}: question in view`).toBeGreaterThanOrEqual(-1);
      expect(label.bottom, `${field}: question in view`).toBeLessThanOrEqual(label.height);
    }

    // An e-mail address makes the consent required; a wrong one is an error of its own.
    await page.locator('svara-email').focus();
    await page.keyboard.type('kim.exempel.se');
    await tabTo(page, 'button[button]');
    await page.keyboard.press('Enter');
    await expect(summary).toBeFocused();
    expect(await errorItems(page)).toEqual([
      'Vad vill du lämna? Välj ett svar.',
      'Vad gäller det? Välj ett svar.',
      'Beskriv vad det gäller Skriv ett svar.',
      'E-postadress Skriv e-postadressen så här: namn@exempel.se',
      'Kryssa i rutan ”Jag godkänner att ni sparar min e-postadress för att kunna …” för att gå vidare.',
    ]);
  });

  test('fixing the errors and sending again hides the summary and sends the form', async ({ page }) => {
    await page.goto(FORM);
    await expect(page.locator('svara-choice[name="kategori"]')).toBeVisible();
    await page.getByRole('button', { name: 'Skicka' }).press('Enter');
    await expect(page.locator('svara-error-summary')).toBeFocused();

    await page.getByRole('radio', { name: /^Beröm/ }).check();
    await page.getByRole('radio', { name: 'Väntetid' }).check();
    await page.getByRole('textbox', { name: 'Beskriv vad det gäller' }).fill('Snabbt och vänligt svar.');
    await page.getByRole('button', { name: 'Skicka' }).press('Enter');
    await expect(page).toHaveURL(/\/forms\/tack\.html\?/);
    await expect(page.locator('dl.received')).toContainText('Vad vill du lämna?Beröm');
  });

  test('has no axe violations, before and after a submit with errors', async ({ page }) => {
    await page.goto(FORM);
    await expect(page.locator('svara-choice[name="kategori"]')).toBeVisible();
    let violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.getByRole('button', { name: 'Skicka' }).press('Enter');
    await expect(page.locator('svara-error-summary')).toBeVisible();
    violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  test('the receipt page has no axe violations and shows only text', async ({ page }) => {
    await page.goto('/forms/tack.html?kategori=berom&beskrivning=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
    await expect(page.locator('dl.received')).toContainText('<img src=x onerror=alert(1)>');
    await expect(page.locator('dl.received img')).toHaveCount(0);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  test('reflows at 320 px without horizontal scrolling, errors shown', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(FORM);
    await expect(page.locator('svara-choice[name="kategori"]')).toBeVisible();
    await page.getByRole('button', { name: 'Skicka' }).press('Enter');
    await expect(page.locator('svara-error-summary')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('the demo home page links to the form', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Lämna synpunkter, klagomål eller beröm' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Lämna synpunkter, klagomål eller beröm',
    );
  });
});
