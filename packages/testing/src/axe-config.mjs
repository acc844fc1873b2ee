// The axe-core configuration every check in svara uses: component tests (axe.ts), every Storybook story
// (test/storybook-axe/storybook-axe.mjs and the a11y panel in .storybook/preview.ts) and whole pages in the end-to-end tests
// (test/e2e/axe.ts). Plain JavaScript so the browser, Playwright and Node scripts can all import the one list.

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices. */
export const AXE_TAGS = Object.freeze([
  'wcag2a',
  'wcag2aa',
  'wcag21a',
  'wcag21aa',
  'wcag22aa',
  'best-practice',
]);

/**
 * Rules switched off where a component or a story is checked alone, each with its reason. These rules are about
 * the structure of a whole page, which an isolated component cannot hold; the end-to-end tests check whole pages
 * of the demo with every rule on. Nothing is switched off to make a check pass.
 * @type {Readonly<Record<string, string>>}
 */
export const AXE_DISABLED_RULES = Object.freeze({
  region: 'page-level: a component is not inside the landmarks of a page; the page that embeds it owns them',
  'landmark-one-main': 'page-level: an isolated component has no <main>; the embedding page provides it',
  'page-has-heading-one':
    'page-level: an isolated component has no page heading; the embedding page provides it',
});
