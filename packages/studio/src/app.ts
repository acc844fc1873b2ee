/**
 * The studio app's entry (`index.html`): sets the studio's language before anything renders, then starts the
 * app. Side effects only.
 */
import { setLocale } from '@svara/elements/localization';
import { initialLanguage } from './components/app/app.js';

const lang = initialLanguage();
document.documentElement.lang = lang;
await setLocale(lang);
await import('./components/app/app.define.js');
