/**
 * The staff API for units (API.md "Units"): the organisation tree, managed by admins, importable from CSV.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';

import { parseCsv } from '../../csv.js';
import { UnitError } from '../../units/units.js';
import type { Unit } from '../../units/units.js';
import { audit, hasRole, requireRole, requireStaff } from '../auth.js';
import type { AppContext } from '../context.js';
import { json } from '../context.js';
import { header } from '../body.js';
import { HttpProblem } from '../problem.js';
import { invalidInput, jsonBody } from './staff-surveys.js';
import { define } from './table.js';

const unitParam = (request: FastifyRequest) => (request.params as { id: string }).id;

/** A UnitError as the problem it is. */
export function unitProblem(error: unknown): unknown {
  if (!(error instanceof UnitError)) return error;
  if (error.status === 404) return new HttpProblem(404, 'unknown-unit', 'Unknown unit', error.message);
  if (error.status === 409) {
    return new HttpProblem(409, 'unit-conflict', 'Unit in use', error.message, { issues: error.issues });
  }
  return invalidInput(error.issues);
}

export function registerStaffUnits(app: FastifyInstance, ctx: AppContext): void {
  const bodyUnit = (request: FastifyRequest) => {
    const parent = (request.body as { parent?: unknown } | undefined)?.parent;
    return typeof parent === 'string' ? parent : null;
  };

  define(app, '/api/staff/units', {
    GET: {
      options: { preHandler: requireStaff(ctx) },
      handler: async (request) => {
        // The units the caller has any role in, with their ancestors for context.
        const tree = await ctx.units.tree();
        const shown = new Set<string>();
        for (const unit of tree) {
          if (await hasRole(ctx, request.staff!, 'reader', unit.id)) {
            shown.add(unit.id);
            for (const ancestor of await ctx.units.ancestors(unit.id)) shown.add(ancestor);
          }
        }
        return json(
          200,
          tree
            .filter((u) => shown.has(u.id))
            .map(({ id, name, parent, depth }) => ({ id, name, parent, depth })),
        );
      },
    },
    POST: {
      options: { preHandler: requireRole(ctx, 'admin', bodyUnit) },
      handler: async (request) => {
        const body = jsonBody(request);
        try {
          const unit = await ctx.units.create({
            id: body.id as string,
            name: body.name as string,
            parent: (body.parent ?? null) as string | null,
          });
          await audit(request, 'unit.change', `unit:${unit.id}`, { created: unit });
          return json(201, unit, { location: `/api/staff/units/${unit.id}` });
        } catch (error) {
          throw unitProblem(error);
        }
      },
    },
  });

  define(app, '/api/staff/units/:id', {
    PUT: {
      options: { preHandler: requireRole(ctx, 'admin', unitParam) },
      handler: async (request) => {
        const body = jsonBody(request);
        const parent = (body.parent ?? null) as string | null;
        // Moving a unit under another needs admin there too.
        if (parent !== null && !(await hasRole(ctx, request.staff!, 'admin', parent))) {
          throw new HttpProblem(
            403,
            'forbidden',
            'Forbidden',
            'Du är inte administratör för den nya överordnade enheten.',
          );
        }
        try {
          const unit = await ctx.units.update(unitParam(request), { name: body.name as string, parent });
          await audit(request, 'unit.change', `unit:${unit.id}`, { updated: unit });
          return json(200, unit);
        } catch (error) {
          throw unitProblem(error);
        }
      },
    },
    DELETE: {
      options: { preHandler: requireRole(ctx, 'admin', unitParam) },
      handler: async (request) => {
        try {
          await ctx.units.remove(unitParam(request));
        } catch (error) {
          throw unitProblem(error);
        }
        await audit(request, 'unit.change', `unit:${unitParam(request)}`, { deleted: true });
        return { status: 204, headers: { 'cache-control': 'no-store' } };
      },
    },
  });

  define(app, '/api/staff/units/import', {
    POST: {
      options: { preHandler: requireRole(ctx, 'admin', () => null) },
      handler: async (request) => {
        const type = header(request, 'content-type')?.split(';')[0]?.trim().toLowerCase();
        if (type !== 'text/csv' || typeof request.body !== 'string') {
          throw new HttpProblem(
            415,
            'unsupported-media-type',
            'Unsupported content type',
            'Skicka enheterna som text/csv: id,name,parent.',
            {},
            { accept: 'text/csv' },
          );
        }
        try {
          const result = await ctx.units.importCsv(request.body, (text) => parseCsv(text));
          await audit(request, 'unit.change', 'units', { imported: result });
          return json(200, {
            ...result,
            units: (await ctx.units.tree()).map(({ id, name, parent }): Unit => ({ id, name, parent })),
          });
        } catch (error) {
          throw unitProblem(error);
        }
      },
    },
  });
}
