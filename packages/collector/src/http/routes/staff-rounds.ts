/**
 * The staff API for rounds (API.md "Rounds"): a survey run in chosen units over a period, its live counts
 * (responses per unit and the response rate — counts only, never how anyone answered), the respondents' links
 * and the A4 QR posters.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { resolveText } from '@svara/schema';

import { checkRound } from '../../units/rounds.js';
import type { Round, RoundInput } from '../../units/rounds.js';
import { posterPdf, posterSvg } from '../../units/poster.js';
import { audit, authenticate, forbidden, hasRole, requireRole, unauthenticated } from '../auth.js';
import type { AppContext } from '../context.js';
import { json } from '../context.js';
import { HttpProblem } from '../problem.js';
import { invalidInput, jsonBody } from './staff-surveys.js';
import { publishProblem, roundFromPath } from './staff-results.js';
import { define } from './table.js';

const params = (request: FastifyRequest) => request.params as Record<string, string>;

/** The address respondents use: --public-url, else the address this request came to. */
export function publicBase(ctx: AppContext, request: FastifyRequest): string {
  if (ctx.options.publicUrl) return ctx.options.publicUrl.replace(/\/+$/, '');
  const forwarded = ctx.options.trustProxy ? request.headers['x-forwarded-proto'] : undefined;
  const protocol = typeof forwarded === 'string' ? forwarded.split(',')[0]!.trim() : request.protocol;
  return `${protocol}://${request.headers.host ?? 'localhost'}`;
}

export const respondentUrl = (base: string, surveyId: string, unitId?: string): string =>
  `${base}/s/${encodeURIComponent(surveyId)}${unitId ? `/${encodeURIComponent(unitId)}` : ''}`;

export function registerStaffRounds(app: FastifyInstance, ctx: AppContext): void {
  async function surveyOf(id: string) {
    const state = await ctx.registry.state(id);
    if (!state)
      throw new HttpProblem(404, 'unknown-survey', 'Unknown survey', `Det finns ingen enkät "${id}".`);
    return state;
  }
  const roundOf = (request: FastifyRequest) => roundFromPath(ctx, request);
  const surveyOwner = async (request: FastifyRequest) => (await surveyOf(params(request).id!)).ownerUnit;
  const roundOwner = async (request: FastifyRequest) =>
    (await surveyOf((await roundOf(request)).surveyId)).ownerUnit;

  /** Readers of the survey, or of any unit the round runs in (they see their own units). */
  const roundReader = async (request: FastifyRequest) => {
    const staff = await authenticate(ctx, request);
    if (!staff) throw unauthenticated();
    if (!staff.roles.length) throw forbidden();
    const round = await roundOf(request);
    if (await hasRole(ctx, staff, 'reader', (await surveyOf(round.surveyId)).ownerUnit)) return;
    for (const { unitId } of round.units) if (await hasRole(ctx, staff, 'reader', unitId)) return;
    throw forbidden();
  };
  /** The units of a round the caller may see. */
  const visibleUnits = async (request: FastifyRequest, round: Round) => {
    const shown = [];
    for (const unit of round.units)
      if (await hasRole(ctx, request.staff!, 'reader', unit.unitId)) shown.push(unit);
    return shown;
  };

  /** A round is made by a publisher (of every unit it names: checked with the input). */
  const publisherSomewhere = async (request: FastifyRequest) => {
    const staff = await authenticate(ctx, request);
    if (!staff) throw unauthenticated();
    if (!staff.roles.some((grant) => grant.role === 'publisher' || grant.role === 'admin')) throw forbidden();
  };

  /** The round's input, checked; 403 unless the caller is a publisher in every unit it names. */
  async function roundInput(request: FastifyRequest): Promise<RoundInput> {
    const body = jsonBody(request);
    const known = new Set((await ctx.units.all()).keys());
    const issues = checkRound(body as Partial<RoundInput>, known);
    if (issues.length) throw invalidInput(issues);
    const input = body as unknown as RoundInput;
    for (const unit of input.units) {
      if (!(await hasRole(ctx, request.staff!, 'publisher', unit.unitId))) {
        throw new HttpProblem(
          403,
          'forbidden',
          'Forbidden',
          `Du är inte publicerare för enheten "${unit.unitId}".`,
        );
      }
    }
    return {
      name: input.name,
      opens: input.opens,
      closes: input.closes,
      ...(input.acceptLateUntil ? { acceptLateUntil: input.acceptLateUntil } : {}),
      units: input.units.map((u) => ({ unitId: u.unitId, invited: u.invited ?? null })),
    };
  }

  define(app, '/api/staff/surveys/:id/rounds', {
    GET: {
      options: { preHandler: requireRole(ctx, 'reader', surveyOwner) },
      handler: async (request) =>
        json(200, await ctx.rounds.ofSurvey((await surveyOf(params(request).id!)).id)),
    },
    POST: {
      options: { preHandler: publisherSomewhere },
      handler: async (request) => {
        const survey = await surveyOf(params(request).id!);
        const input = await roundInput(request);
        const round = await ctx.rounds.create(survey.id, input, request.staff!.id);
        await audit(request, 'round.create', `round:${round.id}`, { survey: survey.id, name: round.name });
        return json(201, round, { location: `/api/staff/rounds/${round.id}` });
      },
    },
  });

  define(app, '/api/staff/rounds/:roundId', {
    GET: {
      options: { preHandler: roundReader },
      handler: async (request) => json(200, await roundOf(request)),
    },
    PUT: {
      options: { preHandler: publisherSomewhere },
      handler: async (request) => {
        const round = await roundOf(request);
        const input = await roundInput(request);
        const updated = await ctx.rounds.update(round.id, input);
        await audit(request, 'round.change', `round:${round.id}`, { name: updated.name });
        return json(200, updated);
      },
    },
  });

  define(app, '/api/staff/rounds/:roundId/close', {
    POST: {
      options: { preHandler: [publisherSomewhere, requireRole(ctx, 'publisher', roundOwner)] },
      handler: async (request) => {
        // `{ publish: true }`: publish the round's results snapshot too (src/results; API.md "Results").
        const publish = request.body ? jsonBody(request).publish === true : false;
        let round = await ctx.rounds.close((await roundOf(request)).id);
        await audit(request, 'round.close', `round:${round.id}`);
        if (publish) {
          try {
            await ctx.results.publish(round, request.staff!.id);
          } catch (error) {
            throw publishProblem(error);
          }
          await audit(request, 'results.publish', `round:${round.id}`, { survey: round.surveyId });
          round = (await ctx.rounds.get(round.id))!;
        }
        return json(200, round);
      },
    },
  });

  define(app, '/api/staff/rounds/:roundId/counts', {
    GET: {
      options: { preHandler: roundReader },
      handler: async (request) => {
        const round = await roundOf(request);
        const counts = await ctx.rounds.counts(round.id);
        const units = await ctx.units.all();
        const rate = (responses: number, invited: number | null) =>
          invited ? Math.round((responses / invited) * 1000) / 1000 : null;
        const rows = [];
        for (const { unitId, invited } of await visibleUnits(request, round)) {
          const responses = counts.get(unitId) ?? 0;
          rows.push({
            unitId,
            name: units.get(unitId)?.name ?? unitId,
            responses,
            invited,
            responseRate: rate(responses, invited),
          });
        }
        const responses = rows.reduce((sum, r) => sum + r.responses, 0);
        const invited = rows.every((r) => r.invited !== null)
          ? rows.reduce((sum, r) => sum + (r.invited ?? 0), 0)
          : null;
        return json(200, {
          round: { id: round.id, name: round.name, status: round.status },
          units: rows,
          total: { responses, invited, responseRate: rate(responses, invited) },
        });
      },
    },
  });

  define(app, '/api/staff/rounds/:roundId/links', {
    GET: {
      options: { preHandler: roundReader },
      handler: async (request) => {
        const round = await roundOf(request);
        const base = publicBase(ctx, request);
        return json(
          200,
          (await visibleUnits(request, round)).map(({ unitId }) => ({
            unitId,
            url: respondentUrl(base, round.surveyId, unitId),
            poster: {
              svg: `/api/staff/rounds/${round.id}/units/${unitId}/poster.svg`,
              pdf: `/api/staff/rounds/${round.id}/units/${unitId}/poster.pdf`,
            },
            embed: `<script type="module" src="${base}/svara-survey.js"></script>\n<svara-survey src="${base}/api/surveys/${round.surveyId}" unit="${unitId}"></svara-survey>`,
          })),
        );
      },
    },
  });

  for (const format of ['svg', 'pdf'] as const) {
    define(app, `/api/staff/rounds/:roundId/units/:unitId/poster.${format}`, {
      GET: {
        options: { preHandler: requireRole(ctx, 'reader', (request) => params(request).unitId) },
        handler: async (request) => {
          const round = await roundOf(request);
          const unitId = params(request).unitId!;
          if (!round.units.some((u) => u.unitId === unitId)) {
            throw new HttpProblem(
              404,
              'unknown-unit',
              'Unknown unit',
              `Enheten "${unitId}" är inte med i omgången.`,
            );
          }
          const latest = await ctx.published(round.surveyId);
          const lang = latest.survey.lang;
          const content = {
            title: resolveText(latest.survey.title, lang, lang)?.text ?? round.surveyId,
            scan: lang === 'en' ? 'Scan the code to answer' : 'Skanna koden för att svara',
            url: respondentUrl(publicBase(ctx, request), round.surveyId, unitId),
            lang,
          };
          const name = `affisch-${round.surveyId}-${unitId}.${format}`;
          const headers = {
            'cache-control': 'no-store',
            'content-disposition': `inline; filename="${name}"`,
          };
          return format === 'svg'
            ? {
                status: 200,
                headers: { ...headers, 'content-type': 'image/svg+xml; charset=utf-8' },
                body: await posterSvg(content),
              }
            : {
                status: 200,
                headers: { ...headers, 'content-type': 'application/pdf' },
                body: Buffer.from(await posterPdf(content)),
              };
        },
      },
    });
  }
}
