/**
 * Pictures for examples, stories and tests that never leave the test server:
 * - stand-ins for self-hosted ARASAAC pictograms (`fixtures/arasaac`, drawn by `scripts/make-fixtures.mjs`, never
 *   downloaded). Each file is named with a literal `new URL(…, import.meta.url)`, which web-test-runner serves as
 *   is and Vite (Storybook) copies or inlines;
 * - an image that is not a picture ({@link BROKEN_IMAGE}), for the fallback to the word.
 *
 * ```ts
 * import { arasaacLayout, configurePictograms } from '@svara/pictograms';
 * configurePictograms({ arasaacUrl: fixtureArasaacUrl(arasaacLayout) });
 * ```
 */

export const FIXTURE_URLS: Readonly<Record<number, string>> = {
  5584: new URL('./fixtures/arasaac/5584/5584_500.png', import.meta.url).href,
  5526: new URL('./fixtures/arasaac/5526/5526_500.png', import.meta.url).href,
  7180: new URL('./fixtures/arasaac/7180/7180_500.png', import.meta.url).href,
};

/** The stand-ins' directory, in ARASAAC's layout, as web-test-runner serves it (tests only). */
export const FIXTURE_BASE = FIXTURE_URLS[5584]!.replace(/\/5584\/5584_500\.png$/, '');

/** An image that loads (same origin, no 404 in the log) but is not a picture: the broken-image case. */
export const BROKEN_IMAGE = 'data:image/png;base64,bm90IGEgcGljdHVyZQ==';

/**
 * An `arasaacUrl` for `configurePictograms()`: the stand-ins for 5584 (yes), 5526 (no) and 7180 (don't know);
 * other ids keep ARASAAC's layout (`layout`, from @svara/pictograms), so they fail on the same origin, never
 * elsewhere.
 */
export function fixtureArasaacUrl(
  layout: (id: number, base: string) => string,
): (id: number, base: string) => string {
  return (id, base) => FIXTURE_URLS[id] ?? layout(id, base);
}
