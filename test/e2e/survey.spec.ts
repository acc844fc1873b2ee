/**
 * <svara-survey> end to end, in Chromium against the built demo. Until the collector serves the API, the
 * answers endpoint (/api/surveys/{id}/responses) is answered here with Playwright routing: a small fake
 * collector that stores each submissionId once (200 for a replay), like the reference collector's dedupe.
 */
import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { BrowserContext, Page, Route } from '@playwright/test';
import { completeByKeyboard, expectNoAxeOn, heading, receiptOf, widget } from './survey-helpers.js';

const surveyIds = readdirSync(new URL('../../examples/surveys/', import.meta.url))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));

/** The mode each survey allows first (bemötandekollen is by phone only). */
const modeFor = (id: string) => (id === 'bemotandekollen' ? 'interview' : 'web');

interface Collector {
  /** submissionId → body, stored once. */
  stored: Map<string, Record<string, unknown>>;
  /** Every POST that reached the server, including replays. */
  posts: number;
  /** What the next answers are: a status per request, then `fallback`. */
  script: number[];
  fallback: number | 'abort' | 'hang';
  /** While set, requests after the scripted ones wait for it, so a test sees the state in between. */
  gate?: Promise<void>;
}

async function fakeCollector(target: Page | BrowserContext, fallback: Collector['fallback'] = 201) {
  const collector: Collector = { stored: new Map(), posts: 0, script: [], fallback };
  await target.route('**/api/surveys/*/responses', async (route: Route) => {
    const scripted = collector.script.shift();
    if (scripted === undefined && collector.gate) await collector.gate;
    const next = scripted ?? collector.fallback;
    if (next === 'abort') return route.abort('internetdisconnected');
    if (next === 'hang') return; // never answered
    collector.posts++;
    const body = JSON.parse(route.request().postData() ?? '{}') as Record<string, unknown>;
    const id = String(body['submissionId']);
    if (next >= 200 && next < 300) {
      const replay = collector.stored.has(id);
      collector.stored.set(id, body);
      return route.fulfill({ status: replay ? 200 : next, json: { submissionId: id } });
    }
    if (next === 422)
      return route.fulfill({
        status: 422,
        contentType: 'application/problem+json',
        body: JSON.stringify({ title: 'Ogiltigt svar', detail: 'answers.kon: Värdet finns inte i enkäten.' }),
      });
    return route.fulfill({ status: next, body: '' });
  });
  return collector;
}

test.describe('<svara-survey> on the demo', () => {
  for (const id of surveyIds) {
    test(`${id}: completed with the keyboard only, axe clean on every screen, one row arrives`, async ({
      page,
    }) => {
      const collector = await fakeCollector(page);
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`/survey/prova.html?survey=${id}&mode=${modeFor(id)}`);
      expect(await completeByKeyboard(page)).toBe('Dina svar är skickade.');
      expect(collector.stored.size).toBe(1);
      const body = [...collector.stored.values()][0]!;
      expect(body['surveyId']).toBe(id);
      expect((body['meta'] as Record<string, unknown>)['mode']).toBe(modeFor(id));
      expect(errors).toEqual([]);
    });
  }

  test('the children’s city page: start screen tells why we ask and who sees the answers', async ({
    page,
  }) => {
    await fakeCollector(page);
    await page.goto('/survey/barn.html');
    await expect(heading(page)).toHaveText('Vad tyckte du om att träffa oss?');
    await expect(widget(page).getByText('Varför vi frågar')).toBeVisible();
    await expect(widget(page).getByText('Vem som ser svaren')).toBeVisible();
    await expect(widget(page).getByText('Ja. Vi vet inte vem som har svarat.')).toBeVisible();
    await expectNoAxeOn(page, 'barn.html');
    expect(await completeByKeyboard(page)).toBe('Dina svar är skickade.');
  });

  test('the question screens arrive late: the start screen shows, "Börja svara" waits for them, then all works', async ({
    page,
  }) => {
    const collector = await fakeCollector(page);
    // The chunk the widget requests after its first screen (controls, question screens, outbox) is held back.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let requested = false;
    await page.route(/lazy-questions[^/]*\.js/, async (route) => {
      requested = true;
      await released;
      await route.continue();
    });
    await page.goto('/survey/barn.html');
    await expect(heading(page)).toHaveText('Vad tyckte du om att träffa oss?');
    await expect.poll(() => requested, 'requested once the start screen is there').toBe(true);
    const start = widget(page).getByRole('button', { name: 'Börja svara' });
    await start.focus();
    await page.keyboard.press('Enter');
    await expect(widget(page).getByRole('status').first()).toHaveText('Enkäten laddas …');
    await expect(heading(page), 'still the start screen').toHaveText('Vad tyckte du om att träffa oss?');
    await expect(start).toBeFocused();
    release();
    await expect(heading(page)).toBeFocused();
    await expect(heading(page)).not.toHaveText('Vad tyckte du om att träffa oss?');
    await expect(widget(page).locator('svara-scale').first()).toBeVisible();
    // The rest of the way with the keyboard, from the first question: the answers arrive once.
    await widget(page).getByRole('button', { name: 'Tillbaka' }).click();
    expect(await completeByKeyboard(page, undefined, { axe: false })).toBe('Dina svar är skickade.');
    expect(collector.stored.size).toBe(1);
  });

  test('interview page: prompts for staff and meta answeredBy interviewer', async ({ page }) => {
    const collector = await fakeCollector(page);
    await page.goto('/survey/intervju.html');
    await expect(widget(page).getByText('Till dig som intervjuar:')).toBeVisible();
    await completeByKeyboard(page);
    const meta = [...collector.stored.values()][0]!['meta'];
    expect(meta).toMatchObject({ answeredBy: 'interviewer', mode: 'interview' });
    await expect(widget(page).getByRole('button', { name: 'Starta en ny intervju' })).toBeVisible();
  });

  test('offline: 5 responses queued, a reload while offline, then online → exactly 5 arrive', async ({
    page,
    context,
  }) => {
    const collector = await fakeCollector(context, 'abort');
    // The question screens, the outbox and the receipt come in one chunk right after the start screen.
    const receiptCode = page.waitForResponse(/lazy-questions-[\w-]+\.js$/);
    await page.goto('/survey/prova.html?survey=medborgardialog-trygghet&mode=kiosk');
    // The definition has arrived (the page's load event does not wait for it) before the network goes.
    await expect(widget(page).getByRole('button', { name: 'Börja svara' })).toBeVisible();
    await receiptCode;
    await context.setOffline(true);
    for (let n = 0; n < 5; n++) {
      expect(await completeByKeyboard(page)).toBe(
        'Dina svar är sparade på den här enheten och skickas när du har internet.',
      );
      await widget(page).getByRole('button', { name: 'Börja om' }).click();
    }
    // Reload "while offline": the page itself must load, so the API alone stays unreachable.
    await context.setOffline(false);
    await page.reload();
    await expect(widget(page).getByRole('button', { name: 'Börja svara' })).toBeVisible();
    expect(collector.stored.size).toBe(0);
    collector.fallback = 201;
    await context.setOffline(true);
    await context.setOffline(false); // `online`: the outbox sends what failed for lack of network
    await expect.poll(() => collector.stored.size, { timeout: 15_000 }).toBe(5);
    await page.waitForTimeout(1000);
    expect(collector.stored.size).toBe(5);
    expect(collector.posts).toBe(5);
  });

  test('no network from the start: a plain message, not an empty widget', async ({ page }) => {
    // The definition cannot be fetched, and the unavailable screen's own chunk (loaded on demand) cannot either.
    await page.route('**/familjeenheten-barn*.json', (route) => route.abort('internetdisconnected'));
    await page.route('**/*unavailable-screen*.js', (route) => route.abort('internetdisconnected'));
    await page.goto('/survey/barn.html');
    await expect(heading(page)).toHaveText('Enkäten kan inte visas just nu');
    await expect(widget(page).getByText('Försök igen senare. Det är inte ditt fel.')).toBeVisible();
  });

  test('503 then 201 → exactly one row', async ({ page }) => {
    const collector = await fakeCollector(page);
    collector.script = [503];
    // The retry waits until the respondent has been told the answer is kept (on a busy machine it came first).
    let openGate = () => {};
    collector.gate = new Promise((resolve) => (openGate = resolve));
    await page.goto('/survey/prova.html?survey=foraldramottagning');
    expect(await completeByKeyboard(page)).toBe(
      'Dina svar är sparade på den här enheten och skickas när du har internet.',
    );
    openGate();
    await expect.poll(() => collector.stored.size, { timeout: 15_000 }).toBe(1);
    await expect(heading(page)).toHaveText('Dina svar är skickade.');
    expect(collector.posts, 'the 503, then the 201').toBe(2);
  });

  test('closing the page right after Skicka → the answer arrives on the next load', async ({ context }) => {
    const collector = await fakeCollector(context, 'hang');
    const page = await context.newPage();
    await page.goto('/survey/prova.html?survey=foraldramottagning');
    await widget(page).getByRole('button', { name: 'Börja svara' }).click();
    await widget(page).getByRole('button', { name: 'Skicka' }).click();
    await expect(widget(page).locator('.sending, [part="receipt"]')).toContainText(/Skickar|sparade/);
    await page.close({ runBeforeUnload: true });
    collector.fallback = 201;
    const next = await context.newPage();
    await next.goto('/survey/prova.html?survey=foraldramottagning');
    await expect.poll(() => collector.stored.size, { timeout: 15_000 }).toBe(1);
  });

  test('422 → the respondent sees what went wrong, in plain words', async ({ page }) => {
    await fakeCollector(page, 422);
    await page.goto('/survey/barn.html');
    expect(await completeByKeyboard(page)).toBe('Dina svar kunde inte tas emot.');
    await expect(
      receiptOf(page).getByText('Något i svaren stämmer inte med enkäten.', { exact: false }),
    ).toBeVisible();
    await expect(receiptOf(page).getByText('answers.kon: Värdet finns inte i enkäten.')).toBeVisible();
  });

  test('strict CSP (real headers) and Trusted Types: works with 0 violations', async ({ page }) => {
    const csp =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html";
    await page.route('**/survey/strikt.html', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': csp } });
    });
    await fakeCollector(page);
    await page.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { violations: string[] }).violations.push(
          `${event.violatedDirective} ${event.blockedURI} ${event.sample}`,
        ),
      );
    });
    const cookies: string[] = [];
    page.on('request', (request) => {
      const cookie = request.headers()['cookie'];
      if (cookie) cookies.push(cookie);
    });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    await page.goto('/survey/strikt.html');
    await expect(widget(page).locator('[data-screen-heading]'), problems.join('\n')).toBeVisible();
    // Trusted Types are really enforced: a plain string into innerHTML is refused.
    expect(
      await page.evaluate(() => {
        try {
          document.createElement('div').innerHTML = '<b>x</b>';
          return 'allowed';
        } catch {
          return 'refused';
        }
      }),
    ).toBe('refused');
    const violationsBefore = await page.evaluate(
      () => (window as unknown as { violations: string[] }).violations,
    );
    // No axe here: its script cannot be injected under Trusted Types (the same screens are checked on barn.html).
    expect(await completeByKeyboard(page, undefined, { axe: false })).toBe('Dina svar är skickade.');
    const violations = await page.evaluate(() => (window as unknown as { violations: string[] }).violations);
    // The probe above is the one expected report (require-trusted-types-for); nothing from the widget.
    expect(violations.slice(violationsBefore.length)).toEqual([]);
    expect(violationsBefore.filter((v) => !v.startsWith('require-trusted-types-for'))).toEqual([]);
    expect(cookies).toEqual([]);
  });

  test('Arabic: svara’s texts in Arabic, laid out right to left', async ({ page }) => {
    await fakeCollector(page);
    await page.goto('/survey/prova.html?survey=familjeenheten-barn&lang=ar');
    await expect(widget(page)).toHaveAttribute('dir', 'rtl');
    await expect(widget(page).getByRole('button', { name: 'ابدأ الإجابة' })).toBeVisible();
    const direction = await heading(page).evaluate((el) => getComputedStyle(el).direction);
    expect(direction).toBe('rtl');
    const receipt = await completeByKeyboard(page, { start: 'ابدأ الإجابة', next: /^(متابعة|إرسال)$/ });
    expect(receipt).toBe('تم إرسال إجاباتك.');
  });
});
