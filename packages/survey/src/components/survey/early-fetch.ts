/**
 * Starts loading the definitions of the `<svara-survey src>` elements already in the page while the rest of the
 * embed bundle is still being evaluated (embed.ts imports this module first, and modules run in import order),
 * instead of after the widget is defined: the benchmark showed ≈ 100 ms between the bundle arriving and the
 * definition being requested. The widget takes the response from here when its `src` matches; anything else is
 * fetched as usual.
 */
import { inlineDefinitionScript } from './inline-definition.js';

const early = new Map<string, Promise<Response>>();

/**
 * The absolute URL a `src` attribute means on this page; with a `unit`, the collector's `?unit=` form, which adds
 * where the survey is answered (the unit and its current round) as `context`.
 */
export function definitionUrl(src: string, unit?: string | null): string {
  const url = new URL(src, document.baseURI);
  if (unit) url.searchParams.set('unit', unit);
  return url.href;
}

/** The response of an early request for `src`, once (a body can be read only once); otherwise undefined. */
export function takeEarlyDefinition(src: string, unit?: string | null): Promise<Response> | undefined {
  const url = definitionUrl(src, unit);
  const response = early.get(url);
  early.delete(url);
  return response;
}

/**
 * The definition at `src` as JSON: the early response when there is one, else fetched now (without cookies).
 * Rejects on a network error, an HTTP error status or a body that is not JSON.
 */
export async function fetchDefinition(src: string, unit: string, signal: AbortSignal): Promise<unknown> {
  const response = await (takeEarlyDefinition(src, unit) ??
    fetch(unit ? definitionUrl(src, unit) : src, {
      credentials: 'omit',
      headers: { Accept: 'application/json' },
      signal,
    }));
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}

/** Requests the definitions of the widgets in the page now. */
export function fetchDefinitionsEarly(): void {
  if (typeof document === 'undefined') return;
  for (const element of document.querySelectorAll('svara-survey[src]')) {
    const src = element.getAttribute('src');
    if (!src || inlineDefinitionScript(element)) continue; // an inline definition needs no request
    let url: string;
    try {
      url = definitionUrl(src, element.getAttribute('unit'));
    } catch {
      continue; // an address the widget will report itself
    }
    if (early.has(url)) continue;
    const response = fetch(url, { credentials: 'omit', headers: { Accept: 'application/json' } });
    response.catch(() => undefined); // the widget reports failures when it takes the response
    early.set(url, response);
  }
}

fetchDefinitionsEarly();
