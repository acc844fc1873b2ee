/**
 * Staff sign-in on the collector's Fastify app: cookies (`@fastify/cookie`), sessions in the database
 * (`@fastify/session` with `DatabaseSessionStore`), CSRF tokens (`@fastify/csrf-protection`), and the
 * authenticators the route guard (`../http/auth.ts`) tries: personal API tokens and sessions. Routes:
 * `/api/auth/*`, `/auth/oidc/*`, `/api/staff/users`, `/api/staff/tokens`, `/api/staff/audit` (see the README).
 *
 * `registerAccounts` runs first in `createApp`, so every route registered after it is listed in
 * `registeredRoutes(app)` (the role-boundary test walks them all).
 */
import { randomBytes } from 'node:crypto';
import fastifyCookie, { Signer } from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifySession from '@fastify/session';
import type { SessionStore } from '@fastify/session';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

import { addAuthenticator, authenticate, bearerToken, forbidden, unauthenticated } from '../http/auth.js';
import type { Staff } from '../http/auth.js';
import { clientIp, header } from '../http/body.js';
import { json, localeOf } from '../http/context.js';
import type { AppContext } from '../http/context.js';
import { HttpProblem } from '../http/problem.js';
import { requestScoped } from '../http/session-scope.js';
import { define } from '../http/routes/table.js';
import { AccountExistsError, actorOf, isEmail } from './accounts.js';
import type { Accounts } from './accounts.js';
import type { User } from './accounts.js';
import { AUDIT_CSV_HEADER, auditBound, auditCsvLine } from './audit.js';
import type { AuditLog } from './audit.js';
import type { Actor, AuditEntry } from './audit.js';
import { OidcClient, OidcProblem, safeReturnTo } from './oidc.js';
import type { OidcSettings } from './oidc.js';
import { MAX_PASSWORD_LENGTH, passwordProblems } from './passwords.js';
import type { ScryptParameters } from './passwords.js';
import { grantsBeyondAdmin, mayAnywhere, may, parseGrants } from './roles.js';
import type { Action, Principal, Scope, UnitTree } from './roles.js';
import type { AuthDb } from './schema.js';
import { accountServices } from './services.js';
import type { DatabaseSessionStore, SessionFields } from './sessions.js';
import { looksLikeToken, parseScopes } from './tokens.js';
import type { ApiTokens } from './tokens.js';

export const SESSION_COOKIE = '__Host-svara-session';

declare module 'fastify' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- augmenting @fastify/session's Session
  interface Session extends SessionFields {}
  interface FastifyRequest {
    /** Appends to the audit log with the signed-in staff member as the actor. */
    audit(entry: Omit<AuditEntry, 'actor'> & { actor?: Actor }): Promise<void>;
  }
  interface FastifyInstance {
    /** Accounts, sessions, tokens and the audit log of this app (see src/auth). */
    accounts: AccountServices;
  }
}

export interface AccountsOptions {
  /** Local accounts with passwords (default on). */
  passwords?: boolean;
  /** OpenID Connect sign-in; off without. */
  oidc?: OidcSettings;
  /** Signing keys for the session cookie (first signs, all verify); default: one kept in the database. */
  sessionSecrets?: readonly string[];
  idleMs?: number;
  absoluteMs?: number;
  /** Hash parameters for new passwords (OWASP's by default; tests lower them). */
  scrypt?: ScryptParameters;
}

export interface AccountServices {
  db: AuthDb;
  audit: AuditLog;
  sessions: DatabaseSessionStore;
  tokens: ApiTokens;
  accounts: Accounts;
  oidc: OidcClient | undefined;
  passwords: boolean;
  methods: ('oidc' | 'password')[];
}

export interface RegisteredRoute {
  method: string;
  url: string;
}
const routeLists = new WeakMap<FastifyInstance, RegisteredRoute[]>();
/** Every route registered after the accounts (all of the app's own, in practice). */
export const registeredRoutes = (app: FastifyInstance): readonly RegisteredRoute[] =>
  routeLists.get(app) ?? [];

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

const messages = {
  sv: {
    csrf: 'Sidan behöver laddas om: begäran saknade en giltig CSRF-token (X-CSRF-Token).',
    wrong: 'Fel e-postadress eller lösenord.',
    locked: (minutes: number) =>
      `För många misslyckade inloggningar. Försök igen om ${minutes} ${minutes === 1 ? 'minut' : 'minuter'}.`,
    passwordsOff: 'Inloggning med lösenord är avstängd på den här servern.',
    oidcOff: 'Inloggning via organisationens inloggningstjänst är inte inställd på den här servern.',
    https: 'Inloggning kräver en krypterad anslutning (HTTPS).',
    notSession: 'Det här gäller bara inloggningar i webbläsaren, inte API-nycklar.',
    tokenCannot: 'En API-nyckel kan inte skapa eller återkalla API-nycklar. Logga in i webbläsaren.',
    emailInvalid: 'Skriv en e-postadress, till exempel namn@stad.se.',
    required: 'Fyll i det här.',
    exists: 'Det finns redan ett konto med den e-postadressen.',
    unknownUser: 'Det finns inget sådant konto.',
    unknownToken: 'Det finns ingen sådan API-nyckel.',
    beyond: 'Du kan bara ge eller ta bort roller i de enheter du administrerar.',
    self: 'Du kan inte stänga av ditt eget konto.',
    scopes: 'Välj minst ett av: export, read, edit, publish, admin.',
    expires: 'Skriv ett datum i framtiden (ÅÅÅÅ-MM-DD).',
    bound: 'Skriv ett datum (ÅÅÅÅ-MM-DD) eller en tidpunkt (ISO 8601).',
  },
  en: {
    csrf: 'Reload the page: the request had no valid CSRF token (X-CSRF-Token).',
    wrong: 'Wrong e-mail address or password.',
    locked: (minutes: number) =>
      `Too many failed sign-ins. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
    passwordsOff: 'Signing in with a password is turned off on this server.',
    oidcOff: "Signing in through the organisation's identity provider is not set up on this server.",
    https: 'Signing in needs an encrypted connection (HTTPS).',
    notSession: 'This applies only to browser sign-ins, not to API tokens.',
    tokenCannot: 'An API token cannot create or revoke API tokens. Sign in in the browser.',
    emailInvalid: 'Enter an e-mail address, like name@city.example.',
    required: 'Fill this in.',
    exists: 'There is already an account with that e-mail address.',
    unknownUser: 'There is no such account.',
    unknownToken: 'There is no such API token.',
    beyond: 'You can grant or take away roles only in the units you administer.',
    self: 'You cannot disable your own account.',
    scopes: 'Choose at least one of: export, read, edit, publish, admin.',
    expires: 'Enter a date in the future (YYYY-MM-DD).',
    bound: 'Enter a date (YYYY-MM-DD) or a time (ISO 8601).',
  },
};
const text = (request: FastifyRequest) => messages[localeOf(request.headers['accept-language'])];

const invalid = (issues: { path: string; message: string; code: string }[]) =>
  new HttpProblem(422, 'invalid-input', 'Invalid input', issues[0]?.message, { issues });

/** Is the connection encrypted (directly, or at a proxy we trust), or to this machine itself? */
export function secureTransport(ctx: AppContext, request: FastifyRequest): boolean {
  if ((request.raw.socket as { encrypted?: boolean } | undefined)?.encrypted) return true;
  if (ctx.options.trustProxy) {
    const proto = header(request, 'x-forwarded-proto')?.split(',').at(-1)?.trim().toLowerCase();
    if (proto === 'https') return true;
  }
  const host = (header(request, 'host') ?? '').replace(/:\d+$/, '').toLowerCase();
  return LOOPBACK_HOSTS.has(host);
}

/** The unit tree around some units, from the route guard's `unitAncestors`. */
async function treeAround(ctx: AppContext, units: readonly (string | null)[]): Promise<UnitTree> {
  const tree = new Map<string, string | null>();
  for (const unit of units) {
    if (unit === null || tree.has(unit)) continue;
    const chain = [unit, ...(await ctx.auth.unitAncestors(unit))];
    chain.forEach((u, i) => tree.set(u, chain[i + 1] ?? null));
  }
  return tree;
}

const principalOf = (staff: Staff): Principal => ({
  grants: staff.roles,
  scopes: staff.scopes as Scope[] | undefined,
});

/** May the signed-in staff member do `action` on `unit`? (For routes that check after loading something.) */
export async function staffMay(
  ctx: AppContext,
  staff: Staff,
  action: Action,
  unit: string | null,
): Promise<boolean> {
  return may(principalOf(staff), action, unit, await treeAround(ctx, [unit]));
}

const staffOf = (user: User, via: Staff['via'], scopes?: readonly Scope[]): Staff => ({
  id: user.id,
  email: user.email,
  name: user.name,
  roles: user.roles,
  via,
  ...(scopes ? { scopes } : {}),
});

const userJson = (user: User) => ({
  id: user.id,
  email: user.email,
  name: user.name,
  roles: user.roles,
  createdAt: user.createdAt,
  disabledAt: user.disabledAt,
  lastSignInAt: user.lastSignInAt,
  password: user.hasPassword,
  oidc: user.hasOidc,
});

function csrfValid(app: FastifyInstance, request: FastifyRequest): Promise<boolean> {
  // @fastify/csrf-protection's check answers through reply.send; here it only needs to say yes or no.
  return new Promise((resolve) =>
    app.csrfProtection(request, { send: () => resolve(false) } as unknown as FastifyReply, () =>
      resolve(true),
    ),
  );
}

/** A small page for a person in a browser (the OIDC callback's failures). */
function page(
  status: number,
  lang: 'sv' | 'en',
  title: string,
  body: string,
  link?: { href: string; text: string },
) {
  const escape = (s: string) =>
    s.replace(
      /[&<>"']/g,
      (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
    );
  const html = `<!doctype html><html lang="${lang}"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title><main><h1>${escape(title)}</h1><p>${escape(body)}</p>${link ? `<p><a href="${escape(link.href)}">${escape(link.text)}</a></p>` : ''}</main></html>`;
  return {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
    body: html,
  };
}

/** A random secret kept in `server_secrets` under `name`: made once per database, shared by every process. */
export async function serverSecret(db: AuthDb, name: string, now: Date): Promise<string> {
  await db
    .insertInto('server_secrets')
    .values({ name, value: randomBytes(32).toString('base64url'), created_at: now.toISOString() })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db
    .selectFrom('server_secrets')
    .select('value')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return row.value;
}

export function registerAccounts(
  app: FastifyInstance,
  ctx: AppContext,
  options: AccountsOptions = {},
): AccountServices {
  const routes: RegisteredRoute[] = [];
  routeLists.set(app, routes);
  app.addHook('onRoute', (route) => {
    // A route for several methods at once is the table's 405 answer for the methods a path does not have.
    if (typeof route.method === 'string') routes.push({ method: route.method, url: route.url });
  });

  const db: AuthDb = ctx.store.db;
  const { audit, sessions, tokens, accounts } = accountServices(db, {
    now: ctx.now,
    ...(options.idleMs ? { idleMs: options.idleMs } : {}),
    ...(options.absoluteMs ? { absoluteMs: options.absoluteMs } : {}),
    ...(options.scrypt ? { scrypt: options.scrypt } : {}),
  });
  const oidc = options.oidc ? new OidcClient(options.oidc, ctx.now) : undefined;
  const passwords = options.passwords ?? true;
  const methods = [...(oidc ? (['oidc'] as const) : []), ...(passwords ? (['password'] as const) : [])];
  const services: AccountServices = { db, audit, sessions, tokens, accounts, oidc, passwords, methods };
  app.decorate('accounts', services);
  ctx.auth.hasAccounts = async () => (await accounts.count()) > 0;

  // ---- cookies, sessions, CSRF ----
  let signer: Signer | undefined;
  const lazySigner = {
    sign: (value: string) => signer!.sign(value),
    unsign: (value: string) => signer!.unsign(value),
  };
  app.addHook('onReady', async () => {
    const secrets = options.sessionSecrets?.length
      ? [...options.sessionSecrets]
      : [await serverSecret(db, 'session-cookie', ctx.now())];
    signer = new Signer(secrets, 'sha256');
  });
  // Both only for requests that can have a session (a cookie, or a sign-in route): a respondent's submission
  // skips their hooks (see ../http/session-scope.ts).
  void app.register(requestScoped(fastifyCookie, { name: '@fastify/cookie' }));
  void app.register(
    requestScoped(fastifySession, { name: '@fastify/session', dependencies: ['@fastify/cookie'] }),
    {
      secret: lazySigner,
      cookieName: SESSION_COOKIE,
      // The store keeps svara's fields and the cookie @fastify/session adds to them.
      store: sessions as unknown as SessionStore,
      saveUninitialized: false,
      rolling: false,
      // `Secure` is added below: @fastify/session would refuse to set a Secure cookie over plain HTTP even on
      // 127.0.0.1, which browsers treat as secure (and sign-in is refused elsewhere without HTTPS).
      cookie: { path: '/', httpOnly: true, sameSite: 'lax', secure: false, maxAge: sessions.absoluteMs },
    },
  );
  void app.register(fastifyCsrf, {
    sessionPlugin: '@fastify/session',
    getToken: (request) =>
      header(request, 'x-csrf-token') ?? (request.body as { _csrf?: string } | undefined)?._csrf,
  });
  void app.register(
    fp(async (instance) => {
      // A plain callback: every request passes it (issue #14, CPU per submission).
      instance.addHook('onSend', (_request, reply, payload, done) => {
        const cookies = reply.getHeader('set-cookie');
        if (cookies !== undefined) {
          const list = [cookies].flat().map(String);
          reply.removeHeader('set-cookie');
          reply.header(
            'set-cookie',
            list.map((c) => (c.startsWith('__Host-') && !/;\s*secure/i.test(c) ? `${c}; Secure` : c)),
          );
        }
        done(null, payload);
      });
    }),
  );

  // ---- who is calling ----
  let warnedBootstrap = false;
  addAuthenticator(ctx, async (request) => {
    const secret = bearerToken(request);
    if (!secret || !looksLikeToken(secret)) return null;
    const token = await tokens.authenticate(secret);
    if (!token) return null;
    const user = await accounts.get(token.userId);
    if (!user || user.disabledAt) return null;
    return staffOf(user, 'token', token.scopes);
  });
  addAuthenticator(ctx, async (request) => {
    // A request with credentials of its own (a bearer token) never borrows the browser's session.
    if (header(request, 'authorization') !== undefined) return null;
    const userId = request.session?.userId;
    if (!userId) return null;
    const user = await accounts.get(userId);
    if (!user || user.disabledAt) {
      await request.session.destroy();
      return null;
    }
    if (STATE_CHANGING.has(request.method) && !(await csrfValid(app, request))) {
      throw new HttpProblem(403, 'csrf', 'CSRF token missing or wrong', text(request).csrf);
    }
    return staffOf(user, 'session');
  });
  app.addHook('onResponse', (request, _reply, done) => {
    if (!warnedBootstrap && request.staff?.via === 'bootstrap') {
      warnedBootstrap = true;
      ctx.log.warn(
        'SVARA_ADMIN_TOKEN was used. It is deprecated: create an admin account (svara users add --admin <e-mail>) and personal API tokens (svara tokens create) instead.',
      );
    }
    done();
  });

  app.decorateRequest('audit', async function (this: FastifyRequest, entry) {
    const staff = this.staff;
    const actor =
      entry.actor ??
      (staff
        ? staff.via === 'bootstrap'
          ? { id: null, label: 'SVARA_ADMIN_TOKEN' }
          : { id: staff.id, label: staff.email ?? staff.name }
        : { id: null, label: 'anonymous' });
    await audit.record({ ...entry, actor });
  });

  // ---- sweeping expired sessions and old sign-in failures ----
  const sweep = setInterval(
    () => {
      void Promise.all([sessions.sweep(), accounts.throttle.sweep(ctx.now())]).catch((error: unknown) =>
        ctx.log.warn(`sweeping sessions: ${(error as Error).message}`),
      );
    },
    10 * 60 * 1000,
  );
  sweep.unref();
  app.addHook('onClose', async () => clearInterval(sweep));

  void app.register(async (scope) => registerRoutes(scope, ctx, services));
  return services;
}

/** Starts a signed-in session for the user (a new session id: no fixation) and returns its CSRF token. */
async function startSession(
  request: FastifyRequest,
  reply: FastifyReply,
  user: User,
  method: 'password' | 'oidc',
) {
  await request.session.regenerate();
  request.session.userId = user.id;
  request.session.method = method;
  return reply.generateCsrf();
}

function registerRoutes(app: FastifyInstance, ctx: AppContext, services: AccountServices): void {
  const { accounts, audit, sessions, tokens, oidc } = services;
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, body === '' ? undefined : JSON.parse(body as string));
    } catch (error) {
      (error as { statusCode?: number }).statusCode = 400;
      done(error as Error, undefined);
    }
  });
  const staffOrThrow = async (request: FastifyRequest): Promise<Staff> => {
    const staff = await authenticate(ctx, request);
    if (!staff) throw unauthenticated();
    return staff;
  };
  const mayAnywhereOrThrow = (action: Action) => async (request: FastifyRequest) => {
    const staff = await staffOrThrow(request);
    if (!mayAnywhere(principalOf(staff), action)) throw forbidden();
  };
  const actor = (staff: Staff): Actor =>
    staff.via === 'bootstrap' ? { id: null, label: 'SVARA_ADMIN_TOKEN' } : actorOf(staff);
  const body = (request: FastifyRequest): Record<string, unknown> => {
    const value = request.body;
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  };
  const meJson = (staff: Staff, csrfToken: string | null) => ({
    user: { id: staff.id, email: staff.email, name: staff.name },
    roles: staff.roles,
    csrfToken,
    methods: services.methods,
  });

  // ---- sign-in and out ----
  define(app, '/api/auth/login', {
    POST: async (request, reply) => {
      const t = text(request);
      if (!services.passwords)
        throw new HttpProblem(404, 'password-sign-in-off', 'Password sign-in is off', t.passwordsOff);
      if (!secureTransport(ctx, request))
        throw new HttpProblem(403, 'https-required', 'HTTPS required', t.https);
      const { email, password } = body(request);
      const issues = [];
      if (typeof email !== 'string' || !email.trim())
        issues.push({ path: 'email', code: 'required', message: t.required });
      if (typeof password !== 'string' || !password)
        issues.push({ path: 'password', code: 'required', message: t.required });
      if (issues.length) throw invalid(issues);
      if ((password as string).length > MAX_PASSWORD_LENGTH)
        throw new HttpProblem(401, 'sign-in-failed', 'Sign-in failed', t.wrong);
      const result = await accounts.signInWithPassword(
        email as string,
        password as string,
        clientIp(request, ctx.options.trustProxy ?? false),
      );
      if (!result.ok && result.reason === 'locked') {
        throw new HttpProblem(
          429,
          'sign-in-locked',
          'Too many failed sign-ins',
          t.locked(Math.ceil(result.retryAfter / 60)),
          {},
          { 'retry-after': String(result.retryAfter) },
        );
      }
      if (!result.ok) throw new HttpProblem(401, 'sign-in-failed', 'Sign-in failed', t.wrong);
      const csrfToken = await startSession(request, reply, result.user, 'password');
      return json(200, meJson(staffOf(result.user, 'session'), csrfToken));
    },
  });

  define(app, '/api/auth/me', {
    GET: async (request, reply) => {
      const staff = await staffOrThrow(request);
      return json(200, meJson(staff, staff.via === 'session' ? reply.generateCsrf() : null));
    },
  });

  const sessionOnly = async (request: FastifyRequest) => {
    const staff = await staffOrThrow(request);
    if (staff.via !== 'session')
      throw new HttpProblem(400, 'not-a-session', 'Not a browser session', text(request).notSession);
    return staff;
  };
  define(app, '/api/auth/logout', {
    POST: async (request, reply) => {
      const staff = await sessionOnly(request);
      await request.session.destroy();
      reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax' });
      await audit.record({ actor: actor(staff), action: 'auth.sign-out', target: `user:${staff.id}` });
      return { status: 204, headers: { 'cache-control': 'no-store' } };
    },
  });
  define(app, '/api/auth/logout-everywhere', {
    POST: async (request, reply) => {
      const staff = await sessionOnly(request);
      const ended = await sessions.removeUser(staff.id);
      request.session.destroy().catch(() => {});
      reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax' });
      await audit.record({
        actor: actor(staff),
        action: 'auth.sign-out-everywhere',
        target: `user:${staff.id}`,
        detail: { sessionsEnded: ended },
      });
      return { status: 204, headers: { 'cache-control': 'no-store' } };
    },
  });

  // ---- OpenID Connect ----
  define(app, '/auth/oidc/login', {
    GET: async (request, reply) => {
      const t = text(request);
      const lang = localeOf(request.headers['accept-language']);
      if (!oidc) return page(404, lang, t.oidcOff, t.oidcOff);
      if (!secureTransport(ctx, request)) return page(403, lang, t.https, t.https);
      const { returnTo } = request.query as { returnTo?: string };
      try {
        const { url, pending } = await oidc.begin(returnTo);
        request.session.oidc = pending;
        return reply.redirect(url.href, 303);
      } catch (error) {
        if (!(error instanceof OidcProblem)) throw error;
        ctx.log.warn(`OIDC: ${error.message}`);
        return page(
          503,
          lang,
          lang === 'sv' ? 'Inloggningstjänsten svarar inte' : 'The identity provider does not answer',
          lang === 'sv' ? 'Försök igen om en stund.' : 'Try again in a while.',
          { href: request.url, text: lang === 'sv' ? 'Försök igen' : 'Try again' },
        );
      }
    },
  });
  define(app, '/auth/oidc/callback', {
    GET: async (request, reply) => {
      const lang = localeOf(request.headers['accept-language']);
      const sv = lang === 'sv';
      if (!oidc) return page(404, lang, text(request).oidcOff, text(request).oidcOff);
      const pending = request.session.oidc;
      if (pending) delete request.session.oidc;
      const search = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
      const retry = {
        href: `/auth/oidc/login?returnTo=${encodeURIComponent(pending?.returnTo ?? '/studio/')}`,
        text: sv ? 'Logga in igen' : 'Sign in again',
      };
      const client = clientIp(request, ctx.options.trustProxy ?? false);
      let identity;
      try {
        identity = await oidc.finish(search, pending);
      } catch (error) {
        if (!(error instanceof OidcProblem)) throw error;
        await audit.record({
          actor: { id: null, label: 'unknown' },
          action: 'auth.sign-in-failed',
          detail: { method: 'oidc', client, reason: error.reason, message: error.message },
        });
        const [title, body] =
          error.reason === 'denied'
            ? sv
              ? ['Inloggningen avbröts', 'Inloggningstjänsten godkände inte inloggningen.']
              : ['Sign-in cancelled', 'The identity provider did not approve the sign-in.']
            : error.reason === 'expired'
              ? sv
                ? ['Inloggningen tog för lång tid', 'Börja om och logga in igen.']
                : ['The sign-in took too long', 'Start again and sign in.']
              : error.reason === 'unavailable'
                ? sv
                  ? ['Inloggningstjänsten svarar inte', 'Försök igen om en stund.']
                  : ['The identity provider does not answer', 'Try again in a while.']
                : sv
                  ? [
                      'Inloggningen kunde inte kontrolleras',
                      'Svaret från inloggningstjänsten var inte giltigt. Logga in igen.',
                    ]
                  : [
                      'The sign-in could not be verified',
                      "The identity provider's answer was not valid. Sign in again.",
                    ];
        return page(error.reason === 'unavailable' ? 503 : 400, lang, title, body, retry);
      }
      const result = await accounts.signInWithOidc(identity, client);
      if (!result.ok) {
        const [title, body] =
          result.reason === 'disabled'
            ? sv
              ? ['Kontot är avstängt', 'Kontakta den som administrerar svara hos er.']
              : ['The account is disabled', 'Contact whoever administers svara for you.']
            : sv
              ? ['E-postadressen hör till ett annat konto', 'Kontakta den som administrerar svara hos er.']
              : [
                  'The e-mail address belongs to another account',
                  'Contact whoever administers svara for you.',
                ];
        return page(403, lang, title, body);
      }
      await startSession(request, reply, result.user, 'oidc');
      return reply.redirect(safeReturnTo(pending?.returnTo), 303);
    },
  });

  // ---- users (admins) ----
  const userParam = (request: FastifyRequest) => (request.params as { id: string }).id;
  define(app, '/api/staff/users', {
    GET: {
      options: { preHandler: [mayAnywhereOrThrow('users.manage')] },
      handler: async () => json(200, (await accounts.list()).map(userJson)),
    },
    POST: {
      options: { preHandler: [mayAnywhereOrThrow('users.manage')] },
      handler: async (request) => {
        const t = text(request);
        const staff = request.staff!;
        const input = body(request);
        const issues: { path: string; message: string; code: string }[] = [];
        if (typeof input.email !== 'string' || !isEmail(input.email))
          issues.push({ path: 'email', code: 'email', message: t.emailInvalid });
        if (input.name !== undefined && typeof input.name !== 'string')
          issues.push({ path: 'name', code: 'type', message: t.required });
        const grants = parseGrants(input.roles ?? []);
        if (!grants.ok) issues.push(...grants.issues);
        if (input.password !== undefined) {
          const problems =
            typeof input.password === 'string'
              ? passwordProblems(input.password, localeOf(request.headers['accept-language']))
              : [t.required];
          for (const message of problems) issues.push({ path: 'password', code: 'password', message });
        }
        if (issues.length || !grants.ok) throw invalid(issues);
        const tree = await treeAround(
          ctx,
          grants.grants.map((g) => g.unit),
        );
        if (grantsBeyondAdmin(principalOf(staff), [], grants.grants, tree).length) {
          throw new HttpProblem(403, 'forbidden', 'Forbidden', t.beyond);
        }
        try {
          const user = await accounts.create(
            {
              email: input.email as string,
              ...(typeof input.name === 'string' ? { name: input.name } : {}),
              roles: grants.grants,
              ...(typeof input.password === 'string' ? { password: input.password } : {}),
            },
            actor(staff),
          );
          return json(201, userJson(user), { location: `/api/staff/users/${user.id}` });
        } catch (error) {
          if (error instanceof AccountExistsError)
            throw new HttpProblem(409, 'account-exists', 'Account exists', t.exists);
          throw error;
        }
      },
    },
  });
  define(app, '/api/staff/users/:id', {
    DELETE: {
      options: { preHandler: [mayAnywhereOrThrow('users.manage')] },
      handler: async (request) => {
        const t = text(request);
        const staff = request.staff!;
        const user = await accounts.get(userParam(request));
        if (!user) throw new HttpProblem(404, 'unknown-user', 'Unknown user', t.unknownUser);
        if (user.id === staff.id) throw new HttpProblem(409, 'own-account', 'Own account', t.self);
        const tree = await treeAround(
          ctx,
          user.roles.map((g) => g.unit),
        );
        if (grantsBeyondAdmin(principalOf(staff), user.roles, [], tree).length) {
          throw new HttpProblem(403, 'forbidden', 'Forbidden', t.beyond);
        }
        return json(200, userJson((await accounts.disable(user.id, actor(staff)))!));
      },
    },
  });
  define(app, '/api/staff/users/:id/roles', {
    PUT: {
      options: { preHandler: [mayAnywhereOrThrow('users.manage')] },
      handler: async (request) => {
        const t = text(request);
        const staff = request.staff!;
        const user = await accounts.get(userParam(request));
        if (!user) throw new HttpProblem(404, 'unknown-user', 'Unknown user', t.unknownUser);
        const grants = parseGrants(body(request).roles);
        if (!grants.ok) throw invalid(grants.issues);
        const tree = await treeAround(
          ctx,
          [...user.roles, ...grants.grants].map((g) => g.unit),
        );
        const beyond = grantsBeyondAdmin(principalOf(staff), user.roles, grants.grants, tree);
        if (beyond.length) throw new HttpProblem(403, 'forbidden', 'Forbidden', t.beyond, { roles: beyond });
        return json(200, userJson((await accounts.setRoles(user.id, grants.grants, actor(staff)))!));
      },
    },
  });

  // ---- personal API tokens ----
  const ownTokens = async (request: FastifyRequest) => {
    const staff = await staffOrThrow(request);
    if (staff.via === 'bootstrap') throw forbidden();
    if (staff.via === 'token' && request.method !== 'GET') {
      throw new HttpProblem(403, 'forbidden', 'Forbidden', text(request).tokenCannot);
    }
  };
  define(app, '/api/staff/tokens', {
    GET: {
      options: { preHandler: [ownTokens] },
      handler: async (request) => json(200, await tokens.list(request.staff!.id)),
    },
    POST: {
      options: { preHandler: [ownTokens] },
      handler: async (request) => {
        const t = text(request);
        const staff = request.staff!;
        const input = body(request);
        const issues: { path: string; message: string; code: string }[] = [];
        const name = typeof input.name === 'string' ? input.name.trim().slice(0, 200) : '';
        if (!name) issues.push({ path: 'name', code: 'required', message: t.required });
        const scopes = parseScopes(input.scopes);
        if (!scopes) issues.push({ path: 'scopes', code: 'scopes', message: t.scopes });
        let expiresAt: Date | null = null;
        if (input.expiresAt !== undefined && input.expiresAt !== null) {
          const bound = typeof input.expiresAt === 'string' ? auditBound(input.expiresAt, false) : undefined;
          if (!bound || bound <= ctx.now().toISOString())
            issues.push({ path: 'expiresAt', code: 'date', message: t.expires });
          else expiresAt = new Date(bound);
        }
        if (issues.length || !scopes) throw invalid(issues);
        const made = await tokens.create(staff.id, name, scopes, expiresAt);
        await audit.record({
          actor: actor(staff),
          action: 'token.create',
          target: `token:${made.token.id}`,
          detail: { name, scopes, prefix: made.token.prefix, expiresAt: made.token.expiresAt },
        });
        return json(201, { token: made.token, secret: made.secret });
      },
    },
  });
  define(app, '/api/staff/tokens/:id', {
    DELETE: {
      options: { preHandler: [ownTokens] },
      handler: async (request) => {
        const staff = request.staff!;
        const revoked = await tokens.revoke(staff.id, userParam(request));
        if (!revoked)
          throw new HttpProblem(404, 'unknown-token', 'Unknown token', text(request).unknownToken);
        await audit.record({
          actor: actor(staff),
          action: 'token.revoke',
          target: `token:${revoked.id}`,
          detail: { name: revoked.name, prefix: revoked.prefix },
        });
        return { status: 204, headers: { 'cache-control': 'no-store' } };
      },
    },
  });

  // ---- the audit log (organisation-wide admins: it covers every unit) ----
  const auditReader = async (request: FastifyRequest) => {
    const staff = await staffOrThrow(request);
    if (!may(principalOf(staff), 'audit.read', null, new Map())) throw forbidden();
  };
  const auditQuery = (request: FastifyRequest) => {
    const q = request.query as Record<string, string | undefined>;
    const issues = (['from', 'to'] as const)
      .filter((k) => q[k] !== undefined && q[k] !== '' && auditBound(q[k], k === 'to') === undefined)
      .map((k) => ({ path: k, code: 'date', message: text(request).bound }));
    if (issues.length) throw invalid(issues);
    return {
      ...(q.from ? { from: q.from } : {}),
      ...(q.to ? { to: q.to } : {}),
      ...(q.action ? { action: q.action } : {}),
    };
  };
  define(app, '/api/staff/audit', {
    GET: {
      options: { preHandler: [auditReader] },
      handler: async (request) => {
        const q = request.query as Record<string, string | undefined>;
        const limit = Math.min(Math.max(Number(q.limit) || 1000, 1), 10_000);
        const afterSeq = Number(q.after) || 0;
        const entries = await audit.list({ ...auditQuery(request), afterSeq, limit });
        return json(
          200,
          entries.map((e) => ({
            seq: e.seq,
            at: e.at,
            actor: e.actor,
            actorId: e.actorId,
            action: e.action,
            target: e.target,
            detail: e.detail,
          })),
        );
      },
    },
  });
  define(app, '/api/staff/audit.csv', {
    GET: {
      options: { preHandler: [auditReader] },
      handler: async (request) => {
        const query = auditQuery(request);
        async function* lines() {
          yield '\uFEFF' + AUDIT_CSV_HEADER;
          for await (const entry of audit.scan(query)) yield auditCsvLine(entry);
        }
        return {
          status: 200,
          headers: {
            'content-type': 'text/csv; charset=utf-8',
            'cache-control': 'no-store',
            'content-disposition': 'attachment; filename="svara-audit.csv"',
          },
          body: lines(),
        };
      },
    },
  });
}
