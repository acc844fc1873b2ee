/**
 * Every story of the built Storybook, alone (`iframe.html?id=…`): pictures of `#storybook-root` at 320 and
 * 1280 px, in forced colours and in Arabic (the toolbar's locale), and the layout assertions at each.
 * Stories written for one language (they pin the locale) get no separate Arabic picture.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { knownWrongStories } from './known-wrong.js';
import { lookAt, lookAtArabic, settle } from './look.js';

const STORYBOOK_URL = process.env.SVARA_VISUAL_STORYBOOK ?? '';
const STORYBOOK_DIR =
  process.env.SVARA_VISUAL_STORYBOOK_DIR ?? join(import.meta.dirname, '../../storybook-static');

interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: string;
}
const index = JSON.parse(readFileSync(join(STORYBOOK_DIR, 'index.json'), 'utf8')) as {
  entries: Record<string, IndexEntry>;
};
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

// One page per worker: Storybook's files load once and stay in the context's cache.
const test = base.extend<object, { storyPage: Page }>({
  storyPage: [
    async ({ browser }, use) => {
      const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
});

/** What a story leaves behind on this origin (the widget keeps its language and unsent answers) goes. */
async function forgetEverything(page: Page): Promise<void> {
  await page.evaluate(async () => {
    localStorage.clear();
    sessionStorage.clear();
    for (const { name } of await indexedDB.databases()) if (name) indexedDB.deleteDatabase(name);
  });
}

async function openStory(page: Page, id: string, locale: string): Promise<string> {
  const url = `${STORYBOOK_URL}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=locale:${locale};a11y.manual:!true`;
  if (page.url().startsWith(STORYBOOK_URL)) await forgetEverything(page);
  await page.goto(url);
  await page.waitForFunction(
    (storyId) => {
      const render = (window as { __STORYBOOK_PREVIEW__?: { currentRender?: { id: string; phase: string } } })
        .__STORYBOOK_PREVIEW__?.currentRender;
      const shown = document.body.classList;
      if (shown.contains('sb-show-errordisplay') || shown.contains('sb-show-nopreview')) return true;
      return render?.id === storyId && ['finished', 'aborted'].includes(render.phase);
    },
    id,
    { polling: 50 },
  );
  expect(
    await page.locator('body.sb-show-errordisplay, body.sb-show-nopreview').count(),
    `${id} renders`,
  ).toBe(0);
  await settle(page);
  await hideValidationBubble(page);
  return page.evaluate(() => document.documentElement.lang);
}

/**
 * An example's submit attempt (`reportValidity()`) makes Chromium show its own validation bubble over the page
 * for about five seconds, so whether a picture had it depended on how fast the machine was. Moving the focus
 * away from the invalid field and back hides the bubble; the focus and its ring stay. Only done when the
 * focused field is invalid, so that no other story gets focus events.
 */
async function hideValidationBubble(page: Page): Promise<void> {
  await page.evaluate(() => {
    let field = document.activeElement;
    while (field?.shadowRoot?.activeElement) field = field.shadowRoot.activeElement;
    if (!(field instanceof HTMLElement) || !field.matches('input, select, textarea')) return;
    if (!field.matches(':invalid') && field.getAttribute('aria-invalid') !== 'true') return;
    field.blur();
    field.focus({ preventScroll: true });
  });
  await settle(page);
}

if (!STORYBOOK_URL)
  throw new Error('SVARA_VISUAL_STORYBOOK is not set: run the suite with node test/visual/run.mjs');

test('every known-wrong story exists', () => {
  const ids = new Set(stories.map((story) => story.id));
  expect(Object.keys(knownWrongStories).filter((id) => !ids.has(id))).toEqual([]);
});

for (const story of stories) {
  test(`${story.title} › ${story.name}`, async ({ storyPage: page }) => {
    const root = page.locator('#storybook-root');
    const options = { within: '#storybook-root', known: knownWrongStories[story.id] };
    const lang = await openStory(page, story.id, 'sv');
    const before = await lookAt(page, root, `stories/${story.id}`, options);
    if (lang !== 'sv') return; // written for one language: the pictures above are in it
    if ((await openStory(page, story.id, 'ar')) !== 'ar') return;
    await lookAtArabic(page, root, `stories/${story.id}`, { ...options, before });
  });
}
