/// <reference types="vite/client" />
/**
 * Shared by the survey pages of the demo: points each `<svara-survey data-survey="id">` at the city's survey
 * definition and at the collector's address for answers.
 *
 * The demo is static files: the definitions are served as files built from `examples/surveys/`, and nothing
 * receives answers at `/api/surveys/{id}/responses` until the collector runs (`svara serve`). Until then the
 * answers stay in the browser's outbox on this device; the end-to-end tests answer those requests themselves.
 */
import '@svara/survey/embed';
import type { SvaraSurvey } from '@svara/survey';

const definitions = import.meta.glob<string>('../surveys/*.json', {
  query: '?url&no-inline', // a file on this site, never a data: URL (a strict CSP's connect-src refuses those)
  import: 'default',
  eager: true,
});

/** Where the demo serves the definition of survey `id` (a file built from examples/surveys/). */
export const definitionUrl = (id: string): string | undefined => definitions[`../surveys/${id}.json`];

/** The survey ids the demo has definitions for. */
export const surveyIds = Object.keys(definitions).map((path) => path.replace(/^.*\/|\.json$/g, ''));

/** Sets `src` and `endpoint` on every `<svara-survey data-survey>`; `?survey=`, `?lang=`, `?mode=` override. */
export function mountSurveys(): void {
  const params = new URLSearchParams(location.search);
  for (const widget of document.querySelectorAll<SvaraSurvey>('svara-survey[data-survey]')) {
    const id = params.get('survey') ?? widget.dataset['survey'] ?? '';
    const url = definitionUrl(id);
    if (!url) continue;
    const lang = params.get('lang');
    const mode = params.get('mode');
    if (lang) widget.setAttribute('lang', lang);
    if (mode) widget.setAttribute('mode', mode);
    widget.endpoint = `/api/surveys/${id}/responses`;
    widget.src = new URL(url, location.href).href;
  }
}
