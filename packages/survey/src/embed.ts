/**
 * The embed bundle (`dist/embed/svara-survey.js`): one ES module that registers `<svara-survey>` and every
 * element it uses (guarded, so two embeds on one page are harmless). Lit, @lit/localize and the schema helpers
 * are inlined; the en, fi and ar strings are separate chunks, loaded when a widget needs them. No zod: the
 * definition is checked for shape only (the collector validated it with `parseSurvey` when it was published).
 *
 * ```html
 * <script type="module" src="https://svar.example/svara-survey.js"></script>
 * <svara-survey src="https://svar.example/api/surveys/familjeenheten-barn"></svara-survey>
 * ```
 */
// First: modules run in import order, so the definitions are requested before the rest of the bundle runs.
import './components/survey/early-fetch.js';
import './components/survey/survey.define.js';

export { SvaraSurvey } from './components/survey/survey.js';
