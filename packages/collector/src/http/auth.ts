/**
 * Who is calling, and may they? The route guard every staff route uses.
 *
 * The interface (what route modules and the accounts stream rely on; keep it):
 *
 * - `request.staff: Staff | null` — the signed-in staff member, set by the guards below (null until a guard ran,
 *   or for nobody). `Staff = { id, email, name, roles: [{ role, unit }], via, scopes? }`.
 * - `requireStaff(ctx)` — a `preHandler`: `401 urn:svara:problem:unauthenticated` unless someone is signed in.
 * - `requireRole(ctx, role, unitOf?, { scope? })` — a `preHandler`: 401 for nobody, `403
 *   urn:svara:problem:forbidden` unless `request.staff` holds `role` on the unit `unitOf(request)` names (or on
 *   one of its ancestors; `null`/omitted = the whole organisation, so only a role with `unit: null` will do).
 *   `admin` implies every role; `editor` and `publisher` imply `reader`. A principal with `scopes` (an API
 *   token) must also carry `scope` when one is named.
 * - `hasRole(ctx, staff, role, unit)` — the same check, for code that filters lists.
 * - `ctx.auth.authenticators` — how a request becomes a `Staff`: tried in order, the first non-null wins. The
 *   collector installs one: `Authorization: Bearer <SVARA_ADMIN_TOKEN>` (`via: 'bootstrap'`), the organisation's
 *   admin only while no staff account exists (so the first admin can be made over HTTP), afterwards good for the
 *   export endpoints alone (`BOOTSTRAP_EXPORTER`). The accounts stream adds sessions (with their CSRF check) and
 *   personal API tokens by pushing authenticators (`addAuthenticator(ctx, fn)`) — no route changes.
 * - `ctx.auth.unitAncestors(unitId)` — the unit's ancestors, nearest first (the unit tree, once units exist).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';

import { afterFailure, retryAfterSeconds } from '../auth/lockout.js';
import type { ThrottlePolicy, ThrottleState } from '../auth/lockout.js';
import { holdsRole } from '../auth/roles.js';
import type { Role, RoleGrant, Scope } from '../auth/roles.js';
import type { AppContext } from './context.js';
import { clientIp, header } from './body.js';
import { HttpProblem } from './problem.js';
import { addressKey } from './rate-limit.js';

export { ROLES } from '../auth/roles.js';
export type { Role, RoleGrant } from '../auth/roles.js';

export interface Staff {
  id: string;
  email: string | null;
  name: string;
  roles: readonly RoleGrant[];
  /** How this request was authenticated. */
  via: 'bootstrap' | 'session' | 'token';
  /** For API tokens: what the token may be used for (`export`, `read`, `publish`, `admin`). Absent: anything. */
  scopes?: readonly string[];
}

declare module 'fastify' {
  interface FastifyRequest {
    staff: Staff | null;
  }
}

/** Turns a request into a staff member, or null (not this kind of credential, or a wrong one). */
export type Authenticator = (
  request: FastifyRequest,
) => Promise<Staff | null | undefined> | Staff | null | undefined;

export interface StaffAuth {
  authenticators: Authenticator[];
  /** Whether any staff account exists (set by the accounts module); exports are off while none can sign in. */
  hasAccounts: () => Promise<boolean>;
  /** Ancestors of a unit, nearest first; [] for a root or an unknown unit. */
  unitAncestors: (unit: string) => Promise<readonly string[]> | readonly string[];
}

/** SVARA_ADMIN_TOKEN while no staff account exists: every role everywhere (to make the first admin). */
export const BOOTSTRAP_ADMIN: Staff = {
  id: 'bootstrap',
  email: null,
  name: 'SVARA_ADMIN_TOKEN',
  roles: [{ role: 'admin', unit: null }],
  via: 'bootstrap',
};

/**
 * SVARA_ADMIN_TOKEN once a staff account exists: the export endpoints only (the public contract of the shared
 * token), like a personal token with the `export` scope; every other staff route answers it `403`.
 */
export const BOOTSTRAP_EXPORTER: Staff = {
  ...BOOTSTRAP_ADMIN,
  roles: [{ role: 'reader', unit: null }],
  scopes: ['export'],
};

function sameToken(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** The bearer token of a request, if it sent one. */
export function bearerToken(request: FastifyRequest): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header(request, 'authorization') ?? '');
  return match?.[1];
}

export function createStaffAuth(adminToken: string | undefined): StaffAuth {
  const authenticators: Authenticator[] = [];
  const auth: StaffAuth = { authenticators, hasAccounts: async () => false, unitAncestors: () => [] };
  if (adminToken) {
    // Once an account has been seen the token stays narrowed for the life of the process (no query per request).
    let accountsSeen = false;
    authenticators.push(async (request) => {
      const token = bearerToken(request);
      if (token === undefined || !sameToken(token, adminToken)) return null;
      if (!accountsSeen) accountsSeen = await auth.hasAccounts();
      return accountsSeen ? BOOTSTRAP_EXPORTER : BOOTSTRAP_ADMIN;
    });
  }
  return auth;
}

export function addAuthenticator(ctx: AppContext, authenticator: Authenticator): void {
  ctx.auth.authenticators.push(authenticator);
}

/**
 * Failed bearer authentications per client address (IPv6 by /64), in memory: from the 10th failure on, each
 * locks the address for a minute, twice as long each time (at most an hour); a locked address gets `429` without
 * its token being looked at. Guessing a token (SVARA_ADMIN_TOKEN above all) is then hopeless, and every failure
 * is logged.
 */
export const BEARER_FAILURE_POLICY: ThrottlePolicy = {
  threshold: 10,
  lockMs: 60_000,
  maxLockMs: 60 * 60_000,
  resetMs: 60 * 60_000,
};
const MAX_THROTTLED_ADDRESSES = 10_000;
const bearerFailures = new WeakMap<StaffAuth, Map<string, ThrottleState>>();
const judged = new WeakSet<FastifyRequest>();

function failuresOf(ctx: AppContext): Map<string, ThrottleState> {
  let map = bearerFailures.get(ctx.auth);
  if (!map) bearerFailures.set(ctx.auth, (map = new Map()));
  return map;
}

/** Runs the authenticators once per request; sets and returns `request.staff`. */
export async function authenticate(ctx: AppContext, request: FastifyRequest): Promise<Staff | null> {
  if (request.staff) return request.staff;
  const bearer = bearerToken(request) !== undefined;
  const address = bearer ? clientIp(request, ctx.options.trustProxy) : '';
  const key = addressKey(address);
  const now = ctx.now().getTime();
  if (bearer) {
    const wait = retryAfterSeconds(failuresOf(ctx).get(key), now);
    if (wait > 0) {
      ctx.metrics.authFailures.inc();
      throw new HttpProblem(
        429,
        'auth-throttled',
        'Too many failed authentications',
        `Too many wrong tokens from this address. Try again in ${wait} s.`,
        {},
        { 'retry-after': String(wait) },
      );
    }
  }
  for (const authenticator of ctx.auth.authenticators) {
    const staff = await authenticator(request);
    if (staff) return (request.staff = staff);
  }
  if (bearer && !judged.has(request)) {
    judged.add(request);
    const failures = failuresOf(ctx);
    const state = afterFailure(failures.get(key), now, BEARER_FAILURE_POLICY);
    failures.delete(key);
    failures.set(key, state);
    if (failures.size > MAX_THROTTLED_ADDRESSES) failures.delete(failures.keys().next().value!);
    ctx.metrics.authFailures.inc();
    ctx.log.warn('bearer authentication failed', {
      reqId: request.id,
      address,
      url: request.url,
      failures: state.failures,
      ...(state.lockedUntil ? { lockedUntil: new Date(state.lockedUntil).toISOString() } : {}),
    });
  }
  return null;
}

/**
 * Does the staff member hold `role` (or one implying it) on `unit` or above it, and — for an API token — a scope
 * for it (`scope` when named, e.g. `export`)? The rules are in ../auth/roles.ts (`holdsRole`).
 */
export async function hasRole(
  ctx: AppContext,
  staff: Staff,
  role: Role,
  unit: string | null,
  scope?: string,
): Promise<boolean> {
  const tree = new Map<string, string | null>();
  if (unit !== null) {
    const chain = [unit, ...(await ctx.auth.unitAncestors(unit))];
    chain.forEach((u, i) => tree.set(u, chain[i + 1] ?? null));
  }
  const principal = { grants: staff.roles, scopes: staff.scopes as Scope[] | undefined };
  return holdsRole(principal, role, unit, tree, scope as Scope | undefined);
}

export const unauthenticated = (): HttpProblem =>
  new HttpProblem(401, 'unauthenticated', 'Not signed in', 'Logga in för att fortsätta.');

export const forbidden = (): HttpProblem =>
  new HttpProblem(403, 'forbidden', 'Forbidden', 'Du har inte behörighet till det här.');

export function requireStaff(ctx: AppContext): preHandlerAsyncHookHandler {
  return async (request) => {
    if (!(await authenticate(ctx, request))) throw unauthenticated();
  };
}

export function requireRole(
  ctx: AppContext,
  role: Role,
  unitOf?: (request: FastifyRequest) => Promise<string | null | undefined> | string | null | undefined,
  options: { scope?: string } = {},
): preHandlerAsyncHookHandler {
  return async (request) => {
    const staff = await authenticate(ctx, request);
    if (!staff) throw unauthenticated();
    const unit = (await unitOf?.(request)) ?? null;
    if (!(await hasRole(ctx, staff, role, unit, options.scope))) throw forbidden();
  };
}

/**
 * The export endpoints' guard, with their old answers kept: `404 admin-disabled` while no staff credential can
 * exist (no SVARA_ADMIN_TOKEN, no accounts), `401 unauthorized` with `WWW-Authenticate: Bearer` for a missing or
 * wrong one; then `reader` on the survey's unit with the `export` scope.
 */
export function requireExportAccess(
  ctx: AppContext,
  unitOf?: (request: FastifyRequest) => string | null | undefined,
): preHandlerAsyncHookHandler {
  return async (request) => {
    if (!ctx.options.adminToken && !(await ctx.auth.hasAccounts())) {
      throw new HttpProblem(
        404,
        'admin-disabled',
        'Admin endpoints are off',
        'Exports are available only when the server runs with SVARA_ADMIN_TOKEN set.',
      );
    }
    const staff = await authenticate(ctx, request);
    if (!staff) {
      throw new HttpProblem(
        401,
        'unauthorized',
        'Unauthorized',
        'Send Authorization: Bearer <SVARA_ADMIN_TOKEN>.',
        {},
        { 'www-authenticate': 'Bearer realm="svara"' },
      );
    }
    if (!(await hasRole(ctx, staff, 'reader', unitOf?.(request) ?? null, 'export'))) throw forbidden();
  };
}

/**
 * Records what the signed-in staff member did in the audit log (`request.audit`, which the accounts module
 * decorates; the actor is the signed-in staff member).
 */
export async function audit(
  request: FastifyRequest,
  action: string,
  target: string | null,
  detail?: Record<string, unknown>,
): Promise<void> {
  await request.audit({ action, target, ...(detail ? { detail } : {}) });
}
