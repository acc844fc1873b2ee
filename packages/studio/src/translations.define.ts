/**
 * Adds the studio's English strings to svara's catalogue (side effect only; every studio define module imports
 * it). The studio keeps its own catalogue (`lit-localize.json` here) so that a respondent's widget never
 * downloads the studio's strings.
 */
import { addTranslations } from '@svara/elements/localization';

addTranslations((locale) => (locale === 'en' ? import('./generated/locales/en.js') : undefined));
