/**
 * `GET /api/surveys/{id}/audio/manifest.json` and `…/audio/<lang>/<hash>.wav`: recorded speech made by
 * `svara audio` (only with `--audio`). The manifest is revalidated every time, clips cached a week.
 */
import { extname, join } from 'node:path';
import type { FastifyInstance, FastifyRequest } from 'fastify';

import type { AppContext } from '../context.js';
import { header } from '../body.js';
import { securityHeaders } from '../headers.js';
import { HttpProblem } from '../problem.js';
import { MIME_TYPES, resolveFile, serveFile } from '../static.js';
import { surveyId } from './surveys.js';
import { define } from './table.js';

/** The part after `/audio/`, still percent-encoded (resolveFile decodes it and refuses any way out). */
function rest(request: FastifyRequest): string {
  const path = (request.raw.url ?? '').split('?')[0]!;
  const at = path.indexOf('/audio/');
  return at < 0 ? '' : path.slice(at + '/audio/'.length);
}

export function registerAudio(app: FastifyInstance, ctx: AppContext): void {
  const audioDir = ctx.options.audioDir;
  if (!audioDir) return;
  define(
    app,
    '/api/surveys/:id/audio/*',
    {
      GET: async (request) => {
        const id = (await ctx.published(surveyId(request))).survey.id;
        const file = rest(request);
        const isManifest = file === 'manifest.json';
        const type = MIME_TYPES[extname(file).toLowerCase()];
        const found =
          isManifest || type?.startsWith('audio/') ? await resolveFile(join(audioDir, id), file) : undefined;
        if (!found) {
          throw new HttpProblem(
            404,
            'no-audio',
            'No recorded speech',
            isManifest
              ? `There is no recorded speech for the survey "${id}". Make it with svara audio and serve it with --audio.`
              : `There is no recording at ${file}.`,
          );
        }
        const response = await serveFile(found, file, request.method, header(request, 'if-none-match'));
        // City pages on other origins play the clips: cross-origin like the embed bundle.
        response.headers = {
          ...securityHeaders('embed'),
          ...response.headers,
          'cache-control': isManifest ? 'no-cache' : 'public, max-age=604800',
        };
        return response;
      },
    },
    { exists: (request) => ctx.published(surveyId(request)) },
  );
}
