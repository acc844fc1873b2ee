/**
 * svara studio against the real collector, by keyboard only: the whole life of a survey. Anna (editor and
 * publisher) signs in with her password, creates a survey, writes it — a too-hard sentence is flagged next to
 * the field, and she rewrites it — looks at the previews, and asks for approval; Bo, a second publisher, signs in
 * on his own and approves (four eyes: Anna cannot approve her own draft); Anna publishes, opens a round in a
 * unit, and the unit's link works for a respondent, whose answer then shows in the round's counts. Every step is
 * a key press (Tab, Enter, Space, typing); the only things done through the API are what an administrator did
 * beforehand (units, two accounts). Screenshots of each studio screen go to test-results/studio/.
 */
import { expect, test } from '@playwright/test';
import type { APIRequestContext, Page } from '@playwright/test';
import { operatorHeaders } from './operator.js';
import { completeByKeyboard } from './survey-helpers.js';

const run = Date.now().toString(36);
const PASSWORD = 'ett-långt-lösenord-för-e2e';
const anna = { email: `anna-${run}@stad.example`, name: 'Anna Andersson' };
const bo = { email: `bo-${run}@stad.example`, name: 'Bo Berg' };
const ORG = `e2e-${run}`;
const UNIT = `e2e-${run}-familj`;
const TITLE = `Vad tycker du om oss ${run}`;

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

/** Accounts and units an administrator made beforehand (the only setup not done by keyboard). */
async function setUp(request: APIRequestContext): Promise<void> {
  const admin = await operatorHeaders(request);
  for (const unit of [
    { id: ORG, name: `Förvaltning ${run}`, parent: null },
    { id: UNIT, name: `Familjeenheten ${run}`, parent: ORG },
  ]) {
    const created = await request.post('/api/staff/units', { headers: admin, data: unit });
    expect(created.status(), await created.text()).toBe(201);
  }
  // Anna is made by the operator (see operator.ts), Bo by her.
  const first = await request.post('/api/staff/users', {
    headers: admin,
    data: { ...anna, password: PASSWORD, roles: [{ role: 'admin', unit: null }] },
  });
  expect(first.status(), await first.text()).toBe(201);
  const login = await request.post('/api/auth/login', { data: { email: anna.email, password: PASSWORD } });
  expect(login.status(), await login.text()).toBe(200);
  const cookie = login.headers()['set-cookie']!.split(';')[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const second = await request.post('/api/staff/users', {
    headers: { cookie, 'x-csrf-token': csrfToken },
    data: {
      ...bo,
      password: PASSWORD,
      roles: [
        { role: 'editor', unit: ORG },
        { role: 'publisher', unit: ORG },
      ],
    },
  });
  expect(second.status(), await second.text()).toBe(201);
}

async function signIn(page: Page, who: { email: string }): Promise<void> {
  await page.goto('/studio/');
  await expect(page.getByRole('heading', { level: 1, name: 'Logga in i svara studio' })).toBeVisible();
  await tabTo(page, /E-postadress/);
  await page.keyboard.type(who.email);
  await tabTo(page, /Lösenord/);
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Enkäter' })).toBeVisible();
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/studio/${name}.png`, fullPage: true });
}

test('the whole life of a survey in the studio, by keyboard only', async ({ browser, request }) => {
  test.setTimeout(240_000);
  await setUp(request);
  const annaContext = await browser.newContext();
  const page = await annaContext.newPage();
  await signIn(page, anna);
  await shoot(page, 'surveys');

  // A new survey.
  await tabTo(page, /Ny enkät/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Ny enkät' })).toBeVisible();
  await tabTo(page, /Rubrik/);
  await page.keyboard.type(TITLE);
  await tabTo(page, /^select Enhet/);
  await page.keyboard.press('ArrowDown'); // the unit below the förvaltning
  await tabTo(page, /Skapa enkäten/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/studio\/surveys\/[a-z0-9-]+\/edit$/);
  const surveyId = /surveys\/([a-z0-9-]+)\/edit/.exec(page.url())![1]!;
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();

  // Writing: the privacy texts, the question, what happens next.
  for (const [label, text] of [
    [/Varför vi frågar/, 'Vi vill veta hur ni har det hos oss, så att vi kan bli bättre.'],
    [/Vem som ser svaren/, 'Bara enhetens chef och kvalitetsutvecklare ser svaren.'],
    [/Vem man kan fråga/, 'Ring Familjeenheten på 08-123 45 67.'],
  ] as const) {
    await tabTo(page, new RegExp(`textarea ${label.source}`));
    await page.keyboard.type(text);
  }
  await tabTo(page, /button .*Fråga 1/);
  await page.keyboard.press('Enter');
  await tabTo(page, /Frågan eller påståendet/);
  // A sentence too hard for anyone: the studio says so next to the field while typing.
  await page.keyboard.type(
    'Handläggningsprocessens kommunikationsstrategier upplevdes sammantaget som tillfredsställande.',
  );
  const lix = page.getByText(/Svår text: för den här målgruppen högst LIX 40/).first();
  await expect(lix).toBeVisible();
  // The question with its note, for the README's guide (docs/studio/edit-lint.png).
  await page
    .locator('svara-studio-question')
    .first()
    .screenshot({ path: 'test-results/studio/edit-lint.png' });
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Blev du bra bemött?');
  await expect(lix).toBeHidden();
  await tabTo(page, /textarea Vad som händer med svaren nu/);
  await page.keyboard.type('Tack! Vi läser alla svar i mars och berättar på vår webbplats vad vi gör.');
  await expect(page.getByText('Sparat', { exact: true })).toBeVisible({ timeout: 10_000 });
  await shoot(page, 'edit');

  // The previews, each looked at.
  await tabTo(page, /^a Förhandsvisning$/, { back: true, max: 400 });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/studio/surveys/${surveyId}/preview$`));
  const frame = page.frameLocator('iframe').first();
  await expect(frame.locator('svara-survey')).toBeVisible();
  await tabTo(page, /Granskad/);
  await page.keyboard.press('Space');
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

  // Bo, a second publisher, approves on his own computer.
  const boContext = await browser.newContext();
  const boPage = await boContext.newPage();
  await signIn(boPage, bo);
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

  // A round in the family unit, open from today.
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
  await tabTo(page, new RegExp(`Familjeenheten ${run}`));
  await page.keyboard.press('Space');
  await tabTo(page, /Öppna omgången/);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Omgången Våren är skapad.')).toBeAttached();
  const link = page
    .locator('svara-studio-rounds')
    .getByRole('link', { name: new RegExp(`/s/${surveyId}/${UNIT}$`) });
  await expect(link).toBeVisible();
  await shoot(page, 'rounds');
  const url = (await link.getAttribute('href'))!;

  // A respondent answers through the unit's link.
  const respondent = await browser.newContext();
  const answering = await respondent.newPage();
  await answering.goto(url);
  await completeByKeyboard(answering, undefined, { axe: false });
  await respondent.close();

  // The counts show it.
  await tabTo(page, /Hämta antalen igen/, { back: true });
  await page.keyboard.press('Enter');
  const row = page
    .locator('svara-studio-rounds')
    .locator('tbody tr')
    .filter({ hasText: `Familjeenheten ${run}` });
  await expect(row).toContainText(/\b1\b/);
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
});
