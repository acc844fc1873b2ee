/** `GET /api/surveys` (the list) and `GET /api/surveys/{id}` (the latest published version, ETag and 304). */
import type { FastifyInstance, FastifyRequest } from 'fastify';

import type { AppContext } from '../context.js';
import { json } from '../context.js';
import { header } from '../body.js';
import { define } from './table.js';

export const surveyId = (request: FastifyRequest): string => (request.params as { id: string }).id;

export function registerSurveys(app: FastifyInstance, ctx: AppContext): void {
  define(app, '/api/surveys', {
    GET: async () => {
      const states = await ctx.registry.list();
      return json(
        200,
        states.flatMap(({ latest }) =>
          latest ? [{ id: latest.survey.id, version: latest.version, title: latest.survey.title }] : [],
        ),
        { 'cache-control': 'public, max-age=60' },
      );
    },
  });

  define(
    app,
    '/api/surveys/:id',
    {
      GET: async (request) => {
        const latest = await ctx.published(surveyId(request));
        const headers = { etag: latest.etag, 'cache-control': 'public, max-age=60, must-revalidate' };
        if (
          header(request, 'if-none-match')
            ?.split(',')
            .some((t) => t.trim() === latest.etag)
        ) {
          return { status: 304, headers };
        }
        return {
          status: 200,
          headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
          body: latest.json,
        };
      },
    },
    { exists: (request) => ctx.published(surveyId(request)) },
  );
}
