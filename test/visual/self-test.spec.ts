/**
 * The suite's own checks can fail: each layout assertion is shown a small page with the defect it exists for
 * (and the same page without it), and a picture that changed is shown to fail with its diff saved. Tagged
 * @self-test: `run.mjs --update` leaves these out, so that updating never records a defect as right.
 */
import { existsSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { latinTextInRtl, layoutProblems } from './layout.js';

const page320 = { viewport: { width: 320, height: 600 } };
test.use(page320);

async function show(page: Page, body: string, { lang = 'sv', dir = 'ltr' } = {}): Promise<void> {
  await page.setContent(
    `<!doctype html><html lang="${lang}" dir="${dir}"><head><style>
      body { margin: 0; padding: 16px; font: 16px/1.5 sans-serif; }
      button { min-block-size: 44px; min-inline-size: 44px; }
      .visually-hidden { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); }
    </style></head><body>${body}</body></html>`,
  );
}

test.describe('layout assertions @self-test', () => {
  test('a label laid out one letter per line is a letter column; the same label with room is not', async ({
    page,
  }) => {
    // The consent defect: the text field rule `.control { inline-size: 100% }` won over the checkbox's.
    const consent = (checkbox: string) => `
      <label style="display: flex; gap: 12px; border: 1px solid">
        <input type="checkbox" style="${checkbox}; block-size: 24px">
        <span style="min-inline-size: 0">Jag godkänner att ni sparar min e-postadress.</span>
      </label>`;
    await show(page, consent('inline-size: 100%; flex: none'));
    expect((await layoutProblems(page)).join('\n')).toMatch(
      /letter column: "Jag godkänner att ni sparar min e-postad" wraps in a box 0 px wide/,
    );
    await show(page, consent('inline-size: 24px; flex: none'));
    expect(await layoutProblems(page)).toEqual([]);
  });

  test('a short word in a small box, and visually hidden text, are no letter column', async ({ page }) => {
    await show(
      page,
      `<p style="inline-size: 30px">Ja</p><span class="visually-hidden">Det här läser bara en skärmläsare.</span>`,
    );
    expect(await layoutProblems(page)).toEqual([]);
  });

  test('an element wider than 320 px fails; a skip link hidden off-screen does not', async ({ page }) => {
    await show(
      page,
      `<a href="#main" style="position: absolute; left: -100vw">Gå till innehållet</a>
      <div id="main" style="inline-size: 400px; block-size: 20px; background: #ccc"></div>`,
    );
    const problems = await layoutProblems(page);
    expect(problems.join('\n')).toMatch(/too wide: the page is 416 px wide in a 320 px viewport/);
    expect(problems.join('\n')).toMatch(/too wide: div spans 16…416 px/);
    expect(problems.join('\n')).not.toMatch(/Gå till innehållet/);
    await show(
      page,
      `<div style="overflow-x: auto"><div style="inline-size: 400px; block-size: 20px"></div></div>`,
    );
    expect(await layoutProblems(page), 'a table that scrolls in its own box is allowed').toEqual([]);
  });

  test('a target under 24 px fails, under 44 px in a large control; a link in a sentence is exempt', async ({
    page,
  }) => {
    await show(
      page,
      `
      <p><a href="#a">Tillbaka</a></p>
      <p>Läs <a href="#b">mer om enkäten</a> innan du svarar.</p>
      <button style="min-block-size: 0; block-size: 20px">Liten</button>
      <div size="large"><button style="min-block-size: 0; block-size: 36px; margin-block-start: 8px">Stor nog?</button></div>`,
    );
    const problems = await layoutProblems(page);
    expect(problems).toEqual([
      expect.stringMatching(/small target: a "Tillbaka" is \d+ × 2[0-3] px \(at least 24 × 24\)/),
      expect.stringMatching(/small target: button "Liten" is \d+ × 20 px \(at least 24 × 24\)/),
      expect.stringMatching(/small target: button "Stor nog\?" is \d+ × 36 px \(at least 44 × 44\)/),
    ]);
  });

  test('a radio is measured with its label', async ({ page }) => {
    await show(
      page,
      `<label style="display: flex; align-items: center; min-block-size: 44px"><input type="radio" name="r"> Ja</label>`,
    );
    expect(await layoutProblems(page)).toEqual([]);
  });

  test('controls on top of each other overlap; controls side by side do not', async ({ page }) => {
    await show(page, `<button>Tillbaka</button><button style="margin-inline-start: -30px">Fortsätt</button>`);
    expect((await layoutProblems(page)).join('\n')).toMatch(
      /overlap: button "Tillbaka" and button "Fortsätt" cross by 30 × 44 px/,
    );
    await show(page, `<button>Tillbaka</button> <button>Fortsätt</button>`);
    expect(await layoutProblems(page)).toEqual([]);
  });

  test('Swedish laid out right to left is found; with dir="auto" it is not', async ({ page }) => {
    await show(page, `<h2>Jag vet varför vi träffades.</h2><p>حزين جدًا</p>`, { lang: 'ar', dir: 'rtl' });
    expect(await latinTextInRtl(page)).toEqual(['Jag vet varför vi träffades.']);
    await show(page, `<h2 lang="sv" dir="auto">Jag vet varför vi träffades.</h2>`, {
      lang: 'ar',
      dir: 'rtl',
    });
    expect(await latinTextInRtl(page)).toEqual([]);
  });
});

test.describe('pictures @self-test', () => {
  const card = (
    heading: string,
  ) => `<main style="inline-size: 240px; padding: 8px; border: 2px solid #004f9f">
      <h1 style="font-size: 20px; margin: 0">${heading}</h1><p style="margin: 0">Det tar två minuter.</p></main>`;

  test('a picture that changed fails, and its diff is saved', async ({ page }, testInfo) => {
    await show(page, card('Hur trygg känner du dig?'));
    await expect(page.locator('main')).toHaveScreenshot(['self-test', 'card.png']);
    await show(page, card('Hur trygg känner du dej?'));
    const error = await expect(page.locator('main'))
      .toHaveScreenshot(['self-test', 'card.png'], { timeout: 3000 })
      .then(
        () => undefined,
        (e: Error) => e,
      );
    expect(error?.message).toMatch(/\d+ pixels \(ratio [\d.]+ of all image pixels\) are different/);
    const diff = testInfo.attachments.find((a) => a.name.endsWith('-diff.png'));
    expect(diff?.path && existsSync(diff.path), 'the diff picture is saved').toBe(true);
  });
});
