/**
 * The hosted page (`/s/{surveyId}`) with JavaScript off (issue #17): every example survey the e2e collector
 * publishes is answered to the end in plain HTML forms — showIf questions appear after the answer that brings them
 * in, an empty required question gives the error summary first — and the stored row is read back through the
 * collector's export: exactly one, also after "Skicka" is pressed twice and the final form is sent again. axe
 * runs on the start screen, a question screen, the error summary and the receipt.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { APIRequestContext, Page } from '@playwright/test';
import { axeViolations, describeViolations } from './axe.js';
import { E2E_ADMIN_TOKEN } from './collector-address.js';

test.use({ javaScriptEnabled: false });

const SURVEYS = readdirSync(new URL('../../examples/surveys/', import.meta.url))
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.replace(/\.json$/, ''));

const RECEIPT = 'Dina svar är skickade.';

interface Row {
  submissionId: string;
  answers: Record<string, unknown>;
  meta: { mode: string; answeredBy: string };
}

/**
 * axe over what the page shows without JavaScript. axe needs script, so the page's HTML (what the browser built
 * with scripting off) is shown again in a page with script on, on the same origin (its stylesheet loads), with
 * `<noscript>` opened and the widget's scripts left out: the same document a respondent without JavaScript gets.
 */
async function axeWithoutScript(page: Page): Promise<string> {
  const html = (await page.content())
    .replace(/<\/?noscript>/g, '')
    .replace(/<script type="module"[^>]*><\/script>/g, '');
  const context = await page.context().browser()!.newContext({ javaScriptEnabled: true });
  try {
    const view = await context.newPage();
    const address = new URL('/axe-without-script', page.url()).href;
    await view.route(address, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
    );
    await view.goto(address);
    return describeViolations(await axeViolations(view));
  } finally {
    await context.close();
  }
}

async function rowsOf(request: APIRequestContext, surveyId: string, submissionId: string): Promise<Row[]> {
  const response = await request.get(`/api/surveys/${surveyId}/export.json`, {
    headers: { authorization: `Bearer ${E2E_ADMIN_TOKEN}` },
  });
  expect(response.status()).toBe(200);
  return ((await response.json()) as Row[]).filter((row) => row.submissionId === submissionId);
}

/** Answers every question on the screen the way a person would: the first answer, a short text, a date. */
async function answerScreen(page: Page): Promise<void> {
  const form = page.locator('main form');
  for (const fieldset of await form.locator('fieldset.question:not(.scale-group), fieldset.item').all()) {
    const first = fieldset.locator('.options:not(.special) input').first();
    if (!(await first.isChecked())) await first.check();
  }
  for (const field of await form.locator('textarea, input[type="text"]:not([name="website"])').all())
    if (!(await field.inputValue())) await field.fill('Det var bra.');
  for (const field of await form.locator('input[type="email"]').all())
    if (!(await field.inputValue())) await field.fill('namn@exempel.se');
  for (const field of await form.locator('input[type="date"]').all())
    if (!(await field.inputValue())) await field.fill('2026-03-31');
  for (const box of await form.locator('.consent input[type="checkbox"]').all())
    if (!(await box.isChecked())) await box.check();
}

/** Presses "Fortsätt" (or "Skicka") until the receipt; returns the submission id the forms carried. */
async function answerToTheEnd(page: Page): Promise<string> {
  const id = await page.locator('main form input[name="_sid"]').first().getAttribute('value');
  for (let screens = 0; screens < 30; screens++) {
    if (await page.getByRole('heading', { name: RECEIPT }).isVisible()) return id!;
    await answerScreen(page);
    await page.locator('main form button.primary').click();
  }
  throw new Error('never reached the receipt');
}

test.describe('the hosted page without JavaScript', () => {
  for (const survey of SURVEYS) {
    test(`${survey}: answered to the end in plain forms, stored once`, async ({ page, request }) => {
      await page.goto(`/s/${survey}`);
      // (Playwright's text engine skips <noscript>, where the note is on the first page.)
      const note = page.locator('main .note');
      await expect(note).toBeVisible();
      await expect(note).toHaveText(/Uppläsning \(Lyssna\) och styrning med kontakt behöver JavaScript\./);
      await page.getByRole('button', { name: 'Börja svara' }).click();
      const id = await answerToTheEnd(page);
      expect(new URL(page.url()).pathname).toBe(`/s/${survey}/receipt/${id}`);
      const stored = await rowsOf(request, survey, id);
      expect(stored).toHaveLength(1);
      const definition = JSON.parse(
        readFileSync(new URL(`../../examples/surveys/${survey}.json`, import.meta.url), 'utf8'),
      ) as { modes?: string[] };
      const mode = definition.modes && !definition.modes.includes('web') ? definition.modes[0] : 'web';
      expect(stored[0]!.meta.mode).toBe(mode);
    });
  }

  test('the error summary, a showIf question, "Skicka" twice and the final form resent: one row', async ({
    page,
    request,
  }) => {
    await page.goto('/s/synpunkter');
    expect(await axeWithoutScript(page)).toBe('');
    await page.getByRole('button', { name: 'Börja svara' }).click();
    expect(await axeWithoutScript(page)).toBe('');
    // Sent empty: the summary comes first and has focus, and its link leads to the field.
    await page.getByRole('button', { name: 'Skicka' }).click();
    const summary = page.getByRole('heading', { name: 'Det finns problem' });
    await expect(summary).toBeFocused();
    expect(await axeWithoutScript(page)).toBe('');
    await page
      .locator('.error-summary')
      .getByRole('link', { name: /Vad vill du lämna\?/ })
      .click();
    await expect(page.getByRole('radio', { name: 'En synpunkt' })).toBeFocused();
    await expect(page.getByRole('group', { name: 'Vad vill du lämna?' })).toContainText('Välj ett svar.');

    // "Jag vill ha svar" brings in the e-mail question: shown first, not refused unseen.
    await expect(page.getByRole('textbox', { name: /e-post/i })).toHaveCount(0);
    await page.getByRole('radio', { name: 'Ett klagomål' }).check();
    await page.getByRole('radio', { name: 'Information' }).check();
    await page.getByRole('textbox', { name: 'Berätta vad som hände.' }).fill('Jag fick vänta länge.');
    await page.getByRole('checkbox', { name: /Jag vill ha svar/ }).check();
    await page.getByRole('button', { name: 'Skicka' }).click();
    await expect(page.locator('.error-summary')).toHaveCount(0);
    const email = page.getByRole('textbox', { name: /e-post/i });
    await expect(email).toBeVisible();
    await email.fill('anna@exempel.se');
    const id = await page.locator('main form input[name="_sid"]').getAttribute('value');
    const fields = await page
      .locator('main form input[type="hidden"]')
      .evaluateAll((inputs) =>
        inputs.map((i) => [(i as HTMLInputElement).name, (i as HTMLInputElement).value]),
      );

    await page.getByRole('button', { name: 'Skicka' }).dblclick();
    await expect(page.getByRole('heading', { name: RECEIPT })).toBeVisible();
    expect(await axeWithoutScript(page)).toBe('');
    await expect(page.getByText(RECEIPT)).toHaveCount(1);

    // The final form sent once more, as a browser resends it.
    const resent = await request.post('/s/synpunkter', {
      headers: { 'sec-fetch-site': 'same-origin', origin: new URL(page.url()).origin },
      form: Object.fromEntries([
        ...fields,
        ['q.kategori', 'klagomal'],
        ['q.galler', 'information'],
        ['q.beskrivning', 'Jag fick vänta länge.'],
        ['q.vill-ha-svar', 'true'],
        ['q.epost', 'anna@exempel.se'],
        ['_go', 'next'],
      ]),
      maxRedirects: 0,
    });
    expect(resent.status()).toBe(303);
    const stored = await rowsOf(request, 'synpunkter', id!);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.answers).toMatchObject({
      kategori: 'klagomal',
      galler: 'information',
      'vill-ha-svar': true,
      epost: 'anna@exempel.se',
    });
  });

  test('a showIf question on its own screen: only after the answer that brings it in', async ({
    page,
    request,
  }) => {
    await page.goto('/s/foraldramottagning');
    await page.getByRole('button', { name: 'Börja svara' }).click();
    await expect(page.getByRole('textbox')).toHaveCount(0);
    await page.getByRole('radio', { name: /^1 Inte alls nöjd$/ }).check();
    await page.getByRole('button', { name: 'Skicka' }).click();
    const better = page.getByRole('textbox');
    await expect(better).toHaveCount(1);
    await better.fill('Mer tid att prata.');
    const id = await page.locator('main form input[name="_sid"]').getAttribute('value');
    await page.getByRole('button', { name: 'Skicka' }).click();
    await expect(page.getByRole('heading', { name: RECEIPT })).toBeVisible();
    const stored = await rowsOf(request, 'foraldramottagning', id!);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.answers).toEqual({ nojd: 1, battre: 'Mer tid att prata.' });
  });
});
