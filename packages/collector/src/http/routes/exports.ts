/**
 * `GET /api/surveys/{id}/export.csv` and `export.json`: every answer, streamed with backpressure (staff only:
 * the bootstrap token today, see ../auth.ts).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Submission } from '@svara/schema';

import { SEPARATORS, exportCsv, exportJson } from '../../csv.js';
import type { ExportedResponse, Separator } from '../../csv.js';
import { scanResponses } from '../../store/types.js';
import { requireExportAccess } from '../auth.js';
import type { AppContext } from '../context.js';
import { HttpProblem } from '../problem.js';
import { surveyId } from './surveys.js';
import { define } from './table.js';

export function registerExports(app: FastifyInstance, ctx: AppContext): void {
  async function* exportedRows(id: string): AsyncGenerator<ExportedResponse> {
    for await (const row of scanResponses(ctx.store, id)) {
      yield { receivedAt: row.receivedAt, submission: JSON.parse(row.submission) as Submission };
    }
  }
  const guard = requireExportAccess(ctx);
  // An unknown survey is a 404 before any credential is looked at (as always).
  const exists = async (request: FastifyRequest) => void (await ctx.published(surveyId(request)));

  define(
    app,
    '/api/surveys/:id/export.json',
    {
      GET: {
        options: { preHandler: [exists, guard] },
        handler: async (request) => {
          const id = (await ctx.published(surveyId(request))).survey.id;
          await request.audit({
            action: 'responses.export',
            target: `survey:${id}`,
            detail: { format: 'json' },
          });
          return {
            status: 200,
            headers: {
              'content-type': 'application/json; charset=utf-8',
              'cache-control': 'no-store',
              'content-disposition': `attachment; filename="${id}.json"`,
            },
            body: exportJson(exportedRows(id)),
          };
        },
      },
    },
    { exists: (request) => ctx.published(surveyId(request)) },
  );

  define(
    app,
    '/api/surveys/:id/export.csv',
    {
      GET: {
        options: { preHandler: [exists, guard] },
        handler: async (request) => {
          // Every question of every version, with survey_version in each row.
          const survey = await ctx.union(surveyId(request));
          const id = survey.id;
          const sep = ((request.query as Record<string, string | undefined>).sep ?? ',') as Separator;
          if (!SEPARATORS.includes(sep)) {
            throw new HttpProblem(
              400,
              'invalid-separator',
              'Invalid separator',
              'sep must be "," ";" or a tab.',
            );
          }
          await request.audit({
            action: 'responses.export',
            target: `survey:${id}`,
            detail: { format: 'csv' },
          });
          return {
            status: 200,
            headers: {
              'content-type': 'text/csv; charset=utf-8; header=present',
              'cache-control': 'no-store',
              'content-disposition': `attachment; filename="${id}.csv"`,
            },
            body: exportCsv(survey, exportedRows(id), sep),
          };
        },
      },
    },
    { exists: (request) => ctx.published(surveyId(request)) },
  );
}
