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
  await observe(page);
  const posts: string[] = [];
  page.on('request', (r) => r.method() === 'POST' && posts.push(new URL(r.url()).pathname));
  // The widget's script waits until the respondent has put focus on the page's own "Börja svara".
  const release = await holdScript(page, '**/svara-survey.js');

  await page.goto(`/s/${SURVEY}`, { waitUntil: 'commit' });
  const start = page.getByRole('button', { name: 'Börja svara' });
  await expect(start).toBeVisible();
  expect(await page.evaluate(() => customElements.get('svara-survey') === undefined)).toBe(true);
  await start.focus();
  const before = await start.boundingBox();
  // The toolbar's box is the server's before the script runs (Lyssna, Lättläst, Inställningar).
  const serverBar = page.locator('[data-svara-server-toolbar]');
  await expect(serverBar.getByRole('button', { name: 'Lyssna' })).toBeVisible();
  const barBefore = await serverBar.boundingBox();

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
  // …and then the widget's own toolbar, in the same box.
  await expect(serverBar).toHaveCount(0);
  expect(await widget(page).locator('[part="toolbar"]').boundingBox()).toEqual(barBefore);
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

/** Every layout shift from the first paint, and what read-aloud says (speechSynthesis with a Swedish voice). */
async function observe(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { shifts: number[]; spoken: string[] };
    w.shifts = [];
    w.spoken = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.shifts.push((entry as unknown as { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
    const voice = { lang: 'sv-SE', name: 'Svenska', default: true, localService: true, voiceURI: 'sv' };
    // (Chromium's own utterance takes only its own voices.)
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      value: class {
        voice: unknown = null;
        lang = '';
        constructor(public text: string) {}
      },
    });
    Object.defineProperty(window, 'speechSynthesis', {
      value: {
        getVoices: () => [voice],
        speak: (utterance: SpeechSynthesisUtterance) => w.spoken.push(utterance.text),
        cancel: () => {},
        addEventListener: () => {},
        removeEventListener: () => {},
      },
    });
  });
}

/** Holds the responses to `url` back until the returned function is called. */
async function holdScript(page: Page, url: string): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

const shifts = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { shifts: number[] }).shifts.reduce((sum, value) => sum + value, 0),
  );

for (const width of [320, 1280])
  test(`${width} px: the widget's toolbar takes the server's toolbar box, nothing moves`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await observe(page);
    const release = await holdScript(page, '**/svara-survey.js');
    await page.goto(`/s/${SURVEY}`, { waitUntil: 'commit' });
    const serverBar = page.locator('[data-svara-server-toolbar]');
    await expect(serverBar).toBeVisible();
    const bar = await serverBar.boundingBox();
    const heading = await page.locator('[data-svara-server-screen] h2').boundingBox();
    release();
    await page.evaluate(async () => {
      await customElements.whenDefined('svara-survey');
      await (document.querySelector('svara-survey') as HTMLElement & { updateComplete: Promise<unknown> })
        .updateComplete;
    });
    await expect(serverBar).toHaveCount(0);
    expect(await widget(page).locator('[part="toolbar"]').boundingBox()).toEqual(bar);
    expect(await page.locator('[data-svara-server-screen] h2').boundingBox()).toEqual(heading);
    expect(await shifts(page)).toBe(0);
  });

test('Lyssna on the hosted start screen reads it aloud (JavaScript on)', async ({ page }) => {
  await observe(page);
  await page.goto(`/s/${SURVEY}`);
  await page.evaluate(async () => {
    await customElements.whenDefined('svara-survey');
    await (document.querySelector('svara-survey') as HTMLElement & { updateComplete: Promise<unknown> })
      .updateComplete;
  });
  expect(await shifts(page)).toBe(0);
  const lyssna = widget(page).locator('[part="toolbar"]').getByRole('button', { name: 'Lyssna' });
  await lyssna.click();
  await expect(lyssna).toHaveAttribute('aria-pressed', 'true');
  // The start screen is read (now the widget's own, which Lyssna reads), from its heading on.
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { spoken: string[] }).spoken.join(' ')))
    .toContain('Vad tyckte du om att träffa oss?');
  await expect(lyssna).toBeFocused();
  await expect(page.locator('[data-svara-server-screen]')).toHaveCount(0);
  await expect(heading(page)).toHaveText('Vad tyckte du om att träffa oss?');
});

test.describe('JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the toolbar box says that read-aloud needs JavaScript; Lättläst is a link', async ({ page }) => {
    await page.goto(`/s/${SURVEY}`);
    const bar = page.getByRole('group', { name: 'Visa enkäten på ditt sätt' });
    await expect(bar.locator('.note')).toHaveText(
      /Uppläsning \(Lyssna\) och styrning med kontakt behöver JavaScript\./,
    );
    await expect(bar.getByRole('button')).toHaveCount(0);
    await bar.getByRole('link', { name: 'Lättläst' }).click();
    await expect(page).toHaveURL(/plain=1/);
    await expect(
      page.getByRole('group', { name: 'Visa enkäten på ditt sätt' }).getByRole('link', { name: 'Lättläst' }),
    ).toHaveAttribute('aria-current', 'true');
  });
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
  const release = await holdScript(page, '**/svara-survey-lazy-questions-*.js');
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
