/**
 * Every screen of every example survey, as `npm start` serves it (the demo built into dist/demo, the real
 * collector): the start screen, each question screen and the receipt, in Swedish and then in Arabic (`?lang=ar`).
 * Each screen is pictured (the widget) and its whole page measured by the layout assertions. A survey that only
 * allows interview mode is walked in that mode, and also opened as "Prova vilken enkät som helst" opens it; a
 * survey that offers kiosk mode is walked in it too. The demo's other pages get the layout assertions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { knownWrongScreens } from './known-wrong.js';
import { layoutProblems } from './layout.js';
import { lookAt, lookAtArabic, NARROW, settle, WIDE } from './look.js';

const SITE = process.env.SVARA_VISUAL_SITE ?? '';
if (!SITE) throw new Error('SVARA_VISUAL_SITE is not set: run the suite with node test/visual/run.mjs');

interface Definition {
  id: string;
  modes?: string[];
  title: string | Record<string, string>;
}
const SURVEYS_DIR = join(import.meta.dirname, '../../examples/surveys');
const surveys = readdirSync(SURVEYS_DIR)
  .filter((file) => file.endsWith('.json'))
  .map((file) => JSON.parse(readFileSync(join(SURVEYS_DIR, file), 'utf8')) as Definition);

interface Walk {
  /** The pictures' names start with it. */
  name: string;
  /** The page, with its query. */
  path: string;
  /** Only the first screen (a survey that cannot be answered here). */
  firstScreenOnly?: boolean;
}

const walks: Walk[] = surveys.flatMap(({ id, modes }) => {
  const prova = `/survey/prova.html?survey=${id}`;
  const web = !modes || modes.includes('web');
  return [
    web ? { name: id, path: prova } : { name: `${id}-prova`, path: prova, firstScreenOnly: true },
    ...(modes?.includes('interview') ? [{ name: `${id}-intervju`, path: `${prova}&mode=interview` }] : []),
    ...(modes?.includes('kiosk') ? [{ name: `${id}-kiosk`, path: `${prova}&mode=kiosk` }] : []),
  ];
});
// The AAC survey's own page starts with Lyssna on (`read-aloud`): its start screen has a "▶ Lyssna" of its own.
walks.push({ name: 'bildstod-lyssna', path: '/survey/bildstod.html?sida', firstScreenOnly: true });

/** The demo's other pages: the layout assertions at both widths (their survey screens are pictured above). */
const pages = [
  '/',
  '/survey/barn.html',
  '/survey/bildstod.html',
  '/survey/intervju.html',
  '/survey/prova.html',
  '/survey/strikt.html',
  '/forms/synpunkter.html',
  '/forms/personuppgifter.html',
  '/forms/tack.html',
  '/results/',
];

const widget = (page: Page) => page.locator('svara-survey');

/** The screen on show: its element, to see it replaced, and a name for its pictures. */
async function currentScreen(page: Page) {
  const screen = widget(page).locator('.screen').first();
  await expect(screen).toBeVisible();
  return screen.elementHandle();
}

/** Answers the required questions on this screen (after its pictures are taken), the way a respondent would. */
async function answerRequired(page: Page): Promise<void> {
  const controls = widget(page).locator(
    'svara-scale, svara-choice, svara-text, svara-email, svara-date, svara-consent',
  );
  for (const control of await controls.all()) {
    if (!(await control.evaluate((el) => (el as HTMLElement & { required?: boolean }).required === true)))
      continue;
    const tag = await control.evaluate((el) => el.localName);
    if (tag === 'svara-scale' || tag === 'svara-choice') await control.locator('input').first().check();
    else if (tag === 'svara-consent') await control.locator('input').check();
    else if (tag === 'svara-email') await control.locator('input').fill('namn@example.se');
    else if (tag === 'svara-text') await control.locator('input, textarea').first().fill('Hej');
    else if (tag === 'svara-date') {
      const parts = control.locator('input');
      for (const [i, value] of ['1', '3', '2026'].entries()) await parts.nth(i).fill(value);
    }
  }
}

/** Walks a survey from its first screen to the receipt, calling `look` on each screen with its name. */
async function walk(page: Page, route: Walk, lang: string, look: (name: string) => Promise<void>) {
  await page.goto(`${SITE}${route.path}${lang === 'sv' ? '' : `&lang=${lang}`}`);
  let screen = await currentScreen(page);
  for (let step = 0; step < 40; step++) {
    await settle(page);
    const receipt = await widget(page).locator('[part="receipt"]').count();
    const kind = step === 0 ? 'start' : receipt ? 'receipt' : `${step}`;
    await look(`surveys/${route.name}-${kind}`);
    if (receipt || route.firstScreenOnly) return;
    await answerRequired(page);
    const next = () => widget(page).locator('.screen button.primary:visible').click();
    const nextScreen = (orAsked: boolean) =>
      page.waitForFunction(
        ([old, orAsked]) => {
          const root = document.querySelector('svara-survey')?.shadowRoot;
          const shown = root?.querySelector('.screen');
          if (orAsked && root?.querySelector('#confirm')) return true;
          return shown && shown !== old && !shown.matches('.receipt.queued');
        },
        [screen, orAsked] as const,
      );
    await next();
    await nextScreen(true);
    if (await widget(page).locator('#confirm').count()) {
      // An interview asks before sending blanks ("Skicka utan svar på 7 frågor?"): its picture, then "Skicka ändå".
      await settle(page);
      await look(`surveys/${route.name}-${step}-blank`);
      await next();
      await nextScreen(false);
    }
    screen = await currentScreen(page);
  }
  throw new Error(`${route.name}: no receipt after 40 screens`);
}

test('every known-wrong screen is one the suite looks at', async () => {
  const looked = (name: string) =>
    pages.some((path) => name === `pages${path}`) ||
    walks.some((route) => new RegExp(`^surveys/${route.name}-(start|receipt|\\d+)$`).test(name));
  expect(Object.keys(knownWrongScreens).filter((name) => !looked(name))).toEqual([]);
});

for (const route of walks) {
  test(`${route.name}: every screen`, async ({ page }) => {
    await walk(page, route, 'sv', async (name) => {
      await lookAt(page, widget(page), name, { known: knownWrongScreens[name] });
    });
  });

  // Every screen again with svara's texts in Arabic (and the survey's, where it has them).
  test(`${route.name}: every screen in Arabic`, async ({ page }) => {
    await walk(page, route, 'ar', async (name) => {
      await lookAtArabic(page, widget(page), name, { known: knownWrongScreens[name] });
    });
  });
}

test('"Prova vilken enkät som helst" lists every survey by its title, and no empty frame', async ({
  page,
}) => {
  await page.goto(`${SITE}/survey/prova.html`);
  const links = page.locator('#survey-list a');
  await expect(links).toHaveCount(surveys.length);
  const titles = surveys.map(({ title }) => (typeof title === 'string' ? title : title['sv']));
  expect((await links.allTextContents()).sort()).toEqual(titles.sort());
  await expect(page.locator('.survey-box')).toHaveCount(0);
});

for (const path of pages) {
  // A page whose known defect breaks the layout assertions gets its test with the fix (known-wrong.ts).
  if (knownWrongScreens[`pages${path}`]?.layout) continue;
  test(`page ${path}: layout at ${NARROW} and ${WIDE} px`, async ({ page }) => {
    await page.goto(`${SITE}${path}`);
    for (const width of [NARROW, WIDE]) {
      await page.setViewportSize({ width, height: 800 });
      await settle(page);
      expect.soft(await layoutProblems(page), `layout of ${path} at ${width} px`).toEqual([]);
    }
  });
}
