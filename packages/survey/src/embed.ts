/**
 * The embed bundle (`dist/embed/svara-survey.js`): one ES module that registers `<svara-survey>` (guarded, so two
 * embeds on one page are harmless), with Lit, @lit/localize and the schema helpers inlined: what the start screen
 * needs. The question controls, screens, outbox and receipt are one chunk (lazy-questions.ts) that the widget
 * requests once its first screen is painted; the en, fi and ar strings, the form-only controls, read-aloud and
 * scanning are chunks loaded when needed. No zod: the definition is checked for shape only (the collector
 * validated it with `parseSurvey` when it was published).
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
