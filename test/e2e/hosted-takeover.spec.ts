/**
 * The hosted page with JavaScript on (issue #17): the start screen the server wrote inside `<svara-survey>` is
 * shown before the widget's script has run, and the widget takes it over without drawing it again — no layout
 * shift, and an element focused before the upgrade keeps focus. "Börja svara" then goes on in the widget without a
 * round trip (no form post), and the answers arrive once.
 */
import { expect, test } from '@playwright/test';
import type { APIRequestContext, Page } from '@playwright/test';
import { E2E_ADMIN_TOKEN } from './collector-address.js';
import { completeByKeyboard, heading, trackSubmissions, widget } from './survey-helpers.js';

const SURVEY = 'familjeenheten-barn';

async function storedIds(request: APIRequestContext): Promise<string[]> {
  const response = await request.get(`/api/surveys/${SURVEY}/export.json`, {
    headers: { authorization: `Bearer ${E2E_ADMIN_TOKEN}` },
  });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { submissionId: string }[]).map((row) => row.submissionId);
}

test('the widget takes over the server’s start screen: no shift, focus kept, one submission', async ({
  page,
  context,
  request,
}) => {
  const ids = await trackSubmissions(context);
  // Every layout shift of the page, from its first paint (none may come from the upgrade).
  await page.addInitScript(() => {
    const w = window as unknown as { shifts: number[] };
    w.shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.shifts.push((entry as unknown as { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const posts: string[] = [];
  page.on('request', (r) => r.method() === 'POST' && posts.push(new URL(r.url()).pathname));
  // The widget's script waits until the respondent has put focus on the page's own "Börja svara".
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/svara-survey.js', async (route) => {
    await held;
    await route.continue();
  });

  await page.goto(`/s/${SURVEY}`, { waitUntil: 'commit' });
  const start = page.getByRole('button', { name: 'Börja svara' });
  await expect(start).toBeVisible();
  expect(await page.evaluate(() => customElements.get('svara-survey') === undefined)).toBe(true);
  await start.focus();
  const before = await start.boundingBox();

  release();
  await page.evaluate(async () => {
    await customElements.whenDefined('svara-survey');
    const element = document.querySelector('svara-survey') as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    await element.updateComplete;
  });
  // Shown through the widget's slot, the same element, where it was, with focus.
  expect(await widget(page).evaluate((el) => !!el.shadowRoot?.querySelector('slot'))).toBe(true);
  expect(await start.boundingBox()).toEqual(before);
  expect(
    await page.evaluate(() => {
      const focused = document.activeElement;
      return focused?.closest('[data-svara-server-screen]') !== null && focused?.textContent?.trim();
    }),
  ).toBe('Börja svara');
  expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);

  // "Börja svara": the widget's own first question, no form post, the server's screen gone.
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Fråga 1 av 7');
  await expect(heading(page)).toBeFocused();
  await expect(page.locator('[data-svara-server-screen]')).toHaveCount(0);
  expect(await completeByKeyboardFromQuestions(page)).toBe('Dina svar är skickade.');
  expect(posts.filter((path) => path.startsWith('/s/'))).toEqual([]);
  const stored = (await storedIds(request)).filter((id) => ids.has(id));
  expect(stored).toHaveLength(1);
});

/** The widget's screens answered by keyboard from the first question (its start screen was the server's). */
async function completeByKeyboardFromQuestions(page: Page): Promise<string> {
  // completeByKeyboard begins at a start screen: "Tillbaka" brings the widget's own, then it goes on as usual.
  await widget(page).getByRole('button', { name: 'Tillbaka' }).click();
  return completeByKeyboard(page, undefined, { axe: false });
}

test('pressed before the question screens have arrived: the server’s screen stays until they are there', async ({
  page,
}) => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/svara-survey-lazy-questions-*.js', async (route) => {
    await held;
    await route.continue();
  });
  const posts: string[] = [];
  page.on('request', (r) => r.method() === 'POST' && posts.push(new URL(r.url()).pathname));
  await page.goto(`/s/${SURVEY}`);
  await page.evaluate(async () => {
    await customElements.whenDefined('svara-survey');
    await (document.querySelector('svara-survey') as HTMLElement & { updateComplete: Promise<unknown> })
      .updateComplete;
  });
  const start = page.getByRole('button', { name: 'Börja svara' });
  const before = await start.boundingBox();
  await start.click();
  await page.waitForTimeout(300);
  // Still the server's screen, where it was: not the widget's own start screen (with its toolbar) in between.
  expect(await start.boundingBox()).toEqual(before);
  expect(await widget(page).evaluate((el) => !!el.shadowRoot?.querySelector('slot'))).toBe(true);
  release();
  await expect(heading(page)).toHaveText('Fråga 1 av 7');
  await expect(page.locator('[data-svara-server-screen]')).toHaveCount(0);
  expect(posts.filter((path) => path.startsWith('/s/'))).toEqual([]);
});

test('a survey the widget does not offer here (interview only): the server’s form goes on as without JavaScript', async ({
  page,
  request,
}) => {
  await page.goto('/s/bemotandekollen');
  await page.evaluate(async () => {
    await customElements.whenDefined('svara-survey');
    await (document.querySelector('svara-survey') as HTMLElement & { updateComplete: Promise<unknown> })
      .updateComplete;
  });
  // Not the widget's "cannot be shown here": the server's start screen, which works in any mode it allows.
  const id = await page.locator('[data-svara-server-screen] input[name="_sid"]').getAttribute('value');
  await page.getByRole('button', { name: 'Börja svara' }).click();
  await expect(page).toHaveURL(/\/s\/bemotandekollen$/);
  await expect(page.locator('main form fieldset').first()).toBeVisible();
  for (let i = 0; i < 10 && (await page.locator('main form button.primary').count()); i++) {
    for (const fieldset of await page.locator('main form fieldset.question').all())
      await fieldset.locator('.options:not(.special) input').first().check();
    await page.locator('main form button.primary').click();
  }
  await expect(page.getByRole('heading', { name: 'Dina svar är skickade.' })).toBeVisible();
  const response = await request.get('/api/surveys/bemotandekollen/export.json', {
    headers: { authorization: `Bearer ${E2E_ADMIN_TOKEN}` },
  });
  const rows = ((await response.json()) as { submissionId: string; meta: { mode: string } }[]).filter(
    (row) => row.submissionId === id,
  );
  expect(rows.map((row) => row.meta.mode)).toEqual(['interview']);
});
