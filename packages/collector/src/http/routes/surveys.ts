/** `GET /api/surveys` (the list) and `GET /api/surveys/{id}` (a definition, with ETag and 304). */
import type { FastifyInstance, FastifyRequest } from 'fastify';

import type { AppContext } from '../context.js';
import { json } from '../context.js';
import { header } from '../body.js';
import { define } from './table.js';

export const surveyId = (request: FastifyRequest): string => (request.params as { id: string }).id;

export function registerSurveys(app: FastifyInstance, ctx: AppContext): void {
  define(app, '/api/surveys', {
    GET: () =>
      json(
        200,
        [...ctx.surveys.values()].map(({ survey }) => ({
          id: survey.id,
          version: survey.version,
          title: survey.title,
        })),
        { 'cache-control': 'public, max-age=60' },
      ),
  });

  define(
    app,
    '/api/surveys/:id',
    {
      GET: (request) => {
        const loaded = ctx.survey(surveyId(request));
        const headers = { etag: loaded.etag, 'cache-control': 'public, max-age=60, must-revalidate' };
        if (
          header(request, 'if-none-match')
            ?.split(',')
            .some((t) => t.trim() === loaded.etag)
        ) {
          return { status: 304, headers };
        }
        return {
          status: 200,
          headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
          body: loaded.json,
        };
      },
    },
    { exists: (request) => ctx.survey(surveyId(request)) },
  );
}
