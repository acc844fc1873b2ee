// The WCAG levels and best practices every check holds svara to: component tests (test/a11y/axe.ts), whole
// pages in end-to-end tests (test/e2e/axe.ts) and every Storybook story (scripts/storybook-axe.mjs).
// Plain JavaScript so the browser, Playwright and Node scripts can all import the one list.
export const AXE_TAGS = Object.freeze([
  'wcag2a',
  'wcag2aa',
  'wcag21a',
  'wcag21aa',
  'wcag22aa',
  'best-practice',
]);
