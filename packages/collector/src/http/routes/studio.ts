/**
 * The studio (`@svara/studio`), the staff web app, at `/studio/`: its built files from `packages/studio/dist/app`
 * (found next to the collector package, like the widget's bundle; `--studio-dir` overrides), and its
 * `index.html` for every other address under `/studio/` that is not a file — the app routes itself
 * (`/studio/surveys/x/edit`). The app needs no session to load; every call it makes to the staff API does.
 *
 * Headers: same-origin scripts, styles and connections only, Trusted Types (Lit's policy), and framing by this
 * origin alone — the studio shows its previews of the survey in same-origin frames (`/studio/preview.html`).
 */
import { existsSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { FastifyInstance, FastifyRequest } from 'fastify';

import type { AppContext } from '../context.js';
import { header } from '../body.js';
import { securityHeaders } from '../headers.js';
import { HttpProblem } from '../problem.js';
import { resolveFile, serveFile } from '../static.js';
import { define } from './table.js';

/** Where the studio's build is when nothing else is said: `packages/studio/dist/app` beside this package. */
export const DEFAULT_STUDIO_DIR = resolve(import.meta.dirname, '../../../../studio/dist/app');

export const STUDIO_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:; " +
  "font-src 'self'; connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'self'; " +
  "form-action 'self'; frame-ancestors 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/** The headers of every studio file: the site's, with the studio's policy and same-origin framing. */
export function studioHeaders(): Record<string, string> {
  return {
    ...securityHeaders('site'),
    'content-security-policy': STUDIO_CSP,
    'x-frame-options': 'SAMEORIGIN',
  };
}

export function registerStudio(app: FastifyInstance, ctx: AppContext): void {
  const dir = ctx.options.studioDir ?? DEFAULT_STUDIO_DIR;

  async function serve(request: FastifyRequest, rest: string) {
    const method = request.method.toUpperCase();
    const ifNoneMatch = header(request, 'if-none-match');
    let file = rest === '' ? undefined : await resolveFile(dir, rest);
    // An address of the app (no file extension): the app itself, which shows the screen for it.
    if (!file && extname(rest) === '') file = await resolveFile(dir, 'index.html');
    if (!file) {
      throw existsSync(resolve(dir, 'index.html'))
        ? new HttpProblem(404, 'not-found', 'Not found', `Nothing at /studio/${rest}.`)
        : new HttpProblem(
            404,
            'studio-not-built',
            'The studio is not available',
            `${dir} has no built studio. Build it (pnpm --filter @svara/studio build) or point --studio-dir at its dist/app directory.`,
          );
    }
    const requestPath = file.endsWith('index.html') ? '/studio/index.html' : `/studio/${rest}`;
    const response = await serveFile(
      file,
      requestPath,
      method,
      ifNoneMatch,
      header(request, 'accept-encoding'),
    );
    response.headers = { ...studioHeaders(), ...response.headers };
    return response;
  }

  // The router ignores a trailing slash, so `/studio/` arrives here too: only the bare `/studio` is sent on
  // (the app's relative addresses need the slash).
  define(app, '/studio', {
    GET: (request) =>
      (request.raw.url ?? '').split('?')[0] === '/studio'
        ? { status: 308, headers: { location: '/studio/', 'cache-control': 'no-cache' } }
        : serve(request, ''),
  });
  define(app, '/studio/*', {
    GET: (request) => serve(request, (request.params as { '*': string })['*'] ?? ''),
  });
}
