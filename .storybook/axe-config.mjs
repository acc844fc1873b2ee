// The axe-core configuration of the every-story check (scripts/storybook-axe.mjs) and of the a11y panel in
// Storybook (.storybook/preview.ts): one place, so the panel shows what the check enforces.

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices: the one list every check uses. */
export { AXE_TAGS } from '../test/a11y/axe-tags.mjs';

/**
 * Rules switched off, each with its reason. A story renders one component (or a small composition) alone in
 * Storybook's iframe: rules about the structure of a whole page cannot hold there and say nothing about the
 * component. Whole pages are checked with every rule on in the end-to-end tests of the built demo.
 * Nothing is switched off to make a story pass.
 * @type {Readonly<Record<string, string>>}
 */
export const AXE_DISABLED_RULES = {
  region:
    'page-level: a story is not inside the landmarks of a page; the page that embeds the component owns them',
  'landmark-one-main': 'page-level: an isolated story has no <main>; the embedding page provides it',
  'page-has-heading-one': 'page-level: an isolated story has no page heading; the embedding page provides it',
};
