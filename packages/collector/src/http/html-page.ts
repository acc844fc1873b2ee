/**
 * The collector's own HTML pages (the hosted respondent page `/s/…`, the public results pages `/r/…`): text made
 * safe for HTML, and the document around a page's content — one `<main>`, the page's own stylesheet, no scripts
 * but those the content names.
 */

import { securityHeaders } from './headers.js';
import type { AppResponse } from './types.js';

const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug']);

/** `rtl` for a right-to-left language (a BCP 47 tag: `ar`, `fa-IR`). */
export const dirOf = (lang: string): 'rtl' | 'ltr' =>
  RIGHT_TO_LEFT.has(lang.toLowerCase().split('-')[0] ?? '') ? 'rtl' : 'ltr';

/** `text` safe inside HTML content and quoted attribute values. */
export const escapeHtml = (text: string): string =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/**
 * JSON text safe inside `<script type="application/json">`: every `<` written `\u003c` (it can only stand inside
 * a JSON string, where that escape means the same), so no `</script` or `<!--` in a text can end the block.
 */
export const jsonForScript = (json: string): string => json.replace(/</g, '\\u003c');

export interface HtmlDocument {
  lang: string;
  /** Written only when given (`rtl` for Arabic). */
  dir?: 'rtl' | 'ltr' | undefined;
  /** Plain text; escaped here. */
  title: string;
  /** The page's one stylesheet, a path on this server. */
  stylesheet: string;
  /** HTML for inside `<main id="main">`, indented by its author. */
  main: string;
}

export function htmlDocument({ lang, dir, title, stylesheet, main }: HtmlDocument): string {
  return `<!doctype html>
<html lang="${escapeHtml(lang)}"${dir ? ` dir="${dir}"` : ''}>
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)}</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${escapeHtml(stylesheet)}" />
  </head>
  <body>
    <main id="main">
${main}
    </main>
  </body>
</html>
`;
}

export interface HtmlPage extends Omit<HtmlDocument, 'dir'> {
  status: number;
  /** The page's Content-Security-Policy. */
  csp: string;
  cacheControl: string;
}

/** One of the collector's own pages as a response: the document (right to left where its language is) and headers. */
export function htmlPage({ status, csp, cacheControl, ...document }: HtmlPage): AppResponse {
  const dir = dirOf(document.lang) === 'rtl' ? 'rtl' : undefined;
  return {
    status,
    headers: {
      ...securityHeaders('site'),
      'content-type': 'text/html; charset=utf-8',
      'cache-control': cacheControl,
      'content-security-policy': csp,
    },
    body: htmlDocument({ ...document, dir }),
  };
}
