/**
 * The public results pages the collector serves (`/r/…`, issue #13), after a real round: units and a round made
 * through the staff API, answers through the public API, the round closed and published with `{ publish: true }`.
 * Then the pages as a reader meets them: axe finds nothing, nothing is wider than a 320 px screen, every number is
 * in a table a screen reader can read, forced colours keep the bars, the children's version and the printable page.
 */
import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import type { APIRequestContext, Page } from '@playwright/test';
import { axeViolations, describeViolations } from './axe.js';
import { operatorHeaders } from './operator.js';

const SURVEY = 'familjeenheten-barn';
const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
const run = randomUUID().slice(0, 6);
const UNITS = [
  { id: `e2e-r-${run}`, name: 'Södermalms socialtjänst', parent: null },
  { id: `e2e-r-${run}-fam`, name: 'Familjeenheten Södermalm', parent: `e2e-r-${run}` },
  { id: `e2e-r-${run}-ung`, name: 'Ungdomsenheten Södermalm', parent: `e2e-r-${run}` },
];

async function publishRound(request: APIRequestContext): Promise<string> {
  const staff = await operatorHeaders(request);
  for (const unit of UNITS)
    expect((await request.post('/api/staff/units', { headers: staff, data: unit })).status()).toBe(201);
  const created = await request.post(`/api/staff/surveys/${SURVEY}/rounds`, {
    headers: staff,
    data: {
      name: 'Våren e2e',
      opens: today,
      closes: today,
      units: [
        { unitId: UNITS[1]!.id, invited: 30 },
        { unitId: UNITS[2]!.id, invited: null },
      ],
    },
  });
  expect(created.status()).toBe(201);
  const round = (await created.json()).id as string;
  const faces = [5, 4, 5, 3, 4, 5, 2, 4, 5, 1, 4, 5];
  for (const [unit, count] of [
    [UNITS[1]!.id, 14],
    [UNITS[2]!.id, 9],
  ] as const) {
    for (let i = 0; i < count; i++) {
      const reply = await request.post(`/api/surveys/${SURVEY}/responses`, {
        data: {
          submissionId: randomUUID(),
          surveyId: SURVEY,
          surveyVersion: 1,
          lang: 'sv',
          submittedAt: new Date().toISOString(),
          answers: {
            'vet-varfor': faces[i % faces.length],
            lyssnade: faces[(i + 3) % faces.length],
            kon: i % 2 ? 'flicka' : 'pojke',
          },
          meta: { answeredBy: 'self', mode: 'web' },
          unit,
          round,
        },
      });
      expect(reply.status()).toBe(201);
    }
  }
  expect(
    (
      await request.post(`/api/staff/rounds/${round}/actions`, {
        headers: staff,
        data: {
          unit: UNITS[1]!.id,
          heard: 'Många visste inte varför de var här.',
          questions: ['vet-varfor'],
          action: 'Vi förklarar vid första mötet varför barnet är här, med bildstöd.',
          plain: 'Vi berättar varför du är här.',
          responsible: 'Enhetschefen',
          status: 'pågår',
          when: '2027-03',
        },
      })
    ).status(),
  ).toBe(201);
  const closed = await request.post(`/api/staff/rounds/${round}/close`, {
    headers: staff,
    data: { publish: true },
  });
  expect(closed.status()).toBe(200);
  expect((await closed.json()).status).toBe('published');
  return round;
}

async function expectClean(page: Page, what: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, `${what}:\n${describeViolations(violations)}`).toEqual([]);
}

test.describe('public results pages', () => {
  let round = '';
  test.beforeAll(async ({ request }) => {
    round = await publishRound(request);
  });

  test('a unit’s page: tables a screen reader can read, "Ni sa – vi gör", axe clean at 320 and 1280 px', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    for (const width of [1280, 320]) {
      await page.setViewportSize({ width, height: 900 });
      const response = await page.goto(`/r/${SURVEY}/${round}/${UNITS[1]!.id}`);
      expect(response?.headers()['content-security-policy']).toContain("script-src 'none'");
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Familjeenheten Södermalm');
      await expect(page.getByRole('heading', { name: 'Ni sa – vi gör' })).toBeVisible();
      await expect(page.getByText('Enhetschefen')).toBeVisible();
      const table = page.getByRole('table', { name: 'Jag vet varför vi träffades.' });
      await expect(table).toBeVisible();
      await expect(table.getByRole('columnheader', { name: 'Alla' })).toBeVisible();
      await expect(table.getByRole('rowheader', { name: 'Stämmer helt' })).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `nothing wider than the screen at ${width} px`).toBeLessThanOrEqual(0);
      await expectClean(page, `unit page at ${width} px`);
      await page.screenshot({ path: `test-results/e2e/results-unit-${width}.png`, fullPage: true });
    }
    expect(errors, 'the strict CSP refuses nothing the page needs').toEqual([]);
  });

  test('forced colours keep the bars; the children’s version, the printable round and the index are clean', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(`/r/${SURVEY}/${round}/${UNITS[1]!.id}`);
    const bar = page.locator('.bar').first();
    const background = await bar.evaluate((el) => getComputedStyle(el).backgroundColor);
    const canvas = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background, 'a bar is not the colour of the page').not.toBe(canvas);
    await page.screenshot({ path: 'test-results/e2e/results-unit-forced.png', fullPage: true });
    await page.emulateMedia({ forcedColors: 'none' });

    await page.setViewportSize({ width: 320, height: 900 });
    await page.goto(`/r/${SURVEY}/${round}/${UNITS[1]!.id}?audience=child`);
    await expect(page.getByRole('heading', { name: 'Det här gör vi nu' })).toBeVisible();
    await expect(page.getByText('Vi berättar varför du är här.')).toBeVisible();
    await expectClean(page, 'children’s version');
    await page.screenshot({ path: 'test-results/e2e/results-child-320.png', fullPage: true });

    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/r/${SURVEY}/${round}`);
    await expect(page.getByRole('heading', { level: 2, name: /Ungdomsenheten Södermalm/ })).toBeVisible();
    await expectClean(page, 'printable round');
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: 'test-results/e2e/results-round-print.png', fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    await page.goto('/r/');
    await expect(page.getByRole('link', { name: /Våren e2e/ })).toBeVisible();
    await expectClean(page, 'index');
  });
});
