/**
 * The staff API of published results (API.md "Results"): a round's publication state (counts only before it is
 * published), publishing a closed round's snapshot, and "Ni sa – vi gör" — the actions per unit and round, written
 * by the unit's publishers, editable until published, then only their status (dated, kept in the history).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';

import { PublishError } from '../../results/store/publications.js';
import type { Action, ActionInput, PublishedSnapshot } from '../../results/store/publications.js';
import type { Round } from '../../units/rounds.js';
import { audit, authenticate, forbidden, hasRole, unauthenticated } from '../auth.js';
import type { AppContext } from '../context.js';
import { json } from '../context.js';
import { HttpProblem } from '../problem.js';
import { resultLinks } from './results.js';
import { invalidInput, jsonBody } from './staff-surveys.js';
import { define } from './table.js';

const params = (request: FastifyRequest) => request.params as Record<string, string>;

export function publishProblem(error: unknown): unknown {
  if (!(error instanceof PublishError)) return error;
  const status = error.code === 'unprotectable' ? 422 : 409;
  return new HttpProblem(
    status,
    error.code,
    error.code.replace(/-/g, ' '),
    error.message,
    error.issues.length ? { issues: error.issues } : {},
  );
}

/** The round a staff path names (`…/rounds/{roundId}…`), or a 404 problem. */
export async function roundFromPath(ctx: AppContext, request: FastifyRequest): Promise<Round> {
  const roundId = params(request).roundId!;
  const round = await ctx.rounds.get(roundId);
  if (!round)
    throw new HttpProblem(404, 'unknown-round', 'Unknown round', `Det finns ingen omgång "${roundId}".`);
  return round;
}

export function registerStaffResults(app: FastifyInstance, ctx: AppContext): void {
  const roundOf = (request: FastifyRequest) => roundFromPath(ctx, request);
  const ownerOf = async (round: Round) => (await ctx.registry.state(round.surveyId))?.ownerUnit ?? null;

  /** Signed in, with some role; 403 before anything about the round is looked up. */
  const withRole = (role: 'reader' | 'publisher') => async (request: FastifyRequest) => {
    const staff = await authenticate(ctx, request);
    if (!staff) throw unauthenticated();
    const roles = role === 'reader' ? ['reader', 'editor', 'publisher', 'admin'] : ['publisher', 'admin'];
    if (!staff.roles.some((grant) => roles.includes(grant.role))) throw forbidden();
  };

  /** Reader of the survey's unit, or of any unit of the round. */
  async function mayRead(request: FastifyRequest, round: Round): Promise<boolean> {
    if (await hasRole(ctx, request.staff!, 'reader', await ownerOf(round))) return true;
    for (const { unitId } of round.units)
      if (await hasRole(ctx, request.staff!, 'reader', unitId)) return true;
    return false;
  }

  function state(round: Round, published: PublishedSnapshot | undefined, responses: number) {
    return {
      roundId: round.id,
      surveyId: round.surveyId,
      status: round.status,
      publishedAt: published?.publishedAt ?? null,
      publishedBy: published?.publishedBy ?? null,
      respondents: published?.respondents ?? responses,
      units: published?.units ?? null,
      // `cells`, `witnesses`, `exact`: the fields API.md promised the studio first; the audit's own counts beside.
      audit: published
        ? {
            cells: published.audit.published + published.audit.hidden,
            hidden: published.audit.hidden,
            witnesses: published.audit.byWitness,
            exact: true,
            published: published.audit.published,
            checked: published.audit.checked,
            byWitness: published.audit.byWitness,
            bySolver: published.audit.bySolver,
          }
        : null,
      links: published ? resultLinks(round.surveyId, round.id) : null,
    };
  }
  const responses = async (round: Round) =>
    [...(await ctx.rounds.counts(round.id)).values()].reduce((a, b) => a + b, 0);

  define(app, '/api/staff/rounds/:roundId/snapshot', {
    GET: {
      options: { preHandler: withRole('reader') },
      handler: async (request) => {
        const round = await roundOf(request);
        if (!(await mayRead(request, round))) throw forbidden();
        return json(200, state(round, await ctx.results.get(round.id), await responses(round)));
      },
    },
  });

  define(app, '/api/staff/rounds/:roundId/publish', {
    POST: {
      options: { preHandler: withRole('publisher') },
      handler: async (request) => {
        const round = await roundOf(request);
        if (!(await hasRole(ctx, request.staff!, 'publisher', await ownerOf(round)))) throw forbidden();
        let published: PublishedSnapshot;
        try {
          published = await ctx.results.publish(round, request.staff!.id);
        } catch (error) {
          throw publishProblem(error);
        }
        await audit(request, 'results.publish', `round:${round.id}`, {
          survey: round.surveyId,
          respondents: published.respondents,
          units: published.units,
          hidden: published.audit.hidden,
        });
        const after = (await ctx.rounds.get(round.id))!;
        return json(201, state(after, published, published.respondents), {
          location: resultLinks(round.surveyId, round.id).json,
        });
      },
    },
  });

  // ─── Ni sa – vi gör ──────────────────────────────────────────────────

  /** The unit whose publishers may write an action: its own, or (whole survey) the survey's. */
  const actionUnit = async (round: Round, unit: string | null | undefined) => unit ?? (await ownerOf(round));

  function body(request: FastifyRequest): ActionInput {
    const input = jsonBody(request) as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const key of [
      'unit',
      'heard',
      'questions',
      'action',
      'plain',
      'responsible',
      'status',
      'when',
      'note',
    ])
      if (input[key] !== undefined) out[key] = input[key];
    return out as ActionInput;
  }

  async function actionOf(request: FastifyRequest, round: Round): Promise<Action> {
    const action = await ctx.results.action(round.id, params(request).actionId!);
    if (!action)
      throw new HttpProblem(404, 'unknown-action', 'Unknown action', 'Det finns ingen sådan åtgärd.');
    return action;
  }

  define(app, '/api/staff/rounds/:roundId/actions', {
    GET: {
      options: { preHandler: withRole('reader') },
      handler: async (request) => {
        const round = await roundOf(request);
        if (!(await mayRead(request, round))) throw forbidden();
        const wanted = (request.query as Record<string, string | undefined>).unit;
        const all = await ctx.results.actions(round.id);
        const shown: Action[] = [];
        for (const action of all) {
          if (wanted !== undefined && (action.unit ?? '-') !== (wanted || '-')) continue;
          if (await hasRole(ctx, request.staff!, 'reader', await actionUnit(round, action.unit)))
            shown.push(action);
        }
        return json(200, shown);
      },
    },
    POST: {
      options: { preHandler: withRole('publisher') },
      handler: async (request) => {
        const round = await roundOf(request);
        const input = body(request);
        input.unit ??= null;
        if (!(await hasRole(ctx, request.staff!, 'publisher', await actionUnit(round, input.unit))))
          throw forbidden();
        const issues = await ctx.results.check(round, input, false);
        if (issues.length) throw invalidInput(issues);
        let action: Action;
        try {
          action = await ctx.results.addAction(round, input, request.staff!.id);
        } catch (error) {
          throw publishProblem(error);
        }
        await audit(request, 'results.action.create', `round:${round.id}`, {
          action: action.id,
          unit: action.unit,
        });
        return json(201, action);
      },
    },
  });

  define(app, '/api/staff/rounds/:roundId/actions/:actionId', {
    PATCH: {
      options: { preHandler: withRole('publisher') },
      handler: async (request) => {
        const round = await roundOf(request);
        const current = await actionOf(request, round);
        const input = body(request);
        if (!(await hasRole(ctx, request.staff!, 'publisher', await actionUnit(round, current.unit))))
          throw forbidden();
        if (
          input.unit !== undefined &&
          !(await hasRole(ctx, request.staff!, 'publisher', await actionUnit(round, input.unit)))
        )
          throw forbidden();
        const issues = await ctx.results.check(round, input, true);
        if (issues.length) throw invalidInput(issues);
        let action: Action;
        try {
          action = await ctx.results.changeAction(round, current, input, request.staff!.id);
        } catch (error) {
          throw publishProblem(error);
        }
        await audit(request, 'results.action.change', `round:${round.id}`, {
          action: action.id,
          status: action.status,
        });
        return json(200, action);
      },
    },
    DELETE: {
      options: { preHandler: withRole('publisher') },
      handler: async (request) => {
        const round = await roundOf(request);
        const current = await actionOf(request, round);
        if (!(await hasRole(ctx, request.staff!, 'publisher', await actionUnit(round, current.unit))))
          throw forbidden();
        try {
          await ctx.results.deleteAction(current);
        } catch (error) {
          throw publishProblem(error);
        }
        await audit(request, 'results.action.delete', `round:${round.id}`, { action: current.id });
        return { status: 204, headers: { 'cache-control': 'no-store' }, body: '' };
      },
    },
  });
}
