/**
 * Staff sign-in over HTTP against a real `svara serve` app on SQLite and PostgreSQL: the session cookie, CSRF,
 * sessions that do not mix, expiry, sign-out (everywhere), lockout, API tokens and their scopes, the users and
 * audit endpoints, OIDC sign-in through a real provider, and every registered route called as every role.
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { after, before, it } from 'node:test';

import { registeredRoutes } from '../../src/auth/http.js';
import { startCollector } from '../../src/collector.js';
import type { Collector } from '../../src/collector.js';
import { exampleSurveys, postgresDatabase, tempDir } from '../helpers.js';
import { forEachDatabase } from './databases.js';
import { browser, startIdentityProvider } from './identity-provider.js';
import type { TestIdentityProvider } from './identity-provider.js';

const FAST = { ln: 10, r: 8, p: 1 };
const SURVEY = 'familjeenheten-barn';
const ADMIN_TOKEN = 'bootstrap-token-0123456789abcdef';
const PASSWORD = 'ett långt lösenord';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A browser-like client of the collector: cookies, JSON, and the CSRF token from /api/auth/me. */
function agent(base: string) {
  const ua = browser();
  let csrf: string | undefined;
  const self = {
    ua,
    get csrf() {
      return csrf;
    },
    async call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
      const init: RequestInit = { method, headers: { 'accept-language': 'sv', ...headers } };
      if (body !== undefined) {
        init.body = JSON.stringify(body);
        (init.headers as Record<string, string>)['content-type'] = 'application/json';
      }
      const response = await ua.request(new URL(path, base), init);
      const text = await response.text();
      let json: unknown;
      try {
        json = text ? JSON.parse(text) : undefined;
      } catch {
        json = undefined;
      }
      return {
        status: response.status,
        headers: response.headers,
        json: json as Record<string, unknown>,
        text,
      };
    },
    /** A state-changing request with this session's CSRF token. */
    send(method: string, path: string, body?: unknown) {
      return self.call(method, path, body, csrf ? { 'x-csrf-token': csrf } : {});
    },
    async login(email: string, password = PASSWORD) {
      const reply = await self.call('POST', '/api/auth/login', { email, password });
      if (reply.status === 200) csrf = reply.json.csrfToken as string;
      return reply;
    },
    async refreshCsrf() {
      const me = await self.call('GET', '/api/auth/me');
      csrf = me.json?.csrfToken as string | undefined;
      return me;
    },
  };
  return self;
}

const ROLE_USERS = ['admin', 'editor', 'publisher', 'reader', 'none'] as const;
type RoleUser = (typeof ROLE_USERS)[number];

let idp: TestIdentityProvider;
let port: number;
before(async () => {
  port = await freePort();
  idp = await startIdentityProvider([`http://127.0.0.1:${port}/auth/oidc/callback`]);
});
after(() => idp.close());

forEachDatabase('staff sign-in over HTTP', (get) => {
  let collector: Collector;
  let base: string;
  let clock = Date.parse('2027-01-10T08:00:00.000Z');
  const logs: string[] = [];
  const dir = tempDir('svara-auth-http-');
  const ids = {} as Record<RoleUser, string>;

  before(async () => {
    const db = get().dialect === 'sqlite' ? `${dir.dir}/svara.sqlite` : (await postgresDatabase()).url;
    collector = await startCollector({
      surveys: exampleSurveys(),
      db,
      port,
      adminToken: ADMIN_TOKEN,
      rateLimit: false,
      now: () => new Date(clock),
      logger: { info: (m) => logs.push(m), warn: (m) => logs.push(m), error: (m) => logs.push(m) },
      accounts: {
        passwords: true,
        scrypt: FAST,
        oidc: {
          issuer: idp.issuer,
          clientId: idp.clientId,
          clientSecret: idp.clientSecret,
          redirectUri: `http://127.0.0.1:${port}/auth/oidc/callback`,
        },
      },
    });
    base = collector.url;
    const { accounts } = collector.app.accounts;
    for (const role of ROLE_USERS) {
      const user = await accounts.create(
        {
          email: `${role}@stad.example`,
          name: role,
          password: PASSWORD,
          roles: role === 'none' ? [] : [{ role, unit: null }],
        },
        { id: null, label: 'test' },
      );
      ids[role] = user.id;
    }
  });
  after(async () => {
    await collector?.close();
    dir.remove();
  });

  it('signs in with a password: the session cookie is __Host-, HttpOnly, Secure, SameSite=Lax, Path=/', async () => {
    const a = agent(base);
    const reply = await a.login('Reader@stad.example');
    assert.equal(reply.status, 200);
    assert.deepEqual(Object.keys(reply.json).sort(), ['csrfToken', 'methods', 'roles', 'user']);
    assert.equal((reply.json.user as { email: string }).email, 'reader@stad.example');
    assert.deepEqual(reply.json.roles, [{ role: 'reader', unit: null }]);
    assert.deepEqual(reply.json.methods, ['oidc', 'password']);
    const cookies = reply.headers.getSetCookie();
    assert.equal(cookies.length, 1, cookies.join('\n'));
    const [cookie] = cookies;
    assert.match(cookie!, /^__Host-svara-session=[^;]+; /);
    const attributes = cookie!
      .split(';')
      .slice(1)
      .map((p) => p.trim().split('=')[0]!.toLowerCase());
    assert.deepEqual(attributes.sort(), ['expires', 'httponly', 'path', 'samesite', 'secure']);
    assert.match(cookie!, /Path=\//);
    assert.match(cookie!, /SameSite=Lax/);
    assert.doesNotMatch(cookie!, /Domain=/i);
    const me = await a.call('GET', '/api/auth/me');
    assert.equal(me.status, 200);
    assert.equal((me.json.user as { id: string }).id, ids.reader);
    assert.equal(typeof me.json.csrfToken, 'string');
  });

  it('refuses a wrong password with 401 and says nothing about which part was wrong', async () => {
    const wrong = await agent(base).login('editor@stad.example', 'fel lösenord');
    assert.equal(wrong.status, 401);
    assert.equal(wrong.json.type, 'urn:svara:problem:sign-in-failed');
    assert.equal(wrong.json.detail, 'Fel e-postadress eller lösenord.');
    assert.equal(wrong.headers.getSetCookie().length, 0, 'no session for a failed sign-in');
    const nobody = await agent(base).login('ingen@stad.example', 'fel lösenord');
    assert.deepEqual([nobody.status, nobody.json.detail], [401, 'Fel e-postadress eller lösenord.']);
    const missing = await agent(base).call('POST', '/api/auth/login', { email: 'x@stad.example' });
    assert.equal(missing.status, 422);
    assert.deepEqual(
      (missing.json.issues as { path: string }[]).map((i) => i.path),
      ['password'],
    );
  });

  it('locks an account after five failed sign-ins (429 with Retry-After), even for the right password', async () => {
    await collector.app.accounts.accounts.create(
      { email: 'locked@stad.example', password: PASSWORD },
      { id: null, label: 'test' },
    );
    for (let i = 0; i < 5; i++)
      assert.equal((await agent(base).login('locked@stad.example', `fel ${i}`)).status, 401);
    const locked = await agent(base).login('locked@stad.example');
    assert.equal(locked.status, 429);
    assert.equal(locked.json.type, 'urn:svara:problem:sign-in-locked');
    assert.equal(locked.headers.get('retry-after'), String(15 * 60));
    assert.equal(locked.json.detail, 'För många misslyckade inloggningar. Försök igen om 15 minuter.');
    clock += 15 * 60 * 1000;
    assert.equal((await agent(base).login('locked@stad.example')).status, 200);
  });

  it('refuses a state-changing request without the CSRF token, or with another session’s', async () => {
    const a = agent(base);
    await a.login('admin@stad.example');
    const b = agent(base);
    await b.login('reader@stad.example');
    const none = await a.call('POST', '/api/staff/tokens', { name: 'x', scopes: ['read'] });
    assert.equal(none.status, 403);
    assert.equal(none.json.type, 'urn:svara:problem:csrf');
    const wrong = await a.call(
      'POST',
      '/api/staff/tokens',
      { name: 'x', scopes: ['read'] },
      { 'x-csrf-token': b.csrf! },
    );
    assert.equal(wrong.json.type, 'urn:svara:problem:csrf', 'a token from another session');
    const right = await a.send('POST', '/api/staff/tokens', { name: 'x', scopes: ['read'] });
    assert.equal(right.status, 201);
  });

  it('one user’s session never shows another’s: each cookie is its own user', async () => {
    const a = agent(base);
    const b = agent(base);
    await a.login('publisher@stad.example');
    await b.login('editor@stad.example');
    assert.equal(((await a.call('GET', '/api/auth/me')).json.user as { id: string }).id, ids.publisher);
    assert.equal(((await b.call('GET', '/api/auth/me')).json.user as { id: string }).id, ids.editor);
    // A made-up or tampered cookie is nobody.
    const forged = await agent(base).call('GET', '/api/auth/me', undefined, {
      cookie: '__Host-svara-session=abc.def',
    });
    assert.equal(forged.status, 401);
    assert.equal(forged.json.type, 'urn:svara:problem:unauthenticated');
    const value = a.ua.cookies(new URL(base).host).get('__Host-svara-session')!;
    const tampered = value.slice(0, 5) + (value[5] === 'A' ? 'B' : 'A') + value.slice(6);
    const other = await agent(base).call('GET', '/api/auth/me', undefined, {
      cookie: `__Host-svara-session=${tampered}`,
    });
    assert.equal(other.status, 401);
  });

  it('a session unused for 8 hours is over; used, it lasts at most 7 days', async () => {
    const a = agent(base);
    await a.login('reader@stad.example');
    clock += 8 * 60 * 60 * 1000 + 1000;
    assert.equal((await a.call('GET', '/api/auth/me')).status, 401);
    const b = agent(base);
    await b.login('reader@stad.example');
    for (let step = 1; step * 7 < 7 * 24; step++) {
      clock += 7 * 60 * 60 * 1000;
      assert.equal((await b.call('GET', '/api/auth/me')).status, 200, `after ${step * 7} h`);
    }
    clock += 7 * 60 * 60 * 1000;
    assert.equal((await b.call('GET', '/api/auth/me')).status, 401, 'past 7 days');
  });

  it('signs out this session, or every session of the user', async () => {
    const a = agent(base);
    await a.login('editor@stad.example');
    const out = await a.send('POST', '/api/auth/logout');
    assert.equal(out.status, 204);
    assert.match(out.headers.getSetCookie()[0] ?? '', /^__Host-svara-session=;.*Expires=Thu, 01 Jan 1970/);
    assert.equal((await a.call('GET', '/api/auth/me')).status, 401);

    const [p1, p2, p3] = [agent(base), agent(base), agent(base)];
    await p1.login('editor@stad.example');
    await p2.login('editor@stad.example');
    await p3.login('reader@stad.example');
    const editorSessions = await collector.app.accounts.sessions.countUser(ids.editor);
    assert.ok(editorSessions >= 2);
    assert.equal((await p1.send('POST', '/api/auth/logout-everywhere')).status, 204);
    assert.equal((await p1.call('GET', '/api/auth/me')).status, 401);
    assert.equal((await p2.call('GET', '/api/auth/me')).status, 401, 'the other browser too');
    assert.equal((await p3.call('GET', '/api/auth/me')).status, 200, 'not another user');
    const entry = (await collector.app.accounts.audit.list({ action: 'auth.sign-out-everywhere' })).at(-1);
    assert.deepEqual(entry?.detail, { sessionsEnded: editorSessions });
  });

  it('sign-in needs HTTPS except on this machine (behind a proxy: X-Forwarded-Proto with --trust-proxy)', async () => {
    const remote = await collector.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { host: 'svar.stad.example', 'content-type': 'application/json' },
      payload: { email: 'reader@stad.example', password: PASSWORD },
    });
    assert.equal(remote.statusCode, 403);
    assert.equal(remote.json<{ type: string }>().type, 'urn:svara:problem:https-required');
    assert.equal(remote.headers['set-cookie'], undefined);
    const oidc = await collector.app.inject({
      url: '/auth/oidc/login',
      headers: { host: 'svar.stad.example' },
    });
    assert.equal(oidc.statusCode, 403);
  });

  it('API tokens: shown once, used as Bearer within their scopes only, revocable', async () => {
    const a = agent(base);
    await a.login('reader@stad.example');
    const made = await a.send('POST', '/api/staff/tokens', { name: 'nattlig export', scopes: ['export'] });
    assert.equal(made.status, 201);
    const secret = made.json.secret as string;
    assert.match(secret, /^svara_pat_[A-Za-z0-9_-]{43}$/);
    const list = await a.call('GET', '/api/staff/tokens');
    assert.equal(list.text.includes(secret), false, 'never shown again');
    const bearer = { authorization: `Bearer ${secret}` };
    const exported = await agent(base).call('GET', `/api/surveys/${SURVEY}/export.json`, undefined, bearer);
    assert.equal(exported.status, 200);
    // Outside its scope: an export token cannot read the user list, or list tokens… of an admin either.
    const readOnly = await a.send('POST', '/api/staff/tokens', { name: 'läsa', scopes: ['read'] });
    const readBearer = { authorization: `Bearer ${readOnly.json.secret as string}` };
    const refused = await agent(base).call('GET', `/api/surveys/${SURVEY}/export.csv`, undefined, readBearer);
    assert.equal(refused.status, 403);
    assert.equal(refused.json.type, 'urn:svara:problem:forbidden');
    const admin = agent(base);
    await admin.login('admin@stad.example');
    const adminExport = await admin.send('POST', '/api/staff/tokens', { name: 'export', scopes: ['export'] });
    const users = await agent(base).call('GET', '/api/staff/users', undefined, {
      authorization: `Bearer ${adminExport.json.secret as string}`,
    });
    assert.equal(users.status, 403, 'an admin’s export token cannot manage users');
    // A token cannot mint tokens.
    const mint = await agent(base).call(
      'POST',
      '/api/staff/tokens',
      { name: 'y', scopes: ['export'] },
      bearer,
    );
    assert.equal(mint.status, 403);
    // Revoked: nobody.
    const id = (made.json.token as { id: string }).id;
    assert.equal((await a.send('DELETE', `/api/staff/tokens/${id}`)).status, 204);
    const after = await agent(base).call('GET', `/api/surveys/${SURVEY}/export.json`, undefined, bearer);
    assert.equal(after.status, 401);
  });

  it('SVARA_ADMIN_TOKEN still exports (deprecated, said once in the log)', async () => {
    const bearer = { authorization: `Bearer ${ADMIN_TOKEN}` };
    assert.equal(
      (await agent(base).call('GET', `/api/surveys/${SURVEY}/export.csv`, undefined, bearer)).status,
      200,
    );
    assert.equal(
      (await agent(base).call('GET', `/api/surveys/${SURVEY}/export.csv`, undefined, bearer)).status,
      200,
    );
    assert.equal(logs.filter((l) => l.includes('SVARA_ADMIN_TOKEN was used. It is deprecated')).length, 1);
  });

  it('admins add users, grant roles (audited) and disable accounts, which ends their sessions', async () => {
    const admin = agent(base);
    await admin.login('admin@stad.example');
    const added = await admin.send('POST', '/api/staff/users', {
      email: 'Ny.Person@stad.example',
      name: 'Ny Person',
      roles: [{ role: 'reader', unit: null }],
      password: PASSWORD,
    });
    assert.equal(added.status, 201);
    assert.equal(added.json.email, 'ny.person@stad.example');
    const id = added.json.id as string;
    const again = await admin.send('POST', '/api/staff/users', { email: 'ny.person@stad.example' });
    assert.equal(again.status, 409);
    const bad = await admin.send('POST', '/api/staff/users', {
      email: 'inte en adress',
      roles: [{ role: 'boss', unit: null }],
    });
    assert.equal(bad.status, 422);
    assert.deepEqual(
      (bad.json.issues as { path: string }[]).map((i) => i.path),
      ['email', 'roles[0].role'],
    );

    const person = agent(base);
    assert.equal((await person.login('ny.person@stad.example')).status, 200);
    const granted = await admin.send('PUT', `/api/staff/users/${id}/roles`, {
      roles: [{ role: 'publisher', unit: null }],
    });
    assert.equal(granted.status, 200);
    assert.deepEqual(
      (await person.call('GET', '/api/auth/me')).json.roles,
      [{ role: 'publisher', unit: null }],
      'at once',
    );
    const entry = (await collector.app.accounts.audit.list({ action: 'user.roles' })).at(-1);
    assert.equal(entry?.actor, 'admin@stad.example');
    assert.deepEqual(entry?.detail.after, [{ role: 'publisher', unit: null }]);

    assert.equal((await admin.send('DELETE', `/api/staff/users/${ids.admin}`)).status, 409, 'not oneself');
    const disabled = await admin.send('DELETE', `/api/staff/users/${id}`);
    assert.equal(disabled.status, 200);
    assert.ok(disabled.json.disabledAt);
    assert.equal((await person.call('GET', '/api/auth/me')).status, 401);
    assert.equal((await agent(base).login('ny.person@stad.example')).status, 401);
  });

  it('the audit log: admins read it (JSON, filters, CSV); every staff action is there', async () => {
    const admin = agent(base);
    await admin.login('admin@stad.example');
    const all = await admin.call('GET', '/api/staff/audit');
    assert.equal(all.status, 200);
    const actions = new Set((all.json as unknown as { action: string }[]).map((e) => e.action));
    for (const action of [
      'responses.export',
      'user.create',
      'auth.sign-in',
      'auth.sign-in-failed',
      'auth.locked',
      'token.create',
      'token.revoke',
      'user.roles',
      'user.disable',
      'auth.sign-out',
      'auth.sign-out-everywhere',
    ]) {
      assert.ok(actions.has(action), action);
    }
    const signIns = await admin.call('GET', '/api/staff/audit?action=auth.sign-in');
    assert.ok((signIns.json as unknown as { action: string }[]).every((e) => e.action === 'auth.sign-in'));
    const none = await admin.call('GET', '/api/staff/audit?from=2030-01-01');
    assert.deepEqual(none.json, []);
    assert.equal((await admin.call('GET', '/api/staff/audit?from=igår')).status, 422);
    const csv = await admin.call('GET', '/api/staff/audit.csv?action=user.roles');
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type') ?? '', /^text\/csv/);
    assert.match(csv.text, /^seq,at,actor,actor_id,action,target,detail\r\n/);
    const bytes = new Uint8Array(
      await (await admin.ua.request(new URL('/api/staff/audit.csv', base))).arrayBuffer(),
    );
    assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'a byte-order mark, for spreadsheets');
    assert.ok(csv.text.includes(',user.roles,'));
  });

  it('OIDC: the first sign-in creates an account without roles; an admin grants them; it returns where it started', async () => {
    const person = agent(base);
    idp.signInAs({
      sub: `emp-${get().dialect}`,
      email: `oidc.${get().dialect}@stad.example`,
      email_verified: true,
      name: 'Oidc Person',
    });
    const end = await person.ua.follow(new URL('/auth/oidc/login?returnTo=/studio/enkater', base));
    assert.equal(end.url.href, new URL('/studio/enkater', base).href);
    const me = await person.refreshCsrf();
    assert.equal(me.status, 200);
    assert.deepEqual(me.json.roles, []);
    const id = (me.json.user as { id: string }).id;
    // With no roles it may do nothing staff-only …
    assert.equal((await person.call('GET', '/api/staff/users')).status, 403);
    // … until an admin grants a role.
    const admin = agent(base);
    await admin.login('admin@stad.example');
    assert.equal(
      (await admin.send('PUT', `/api/staff/users/${id}/roles`, { roles: [{ role: 'reader', unit: null }] }))
        .status,
      200,
    );
    assert.equal((await person.call('GET', `/api/surveys/${SURVEY}/export.json`)).status, 200);
    // A callback without a sign-in under way in this browser is refused with a page.
    const stray = await agent(base).call('GET', '/auth/oidc/callback?code=x&state=y');
    assert.equal(stray.status, 400);
    assert.match(stray.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(stray.text, /Inloggningen tog för lång tid/);
    // An open redirect is not possible.
    idp.signInAs({
      sub: `emp-${get().dialect}`,
      email: `oidc.${get().dialect}@stad.example`,
      email_verified: true,
    });
    const elsewhere = await agent(base).ua.follow(new URL('/auth/oidc/login?returnTo=//evil.example/', base));
    assert.equal(elsewhere.url.href, new URL('/studio/', base).href);
  });

  it('every registered route, called as nobody and as each role, is refused or allowed as its table says', async () => {
    const routes = registeredRoutes(collector.app).filter(
      (r) => r.method !== 'HEAD' && r.method !== 'OPTIONS',
    );
    const unclassified = routes
      .map((r) => `${r.method} ${r.url}`)
      .filter((key) => !(key in ACCESS))
      .filter((key) => !PUBLIC.some((p) => p.test(key)));
    assert.deepEqual(unclassified, [], 'a route without an entry here: add its guard and its row');

    const agents = {} as Record<RoleUser, ReturnType<typeof agent>>;
    for (const role of ROLE_USERS) {
      agents[role] = agent(base);
      await agents[role].login(`${role}@stad.example`);
    }
    const throwaway = await collector.app.accounts.accounts.create(
      { email: 'target@stad.example' },
      { id: null, label: 'test' },
    );
    const params: Record<string, string> = { id: SURVEY };
    const pathOf = (url: string, key: string) =>
      url.replace(/:([A-Za-z]+)/g, (_m, name: string) =>
        key.includes('/users/')
          ? throwaway.id
          : key.includes('/tokens/')
            ? 'no-such-token'
            : (params[name] ?? 'x'),
      );
    const rank: Record<RoleUser, number> = { none: 0, reader: 1, editor: 2, publisher: 2, admin: 3 };
    for (const [key, needed] of Object.entries(ACCESS)) {
      const [method, url] = key.split(' ') as [string, string];
      const path = pathOf(url, key);
      const body = method === 'GET' || method === 'DELETE' ? undefined : {};
      const nobody = await agent(base).call(method, path, body);
      assert.equal(nobody.status, 401, `${key} as nobody`);
      for (const role of ROLE_USERS) {
        // DELETE of a user disables it: do that last, as admin, once.
        const reply = await agents[role].send(method, path, body);
        const allowed =
          needed === 'signed-in' ||
          role === 'admin' ||
          (needed === 'reader' && rank[role] >= 1) ||
          needed === role;
        if (allowed)
          assert.ok(![401, 403].includes(reply.status), `${key} as ${role}: ${reply.status} ${reply.text}`);
        else assert.equal(reply.status, 403, `${key} as ${role}`);
        if (key.includes('/api/auth/logout')) await agents[role].login(`${role}@stad.example`);
      }
    }
  });
});

/**
 * Who may call each staff route: the role needed (admin implies all; editor and publisher imply reader) or
 * `signed-in` (anyone with an account). A route that is neither here nor public fails the test above.
 */
const ACCESS: Record<string, 'signed-in' | 'reader' | 'editor' | 'publisher' | 'admin'> = {
  'GET /api/surveys/:id/export.csv': 'reader',
  'GET /api/surveys/:id/export.json': 'reader',
  'GET /api/auth/me': 'signed-in',
  'POST /api/auth/logout': 'signed-in',
  'POST /api/auth/logout-everywhere': 'signed-in',
  'GET /api/staff/tokens': 'signed-in',
  'POST /api/staff/tokens': 'signed-in',
  'DELETE /api/staff/tokens/:id': 'signed-in',
  'GET /api/staff/users': 'admin',
  'POST /api/staff/users': 'admin',
  'PUT /api/staff/users/:id/roles': 'admin',
  'DELETE /api/staff/users/:id': 'admin',
  'GET /api/staff/audit': 'admin',
  'GET /api/staff/audit.csv': 'admin',
  'GET /api/staff/surveys': 'signed-in',
  'POST /api/staff/surveys': 'editor',
  'GET /api/staff/surveys/:id': 'reader',
  'GET /api/staff/surveys/:id/draft': 'editor',
  'PUT /api/staff/surveys/:id/draft': 'editor',
  'POST /api/staff/surveys/:id/draft/approve': 'publisher',
  'POST /api/staff/surveys/:id/publish': 'publisher',
  'GET /api/staff/surveys/:id/versions': 'reader',
  'GET /api/staff/surveys/:id/versions/:n': 'reader',
  'POST /api/staff/surveys/:id/close': 'publisher',
  'POST /api/staff/surveys/:id/reopen': 'publisher',
  'DELETE /api/staff/surveys/:id/responses/:submissionId': 'publisher',
  // The complaints register (src/register): per case and unit as well, see test/register.
  'GET /api/register/vocabulary': 'reader',
  'GET /api/register/cases': 'reader',
  'POST /api/register/cases': 'publisher',
  'GET /api/register/cases/:id': 'reader',
  'PATCH /api/register/cases/:id': 'publisher',
  'GET /api/register/cases/:id/history': 'reader',
  'GET /api/register/cases/:id/contact': 'reader',
  'POST /api/register/cases/:id/erase': 'publisher',
  'GET /api/register/export.csv': 'reader',
  'GET /api/register/export.xlsx': 'reader',
  'GET /api/register/settings': 'reader',
  'PUT /api/register/settings': 'publisher',
  'GET /api/register/summary': 'reader',
  'GET /api/register/summary.html': 'reader',
  'PUT /api/register/summary/themes': 'publisher',
  'POST /api/register/summary/publish': 'publisher',
  'DELETE /api/register/summary/publish': 'publisher',
  'GET /api/staff/units': 'signed-in',
  'POST /api/staff/units': 'admin',
  'PUT /api/staff/units/:id': 'admin',
  'DELETE /api/staff/units/:id': 'admin',
  'POST /api/staff/units/import': 'admin',
  'GET /api/staff/surveys/:id/rounds': 'reader',
  'POST /api/staff/surveys/:id/rounds': 'publisher',
  'GET /api/staff/rounds/:roundId': 'reader',
  'PUT /api/staff/rounds/:roundId': 'publisher',
  'POST /api/staff/rounds/:roundId/close': 'publisher',
  'GET /api/staff/rounds/:roundId/counts': 'reader',
  'GET /api/staff/rounds/:roundId/links': 'reader',
  'GET /api/staff/rounds/:roundId/units/:unitId/poster.svg': 'reader',
  'GET /api/staff/rounds/:roundId/units/:unitId/poster.pdf': 'reader',
  // Published results (src/results): per round and unit as well, see test/results-api.
  'GET /api/staff/rounds/:roundId/snapshot': 'reader',
  'POST /api/staff/rounds/:roundId/publish': 'publisher',
  'GET /api/staff/rounds/:roundId/actions': 'reader',
  'POST /api/staff/rounds/:roundId/actions': 'publisher',
  'PATCH /api/staff/rounds/:roundId/actions/:actionId': 'publisher',
  'DELETE /api/staff/rounds/:roundId/actions/:actionId': 'publisher',
};

/** Routes anyone may call: respondents' API, files, health, and signing in. */
const PUBLIC = [
  /^GET \/healthz$/,
  /^GET \/readyz$/,
  // Not a staff route: its own token (SVARA_METRICS_TOKEN), a 404 without one (test/hardening/metrics).
  /^GET \/metrics$/,
  /^GET \/api\/surveys$/,
  /^GET \/api\/surveys\/:id$/,
  /^POST \/api\/surveys\/:id\/responses$/,
  /^GET \/api\/surveys\/:id\/results$/,
  // Published results only (immutable round snapshots): open data and the public pages.
  /^GET \/api\/results$/,
  /^GET \/api\/surveys\/:id\/rounds\/:roundId(\/units\/:unitId)?\/results\.(json|csv)$/,
  /^GET \/r\/(svara-results\.css|:surveyId\/:roundId|:surveyId\/:roundId\/:unitId)?$/,
  /^GET \/api\/surveys\/:id\/audio\/\*$/,
  /^GET \/s\/(svara-hosted\.js|svara-page\.css|:surveyId|:surveyId\/:unitId)$/,
  // The hosted page without JavaScript: its forms post to the page itself, then the receipt (hosted/token.ts).
  /^POST \/s\/(:surveyId|:surveyId\/:unitId)$/,
  /^GET \/s\/:surveyId\/receipt\/:submissionId$/,
  /^GET \/svara-survey\.js$/,
  /^GET \/studio(\/\*)?$/,
  /^GET \/\*$/,
  /^GET \/$/,
  /^POST \/api\/auth\/login$/,
  /^GET \/auth\/oidc\/(login|callback)$/,
  // A published yearly summary of the complaints register (protected counts and themes only).
  /^GET \/api\/register\/public\/:unit\/:year$/,
  /^GET \/register\/:unit\/:year$/,
];
