/**
 * The studio's own language. It speaks Swedish and English (staff); in a page set to any other language (the
 * stories' Arabic variant) its words, dates and numbers stay Swedish, and its root says so (`lang`, `dir`).
 */
import { getLocale } from '@svara/elements/localization';

/** `en` when the studio is in English, else `sv`: for dates, times and numbers the studio writes. */
export function uiLang(): 'sv' | 'en' {
  return getLocale() === 'en' ? 'en' : 'sv';
}
