/**
 * The collector's hosted page (`/s/{survey}`, issue #17) with JavaScript off: the plain HTML forms a respondent
 * without JavaScript answers — the start screen (its toolbar box saying that read-aloud needs JavaScript), a
 * question with faces, the error summary and the receipt — pictured at 320 and 1280 px and in forced colours, the
 * start screen and the faces also in Arabic, and each page measured by the layout assertions. (With JavaScript on,
 * the widget shows the same start screen and then its own screens, pictured by surveys.spec.ts.)
 *
 * look.ts's `lookAt` waits for two animation frames, which never come without script: this file takes its
 * pictures the same way (same names, variants and layout assertions) with a wait that needs none.
 */
import { expect, test, type Page } from '@playwright/test';
import type { Variant } from './known-wrong.js';
import { layoutProblems } from './layout.js';
import { NARROW, WIDE } from './look.js';

const SITE = process.env.SVARA_VISUAL_SITE ?? '';
if (!SITE) throw new Error('SVARA_VISUAL_SITE is not set: run the suite with node test/visual/run.mjs');

test.use({ javaScriptEnabled: false, baseURL: SITE });

/** The fonts are loaded (no script on the page, so nothing else can still change it). */
async function fontsReady(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** Pictures of `main` at 1280 and 320 px and in forced colours (320 px), the layout assertions at each. */
async function look(page: Page, name: string): Promise<void> {
  const main = page.locator('main');
  for (const variant of ['1280', '320', 'forced'] as Variant[]) {
    const width = variant === '1280' ? WIDE : NARROW;
    await page.setViewportSize({ width, height: 800 });
    await page.emulateMedia({ forcedColors: variant === 'forced' ? 'active' : 'none' });
    await fontsReady(page);
    expect.soft(await layoutProblems(page), `layout of ${name} (${variant})`).toEqual([]);
    test.info().annotations.push({ type: 'pictured', description: `hosted/${name}-${variant}.png` });
    await expect.soft(main).toHaveScreenshot(['hosted', `${name}-${variant}.png`]);
  }
  await page.emulateMedia({ forcedColors: 'none' });
}

const start = (page: Page) => page.getByRole('button', { name: /^(Börja svara|ابدأ الإجابة)$/ });

/** The Arabic load: the layout assertions at both widths, a picture at 320 px (`…-ar.png`). */
async function lookArabic(page: Page, name: string): Promise<void> {
  for (const width of [WIDE, NARROW]) {
    await page.setViewportSize({ width, height: 800 });
    await fontsReady(page);
    expect.soft(await layoutProblems(page), `layout of ${name} in Arabic at ${width} px`).toEqual([]);
  }
  test.info().annotations.push({ type: 'pictured', description: `hosted/${name}-ar.png` });
  await expect.soft(page.locator('main')).toHaveScreenshot(['hosted', `${name}-ar.png`]);
}

for (const lang of ['sv', 'ar'] as const)
  test(`the start screen and a question with faces (${lang})`, async ({ page }) => {
    const see = (name: string) => (lang === 'sv' ? look(page, name) : lookArabic(page, name));
    await page.goto(`/s/familjeenheten-barn${lang === 'sv' ? '' : '?lang=ar'}`);
    await expect(page.locator('.toolbar .note')).toBeVisible();
    await see('familjeenheten-barn-start');
    await start(page).click();
    await expect(page.locator('main form .option svg.art').first()).toBeVisible();
    await see('familjeenheten-barn-faces');
  });

test('the error summary', async ({ page }) => {
  await page.goto('/s/synpunkter');
  await start(page).click();
  await page.locator('main form button.primary').click(); // "Skicka": the survey is one screen
  await expect(page.locator('.error-summary')).toBeVisible();
  await look(page, 'synpunkter-error-summary');
});

test('the receipt', async ({ page }) => {
  await page.goto('/s/familjeenheten-barn');
  await start(page).click();
  for (let screens = 0; screens < 20; screens++) {
    if (await page.getByRole('heading', { name: 'Dina svar är skickade.' }).isVisible()) break;
    for (const fieldset of await page.locator('main form fieldset.question').all())
      await fieldset.locator('.options:not(.special) input').first().check();
    await page.locator('main form button.primary').click();
  }
  await expect(page.getByRole('heading', { name: 'Dina svar är skickade.' })).toBeVisible();
  await look(page, 'familjeenheten-barn-receipt');
});
