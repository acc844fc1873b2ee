/**
 * The staff API for surveys (API.md "Surveys, drafts and versions"): list and create surveys, the draft with
 * optimistic locking (ETag / If-Match), four-eyes approval, publishing a version (refused when invalid or not
 * comparable with earlier versions), versions, close and reopen, and erasing one submission. Every route is
 * behind the guard (../auth.ts); roles are checked on the survey's owner unit.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { parseSurvey } from '@svara/schema';
import type { Issue } from '@svara/schema';

import { audit, hasRole, requireRole, requireStaff } from '../auth.js';
import type { AppContext } from '../context.js';
import { json, localeOf } from '../context.js';
import { header } from '../body.js';
import { HttpProblem } from '../problem.js';
import { PublishConflictError, statusOf } from '../../versions/registry.js';
import type { Draft, SurveyState } from '../../versions/registry.js';
import { define } from './table.js';

/** Survey and unit ids: as @svara/schema's ids (lower-case letters, digits, - and _). */
export const ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,63}$/;

const params = (request: FastifyRequest) => request.params as Record<string, string>;

/** The JSON object a staff request carries, or a 415/400 problem. */
export function jsonBody(request: FastifyRequest): Record<string, unknown> {
  const type = header(request, 'content-type')?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    throw new HttpProblem(
      415,
      'unsupported-media-type',
      'Unsupported content type',
      'Skicka innehållet som application/json.',
      {},
      { accept: 'application/json' },
    );
  }
  const body = request.body;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw invalidInput([
      { path: '', code: 'not-object', message: 'Innehållet ska vara ett JSON-objekt { … }.' },
    ]);
  }
  return body as Record<string, unknown>;
}

export function invalidInput(
  issues: { path: string; message: string; code?: string }[],
  status = 422,
): HttpProblem {
  return new HttpProblem(
    status,
    'invalid-input',
    'Invalid input',
    issues[0]?.message ?? 'Fel i innehållet.',
    {
      issues: issues.map(({ path, message, code }) => ({ path, message, ...(code ? { code } : {}) })),
    },
  );
}

const revisionOf = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;

function draftJson(draft: Draft) {
  return {
    definition: draft.definition,
    revision: draft.revision,
    updatedAt: draft.updatedAt,
    updatedBy: draft.updatedBy,
    approvals: draft.approvals,
    acknowledged: draft.acknowledged,
  };
}

/** What is wrong with a draft's definition (empty when it could be published). */
function draftIssues(id: string, definition: unknown, locale: 'sv' | 'en'): Issue[] {
  const candidate =
    definition && typeof definition === 'object' && !Array.isArray(definition)
      ? { version: 1, ...definition }
      : definition;
  const parsed = parseSurvey(candidate, { locale });
  if (!parsed.ok) return parsed.issues;
  if (parsed.survey.id !== id) {
    return [{ path: 'id', code: 'id-mismatch', message: `Definitionens id ska vara "${id}".` }];
  }
  return [];
}

export function registerStaffSurveys(app: FastifyInstance, ctx: AppContext): void {
  const requireApproval = ctx.options.requireApproval ?? true;

  /** The survey, or 404 (also for a survey the caller may not see at all). */
  async function surveyOf(request: FastifyRequest): Promise<SurveyState> {
    const state = await ctx.registry.state(params(request).id!);
    if (!state) {
      throw new HttpProblem(
        404,
        'unknown-survey',
        'Unknown survey',
        `Det finns ingen enkät "${params(request).id}".`,
      );
    }
    return state;
  }
  const ownerOf = async (request: FastifyRequest) => (await surveyOf(request)).ownerUnit;
  const as = (role: 'editor' | 'publisher' | 'reader' | 'admin') => ({
    preHandler: requireRole(ctx, role, ownerOf),
  });
  const by = (request: FastifyRequest) => request.staff!.id;

  async function summary(state: SurveyState) {
    const draft = await ctx.registry.draft(state.id);
    const fromDraft = (draft?.definition as { title?: unknown } | undefined)?.title;
    return {
      id: state.id,
      title: state.latest?.survey.title ?? fromDraft ?? state.id,
      ownerUnit: state.ownerUnit,
      status: statusOf(state),
      latestVersion: state.latest?.version ?? null,
      draft:
        draft && draft.revision > 0
          ? { revision: draft.revision, updatedAt: draft.updatedAt, updatedBy: draft.updatedBy }
          : null,
      rounds: [],
      responses: await ctx.store.count(state.id),
    };
  }

  const versionSummary = (v: {
    version: number;
    publishedAt: string;
    publishedBy: string;
    changed: string[];
  }) => ({
    version: v.version,
    publishedAt: v.publishedAt,
    publishedBy: v.publishedBy,
    changed: v.changed,
  });

  define(app, '/api/staff/surveys', {
    GET: {
      options: { preHandler: requireStaff(ctx) },
      handler: async (request) => {
        const visible = [];
        for (const state of await ctx.registry.list()) {
          if (await hasRole(ctx, request.staff!, 'reader', state.ownerUnit))
            visible.push(await summary(state));
        }
        return json(200, visible);
      },
    },
    POST: {
      options: {
        preHandler: requireRole(ctx, 'editor', (request) => {
          const unit = (request.body as { ownerUnit?: unknown } | undefined)?.ownerUnit;
          return typeof unit === 'string' ? unit : null;
        }),
      },
      handler: async (request) => {
        const body = jsonBody(request);
        const { id, ownerUnit = null, definition } = body;
        const issues = [];
        if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
          issues.push({
            path: 'id',
            code: 'id',
            message: 'Ett id är små bokstäver a–z, siffror och bindestreck, högst 64 tecken.',
          });
        }
        if (ownerUnit !== null && typeof ownerUnit !== 'string') {
          issues.push({ path: 'ownerUnit', code: 'unit', message: 'ownerUnit är en enhets id eller null.' });
        }
        if (definition === undefined)
          issues.push({ path: 'definition', code: 'required', message: 'definition saknas.' });
        if (issues.length) throw invalidInput(issues);
        const created = await ctx.registry.create(
          id as string,
          ownerUnit as string | null,
          definition,
          by(request),
        );
        if (!created) {
          throw new HttpProblem(
            409,
            'survey-exists',
            'Survey exists',
            `Det finns redan en enkät med id "${id}".`,
          );
        }
        await audit(request, 'survey.create', `survey:${id}`);
        const state = await ctx.registry.state(id as string);
        return json(201, await summary(state!), { location: `/api/staff/surveys/${id}` });
      },
    },
  });

  define(app, '/api/staff/surveys/:id', {
    GET: {
      options: as('reader'),
      handler: async (request) => {
        const state = await surveyOf(request);
        const versions = await ctx.registry.versionList(state.id);
        return json(200, { ...(await summary(state)), versions: versions.map(versionSummary) });
      },
    },
  });

  define(app, '/api/staff/surveys/:id/draft', {
    GET: {
      options: as('editor'),
      handler: async (request) => {
        const draft = await ctx.registry.draft((await surveyOf(request)).id);
        if (!draft) throw new HttpProblem(404, 'no-draft', 'No draft', 'Enkäten har inget utkast.');
        return json(
          200,
          {
            ...draftJson(draft),
            issues: draftIssues(
              params(request).id!,
              draft.definition,
              localeOf(header(request, 'accept-language')),
            ),
          },
          { etag: `"${draft.revision}"` },
        );
      },
    },
    PUT: {
      options: as('editor'),
      handler: async (request) => {
        const id = (await surveyOf(request)).id;
        const body = jsonBody(request);
        const match = /^(?:W\/)?"(\d+)"$/.exec(header(request, 'if-match')?.trim() ?? '');
        if (!match) {
          throw new HttpProblem(
            428,
            'precondition-required',
            'If-Match required',
            'Skicka If-Match: "<revision>" från GET …/draft, så att ingen annans ändring skrivs över.',
          );
        }
        if (body.definition === undefined) {
          throw invalidInput([{ path: 'definition', code: 'required', message: 'definition saknas.' }]);
        }
        const acknowledged = body.acknowledged;
        if (
          acknowledged !== undefined &&
          (!Array.isArray(acknowledged) || !acknowledged.every((a) => typeof a === 'string'))
        ) {
          throw invalidInput([
            { path: 'acknowledged', code: 'type', message: 'acknowledged är en lista med texter.' },
          ]);
        }
        const saved = await ctx.registry.saveDraft(
          id,
          Number(match[1]),
          body.definition,
          acknowledged as string[] | undefined,
          by(request),
        );
        if (!saved.ok) {
          throw new HttpProblem(
            409,
            'stale-revision',
            'Draft changed meanwhile',
            'Någon annan har sparat utkastet under tiden. Jämför och försök igen.',
            {
              current: saved.current ? draftJson(saved.current) : null,
            },
          );
        }
        const locale = localeOf(header(request, 'accept-language'));
        return json(
          200,
          { revision: saved.revision, issues: draftIssues(id, body.definition, locale) },
          { etag: `"${saved.revision}"` },
        );
      },
    },
  });

  define(app, '/api/staff/surveys/:id/draft/approve', {
    POST: {
      options: as('publisher'),
      handler: async (request) => {
        const id = (await surveyOf(request)).id;
        const revision = revisionOf(jsonBody(request).revision);
        if (revision === undefined)
          throw invalidInput([
            { path: 'revision', code: 'revision', message: 'revision är utkastets revision (ett heltal).' },
          ]);
        const draft = await ctx.registry.draft(id);
        if (!draft || draft.revision !== revision) {
          throw new HttpProblem(
            409,
            'stale-revision',
            'Draft changed meanwhile',
            `Utkastet är nu revision ${draft?.revision ?? 0}, inte ${revision}.`,
            {
              current: draft ? draftJson(draft) : null,
            },
          );
        }
        if (draft.updatedBy === by(request)) {
          throw new HttpProblem(
            403,
            'four-eyes',
            'Approve someone else’s draft',
            'Du sparade utkastet själv. En annan person ska godkänna det.',
          );
        }
        await ctx.registry.approve(id, revision, by(request));
        await audit(request, 'draft.approve', `survey:${id}`, { revision });
        return json(200, draftJson((await ctx.registry.draft(id))!));
      },
    },
  });

  define(app, '/api/staff/surveys/:id/publish', {
    POST: {
      options: as('publisher'),
      handler: async (request) => {
        const state = await surveyOf(request);
        const id = state.id;
        const revision = revisionOf(jsonBody(request).revision);
        if (revision === undefined)
          throw invalidInput([
            { path: 'revision', code: 'revision', message: 'revision är utkastets revision (ett heltal).' },
          ]);
        const draft = await ctx.registry.draft(id);
        if (!draft || draft.revision !== revision) {
          throw new HttpProblem(
            409,
            'stale-revision',
            'Draft changed meanwhile',
            `Utkastet är nu revision ${draft?.revision ?? 0}, inte ${revision}.`,
            {
              current: draft ? draftJson(draft) : null,
            },
          );
        }
        // Four eyes among people: the operator's bootstrap token (like `svara publish`) needs no second one.
        const operator = request.staff!.via === 'bootstrap';
        if (
          requireApproval &&
          !operator &&
          !draft.approvals.some((a) => a.revision === revision && a.by !== draft.updatedBy)
        ) {
          throw new HttpProblem(
            409,
            'not-approved',
            'Not approved',
            'En andra person ska godkänna utkastet innan det publiceras.',
          );
        }
        const locale = localeOf(header(request, 'accept-language'));
        let result;
        try {
          result = await ctx.registry.publish(id, draft.definition, by(request), { locale });
        } catch (error) {
          if (error instanceof PublishConflictError) {
            throw new HttpProblem(
              409,
              'publish-conflict',
              'Published meanwhile',
              'Någon annan publicerade en version under tiden. Försök igen.',
            );
          }
          throw error;
        }
        if (!result.ok) throw invalidInput(result.issues);
        if (result.unchanged) {
          throw new HttpProblem(
            409,
            'unchanged',
            'Nothing to publish',
            `Utkastet är likadant som version ${result.version}.`,
            { version: result.version },
          );
        }
        await audit(request, 'survey.publish', `survey:${id}`, { version: result.version, revision });
        return json(201, { version: result.version, changed: result.changed, diff: result.diff });
      },
    },
  });

  define(app, '/api/staff/surveys/:id/versions', {
    GET: {
      options: as('reader'),
      handler: async (request) =>
        json(200, (await ctx.registry.versionList((await surveyOf(request)).id)).map(versionSummary)),
    },
  });

  define(app, '/api/staff/surveys/:id/versions/:n', {
    GET: {
      options: as('reader'),
      handler: async (request) => {
        const id = (await surveyOf(request)).id;
        const n = Number(params(request).n);
        const version = Number.isInteger(n) ? await ctx.registry.version(id, n) : undefined;
        if (!version)
          throw new HttpProblem(
            404,
            'unknown-version',
            'Unknown version',
            `Enkäten "${id}" har ingen version ${params(request).n}.`,
          );
        return json(200, { ...versionSummary(version), diff: version.diff, definition: version.survey });
      },
    },
  });

  for (const [action, closed] of [
    ['close', true],
    ['reopen', false],
  ] as const) {
    define(app, `/api/staff/surveys/:id/${action}`, {
      POST: {
        options: as('publisher'),
        handler: async (request) => {
          const id = (await surveyOf(request)).id;
          await ctx.registry.setClosed(id, closed, by(request));
          await audit(request, closed ? 'survey.close' : 'survey.reopen', `survey:${id}`);
          return json(200, await summary((await ctx.registry.state(id))!));
        },
      },
    });
  }

  define(app, '/api/staff/surveys/:id/responses/:submissionId', {
    DELETE: {
      options: as('publisher'),
      handler: async (request) => {
        const id = (await surveyOf(request)).id;
        const submissionId = params(request).submissionId!;
        const erased = await ctx.store.erase(id, submissionId);
        if (!erased) {
          throw new HttpProblem(
            404,
            'unknown-submission',
            'Unknown submission',
            `Enkäten "${id}" har inget svar ${submissionId}.`,
          );
        }
        await audit(request, 'response.erase', `response:${id}/${submissionId}`);
        return { status: 204, headers: { 'cache-control': 'no-store' } };
      },
    },
  });
}
