/**
 * A definition written into the page instead of fetched:
 * `<svara-survey src="…"><script type="application/json">{ …definition… }</script></svara-survey>`.
 * The widget shows it without a request (`src` still names the survey: answers go to `{src}/responses`, unless
 * `endpoint` says otherwise), and the embed's early fetch leaves such an element alone. The collector's hosted
 * page `/s/…` inlines the published definition this way, so its first screen needs no second request. A JSON data
 * block is not script: a strict CSP (`script-src 'self'`) and Trusted Types let it be.
 */
import type { Issue } from '@svara/schema';

/** The element's own `<script type="application/json">` (a direct child; one nested deeper is not its). */
export const inlineDefinitionScript = (host: Element): HTMLScriptElement | null =>
  host.querySelector(':scope > script[type="application/json"]');

/**
 * The inline definition's JSON, or an issue that names why it is not JSON (the browser's parser message, for the
 * web editor): the widget then shows the same "cannot be shown" screen as for a broken fetched definition.
 */
export function parseInlineDefinition(
  script: HTMLScriptElement,
): { ok: true; input: unknown } | { ok: false; issues: Issue[] } {
  try {
    return { ok: true, input: JSON.parse(script.textContent ?? '') as unknown };
  } catch (error) {
    const message = `<script type="application/json">: ${String(error)}`;
    return { ok: false, issues: [{ code: 'widget-json', path: '', message }] };
  }
}
