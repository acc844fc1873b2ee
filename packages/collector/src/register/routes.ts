/**
 * The register's HTTP API, `/api/register/…` (see the collector README, "The complaints register"), the public
 * yearly summary, and the hook that turns each stored submission of a register survey into a case.
 *
 * Who may do what, per case and unit (roles of src/auth/roles.ts, on the case's unit or above it):
 * - reader: lists, a case without its contact details, the summary, exports (never with contact details);
 * - publisher: also the contact details, entering and changing cases, erasing personal data, settings, themes,
 *   publishing the summary;
 * - staff of other units: a case of a unit they have no role in is a 404; the public: 401.
 * Every answer that carries personal data of a case (its description, contact details or free-text answers) is
 * written to the audit log, as are every change, erasure and export.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Submission, Survey } from '@svara/schema';

import type { Actor } from '../auth/audit.js';
import { mayAnywhere } from '../auth/roles.js';
import type { Action, Scope } from '../auth/roles.js';
import { SEPARATORS } from '../csv.js';
import type { Separator } from '../csv.js';
import { authenticate, forbidden, hasRole, unauthenticated } from '../http/auth.js';
import type { Staff } from '../http/auth.js';
import type { AppContext } from '../http/context.js';
import { json, localeOf } from '../http/context.js';
import { HttpProblem } from '../http/problem.js';
import { define } from '../http/routes/table.js';
import { caseOf, hasPersonalData, insertStaffCase } from './cases.js';
import type { CaseRow, Contact, NewCase } from './cases.js';
import { addDays, isDay, stockholmDay } from './dates.js';
import { casesCsv, casesXlsx } from './export.js';
import { publicPage, summaryPage } from './pages.js';
import { Register, SORT_KEYS, SWEEP_INTERVAL_MS, waitingOf } from './register.js';
import type { CaseFilter, SortKey } from './register.js';
import { protectSummary, summarize } from './summary.js';
import type { PublicSummary } from './summary.js';
import { CATEGORIES, CHANNELS, STATUSES, isCategory, isChannel, isStatus, vocabulary } from './vocabulary.js';
import type { Category, Status } from './vocabulary.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The complaints register of this app (src/register). */
    caseRegister: Register;
  }
}

/** What a case's history (`…/cases/{id}/history`) is made of: these audit actions on `case:{id}`. */
const HISTORY_ACTIONS = [
  'register.case.create',
  'register.case.update',
  'register.case.read',
  'register.case.erase',
];

/** Case fields whose new value the history shows (never free text or contact details). */
const HISTORY_VALUES = [
  'status',
  'category',
  'concerns',
  'givenBy',
  'channel',
  'unit',
  'receivedOn',
  'wantsAnswer',
  'feedbackGiven',
  'feedbackOn',
] as const;

/** The path segment of the organisation (cases of no unit) in public addresses. */
export const ORGANISATION = '-';

const TEXT_LIMIT = 8000;
const SHORT_LIMIT = 200;

type Issue = { path: string; code: string; message: string };

const messages = {
  sv: {
    required: 'Fyll i det här.',
    category: `Välj en av: ${CATEGORIES.join(', ')}.`,
    status: `Välj en av: ${STATUSES.join(', ')}.`,
    channel: `Välj en av: ${CHANNELS.join(', ')}.`,
    day: 'Skriv ett datum som ÅÅÅÅ-MM-DD.',
    text: (max: number) => `Skriv en text på högst ${max} tecken.`,
    unit: 'Skriv enhetens id, eller null för hela organisationen.',
    boolean: 'Skriv true eller false.',
    contactWithoutWish:
      'Kontaktuppgifter sparas bara när personen vill ha svar. Sätt wantsAnswer till true, eller ta bort dem.',
    erased: 'Ärendets personuppgifter är raderade och kan inte läggas till igen.',
    stale: 'Ärendet har ändrats av någon annan. Läs in det igen.',
    number: (min: number, max: number) => `Skriv ett heltal från ${min} till ${max}.`,
    year: 'Skriv ett år, till exempel 2026.',
    yearNotOver: 'Ett år kan publiceras först när det är slut.',
    overlapping: (other: string) =>
      `Året är redan publicerat för ${other}, som ligger över eller under den här enheten. Två nivåer tillsammans skulle kunna avslöja små antal.`,
    notPublished: 'Sammanställningen är inte publicerad.',
    unknownCase: 'Det finns inget sådant ärende.',
    sep: 'sep ska vara , eller ; eller tab.',
    sort: `Sortera efter en av: ${SORT_KEYS.join(', ')}.`,
  },
  en: {
    required: 'Fill this in.',
    category: `Choose one of: ${CATEGORIES.join(', ')}.`,
    status: `Choose one of: ${STATUSES.join(', ')}.`,
    channel: `Choose one of: ${CHANNELS.join(', ')}.`,
    day: 'Enter a date as YYYY-MM-DD.',
    text: (max: number) => `Enter a text of at most ${max} characters.`,
    unit: "Enter the unit's id, or null for the whole organisation.",
    boolean: 'Enter true or false.',
    contactWithoutWish:
      'Contact details are kept only when the person wants an answer. Set wantsAnswer to true, or remove them.',
    erased: "The case's personal data was erased and cannot be added again.",
    stale: 'Someone else changed the case. Load it again.',
    number: (min: number, max: number) => `Enter a whole number from ${min} to ${max}.`,
    year: 'Enter a year, for example 2026.',
    yearNotOver: 'A year can be published only once it has ended.',
    overlapping: (other: string) =>
      `The year is already published for ${other}, above or below this unit. Two levels together could reveal small counts.`,
    notPublished: 'The summary is not published.',
    unknownCase: 'There is no such case.',
    sep: 'sep must be , or ; or tab.',
    sort: `Sort by one of: ${SORT_KEYS.join(', ')}.`,
  },
};
type Messages = (typeof messages)['sv'];

const invalid = (issues: Issue[]) =>
  new HttpProblem(400, 'invalid-request', 'Invalid request', 'The request has errors; see issues.', {
    issues,
  });

/** The definitions, units and audit log the register works with, from the app as it is. */
function hostOf(app: FastifyInstance, ctx: AppContext) {
  const registry = ctx.registry;
  /** Whether any published version of a survey is a register survey (remembered briefly). */
  const known = new Map<string, { at: number; register: Promise<boolean>; settled?: boolean }>();
  const isRegisterSurvey = (id: string): Promise<boolean> => {
    const hit = known.get(id);
    if (hit && Date.now() - hit.at < 10_000) return hit.register;
    const register = registry
      .versionList(id)
      .then((versions) => versions.some((v) => v.survey.register === true));
    const entry: { at: number; register: Promise<boolean>; settled?: boolean } = { at: Date.now(), register };
    known.set(id, entry);
    register.then(
      (value) => (entry.settled = value),
      () => known.delete(id),
    );
    return register;
  };
  /** The answer without waiting, when it is known and fresh (every submission asks: issue #12, CPU). */
  const knownRegisterSurvey = (id: string): boolean | undefined => {
    const hit = known.get(id);
    return hit && Date.now() - hit.at < 10_000 ? hit.settled : undefined;
  };
  /** The latest published version of every survey (the vocabulary reads their options). */
  const surveys = async (): Promise<Survey[]> =>
    (await registry.list()).flatMap((state) => (state.latest ? [state.latest.survey] : []));
  return {
    db: ctx.store.db,
    now: ctx.now,
    definition: async (surveyId: string, version: number) =>
      (await registry.version(surveyId, version))?.survey,
    isRegisterSurvey,
    knownRegisterSurvey,
    registerSurveys: async () => {
      const ids = (await registry.list()).map((state) => state.id);
      const flags = await Promise.all(ids.map(isRegisterSurvey));
      return ids.filter((_, i) => flags[i]);
    },
    // The unit the submission was answered for (once submissions carry one), else the survey's owner unit.
    unitOf: async (surveyId: string, submission: Submission) => {
      const unit = (submission as { unit?: unknown }).unit;
      if (typeof unit === 'string' && unit) return unit;
      return (await registry.state(surveyId))?.ownerUnit ?? null;
    },
    unitAncestors: (unit: string) => ctx.auth.unitAncestors(unit),
    audit: (entry: { actor: Actor; action: string; target: string; detail?: Record<string, unknown> }) =>
      app.accounts.audit.record(entry),
    warn: (message: string) => ctx.log.warn(message),
    surveys,
  };
}

export function registerRegister(app: FastifyInstance, ctx: AppContext): void {
  const host = hostOf(app, ctx);
  const register = new Register(host);
  app.decorate('caseRegister', register);

  // A stored (or replayed) submission of a register survey becomes its case before the respondent is answered.
  // Should that fail, the sweep makes it later; the unique constraint keeps it to one case either way.
  // A plain callback that lets every other response through at once (every request passes it; issue #14, CPU).
  app.addHook('onSend', (request, reply, payload, done) => {
    const surveyId = (request.params as { id?: string } | undefined)?.id;
    if (
      request.method !== 'POST' ||
      request.routeOptions.url !== '/api/surveys/:id/responses' ||
      (reply.statusCode !== 200 && reply.statusCode !== 201) ||
      typeof payload !== 'string' ||
      !surveyId ||
      host.knownRegisterSurvey(surveyId) === false
    ) {
      done(null, payload);
      return;
    }
    host
      .isRegisterSurvey(surveyId)
      .then(async (isRegister) => {
        if (!isRegister) return;
        const { submissionId } = JSON.parse(payload) as { submissionId?: string };
        if (submissionId) await register.ingestStored(surveyId, submissionId);
      })
      .catch((error: unknown) =>
        ctx.log.warn(`register: the case of a submission waits for the sweep (${(error as Error).message})`),
      )
      .finally(() => done(null, payload));
  });
  app.addHook('onReady', async () => {
    await register.sweep();
  });
  const timer = setInterval(() => void register.sweep(), SWEEP_INTERVAL_MS);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));

  void app.register(async (scope) => routes(scope, ctx, register, host));
}

function routes(
  app: FastifyInstance,
  ctx: AppContext,
  register: Register,
  host: ReturnType<typeof hostOf>,
): void {
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, body === '' ? undefined : JSON.parse(body as string));
    } catch (error) {
      (error as { statusCode?: number }).statusCode = 400;
      done(error as Error, undefined);
    }
  });

  const t = (request: FastifyRequest): Messages => messages[localeOf(request.headers['accept-language'])];
  const locale = (request: FastifyRequest) => localeOf(request.headers['accept-language']);
  const principal = (staff: Staff) => ({ grants: staff.roles, scopes: staff.scopes as Scope[] | undefined });
  const actorOf = (staff: Staff): Actor =>
    staff.via === 'bootstrap'
      ? { id: null, label: 'SVARA_ADMIN_TOKEN' }
      : { id: staff.id, label: staff.email ?? staff.name };

  /** Signed in and holding the role somewhere (the unit is checked per case or per request after this). */
  const guard = (action: Action) => async (request: FastifyRequest) => {
    const staff = await authenticate(ctx, request);
    if (!staff) throw unauthenticated();
    if (!mayAnywhere(principal(staff), action)) throw forbidden();
  };
  const readerGuard = guard('counts.read');
  const publisherGuard = guard('cases.record');
  const staffOf = (request: FastifyRequest): Staff => request.staff!;
  const reads = (staff: Staff, unit: string | null) => hasRole(ctx, staff, 'reader', unit);
  const publishes = (staff: Staff, unit: string | null) => hasRole(ctx, staff, 'publisher', unit);

  const body = (request: FastifyRequest): Record<string, unknown> => {
    const value = request.body;
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  };
  const query = (request: FastifyRequest) => request.query as Record<string, string | string[] | undefined>;
  const list = (value: string | string[] | undefined): string[] =>
    (Array.isArray(value) ? value : value === undefined ? [] : [value])
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean);
  const one = (value: string | string[] | undefined): string | undefined =>
    Array.isArray(value) ? value[0] : value;

  /** `unit` from a query: absent = undefined, '' or '-' = the organisation (null). */
  const unitParam = (value: string | undefined): string | null | undefined =>
    value === undefined ? undefined : value === '' || value === ORGANISATION ? null : value;

  async function caseFor(request: FastifyRequest): Promise<CaseRow> {
    const id = Number((request.params as { id: string }).id);
    const row = Number.isSafeInteger(id) ? await register.get(id) : undefined;
    // A case of a unit the caller has no role in does not exist for them.
    if (!row || !(await reads(staffOf(request), row.unit)))
      throw new HttpProblem(404, 'unknown-case', 'Unknown case', t(request).unknownCase);
    return row;
  }

  /**
   * A case as its reader may see it. `withContact: false` leaves the contact details out even for a publisher
   * (the studio asks for them separately, so that opening a case is not a read of them).
   */
  async function caseJson(request: FastifyRequest, row: CaseRow, withContact = true) {
    const staff = staffOf(request);
    const mayChange = await publishes(staff, row.unit);
    const contact = mayChange && withContact;
    const { answerDays } = await register.settings(row.unit);
    const result = {
      ...caseOf(row, { contact }),
      ...waitingOf(row, answerDays, register.today()),
      answerBy: row.wants_answer === 1 ? addDays(row.received_on, answerDays) : null,
      mayChange,
    };
    if (hasPersonalData(row)) {
      const fields = [
        ...(row.description !== null ? ['description'] : []),
        ...(contact && row.contact !== null ? ['contact'] : []),
        ...(result.answers.some((a) => a.personal) ? ['answers'] : []),
      ];
      if (fields.length)
        await request.audit({ action: 'register.case.read', target: `case:${row.id}`, detail: { fields } });
    }
    return result;
  }

  // ─── validation of case fields ───────────────────────────────────────

  function readCase(request: FastifyRequest, input: Record<string, unknown>, partial: boolean) {
    const m = t(request);
    const issues: Issue[] = [];
    const out: Partial<NewCase> & { contact?: Contact | null } = {};
    const has = (key: string) => Object.hasOwn(input, key);
    const text = (key: keyof NewCase, max = TEXT_LIMIT) => {
      if (!has(key)) return;
      const value = input[key];
      if (value === null || value === '') (out as Record<string, unknown>)[key] = null;
      else if (typeof value !== 'string' || value.length > max)
        issues.push({ path: key, code: 'text', message: m.text(max) });
      else (out as Record<string, unknown>)[key] = value.trim();
    };
    const day = (key: 'receivedOn' | 'occurredOn' | 'feedbackOn') => {
      if (!has(key)) return;
      const value = input[key];
      if (value === null && key !== 'receivedOn') out[key] = null as never;
      else if (!isDay(value)) issues.push({ path: key, code: 'date', message: m.day });
      else out[key] = value as never;
    };
    const flag = (key: 'wantsAnswer' | 'feedbackGiven') => {
      if (!has(key)) return;
      if (typeof input[key] !== 'boolean') issues.push({ path: key, code: 'boolean', message: m.boolean });
      else out[key] = input[key];
    };
    if (has('category') || !partial) {
      if (!isCategory(input.category))
        issues.push({
          path: 'category',
          code: input.category === undefined ? 'required' : 'enum',
          message: m.category,
        });
      else out.category = input.category;
    }
    if (has('status')) {
      if (!isStatus(input.status)) issues.push({ path: 'status', code: 'enum', message: m.status });
      else out.status = input.status;
    }
    if (has('channel') || !partial) {
      const channel = input.channel ?? (partial ? undefined : 'oral');
      if (!isChannel(channel)) issues.push({ path: 'channel', code: 'enum', message: m.channel });
      else out.channel = channel;
    }
    if (has('unit')) {
      if (
        input.unit !== null &&
        (typeof input.unit !== 'string' || !/^[a-z0-9][a-z0-9_-]{0,63}$/.test(input.unit))
      )
        issues.push({ path: 'unit', code: 'unit', message: m.unit });
      else out.unit = input.unit as string | null;
    } else if (!partial) issues.push({ path: 'unit', code: 'required', message: m.unit });
    text('concerns', SHORT_LIMIT);
    text('givenBy', SHORT_LIMIT);
    text('receivedBy', SHORT_LIMIT);
    text('description');
    text('action');
    text('deviationRef', SHORT_LIMIT);
    day('receivedOn');
    day('occurredOn');
    day('feedbackOn');
    flag('wantsAnswer');
    flag('feedbackGiven');
    if (has('contact')) {
      const value = input.contact;
      if (value === null) out.contact = null;
      else if (typeof value !== 'object' || Array.isArray(value))
        issues.push({ path: 'contact', code: 'type', message: m.text(SHORT_LIMIT) });
      else {
        const contact: Contact = {};
        for (const key of ['name', 'email', 'phone', 'other'] as const) {
          const v = (value as Record<string, unknown>)[key];
          if (v === undefined || v === null || v === '') continue;
          if (typeof v !== 'string' || v.length > SHORT_LIMIT)
            issues.push({ path: `contact.${key}`, code: 'text', message: m.text(SHORT_LIMIT) });
          else contact[key] = v.trim();
        }
        out.contact = Object.keys(contact).length ? contact : null;
      }
    }
    if (has('revision') && !Number.isSafeInteger(input.revision))
      issues.push({ path: 'revision', code: 'type', message: m.number(1, Number.MAX_SAFE_INTEGER) });
    if (issues.length) throw invalid(issues);
    return out;
  }

  // ─── the words ───────────────────────────────────────────────────────

  define(app, '/api/register/vocabulary', {
    GET: {
      options: { preHandler: readerGuard },
      handler: async () => json(200, vocabulary(await host.surveys())),
    },
  });

  // ─── cases ───────────────────────────────────────────────────────────

  function filterOf(request: FastifyRequest): { filter: CaseFilter; sort: SortKey; order: 'asc' | 'desc' } {
    const q = query(request);
    const m = t(request);
    const issues: Issue[] = [];
    const filter: CaseFilter = {};
    const unit = unitParam(one(q.unit));
    if (unit !== undefined) filter.unit = unit;
    const status = list(q.status);
    if (status.some((s) => !isStatus(s))) issues.push({ path: 'status', code: 'enum', message: m.status });
    else if (status.length) filter.status = status as Status[];
    const category = list(q.category);
    if (category.some((c) => !isCategory(c)))
      issues.push({ path: 'category', code: 'enum', message: m.category });
    else if (category.length) filter.category = category as Category[];
    const concerns = list(q.concerns);
    if (concerns.length) filter.concerns = concerns;
    for (const key of ['from', 'to'] as const) {
      const value = one(q[key]);
      if (value === undefined || value === '') continue;
      if (!isDay(value)) issues.push({ path: key, code: 'date', message: m.day });
      else filter[key] = value;
    }
    const overdue = one(q.overdue);
    if (overdue === 'true' || overdue === '1') filter.overdue = true;
    const sort = (one(q.sort) ?? 'received') as SortKey;
    if (!SORT_KEYS.includes(sort)) issues.push({ path: 'sort', code: 'enum', message: m.sort });
    const order = one(q.order) === 'asc' ? 'asc' : 'desc';
    if (issues.length) throw invalid(issues);
    return { filter, sort, order };
  }

  async function visibleItems(request: FastifyRequest) {
    const staff = staffOf(request);
    const { filter, sort, order } = filterOf(request);
    return register.list(filter, (unit) => reads(staff, unit), sort, order);
  }

  define(app, '/api/register/cases', {
    GET: {
      options: { preHandler: readerGuard },
      handler: async (request) => {
        const items = await visibleItems(request);
        const q = query(request);
        const limit = Math.min(Math.max(Number(one(q.limit) ?? 200) || 200, 1), 1000);
        const offset = Math.max(Number(one(q.offset) ?? 0) || 0, 0);
        return json(200, {
          total: items.length,
          overdue: items.filter((i) => i.waiting.overdue).length,
          cases: items.slice(offset, offset + limit).map(({ row, waiting }) => {
            // Lists never carry personal data: the description and contact details are read one case at a time.
            const {
              description: _d,
              answers: _a,
              contactHidden: _h,
              ...rest
            } = caseOf(row, { contact: false });
            void _d;
            void _a;
            void _h;
            return { ...rest, hasContact: row.contact !== null, ...waiting };
          }),
        });
      },
    },
    POST: {
      options: { preHandler: publisherGuard },
      handler: async (request) => {
        const staff = staffOf(request);
        const input = readCase(request, body(request), false);
        if (!(await publishes(staff, input.unit ?? null))) throw forbidden();
        if (input.contact && !input.wantsAnswer)
          throw invalid([
            { path: 'contact', code: 'contact-without-wish', message: t(request).contactWithoutWish },
          ]);
        const now = ctx.now();
        const receivedOn = input.receivedOn ?? stockholmDay(now);
        const status = input.status ?? 'ny';
        const actor = actorOf(staff);
        const made: NewCase = {
          unit: input.unit ?? null,
          source: 'staff',
          surveyId: null,
          submissionId: null,
          surveyVersion: null,
          receivedAt: now.toISOString(),
          receivedOn,
          category: input.category!,
          concerns: input.concerns ?? null,
          givenBy: input.givenBy ?? null,
          channel: input.channel ?? 'oral',
          receivedBy: input.receivedBy ?? null,
          description: input.description ?? null,
          occurredOn: input.occurredOn ?? null,
          wantsAnswer: input.wantsAnswer ?? false,
          contact: input.contact ?? null,
          answers: [],
          status,
          action: input.action ?? null,
          feedbackGiven: input.feedbackGiven ?? false,
          feedbackOn: input.feedbackGiven ? (input.feedbackOn ?? stockholmDay(now)) : null,
          deviationRef: input.deviationRef ?? null,
          by: actor.label,
        };
        const row = await insertStaffCase(ctx.store.db, made, now.toISOString());
        await request.audit({
          action: 'register.case.create',
          target: `case:${row.id}`,
          detail: { unit: row.unit, channel: row.channel },
        });
        const { answerDays } = await register.settings(row.unit);
        return json(
          201,
          { ...caseOf(row, { contact: true }), ...waitingOf(row, answerDays, register.today()) },
          { location: `/api/register/cases/${row.id}` },
        );
      },
    },
  });

  define(app, '/api/register/cases/:id', {
    GET: {
      options: { preHandler: readerGuard },
      handler: async (request) =>
        json(200, await caseJson(request, await caseFor(request), one(query(request).contact) !== 'hidden')),
    },
    PATCH: {
      options: { preHandler: publisherGuard },
      handler: async (request) => {
        const staff = staffOf(request);
        const row = await caseFor(request);
        if (!(await publishes(staff, row.unit))) throw forbidden();
        const input = body(request);
        const change = readCase(request, input, true);
        const m = t(request);
        if (change.unit !== undefined && change.unit !== row.unit && !(await publishes(staff, change.unit)))
          throw forbidden();
        if (input.revision !== undefined && input.revision !== Number(row.revision))
          throw new HttpProblem(409, 'stale-case', 'The case changed', m.stale, {
            revision: Number(row.revision),
          });
        const personal = ['description', 'contact'] as const;
        if (row.personal_erased_at && personal.some((k) => change[k] !== undefined && change[k] !== null))
          throw new HttpProblem(409, 'personal-data-erased', 'Personal data erased', m.erased);
        const wantsAnswer = change.wantsAnswer ?? row.wants_answer === 1;
        if (change.contact && !wantsAnswer)
          throw invalid([{ path: 'contact', code: 'contact-without-wish', message: m.contactWithoutWish }]);
        const now = ctx.now();
        const status = change.status ?? (row.status as Status);
        const feedbackGiven = change.feedbackGiven ?? row.feedback_given === 1;
        const set: Record<string, unknown> = {
          updated_at: now.toISOString(),
          updated_by: actorOf(staff).label,
          revision: Number(row.revision) + 1,
        };
        const columns: Record<string, string> = {
          unit: 'unit',
          category: 'category',
          concerns: 'concerns',
          givenBy: 'given_by',
          channel: 'channel',
          receivedBy: 'received_by',
          description: 'description',
          occurredOn: 'occurred_on',
          receivedOn: 'received_on',
          action: 'action',
          deviationRef: 'deviation_ref',
          status: 'status',
        };
        for (const [key, column] of Object.entries(columns))
          if ((change as Record<string, unknown>)[key] !== undefined)
            set[column] = (change as Record<string, unknown>)[key];
        if (change.wantsAnswer !== undefined) set.wants_answer = change.wantsAnswer ? 1 : 0;
        // No wish for an answer: no contact details either.
        let contactJson = row.contact;
        if (change.contact !== undefined)
          contactJson = change.contact ? JSON.stringify(change.contact) : null;
        if (!wantsAnswer) contactJson = null;
        if (contactJson !== row.contact) set.contact = contactJson;
        if (change.feedbackGiven !== undefined || change.feedbackOn !== undefined) {
          set.feedback_given = feedbackGiven ? 1 : 0;
          set.feedback_on = feedbackGiven
            ? (change.feedbackOn ?? row.feedback_on ?? stockholmDay(now))
            : null;
        }
        if (status === 'avslutad' && !row.closed_at) set.closed_at = now.toISOString();
        if (status !== 'avslutad') set.closed_at = null;
        const updated = await ctx.store.db
          .updateTable('register_cases')
          .set(set)
          .where('id', '=', Number(row.id))
          .where('revision', '=', Number(row.revision))
          .returningAll()
          .executeTakeFirst();
        if (!updated) throw new HttpProblem(409, 'stale-case', 'The case changed', m.stale);
        // The history shows what changed; values only of fields that never hold personal data.
        const values = Object.fromEntries(
          HISTORY_VALUES.filter((k) => (change as Record<string, unknown>)[k] !== undefined).map((k) => [
            k,
            (change as Record<string, unknown>)[k],
          ]),
        );
        await request.audit({
          action: 'register.case.update',
          target: `case:${row.id}`,
          detail: { fields: Object.keys(change).filter((k) => k !== 'revision'), values },
        });
        return json(200, await caseJson(request, updated));
      },
    },
  });

  define(app, '/api/register/cases/:id/history', {
    GET: {
      options: { preHandler: readerGuard },
      handler: async (request) => {
        const row = await caseFor(request);
        // From the audit log (append-only): what was done to the case, by whom and when. Reads of personal
        // data are part of it — the person may ask who has read their complaint.
        const entries = await ctx.store.db
          .selectFrom('audit_log')
          .select(['seq', 'at', 'actor', 'action', 'detail'])
          .where('action', 'in', HISTORY_ACTIONS)
          .where('target', '=', `case:${row.id}`)
          .orderBy('seq', 'asc')
          .execute();
        return json(200, {
          entries: entries.map((entry) => {
            const detail = JSON.parse(entry.detail) as Record<string, unknown>;
            return {
              at: entry.at,
              by: entry.actor,
              action: entry.action.slice('register.case.'.length),
              ...(Array.isArray(detail.fields) ? { fields: detail.fields as string[] } : {}),
              ...(detail.values && typeof detail.values === 'object'
                ? { values: detail.values as Record<string, unknown> }
                : {}),
              ...(typeof detail.reason === 'string' ? { reason: detail.reason } : {}),
              ...(typeof detail.channel === 'string' ? { channel: detail.channel } : {}),
            };
          }),
        });
      },
    },
  });

  define(app, '/api/register/cases/:id/contact', {
    GET: {
      options: { preHandler: readerGuard },
      handler: async (request) => {
        const row = await caseFor(request);
        if (!(await publishes(staffOf(request), row.unit))) throw forbidden();
        const contact = row.contact ? (JSON.parse(row.contact) as Contact) : null;
        if (contact)
          await request.audit({
            action: 'register.case.read',
            target: `case:${row.id}`,
            detail: { fields: ['contact'] },
          });
        return json(200, { contact, wantsAnswer: row.wants_answer === 1, erasedAt: row.personal_erased_at });
      },
    },
  });

  define(app, '/api/register/cases/:id/erase', {
    POST: {
      options: { preHandler: publisherGuard },
      handler: async (request) => {
        const staff = staffOf(request);
        const row = await caseFor(request);
        if (!(await publishes(staff, row.unit))) throw forbidden();
        const erased = await register.erase(Number(row.id), 'request', actorOf(staff));
        const after = (await register.get(Number(row.id)))!;
        return json(200, { erased, case: caseOf(after, { contact: true }) });
      },
    },
  });

  // ─── exports ─────────────────────────────────────────────────────────

  async function exportAudit(request: FastifyRequest, format: string, count: number) {
    await request.audit({
      action: 'register.export',
      target: 'register',
      detail: { format, cases: count, query: request.query as Record<string, unknown> },
    });
  }

  define(app, '/api/register/export.csv', {
    GET: {
      options: { preHandler: readerGuard },
      handler: async (request) => {
        const sepName = one(query(request).sep) ?? ',';
        const separator = (sepName === 'tab' ? '\t' : sepName) as Separator;
        if (!SEPARATORS.includes(separator))
          throw invalid([{ path: 'sep', code: 'sep', message: t(request).sep }]);
        const items = await visibleItems(request);
        await exportAudit(request, 'csv', items.length);
        return {
          status: 200,
          headers: {
            'content-type': 'text/csv; charset=utf-8',
            'cache-control': 'no-store',
            'content-disposition': 'attachment; filename="register.csv"',
          },
          body: [...casesCsv(items, separator)].join(''),
        };
      },
    },
  });

  define(app, '/api/register/export.xlsx', {
    GET: {
      options: { preHandler: readerGuard },
      handler: async (request) => {
        const items = await visibleItems(request);
        await exportAudit(request, 'xlsx', items.length);
        const file = await casesXlsx(items, vocabulary(await host.surveys()), locale(request));
        return {
          status: 200,
          headers: {
            'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            'cache-control': 'no-store',
            'content-disposition': 'attachment; filename="register.xlsx"',
          },
          body: file,
        };
      },
    },
  });

  // ─── settings ────────────────────────────────────────────────────────

  const unitFrom = (request: FastifyRequest, value: unknown): string | null => {
    if (value === undefined || value === null || value === '' || value === ORGANISATION) return null;
    if (typeof value !== 'string' || !/^[a-z0-9][a-z0-9_-]{0,63}$/.test(value))
      throw invalid([{ path: 'unit', code: 'unit', message: t(request).unit }]);
    return value;
  };

  define(app, '/api/register/settings', {
    GET: {
      options: { preHandler: readerGuard },
      handler: async (request) => {
        const unit = unitFrom(request, one(query(request).unit));
        if (!(await reads(staffOf(request), unit))) throw forbidden();
        return json(200, { unit, ...(await register.settings(unit)) });
      },
    },
    PUT: {
      options: { preHandler: publisherGuard },
      handler: async (request) => {
        const input = body(request);
        const unit = unitFrom(request, input.unit);
        const staff = staffOf(request);
        if (!(await publishes(staff, unit))) throw forbidden();
        const m = t(request);
        const issues: Issue[] = [];
        const answerDays = input.answerDays;
        const retentionMonths = input.retentionMonths;
        if (!Number.isInteger(answerDays) || (answerDays as number) < 1 || (answerDays as number) > 365)
          issues.push({ path: 'answerDays', code: 'range', message: m.number(1, 365) });
        if (
          !Number.isInteger(retentionMonths) ||
          (retentionMonths as number) < 1 ||
          (retentionMonths as number) > 120
        )
          issues.push({ path: 'retentionMonths', code: 'range', message: m.number(1, 120) });
        if (issues.length) throw invalid(issues);
        await register.saveSettings(
          unit,
          answerDays as number,
          retentionMonths as number,
          actorOf(staff).label,
        );
        await request.audit({
          action: 'register.settings',
          target: `unit:${unit ?? ORGANISATION}`,
          detail: { answerDays, retentionMonths },
        });
        return json(200, { unit, ...(await register.settings(unit)) });
      },
    },
  });

  // ─── the yearly summary ──────────────────────────────────────────────

  const yearFrom = (request: FastifyRequest, value: unknown): number => {
    const year = typeof value === 'string' ? Number(value) : value;
    if (!Number.isInteger(year) || (year as number) < 2000 || (year as number) > 2200)
      throw invalid([{ path: 'year', code: 'year', message: t(request).year }]);
    return year as number;
  };

  async function themesOf(unit: string | null, year: number): Promise<string> {
    const row = await ctx.store.db
      .selectFrom('register_themes')
      .select('themes')
      .where('unit', '=', unit ?? '')
      .where('year', '=', year)
      .executeTakeFirst();
    return row?.themes ?? '';
  }

  async function summaryOf(unit: string | null, year: number) {
    const items = await register.list(
      { unit, from: `${year}-01-01`, to: `${year}-12-31` },
      async () => true,
      'id',
      'asc',
    );
    const words = vocabulary(await host.surveys());
    return summarize(
      items.map((i) => i.row),
      year,
      unit,
      words,
      await themesOf(unit, year),
    );
  }

  async function publication(unit: string | null, year: number) {
    return ctx.store.db
      .selectFrom('register_publications')
      .selectAll()
      .where('unit', '=', unit ?? '')
      .where('year', '=', year)
      .executeTakeFirst();
  }

  async function readSummaryRequest(request: FastifyRequest) {
    const q = query(request);
    const unit = unitFrom(request, one(q.unit));
    const year = yearFrom(request, one(q.year));
    if (!(await reads(staffOf(request), unit))) throw forbidden();
    return { unit, year };
  }

  define(app, '/api/register/summary', {
    GET: {
      options: { preHandler: readerGuard },
      handler: async (request) => {
        const { unit, year } = await readSummaryRequest(request);
        const summary = await summaryOf(unit, year);
        const published = await publication(unit, year);
        return json(200, {
          ...summary,
          public: protectSummary(summary),
          published: published ? { at: published.published_at, by: published.published_by } : null,
        });
      },
    },
  });

  define(app, '/api/register/summary.html', {
    GET: {
      options: { preHandler: readerGuard },
      handler: async (request) => {
        const { unit, year } = await readSummaryRequest(request);
        const summary = await summaryOf(unit, year);
        return {
          status: 200,
          headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
          body: summaryPage(summary, locale(request)),
        };
      },
    },
  });

  /** `{ unit, year }` of a publisher's request body, checked, with the caller's right to it. */
  async function publisherYear(request: FastifyRequest) {
    const input = body(request);
    const unit = unitFrom(request, input.unit);
    const year = yearFrom(request, input.year);
    const staff = staffOf(request);
    if (!(await publishes(staff, unit))) throw forbidden();
    return { input, unit, year, staff };
  }

  define(app, '/api/register/summary/themes', {
    PUT: {
      options: { preHandler: publisherGuard },
      handler: async (request) => {
        const { input, unit, year, staff } = await publisherYear(request);
        if (typeof input.themes !== 'string' || input.themes.length > TEXT_LIMIT)
          throw invalid([{ path: 'themes', code: 'text', message: t(request).text(TEXT_LIMIT) }]);
        const now = ctx.now().toISOString();
        const by = actorOf(staff).label;
        await ctx.store.db
          .insertInto('register_themes')
          .values({ unit: unit ?? '', year, themes: input.themes, updated_at: now, updated_by: by })
          .onConflict((oc) =>
            oc
              .columns(['unit', 'year'])
              .doUpdateSet({ themes: input.themes as string, updated_at: now, updated_by: by }),
          )
          .execute();
        // A published summary shows the themes as they are now (its numbers stay as published).
        const published = await publication(unit, year);
        if (published) {
          const frozen = JSON.parse(published.summary) as PublicSummary;
          frozen.themes = input.themes;
          await ctx.store.db
            .updateTable('register_publications')
            .set({ summary: JSON.stringify(frozen) })
            .where('unit', '=', unit ?? '')
            .where('year', '=', year)
            .execute();
        }
        await request.audit({
          action: 'register.summary.themes',
          target: `unit:${unit ?? ORGANISATION}`,
          detail: { year },
        });
        return json(200, { unit, year, themes: input.themes });
      },
    },
  });

  define(app, '/api/register/summary/publish', {
    POST: {
      options: { preHandler: publisherGuard },
      handler: async (request) => {
        const { unit, year, staff } = await publisherYear(request);
        const m = t(request);
        if (year >= Number(register.today().slice(0, 4)))
          throw new HttpProblem(409, 'year-not-over', 'The year has not ended', m.yearNotOver);
        // A unit above or below with the same year published: their difference would be a third table.
        const others = await ctx.store.db
          .selectFrom('register_publications')
          .select('unit')
          .where('year', '=', year)
          .where('unit', '!=', unit ?? '')
          .execute();
        for (const other of others) {
          const otherUnit = other.unit === '' ? null : other.unit;
          if ((await register.within(otherUnit, unit)) || (await register.within(unit, otherUnit)))
            throw new HttpProblem(
              409,
              'overlapping-summary',
              'Overlapping summary',
              m.overlapping(other.unit || ORGANISATION),
            );
        }
        const summary = await summaryOf(unit, year);
        const published = protectSummary(summary);
        const now = ctx.now().toISOString();
        const by = actorOf(staff).label;
        const existing = await publication(unit, year);
        if (existing)
          await ctx.store.db
            .updateTable('register_publications')
            .set({ summary: JSON.stringify(published), published_at: now, published_by: by })
            .where('unit', '=', unit ?? '')
            .where('year', '=', year)
            .execute();
        else
          await ctx.store.db
            .insertInto('register_publications')
            .values({
              unit: unit ?? '',
              year,
              summary: JSON.stringify(published),
              published_at: now,
              published_by: by,
            })
            .execute();
        await request.audit({
          action: 'register.summary.publish',
          target: `unit:${unit ?? ORGANISATION}`,
          detail: { year },
        });
        return json(existing ? 200 : 201, {
          ...published,
          url: `/register/${unit ?? ORGANISATION}/${year}`,
        });
      },
    },
    DELETE: {
      options: { preHandler: publisherGuard },
      handler: async (request) => {
        const q = query(request);
        const unit = unitFrom(request, one(q.unit));
        const year = yearFrom(request, one(q.year));
        if (!(await publishes(staffOf(request), unit))) throw forbidden();
        const result = await ctx.store.db
          .deleteFrom('register_publications')
          .where('unit', '=', unit ?? '')
          .where('year', '=', year)
          .executeTakeFirst();
        if (Number(result.numDeletedRows) === 0)
          throw new HttpProblem(404, 'not-published', 'Not published', t(request).notPublished);
        await request.audit({
          action: 'register.summary.unpublish',
          target: `unit:${unit ?? ORGANISATION}`,
          detail: { year },
        });
        return { status: 204, headers: { 'cache-control': 'no-store' } };
      },
    },
  });

  // ─── public ──────────────────────────────────────────────────────────

  async function published(request: FastifyRequest): Promise<PublicSummary> {
    const params = request.params as { unit: string; year: string };
    const unit = params.unit === ORGANISATION ? null : params.unit;
    const year = Number(params.year);
    const row = Number.isInteger(year) ? await publication(unit, year) : undefined;
    if (!row) throw new HttpProblem(404, 'not-published', 'Not published', t(request).notPublished);
    return JSON.parse(row.summary) as PublicSummary;
  }

  define(app, '/api/register/public/:unit/:year', {
    GET: async (request) =>
      json(200, await published(request), {
        // Open data: the app's hooks let any page read it (src/http/open-data.ts).
        'cache-control': 'public, max-age=300',
      }),
  });

  define(app, '/register/:unit/:year', {
    GET: async (request: FastifyRequest, reply: FastifyReply) => {
      const summary = await published(request);
      void reply;
      return {
        status: 200,
        headers: {
          'content-type': 'text/html; charset=utf-8',
          'cache-control': 'public, max-age=300',
          'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors *",
        },
        body: publicPage(summary, locale(request)),
      };
    },
  });
}
