/**
 * <svara-survey> against the real collector: the demo page, the widget and `svara serve` with its SQLite
 * database, in Chromium. What arrives is read back through the collector's own export (admin token), so every
 * count below is rows in the database, not requests seen; each test counts only the submissionIds its own pages
 * minted (from the `svara-submit` event a host sees). Network trouble is made with Playwright (offline, a
 * 503 in front of the server, a page closed mid-send); the server itself is never faked here.
 */
import { expect, test } from '@playwright/test';
import type { APIRequestContext, BrowserContext, Page, Request } from '@playwright/test';
import { E2E_ADMIN_TOKEN } from './collector-address.js';
import { completeByKeyboard, heading, receiptOf, trackSubmissions, widget } from './survey-helpers.js';

const QUEUED = 'Dina svar är sparade på den här enheten och skickas när du har internet.';
const DELIVERED = 'Dina svar är skickade.';

interface Row {
  submissionId: string;
  surveyId: string;
  surveyVersion: number;
  answers: Record<string, unknown>;
  meta: Record<string, unknown>;
}

/** The rows the collector has stored for a survey. */
async function rows(request: APIRequestContext, surveyId: string): Promise<Row[]> {
  const response = await request.get(`/api/surveys/${surveyId}/export.json`, {
    headers: { authorization: `Bearer ${E2E_ADMIN_TOKEN}` },
  });
  expect(response.status()).toBe(200);
  return (await response.json()) as Row[];
}

/** The stored rows of these submissions. */
async function rowsOf(request: APIRequestContext, surveyId: string, ids: Set<string>): Promise<Row[]> {
  return (await rows(request, surveyId)).filter((row) => ids.has(row.submissionId));
}

/** Every submission POST the pages of a context make (to see that nothing is sent twice). */
function countPosts(context: BrowserContext): Request[] {
  const posts: Request[] = [];
  context.on('request', (request) => {
    if (request.method() === 'POST' && /\/api\/surveys\/[^/]+\/responses$/.test(request.url()))
      posts.push(request);
  });
  return posts;
}

/** A host script that changes an answer before it is sent (svara-submit lets hosts change answers). */
async function setAnswerOnSubmit(page: Page, question: string, value: string): Promise<void> {
  await page.addInitScript(
    ([question, value]) => {
      document.addEventListener(
        'svara-submit',
        (event) => {
          const submission = (event as Event & { submission: { answers: Record<string, unknown> } })
            .submission;
          submission.answers[question!] = value;
        },
        true,
      );
    },
    [question, value],
  );
}

/** The children's survey on the kiosk page: Börja om after each receipt, so many responses fit in one load. */
const KIOSK = '/survey/prova.html?survey=familjeenheten-barn&mode=kiosk';
const PARENTS = '/survey/prova.html?survey=foraldramottagning';

test.describe('<svara-survey> with the real collector', () => {
  test('the children’s city page: completed by keyboard, one row with exactly the answers given', async ({
    page,
    context,
    request,
  }) => {
    const ids = await trackSubmissions(context);
    await page.goto('/survey/barn.html');
    expect(await completeByKeyboard(page)).toBe(DELIVERED);
    const stored = await rowsOf(request, 'familjeenheten-barn', ids);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.meta).toMatchObject({ answeredBy: 'self', mode: 'web' });
    // The keyboard walk answers every question with its first option and leaves the comment empty.
    expect(stored[0]!.answers).toEqual({
      'vet-varfor': 1,
      lyssnade: 1,
      'kunde-saga': 1,
      snalla: 1,
      'vet-vad-nu': 1,
      kon: 'flicka',
    });
  });

  test('the children’s survey with one switch: a support person turns on Styr med kontakt, Space does the rest', async ({
    page,
    context,
    request,
  }) => {
    test.setTimeout(120_000); // seven screens of real scanning time
    const ids = await trackSubmissions(context);
    await page.goto('/survey/barn.html');
    await widget(page).evaluate((el) => ((el as HTMLElement & { scanInterval: number }).scanInterval = 600));
    await widget(page).getByRole('button', { name: 'Inställningar' }).click(); // the support person's settings
    await widget(page).getByRole('button', { name: 'Styr med kontakt' }).click();
    /** Waits until the scan highlight is on `target` (a button's text or an answer's value), then presses the switch. */
    const select = async (target: string) => {
      await page.waitForFunction(
        (target) => {
          const mark = '[data-svara-scan-highlight]';
          const root = document.querySelector('svara-survey')!.shadowRoot!;
          const button = root.querySelector(`button${mark}`);
          if (button) return button.textContent!.trim() === target;
          for (const control of root.querySelectorAll('[data-question]')) {
            const item = control.shadowRoot?.querySelector<HTMLInputElement | HTMLButtonElement>(mark);
            if (item) return item instanceof HTMLInputElement ? item.value === target : false;
          }
          return false;
        },
        target,
        { timeout: 20_000, polling: 'raf' },
      );
      await page.keyboard.press('Space');
    };
    await select('Börja svara');
    await expect(heading(page)).toHaveText('Fråga 1 av 7');
    for (const face of ['4', '5', '3', '5', '2']) {
      await select(face);
      await select('Fortsätt');
    }
    await select('annat');
    await select('Fortsätt');
    await select('Skicka');
    await expect(heading(page)).toHaveText(DELIVERED);
    const stored = await rowsOf(request, 'familjeenheten-barn', ids);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.answers).toEqual({
      'vet-varfor': 4,
      lyssnade: 5,
      'kunde-saga': 3,
      snalla: 5,
      'vet-vad-nu': 2,
      kon: 'annat',
    });
  });

  test('offline: 5 responses, a reload while offline, then online → exactly 5 rows', async ({
    page,
    context,
    request,
  }) => {
    const ids = await trackSubmissions(context);
    // The question screens and the outbox come in one chunk right after the start screen: a kiosk that loses its
    // network has loaded them already (a chunk that comes late is survey.spec's "held back" test).
    const questionsCode = page.waitForResponse(/lazy-questions-[\w-]+\.js$/);
    await page.goto(KIOSK);
    await questionsCode;
    await context.setOffline(true);
    for (let n = 0; n < 5; n++) {
      expect(await completeByKeyboard(page, undefined, { axe: n === 0 })).toBe(QUEUED);
      await widget(page).getByRole('button', { name: 'Börja om' }).click();
    }
    expect(ids.size).toBe(5);
    // Reloading offline: the browser cannot even load the page; the answers wait on the device. (The keepalive
    // requests the outbox makes as the page goes away escape Chromium's offline emulation and may deliver some
    // answers here already, so only the end result is counted: exactly 5 rows, whichever way they came.)
    await expect(page.reload()).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
    await context.setOffline(false);
    await page.goto(KIOSK); // the next load of any page with the widget replays the outbox
    await expect
      .poll(async () => (await rowsOf(request, 'familjeenheten-barn', ids)).length, { timeout: 20_000 })
      .toBe(5);
    await page.waitForTimeout(1500);
    expect(await rowsOf(request, 'familjeenheten-barn', ids)).toHaveLength(5);
  });

  test('the server answers 503, then 201 → exactly one row', async ({ page, context, request }) => {
    const ids = await trackSubmissions(context);
    const posts = countPosts(context);
    let refused = 0;
    await page.route('**/api/surveys/*/responses', async (route) => {
      if (refused++ === 0)
        return route.fulfill({ status: 503, headers: { 'retry-after': '1' }, body: 'Underhåll' });
      return route.continue();
    });
    await page.goto(PARENTS);
    expect(await completeByKeyboard(page, undefined, { axe: false })).toBe(QUEUED);
    await expect(heading(page)).toHaveText(DELIVERED, { timeout: 20_000 });
    expect(await rowsOf(request, 'foraldramottagning', ids)).toHaveLength(1);
    expect(posts).toHaveLength(2);
  });

  test('the page is closed right after Skicka → the answer arrives (on that load or the next), once', async ({
    context,
    request,
  }) => {
    const ids = await trackSubmissions(context);
    const page = await context.newPage();
    await page.goto(PARENTS);
    await widget(page).getByRole('button', { name: 'Börja svara' }).click();
    await widget(page).getByRole('button', { name: 'Skicka' }).click();
    await page.close({ runBeforeUnload: true });
    const next = await context.newPage();
    await next.goto(PARENTS);
    expect(ids.size).toBe(1);
    await expect
      .poll(async () => (await rowsOf(request, 'foraldramottagning', ids)).length, { timeout: 20_000 })
      .toBe(1);
    await next.waitForTimeout(1500);
    expect(await rowsOf(request, 'foraldramottagning', ids)).toHaveLength(1);
  });

  test('the collector refuses a submission (400) → the respondent sees what went wrong; nothing is stored', async ({
    page,
    context,
    request,
  }) => {
    const ids = await trackSubmissions(context);
    // A host script breaks the submission: an answer the survey does not offer.
    await setAnswerOnSubmit(page, 'kon', 'drake');
    await page.goto('/survey/barn.html');
    expect(await completeByKeyboard(page)).toBe('Dina svar kunde inte tas emot.');
    await expect(
      receiptOf(page).getByText('Något i svaren stämmer inte med enkäten.', { exact: false }),
    ).toBeVisible();
    await expect(receiptOf(page).getByText('Servern svarade:')).toBeVisible();
    // The collector's own message about the answer, in Swedish (the browser's language), not its English summary.
    await expect(receiptOf(page).locator('.detail li').first()).toBeVisible();
    await expect(receiptOf(page).getByText('The submission has errors')).toHaveCount(0);
    expect(ids.size).toBe(1);
    expect(await rowsOf(request, 'familjeenheten-barn', ids)).toHaveLength(0);
  });

  test('two tabs with answers waiting: one sender, every answer arrives once', async ({
    context,
    request,
  }) => {
    const ids = await trackSubmissions(context);
    const posts = countPosts(context);
    const tabs = [await context.newPage(), await context.newPage()];
    for (const tab of tabs) {
      // Each tab has its question chunk (screens, outbox) before the network goes, as in the test above.
      const questionsCode = tab.waitForResponse(/lazy-questions-[\w-]+\.js$/);
      await tab.goto(PARENTS);
      await questionsCode;
    }
    await context.setOffline(true);
    for (const tab of tabs) {
      await widget(tab).getByRole('button', { name: 'Börja svara' }).click();
      await widget(tab).getByRole('button', { name: 'Skicka' }).click();
      await expect(heading(tab)).toHaveText(QUEUED);
    }
    expect(ids.size).toBe(2);
    await context.setOffline(false); // `online` in both tabs at once
    await expect
      .poll(async () => (await rowsOf(request, 'foraldramottagning', ids)).length, { timeout: 20_000 })
      .toBe(2);
    await tabs[0]!.waitForTimeout(1500);
    expect(await rowsOf(request, 'foraldramottagning', ids)).toHaveLength(2);
    const answered = posts.filter((post) => !post.failure());
    expect(answered, 'no answer sent twice').toHaveLength(2);
  });

  test('a bot that fills the hidden honeypot gets the usual receipt, and nothing is stored', async ({
    page,
    context,
    request,
  }) => {
    const ids = await trackSubmissions(context);
    await page.goto(PARENTS);
    await widget(page).getByRole('button', { name: 'Börja svara' }).click();
    await widget(page).locator('.honeypot input').fill('https://spam.example');
    await widget(page).getByRole('button', { name: 'Skicka' }).click();
    await expect(heading(page)).toHaveText(DELIVERED);
    expect(ids.size).toBe(1);
    expect(await rowsOf(request, 'foraldramottagning', ids)).toHaveLength(0);
  });
  test('versions and closing: an answer queued offline for version 1 is stored after version 2 is published; a closed survey tells the respondent and empties the outbox', async ({
    page,
    context,
    request,
  }) => {
    test.setTimeout(90_000);
    const staff = { authorization: `Bearer ${E2E_ADMIN_TOKEN}` };
    const survey = 'foraldramottagning';
    const ids = await trackSubmissions(context);
    const posts = countPosts(context);
    await page.goto(PARENTS);
    const v1 = await (await request.get(`/api/surveys/${survey}`)).json();
    // The device is offline: every send fails (routed, since Chromium's offline emulation lets some through).
    await page.route('**/api/surveys/*/responses', (route) => route.abort('internetdisconnected'));
    expect(await completeByKeyboard(page, undefined, { axe: false })).toBe(QUEUED);
    expect(await rowsOf(request, survey, ids)).toHaveLength(0);

    // Staff publish version 2 while the answer waits on the device.
    const draft = await request.get(`/api/staff/surveys/${survey}/draft`, { headers: staff });
    expect(draft.status()).toBe(200);
    const { revision, definition } = await draft.json();
    const saved = await request.put(`/api/staff/surveys/${survey}/draft`, {
      headers: { ...staff, 'if-match': `"${revision}"` },
      data: { definition: { ...definition, intro: `${v1.intro} Det tar två minuter.` } },
    });
    expect(saved.status()).toBe(200);
    const published = await request.post(`/api/staff/surveys/${survey}/publish`, {
      headers: staff,
      data: { revision: (await saved.json()).revision },
    });
    expect(published.status(), await published.text()).toBe(201);
    const version = (await published.json()).version as number;
    expect(version).toBeGreaterThan(v1.version);
    expect((await (await request.get(`/api/surveys/${survey}`)).json()).version).toBe(version);

    await page.unroute('**/api/surveys/*/responses');
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect(heading(page)).toHaveText(DELIVERED, { timeout: 20_000 });
    const stored = await rowsOf(request, survey, ids);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.surveyVersion).toBe(v1.version);

    // Now one more answer waits on the device (its sends fail as if offline; Chromium's offline emulation lets
    // some requests through), and staff close the survey meanwhile.
    const next = await context.newPage();
    await next.route('**/api/surveys/*/responses', (route) => route.abort('internetdisconnected'));
    await next.goto(PARENTS);
    expect(await completeByKeyboard(next, undefined, { axe: false })).toBe(QUEUED);
    const waiting = [...ids].find((id) => !stored.some((row) => row.submissionId === id))!;
    expect(await rowsOf(request, survey, new Set([waiting]))).toHaveLength(0);
    expect((await request.post(`/api/staff/surveys/${survey}/close`, { headers: staff })).status()).toBe(200);
    try {
      await next.unroute('**/api/surveys/*/responses');
      await next.evaluate(() => window.dispatchEvent(new Event('online')));
      await expect(heading(next)).toHaveText('Enkäten är stängd', { timeout: 20_000 });
      await expect(receiptOf(next).getByText('dina svar sparades inte', { exact: false })).toBeVisible();
      // Gone from the device: nothing left in the outbox, and a new page load sends nothing again.
      const left = await next.evaluate(
        () =>
          new Promise<number>((resolve, reject) => {
            const open = indexedDB.open('svara-outbox');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const db = open.result;
              const names = [...db.objectStoreNames];
              if (!names.length) return resolve(0);
              const count = db.transaction(names[0]!).objectStore(names[0]!).count();
              count.onsuccess = () => resolve(count.result);
              count.onerror = () => reject(count.error);
            };
          }),
      );
      expect(left).toBe(0);
      const sentFor = () =>
        posts.filter((post) => (post.postDataJSON() as { submissionId?: string })?.submissionId === waiting)
          .length;
      const sent = sentFor();
      await next.reload();
      await next.waitForTimeout(1500);
      expect(sentFor()).toBe(sent);
      expect(await rowsOf(request, survey, new Set([waiting]))).toHaveLength(0);
    } finally {
      expect((await request.post(`/api/staff/surveys/${survey}/reopen`, { headers: staff })).status()).toBe(
        200,
      );
    }
  });
  test('the hosted page of a unit: the link from the QR poster, answered by keyboard, the row stamped with unit and round', async ({
    page,
    context,
    request,
  }) => {
    const staff = { authorization: `Bearer ${E2E_ADMIN_TOKEN}` };
    const survey = 'foraldramottagning';
    const unit = `familjeenheten-${Date.now().toString(36)}`;
    const units = await request.post('/api/staff/units/import', {
      headers: { ...staff, 'content-type': 'text/csv' },
      data: `id,name,parent\nkungsholmen-e2e,Kungsholmen,\n${unit},Familjeenheten,kungsholmen-e2e\n`,
    });
    expect(units.status(), await units.text()).toBe(200);
    const day = (offset: number) =>
      new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(
        new Date(Date.now() + offset * 864e5),
      );
    const created = await request.post(`/api/staff/surveys/${survey}/rounds`, {
      headers: staff,
      data: { name: 'Våren', opens: day(-1), closes: day(30), units: [{ unitId: unit, invited: 20 }] },
    });
    expect(created.status(), await created.text()).toBe(201);
    const round = (await created.json()).id as string;
    const links = await (await request.get(`/api/staff/rounds/${round}/links`, { headers: staff })).json();
    const link = new URL(links[0].url);
    expect(link.pathname).toBe(`/s/${survey}/${unit}`);

    const ids = await trackSubmissions(context);
    // The definition is inlined in the page: no second request for it, and nothing the strict CSP refuses.
    const definitionRequests: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === `/api/surveys/${survey}`) definitionRequests.push(r.url());
    });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    await page.goto(link.pathname);
    await expect(page.getByText('Familjeenheten')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Börja svara' })).toBeVisible();
    expect(definitionRequests).toEqual([]);
    expect(await completeByKeyboard(page)).toBe(DELIVERED);
    expect(definitionRequests).toEqual([]);
    expect(problems).toEqual([]);
    const stored = (await rowsOf(request, survey, ids)) as (Row & { unit?: string; round?: string })[];
    expect(stored).toHaveLength(1);
    expect(stored[0]!.unit).toBe(unit);
    expect(stored[0]!.round).toBe(round);
    const counts = await (await request.get(`/api/staff/rounds/${round}/counts`, { headers: staff })).json();
    expect(counts.units).toEqual([
      { unitId: unit, name: 'Familjeenheten', responses: 1, invited: 20, responseRate: 0.05 },
    ]);
  });
});
