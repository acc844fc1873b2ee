/** `GET /api/surveys` (the list) and `GET /api/surveys/{id}` (the latest published version, ETag and 304). */
import type { FastifyInstance, FastifyRequest } from 'fastify';

import type { AppContext } from '../context.js';
import { json } from '../context.js';
import { header } from '../body.js';
import { HttpProblem } from '../problem.js';
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
        const unitId = (request.query as Record<string, string | undefined>).unit;
        if (unitId !== undefined) {
          // The definition plus where it is answered: the unit, and the round running there now (the widget
          // stamps both into the answer).
          const unit = await ctx.units.get(unitId);
          if (!unit) {
            throw new HttpProblem(404, 'unknown-unit', 'Unknown unit', `There is no unit "${unitId}".`);
          }
          const rounds = (await ctx.rounds.ofSurvey(latest.surveyId)).filter((r) =>
            r.units.some((u) => u.unitId === unit.id),
          );
          const round = rounds.find((r) => r.status === 'open');
          const context = {
            unit: { id: unit.id, name: unit.name },
            round: round
              ? { id: round.id, name: round.name, opens: round.opens, closes: round.closes }
              : null,
          };
          return json(200, { ...latest.survey, context }, { 'cache-control': 'no-cache' });
        }
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
