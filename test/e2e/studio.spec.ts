/**
 * svara studio against the real collector, by keyboard only: the whole life of a survey. Anna (an administrator,
 * editor and publisher) signs in with the city's account (OpenID Connect, a real identity provider started by the
 * test), creates a children's survey, writes it — a too-hard sentence is flagged next to the field, and she
 * rewrites it; "Lägg till fråga" puts her straight into the new question's text — looks at the previews as a child
 * and as an AAC user gets them, and asks for approval; Bo, a second publisher, signs in on his own and approves
 * (four eyes: Anna cannot approve her own draft); Anna publishes, opens a round in two units, and each unit's link
 * works for a respondent, as does the QR code on one unit's poster (downloaded and decoded); the counts per unit
 * then show those answers. Every step is a key press (Tab, Enter, Space, typing); the only things done through the
 * API are what an administrator did beforehand (units, two accounts). Screenshots of each studio screen go to
 * test-results/studio/.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, request as playwrightRequest, test } from '@playwright/test';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { ensureRasterTools, qrInPdf } from '../../packages/collector/test/raster.js';
import { ADMIN_TOKEN, signInWithCityAccount, startOidcCollector } from './studio-collector.js';
import type { OidcCollector } from './studio-collector.js';
import { completeByKeyboard } from './survey-helpers.js';

const run = Date.now().toString(36);
const anna = { sub: `anna-${run}`, email: `anna-${run}@stad.example`, name: 'Anna Andersson' };
const bo = { sub: `bo-${run}`, email: `bo-${run}@stad.example`, name: 'Bo Berg' };
const ORG = `e2e-${run}`;
const UNITS = [
  { id: `e2e-${run}-familj`, name: `Familjeenheten ${run}` },
  { id: `e2e-${run}-ungdom`, name: `Ungdomsenheten ${run}` },
] as const;
const TITLE = `Vad tycker du om oss ${run}`;

let server: OidcCollector;

test.beforeAll(async () => {
  server = await startOidcCollector();
});

test.afterAll(async () => {
  await server?.stop();
});

/** What a keyboard user has focused, wherever it is (through shadow roots): its name as a person would read it. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    // Into same-origin preview frames too.
    if (el instanceof HTMLIFrameElement) return `frame ${el.title}`;
    if (!el) return '';
    const input = el as HTMLInputElement;
    const label = el.getAttribute('aria-label') ?? (input.labels?.[0]?.textContent || '') ?? '';
    const text = label || el.textContent || el.getAttribute('title') || '';
    return `${el.localName} ${text.replace(/\s+/g, ' ').trim()}`;
  });
}

/** Presses Tab (or Shift+Tab) until what is focused matches; fails after `max` presses. */
async function tabTo(
  page: Page,
  match: RegExp,
  options: { back?: boolean; max?: number } = {},
): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < (options.max ?? 120); i++) {
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
    const now = await focused(page);
    if (match.test(now)) return;
    seen.push(now);
  }
  throw new Error(`Tab never reached ${match}; passed:\n${seen.join('\n')}`);
}

/** The units and Anna's account, made with the organisation's admin token before anyone has signed in. */
async function setUp(): Promise<void> {
  const admin = await playwrightRequest.newContext({
    baseURL: server.origin,
    extraHTTPHeaders: { authorization: `Bearer ${ADMIN_TOKEN}` },
  });
  for (const unit of [
    { id: ORG, name: `Förvaltning ${run}`, parent: null },
    ...UNITS.map((u) => ({ ...u, parent: ORG })),
  ]) {
    const created = await admin.post('/api/staff/units', { data: unit });
    expect(created.status(), await created.text()).toBe(201);
  }
  // By e-mail address only: her first sign-in with the city's account claims it.
  const first = await admin.post('/api/staff/users', {
    data: { email: anna.email, name: anna.name, roles: [{ role: 'admin', unit: null }] },
  });
  expect(first.status(), await first.text()).toBe(201);
  await admin.dispose();
}

/** Bo's account, added by Anna once she is signed in (the admin token no longer is an admin then). */
async function addBo(annaContext: BrowserContext): Promise<void> {
  const me = await annaContext.request.get('/api/auth/me');
  expect(me.status(), await me.text()).toBe(200);
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const added = await annaContext.request.post('/api/staff/users', {
    headers: { 'x-csrf-token': csrfToken },
    data: {
      email: bo.email,
      name: bo.name,
      roles: [
        { role: 'editor', unit: ORG },
        { role: 'publisher', unit: ORG },
      ],
    },
  });
  expect(added.status(), await added.text()).toBe(201);
}

async function signIn(browser: Browser, who: typeof anna): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: server.origin });
  const page = await context.newPage();
  await page.goto('/studio/');
  await signInWithCityAccount(page, server.idp, { ...who, email_verified: true });
  await expect(page.getByRole('heading', { level: 1, name: 'Enkäter' })).toBeVisible();
  await expect(page.getByText(who.name, { exact: true })).toBeVisible();
  return { context, page };
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/studio/${name}.png`, fullPage: true });
}

/** A respondent answers at `url` by keyboard, in a browser of their own. */
async function answer(browser: Browser, url: string): Promise<void> {
  const respondent = await browser.newContext();
  const page = await respondent.newPage();
  await page.goto(url);
  await completeByKeyboard(page, undefined, { axe: false });
  await respondent.close();
}

test('the whole life of a survey in the studio, by keyboard only', async ({ browser }) => {
  test.setTimeout(300_000);
  const started = Date.now();
  await setUp();
  const { context: annaContext, page } = await signIn(browser, anna);
  await addBo(annaContext);
  await shoot(page, 'surveys');

  // A new survey for children, in the förvaltning (so that both its units can run it).
  await tabTo(page, /Ny enkät/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Ny enkät' })).toBeVisible();
  await tabTo(page, /Rubrik/);
  await page.keyboard.type(TITLE);
  await tabTo(page, /^select Enhet/);
  await expect
    .poll(() =>
      page.evaluate(() => {
        let el: Element | null = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        return (el as HTMLSelectElement).selectedOptions[0]?.textContent?.trim();
      }),
    )
    .toContain(`Förvaltning ${run}`);
  await tabTo(page, /^input Vuxna/);
  await page.keyboard.press('ArrowDown');
  expect(await focused(page)).toMatch(/^input Barn/);
  await tabTo(page, /Skapa enkäten/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/studio\/surveys\/[a-z0-9-]+\/edit$/);
  const surveyId = /surveys\/([a-z0-9-]+)\/edit/.exec(page.url())![1]!;
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();

  // Writing: the privacy texts (short words: children read them too), the questions, what happens next.
  for (const [label, text] of [
    [/Varför vi frågar/, 'Vi vill veta hur du har det hos oss. Då kan vi bli bättre.'],
    [/Vem som ser svaren/, 'Bara chefen ser svaren.'],
    [/Vem man kan fråga/, 'Ring oss på 08-123 45 67.'],
  ] as const) {
    await tabTo(page, new RegExp(`textarea ${label.source}`));
    await page.keyboard.type(text);
  }
  await tabTo(page, /button .*Fråga 1/);
  await page.keyboard.press('Enter');
  await tabTo(page, /Frågan eller påståendet/);
  // A sentence too hard for a child: the studio says so next to the field while typing.
  await page.keyboard.type(
    'Handläggningsprocessens kommunikationsstrategier upplevdes sammantaget som tillfredsställande.',
  );
  const lix = page.getByText(/Svår text: för den här målgruppen högst LIX 30/).first();
  await expect(lix).toBeVisible();
  // The question with its note, for the README's guide (docs/studio/edit-lint.png).
  await page
    .locator('svara-studio-question')
    .first()
    .screenshot({ path: 'test-results/studio/edit-lint.png' });
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Blev du bra bemött?');
  await expect(lix).toBeHidden();
  await tabTo(page, /^textarea Lättläst variant/);
  await page.keyboard.type('Var vi snälla mot dig?');
  // Lägg till fråga: focus goes straight to the new question's text, so what is typed next is its text.
  await tabTo(page, /^button Lägg till fråga$/);
  await page.keyboard.press('Enter');
  await expect.poll(() => focused(page), { timeout: 1500 }).toMatch(/^textarea Frågan eller påståendet/);
  await page.keyboard.type('Var det lätt att prata med oss?');
  await expect(page.locator('svara-studio-question')).toHaveCount(2);
  await expect(page.locator('svara-studio-question').nth(1)).toContainText('Var det lätt att prata med oss?');
  await tabTo(page, /^textarea Lättläst variant/);
  await page.keyboard.type('Var det lätt att prata?');
  await tabTo(page, /textarea Vad som händer med svaren nu/);
  await page.keyboard.type('Tack! Vi läser alla svar i mars. Sedan berättar vi vad vi gör.');
  await expect(page.getByText('Sparat', { exact: true })).toBeVisible({ timeout: 10_000 });
  await expect(page.getByText('Inga fel och inga varningar.')).toBeVisible();
  await shoot(page, 'edit');

  // The previews: as a child gets it, in lättläst (both required for a children's survey), and as an AAC user gets
  // it; each looked at.
  await tabTo(page, /^a Förhandsvisning$/, { back: true, max: 400 });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/studio/surveys/${surveyId}/preview$`));
  await expect(page).toHaveTitle(`Förhandsvisning – ${TITLE} – svara studio`);
  // This tab shows every audience at once (Visa som: all ticked), AAC included.
  await expect(page.getByRole('checkbox', { name: 'AAC (bildstöd)', exact: true })).toBeChecked();
  const widgetIn = (name: string) =>
    page.frameLocator(`iframe[title="Förhandsvisning: ${name}"]`).locator('svara-survey');
  await expect(widgetIn('Barn')).toBeVisible();
  await expect(widgetIn('AAC (bildstöd)')).toBeVisible();
  expect(await widgetIn('Barn').evaluate((w) => (w as HTMLElement & { audience: string }).audience)).toBe(
    'child',
  );
  expect(
    await widgetIn('AAC (bildstöd)').evaluate((w) => [
      (w as HTMLElement & { audience: string }).audience,
      (w as HTMLElement & { pictograms: boolean }).pictograms,
    ]),
  ).toEqual(['aac', true]);
  for (const kind of ['Barn', 'Lättläst', 'AAC \\(bildstöd\\)']) {
    await tabTo(page, new RegExp(`^input Granskad: ${kind}`));
    await page.keyboard.press('Space');
  }
  await expect(page.getByText('Sparat', { exact: true })).toBeVisible({ timeout: 10_000 });
  await shoot(page, 'preview');

  // The go-live checklist: everything but the approval, which Anna cannot give herself.
  await tabTo(page, /^a Publicera$/, { back: true });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Innan enkäten publiceras' })).toBeVisible();
  await expect(page.getByText(/Den som sparade senast kan inte godkänna sin egen version/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Godkänn den här versionen' })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await shoot(page, 'publish');

  // Bo, a second publisher, signs in with his own city account on his own computer and approves.
  const { context: boContext, page: boPage } = await signIn(browser, bo);
  await tabTo(boPage, new RegExp(`^a ${TITLE}`));
  await boPage.keyboard.press('Enter');
  await tabTo(boPage, /^a Publicera$/);
  await boPage.keyboard.press('Enter');
  await tabTo(boPage, /Godkänn den här versionen/);
  await boPage.keyboard.press('Enter');
  await expect(boPage.getByText('Godkänt. Nu kan den här versionen publiceras.').first()).toBeAttached();
  await boContext.close();

  // Anna publishes.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Innan enkäten publiceras' })).toBeVisible();
  await tabTo(page, /^button Publicera$/);
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Version 1 är publicerad/).first()).toBeAttached();
  await expect(page.getByText('Publicerad version 1', { exact: false }).first()).toBeVisible();

  // A round in both units, open from today.
  await tabTo(page, /^a Omgångar och länkar$/, { back: true });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Öppna en ny omgång' })).toBeVisible();
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  await tabTo(page, /Namn på omgången/);
  await page.keyboard.type('Våren');
  for (const [part, value] of [
    ['År', year],
    ['Månad', month],
    ['Dag', day],
    ['År', year + 1],
    ['Månad', month],
    ['Dag', Math.min(day, 28)],
  ] as const) {
    await tabTo(page, new RegExp(`^input ${part}$`));
    await page.keyboard.type(String(value));
  }
  for (const unit of UNITS) {
    await tabTo(page, new RegExp(unit.name));
    await page.keyboard.press('Space');
  }
  await tabTo(page, /Öppna omgången/);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Omgången Våren är skapad.')).toBeAttached();
  const links = UNITS.map((unit) =>
    page.locator('svara-studio-rounds').getByRole('link', { name: new RegExp(`/s/${surveyId}/${unit.id}$`) }),
  );
  for (const link of links) await expect(link).toBeVisible();
  await shoot(page, 'rounds');

  // A respondent answers through each unit's link.
  for (const link of links) await answer(browser, (await link.getAttribute('href'))!);

  // And one through the QR code on the second unit's poster: downloaded by keyboard, printed (rasterised) and read.
  ensureRasterTools();
  await tabTo(page, new RegExp(`^a Affisch med QR-kod \\(PDF\\): .*${UNITS[1].name}$`), {
    back: true,
    max: 200,
  });
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const poster = await (await downloading).path();
  const scratch = mkdtempSync(join(tmpdir(), 'svara-studio-qr-'));
  try {
    const { text } = await qrInPdf(readFileSync(poster), scratch, 150);
    expect(text, 'the QR code on the poster').toBeTruthy();
    expect(new URL(text!).pathname).toBe(`/s/${surveyId}/${UNITS[1].id}`);
    await answer(browser, text!);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }

  // The counts per unit show it: one answer at the family unit, two at the youth unit (its link and its poster).
  await tabTo(page, /Hämta antalen igen/, { back: true });
  await page.keyboard.press('Enter');
  for (const [unit, count] of [
    [UNITS[0], 1],
    [UNITS[1], 2],
  ] as const) {
    const row = page.locator('svara-studio-rounds').locator('tbody tr').filter({ hasText: unit.name });
    await expect(row).toContainText(new RegExp(`\\b${count}\\b`));
  }
  // The survey's own count in the page's header follows.
  await expect(page.getByText('Publicerad version 1 · 3 svar')).toBeVisible();
  await shoot(page, 'rounds-counts');

  // The round is closed, its results published once, and what the unit will do written beside them.
  page.on('dialog', (dialog) => void dialog.accept()); // the confirmations: Enter on OK
  await tabTo(page, /Stäng omgången nu/);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Omgången Våren är stängd.')).toBeAttached();
  await tabTo(page, /^a Resultat$/, { back: true, max: 200 });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Våren' })).toBeVisible();
  await tabTo(page, /^textarea Ni sa/);
  await page.keyboard.type('Några tyckte att de inte blev bra bemötta.');
  await tabTo(page, /^textarea Vi gör/);
  await page.keyboard.type('Vi går en utbildning i bemötande i vår.');
  await tabTo(page, /^input Ansvarig/);
  await page.keyboard.type('Enhetschef');
  await tabTo(page, /Spara åtgärden/);
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 3, name: 'Några tyckte att de inte blev bra bemötta.' }),
  ).toBeVisible();
  await tabTo(page, /^button Publicera resultaten$/, { back: true });
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Resultaten publicerades/)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('link', { name: 'Resultatsidan' })).toBeVisible();
  await shoot(page, 'results');
  await page.setViewportSize({ width: 320, height: 800 });
  await shoot(page, 'results-320');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.emulateMedia({ forcedColors: 'active' });
  await shoot(page, 'results-forced-colours');
  await annaContext.close();
  console.log(`[studio e2e] the whole life took ${((Date.now() - started) / 1000).toFixed(1)} s`);
});
