/**
 * Published results, public: only what a closed round published as its snapshot (src/results/store), never
 * anything computed from live answers. `GET /api/surveys/{id}/results[?round=&unit=&by=&compare=]`, the open-data
 * files per round and unit (JSON and CSV) with their index `GET /api/results`, and the public pages under `/r/`.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Results, RoundSnapshot } from '@svara/schema';

import { resultsCsv } from '../../results/store/csv.js';
import type { PublishedSnapshot } from '../../results/store/publications.js';
import { RESULTS_PAGE_CSS, indexPage, missingPage, roundPage, unitPage } from '../../results/store/pages.js';
import type { IndexEntry } from '../../results/store/pages.js';
import type { AppContext } from '../context.js';
import { json } from '../context.js';
import { securityHeaders } from '../headers.js';
import { HttpProblem } from '../problem.js';
import type { AppResponse } from '../types.js';
import { define } from './table.js';

const PUBLIC_CACHE = { 'cache-control': 'public, max-age=60' };

const noResults = (detail: string) => new HttpProblem(404, 'no-results', 'No published results', detail);

const query = (request: FastifyRequest) => request.query as Record<string, string | undefined>;
const params = (request: FastifyRequest) => request.params as Record<string, string>;

/** `?unit=`: a unit's `Results` in a snapshot; absent or empty: the whole survey (the first result). */
function unitResult(snapshot: RoundSnapshot, unit: string | undefined): Results {
  // `-`: the whole survey (in paths, where a unit id is needed).
  if (!unit || unit === '-') return snapshot.results[0]!;
  const found = snapshot.results.find((r) => r.unit?.id === unit);
  if (!found)
    throw new HttpProblem(
      404,
      'unknown-unit',
      'Unknown unit',
      `Omgången "${snapshot.round.name}" har inga resultat för enheten "${unit}".`,
    );
  return found;
}

export const resultLinks = (surveyId: string, roundId: string, unitId?: string | null) => {
  const base = `/api/surveys/${encodeURIComponent(surveyId)}/rounds/${encodeURIComponent(roundId)}`;
  const unit = unitId ? `/units/${encodeURIComponent(unitId)}` : '';
  return {
    json: `${base}${unit}/results.json`,
    csv: `${base}${unit}/results.csv`,
    page: `/r/${encodeURIComponent(surveyId)}/${encodeURIComponent(roundId)}${unitId ? `/${encodeURIComponent(unitId)}` : ''}`,
  };
};

export function registerResults(app: FastifyInstance, ctx: AppContext): void {
  /** A survey's published snapshot: `round` given, or its latest. */
  async function snapshotOf(surveyId: string, roundId: string | undefined): Promise<PublishedSnapshot> {
    if (roundId) {
      const found = await ctx.results.get(roundId);
      if (!found || found.surveyId !== surveyId)
        throw noResults(`Omgången "${roundId}" har inga publicerade resultat.`);
      return found;
    }
    const latest = await ctx.results.latest(surveyId);
    if (!latest)
      throw noResults(
        'Inga resultat är publicerade än. Resultat publiceras när en omgång har stängt, aldrig medan den pågår.',
      );
    return latest;
  }

  define(
    app,
    '/api/surveys/:id/results',
    {
      GET: async (request) => {
        const surveyId = params(request).id!;
        const { round, unit, by, compare } = query(request);
        if (compare !== undefined && compare !== '' && compare !== 'units' && compare !== 'rounds') {
          throw new HttpProblem(400, 'invalid-compare', 'Invalid compare', 'compare är units eller rounds.', {
            issues: [{ path: 'compare', message: 'compare är units eller rounds.', code: 'compare' }],
          });
        }
        if (compare === 'rounds') {
          const snapshots = await ctx.results.list(surveyId);
          if (!snapshots.length) throw noResults('Inga resultat är publicerade än.');
          if (unit) unitResult(snapshots[snapshots.length - 1]!.snapshot, unit);
          return json(200, await ctx.results.trend(surveyId, unit || null), PUBLIC_CACHE);
        }
        const published = await snapshotOf(surveyId, round || undefined);
        if (by && by !== published.snapshot.breakdown) {
          const message = published.snapshot.breakdown
            ? `Omgångens resultat är uppdelade på "${published.snapshot.breakdown}", inte på "${by}".`
            : `Omgångens resultat är inte uppdelade på någon fråga ("${by}").`;
          throw new HttpProblem(400, 'invalid-breakdown', 'Invalid breakdown', message, {
            issues: [{ path: 'by', message, code: 'breakdown' }],
          });
        }
        const served = await ctx.results.served(published);
        if (compare === 'units') {
          if (unit) unitResult(served, unit);
          return json(200, served, PUBLIC_CACHE);
        }
        return json(200, unitResult(served, unit), PUBLIC_CACHE);
      },
    },
    { exists: (request) => ctx.published(params(request).id!) },
  );

  // ─── Open data ───────────────────────────────────────────────────────

  async function entries(): Promise<IndexEntry[]> {
    const all = await ctx.results.list();
    return all
      .map((s) => {
        const first = s.snapshot.results[0]!;
        return {
          surveyId: s.surveyId,
          title: first.title,
          lang: first.lang,
          round: s.snapshot.round,
          publishedAt: s.publishedAt,
          respondents: first.respondents,
          ...resultLinks(s.surveyId, s.roundId),
          units: s.snapshot.results.map((r) => ({
            id: r.unit?.id ?? null,
            name: r.unit?.name ?? null,
            parent: r.unit?.parent ?? null,
            ...resultLinks(s.surveyId, s.roundId, r.unit?.id ?? '-'),
          })),
        };
      })
      .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));
  }

  define(app, '/api/results', {
    GET: async () => json(200, { format: 'svara-results-index/1', snapshots: await entries() }, PUBLIC_CACHE),
  });

  async function roundOf(request: FastifyRequest): Promise<RoundSnapshot> {
    const { id, roundId } = params(request);
    return ctx.results.served(await snapshotOf(id!, roundId!));
  }
  const csv = (body: string, name: string): AppResponse => ({
    status: 200,
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${name}"`,
      ...PUBLIC_CACHE,
    },
    body: '\uFEFF' + body,
  });
  const fileName = (snapshot: RoundSnapshot, unit?: string) =>
    `resultat-${snapshot.surveyId}-${snapshot.round.id}${unit ? `-${unit}` : ''}.csv`.replace(
      /[^\w.-]/g,
      '_',
    );

  define(app, '/api/surveys/:id/rounds/:roundId/results.json', {
    GET: async (request) => json(200, await roundOf(request), PUBLIC_CACHE),
  });
  define(app, '/api/surveys/:id/rounds/:roundId/results.csv', {
    GET: async (request) => {
      const snapshot = await roundOf(request);
      return csv(resultsCsv(snapshot, snapshot.results), fileName(snapshot));
    },
  });
  define(app, '/api/surveys/:id/rounds/:roundId/units/:unitId/results.json', {
    GET: async (request) =>
      json(200, unitResult(await roundOf(request), params(request).unitId), PUBLIC_CACHE),
  });
  define(app, '/api/surveys/:id/rounds/:roundId/units/:unitId/results.csv', {
    GET: async (request) => {
      const snapshot = await roundOf(request);
      const unit = params(request).unitId!;
      return csv(resultsCsv(snapshot, [unitResult(snapshot, unit)]), fileName(snapshot, unit));
    },
  });

  // ─── Public pages ────────────────────────────────────────────────────

  define(app, '/r/svara-results.css', {
    GET: () => ({
      status: 200,
      headers: {
        ...securityHeaders('site'),
        'content-type': 'text/css; charset=utf-8',
        'cache-control': 'public, max-age=300',
      },
      body: RESULTS_PAGE_CSS,
    }),
  });
  define(app, '/r/', { GET: async () => indexPage(await entries()) });
  async function pageSnapshot(request: FastifyRequest): Promise<RoundSnapshot | undefined> {
    const { surveyId, roundId } = params(request);
    const found = await ctx.results.get(roundId!);
    if (!found || found.surveyId !== surveyId) return undefined;
    return ctx.results.served(found);
  }
  define(app, '/r/:surveyId/:roundId', {
    GET: async (request) => {
      const snapshot = await pageSnapshot(request);
      return snapshot ? roundPage(snapshot) : missingPage();
    },
  });
  define(app, '/r/:surveyId/:roundId/:unitId', {
    GET: async (request) => {
      const snapshot = await pageSnapshot(request);
      const unitId = params(request).unitId!;
      const result = snapshot?.results.find((r) => (r.unit?.id ?? '-') === unitId);
      if (!snapshot || !result) return missingPage();
      const { audience } = query(request);
      return unitPage(snapshot, result, audience === 'child' ? 'child' : 'adult');
    },
  });
}
