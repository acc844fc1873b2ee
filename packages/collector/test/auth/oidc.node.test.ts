/**
 * OpenID Connect sign-in against a real provider (oidc-provider 9) started here: the code flow with PKCE, state
 * and nonce through openid-client 6, then the account it signs in to (created without roles, or claimed by a
 * verified e-mail an admin added).
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';

import { Accounts } from '../../src/auth/accounts.js';
import { AuditLog, SYSTEM } from '../../src/auth/audit.js';
import { OidcClient, OidcProblem, oidcSettingsProblems, safeReturnTo } from '../../src/auth/oidc.js';
import type { PendingOidc } from '../../src/auth/oidc.js';
import { DatabaseSessionStore } from '../../src/auth/sessions.js';
import { ApiTokens } from '../../src/auth/tokens.js';
import { forEachDatabase } from './databases.js';
import { browser, startIdentityProvider } from './identity-provider.js';
import type { TestIdentityProvider, TestPerson } from './identity-provider.js';

const REDIRECT = 'http://127.0.0.1:9/auth/oidc/callback'; // never requested: the test stops at it

let idp: TestIdentityProvider;
before(async () => {
  idp = await startIdentityProvider([REDIRECT]);
});
after(() => idp.close());

const client = () =>
  new OidcClient({
    issuer: idp.issuer,
    clientId: idp.clientId,
    clientSecret: idp.clientSecret,
    redirectUri: REDIRECT,
  });

/** Starts a sign-in, lets `person` sign in at the provider, and returns the callback's query and the pending state. */
async function signInAtProvider(
  oidc: OidcClient,
  person: TestPerson | 'deny',
  returnTo = '/studio/enkater',
): Promise<{ search: string; pending: PendingOidc; authorizationUrl: URL }> {
  const { url, pending } = await oidc.begin(returnTo);
  if (person === 'deny') idp.deny();
  else idp.signInAs(person);
  const end = await browser().follow(url, REDIRECT);
  assert.ok(end.url.href.startsWith(REDIRECT), `ended at ${end.url.href}`);
  return { search: end.url.search, pending, authorizationUrl: url };
}

describe('OpenID Connect with openid-client against oidc-provider', () => {
  it('asks for the code flow with PKCE (S256), state and nonce, and returns to a same-origin path', async () => {
    const { url, pending } = await client().begin('/studio/enkater?flik=utkast');
    assert.equal(url.origin, idp.issuer);
    const q = url.searchParams;
    assert.equal(q.get('response_type'), 'code');
    assert.equal(q.get('code_challenge_method'), 'S256');
    assert.match(q.get('code_challenge') ?? '', /^[A-Za-z0-9_-]{43}$/);
    assert.equal(q.get('state'), pending.state);
    assert.equal(q.get('nonce'), pending.nonce);
    assert.equal(q.get('redirect_uri'), REDIRECT);
    assert.equal(q.get('scope'), 'openid email profile');
    assert.equal(url.href.includes(pending.verifier), false, 'the verifier never leaves the server');
    assert.equal(pending.returnTo, '/studio/enkater?flik=utkast');
  });

  it('finishes a sign-in and returns the verified identity', async () => {
    const oidc = client();
    const person = {
      sub: 'emp-1001',
      email: 'Sara.Lind@Stad.example',
      email_verified: true,
      name: 'Sara Lind',
    };
    const { search, pending } = await signInAtProvider(oidc, person);
    assert.deepEqual(await oidc.finish(search, pending), {
      issuer: idp.issuer,
      subject: 'emp-1001',
      email: 'Sara.Lind@Stad.example',
      emailVerified: true,
      name: 'Sara Lind',
    });
  });

  it('refuses a callback with another state, a reused code, a wrong verifier or no pending sign-in', async () => {
    const oidc = client();
    const person = { sub: 'emp-1002', email: 'x@stad.example', email_verified: true };
    const first = await signInAtProvider(oidc, person);
    const second = await oidc.begin('/');
    await assert.rejects(
      oidc.finish(first.search, second.pending),
      (e) => e instanceof OidcProblem && e.reason === 'invalid',
    );
    await assert.rejects(
      oidc.finish(first.search, { ...first.pending, verifier: second.pending.verifier }),
      (e) => e instanceof OidcProblem && e.reason === 'invalid',
      'PKCE: the code is bound to the first verifier',
    );
    await assert.rejects(
      oidc.finish(first.search, undefined),
      (e) => e instanceof OidcProblem && e.reason === 'expired',
    );
    const late = { ...first.pending, startedAt: first.pending.startedAt - 16 * 60_000 };
    await assert.rejects(
      oidc.finish(first.search, late),
      (e) => e instanceof OidcProblem && e.reason === 'expired',
    );

    const fresh = await signInAtProvider(oidc, person);
    await oidc.finish(fresh.search, fresh.pending);
    await assert.rejects(
      oidc.finish(fresh.search, fresh.pending),
      (e) => e instanceof OidcProblem && e.reason === 'invalid',
      'reused',
    );
  });

  it('a refusal at the provider is reported as denied', async () => {
    const oidc = client();
    const { search, pending } = await signInAtProvider(oidc, 'deny');
    assert.match(search, /error=access_denied/);
    await assert.rejects(
      oidc.finish(search, pending),
      (e) => e instanceof OidcProblem && e.reason === 'denied',
    );
  });

  it('an unreachable provider is reported, and tried again next time', async () => {
    const down = new OidcClient({ issuer: 'http://127.0.0.1:9', clientId: 'x', redirectUri: REDIRECT });
    await assert.rejects(down.begin('/'), (e) => e instanceof OidcProblem && e.reason === 'unavailable');
    await assert.rejects(down.begin('/'), (e) => e instanceof OidcProblem && e.reason === 'unavailable');
  });

  it('settings: https required except on the loopback interface', () => {
    assert.deepEqual(
      oidcSettingsProblems({
        issuer: 'https://login.stad.example',
        clientId: 'a',
        redirectUri: 'https://svar/cb',
      }),
      [],
    );
    assert.deepEqual(
      oidcSettingsProblems({ issuer: 'http://login.stad.example', clientId: 'a', redirectUri: REDIRECT }),
      [
        'The OIDC issuer must be https:// (http:// only on 127.0.0.1 or localhost): http://login.stad.example',
      ],
    );
    assert.equal(oidcSettingsProblems({}).length, 3);
  });

  it('returnTo: only paths on this site', () => {
    for (const [input, expected] of [
      ['/studio/enkater/barn', '/studio/enkater/barn'],
      ['/studio/?a=1#x', '/studio/?a=1#x'],
      ['https://evil.example/', '/studio/'],
      ['//evil.example/', '/studio/'],
      ['/\\evil.example/', '/studio/'],
      ['/studio/\nSet-Cookie:x', '/studio/'],
      ['javascript:alert(1)', '/studio/'],
      [undefined, '/studio/'],
    ] as const) {
      assert.equal(safeReturnTo(input), expected, String(input));
    }
  });
});

forEachDatabase('the account an OIDC sign-in reaches', (get) => {
  let accounts: Accounts;
  let audit: AuditLog;
  beforeEach(async () => {
    await get().db.deleteFrom('users').execute();
    audit = new AuditLog(get().db);
    accounts = new Accounts(get().db, audit, new DatabaseSessionStore(get().db), new ApiTokens(get().db), {
      scrypt: { ln: 10, r: 8, p: 1 },
    });
  });

  async function signIn(person: TestPerson) {
    const oidc = client();
    const { search, pending } = await signInAtProvider(oidc, person);
    return accounts.signInWithOidc(await oidc.finish(search, pending), '127.0.0.1');
  }

  it('the first sign-in creates an account with no roles; an admin grants them; the next sign-in is the same account', async () => {
    const first = await signIn({
      sub: 'emp-2001',
      email: 'nils@stad.example',
      email_verified: true,
      name: 'Nils',
    });
    assert.ok(first.ok);
    assert.equal(first.created, true);
    assert.deepEqual(first.user.roles, []);
    assert.equal(first.user.email, 'nils@stad.example');
    await accounts.setRoles(first.user.id, [{ role: 'reader', unit: 'familj' }], SYSTEM);
    const again = await signIn({
      sub: 'emp-2001',
      email: 'nils@stad.example',
      email_verified: true,
      name: 'Nils N',
    });
    assert.ok(again.ok);
    assert.equal(again.created, false);
    assert.equal(again.user.id, first.user.id);
    assert.deepEqual(again.user.roles, [{ role: 'reader', unit: 'familj' }]);
    assert.equal(again.user.name, 'Nils N', 'the provider’s name is the current one');
    const entries = await audit.list({ action: 'auth.sign-in' });
    assert.deepEqual(entries.at(-2)?.detail, {
      method: 'oidc',
      client: '127.0.0.1',
      issuer: idp.issuer,
      created: true,
    });
  });

  it('claims the account an admin added for the same verified e-mail, with its roles', async () => {
    const added = await accounts.create(
      { email: 'maja@stad.example', name: 'Maja', roles: [{ role: 'publisher', unit: 'social' }] },
      SYSTEM,
    );
    const result = await signIn({ sub: 'emp-3001', email: 'MAJA@stad.example', email_verified: true });
    assert.ok(result.ok);
    assert.equal(result.claimed, true);
    assert.equal(result.user.id, added.id);
    assert.deepEqual(result.user.roles, [{ role: 'publisher', unit: 'social' }]);
    assert.equal(result.user.hasOidc, true);
    // Another identity with the same e-mail cannot take it over.
    const other = await signIn({ sub: 'emp-3002', email: 'maja@stad.example', email_verified: true });
    assert.deepEqual(other, { ok: false, reason: 'email-taken' });
  });

  it('an unverified e-mail claims nothing and is not stored', async () => {
    await accounts.create({ email: 'kim@stad.example', roles: [{ role: 'admin', unit: null }] }, SYSTEM);
    assert.deepEqual(await signIn({ sub: 'emp-4001', email: 'kim@stad.example', email_verified: false }), {
      ok: false,
      reason: 'email-taken',
    });
    const stranger = await signIn({
      sub: 'emp-4002',
      email: 'new@stad.example',
      email_verified: false,
      name: 'Ny',
    });
    assert.ok(stranger.ok);
    assert.equal(stranger.user.email, null);
    assert.deepEqual(stranger.user.roles, []);
    assert.equal(
      (await audit.list({ action: 'auth.sign-in-failed' })).at(-1)?.detail.reason,
      'email-not-verified',
    );
  });

  it('a disabled account cannot sign in through the provider', async () => {
    const first = await signIn({ sub: 'emp-5001', email: 'tor@stad.example', email_verified: true });
    assert.ok(first.ok);
    await accounts.disable(first.user.id, SYSTEM);
    assert.deepEqual(await signIn({ sub: 'emp-5001', email: 'tor@stad.example', email_verified: true }), {
      ok: false,
      reason: 'disabled',
    });
  });
});
