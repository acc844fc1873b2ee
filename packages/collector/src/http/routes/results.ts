/** `GET /api/surveys/{id}/results[?by=]`: published results with small groups protected (src/results). */
import type { FastifyInstance } from 'fastify';

import { BreakdownError, createTally } from '../../results/results.js';
import type { Results } from '../../results/results.js';
import { scanResponses } from '../../store/types.js';
import type { Survey } from '@svara/schema';
import type { AppContext } from '../context.js';
import { json } from '../context.js';
import { HttpProblem } from '../problem.js';
import { surveyId } from './surveys.js';
import { define } from './table.js';

export function registerResults(app: FastifyInstance, ctx: AppContext): void {
  const cacheMs = ctx.options.resultsCacheMs ?? 30_000;
  const cache = new Map<string, { at: number; results: Promise<Results> }>();

  /**
   * `survey` holds every question of every published version (see versions/union.ts): an answer is counted
   * under the question it answered, also when a later version removed that question. The key includes the
   * latest version, so a new version is not answered from the cache of the one before.
   */
  function results(survey: Survey, by: string | undefined): Promise<Results> {
    const key = `${survey.id}\u0000${survey.version}\u0000${by ?? ''}`;
    const cached = cache.get(key);
    const at = Date.now();
    if (cached && at - cached.at < cacheMs) return cached.results;
    // Throws BreakdownError synchronously for a bad `by`, before anything is read.
    const tally = createTally(survey, by === undefined ? { now: ctx.now } : { by, now: ctx.now });
    const computed = (async () => {
      for await (const row of scanResponses(ctx.store, survey.id)) tally.add(JSON.parse(row.submission));
      return tally.finish();
    })();
    if (cacheMs > 0) {
      cache.set(key, { at, results: computed });
      computed.catch(() => cache.delete(key));
    }
    return computed;
  }

  define(
    app,
    '/api/surveys/:id/results',
    {
      GET: async (request) => {
        const survey = await ctx.union(surveyId(request));
        const by = (request.query as Record<string, string | undefined>).by;
        try {
          return json(200, await results(survey, by === '' ? undefined : by), {
            'cache-control': 'public, max-age=60',
          });
        } catch (error) {
          if (error instanceof BreakdownError) {
            throw new HttpProblem(400, 'invalid-breakdown', 'Invalid breakdown', error.message, {
              issues: [{ path: 'by', message: error.message, code: 'breakdown' }],
            });
          }
          throw error;
        }
      },
    },
    { exists: (request) => ctx.published(surveyId(request)) },
  );
}
