/**
 * Everything no route claims: the embed bundle (`/svara-survey.js` and its chunks) and the static site for GET
 * and HEAD, else a `404` problem (`/api/…` names the missing endpoint).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import type { AppContext } from '../context.js';
import { header } from '../body.js';
import { securityHeaders } from '../headers.js';
import { HttpProblem } from '../problem.js';
import { send } from '../reply.js';
import { resolveFile, serveFile } from '../static.js';

export function registerFiles(app: FastifyInstance, ctx: AppContext): void {
  const { embedDir, siteDir } = ctx.options;

  async function notFound(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    const method = request.method.toUpperCase();
    const pathname = (request.raw.url ?? '/').split('?')[0]!;
    if (pathname.startsWith('/api/')) {
      throw new HttpProblem(404, 'not-found', 'Not found', `There is no endpoint ${pathname}.`);
    }
    if (method === 'GET' || method === 'HEAD') {
      for (const [dir, kind] of [
        [embedDir, 'embed'],
        [siteDir, 'site'],
      ] as const) {
        if (!dir) continue;
        const file = await resolveFile(dir, pathname);
        if (file) {
          const response = await serveFile(
            file,
            pathname,
            method,
            header(request, 'if-none-match'),
            header(request, 'accept-encoding'),
          );
          response.headers = { ...securityHeaders(kind), ...response.headers };
          return send(reply, response);
        }
      }
      if (pathname === '/svara-survey.js') {
        throw new HttpProblem(
          404,
          'embed-not-built',
          'The embed bundle is not available',
          embedDir
            ? `${embedDir} has no svara-survey.js. Build the widget (pnpm --filter @svara/survey build) or point --embed-dir at its dist/embed directory.`
            : 'This server has no embed bundle configured. Start it with --embed-dir <the widget build, packages/survey/dist/embed>.',
        );
      }
    }
    throw new HttpProblem(404, 'not-found', 'Not found', `Nothing at ${pathname}.`);
  }

  app.setNotFoundHandler(notFound);
}
