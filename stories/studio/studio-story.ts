/**
 * What every studio story shares. The studio speaks Swedish and English (its users are staff); what it must get
 * right in Arabic is staff writing and previewing Arabic survey texts. So in the toolbar's Arabic locale a studio
 * story keeps the studio's Swedish words, its root says so (`lang="sv" dir="ltr"`), and its examples' survey is
 * written in Arabic first (each survey text then carries `lang="ar" dir="rtl"` of its own). In the other locales
 * the studio's strings follow the toolbar (Finnish falls back to Swedish, as the studio has no Finnish).
 */
import { html } from 'lit';
import type { Decorator, Loader } from '@storybook/web-components-vite';
import { setLocale } from '@svara/elements/localization';
import { setExampleSurveyLanguage } from '../../packages/studio/src/examples.js';

const arabic = (globals: Record<string, unknown>) => globals['locale'] === 'ar';

const studioLocale: Loader = async ({ globals }) => {
  setExampleSurveyLanguage(arabic(globals) ? 'ar' : 'sv');
  // The page stays Arabic (`<html lang="ar" dir="rtl">`, set by the preview's loader); the studio's strings, and
  // those of the svara controls it is built from, are Swedish.
  if (arabic(globals)) await setLocale('sv');
  return {};
};

const studioRoot: Decorator = (story, { globals }) =>
  arabic(globals) ? html`<div lang="sv" dir="ltr">${story()}</div>` : story();

/** Spread into a studio stories file's `meta`. */
export const studioStory = { loaders: [studioLocale], decorators: [studioRoot] };
