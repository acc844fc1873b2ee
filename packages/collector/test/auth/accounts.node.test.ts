/**
 * Accounts, sign-in throttling, sessions, API tokens and the audit log against real databases (SQLite and
 * PostgreSQL), with a clock the tests move.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { beforeEach, it } from 'node:test';
import { sql } from 'kysely';

import { AccountExistsError, Accounts } from '../../src/auth/accounts.js';
import { AuditLog, SYSTEM, auditCsvLine } from '../../src/auth/audit.js';
import { AUDIT_APPEND_ONLY } from '../../src/auth/migrations.js';
import { DatabaseSessionStore } from '../../src/auth/sessions.js';
import { ApiTokens, looksLikeToken } from '../../src/auth/tokens.js';
import { parseCsv } from '../../src/csv.js';
import { forEachDatabase } from './databases.js';

const FAST = { ln: 10, r: 8, p: 1 };
const MIN = 60_000;

function services(
  db: Parameters<typeof forEachDatabase>[1] extends (get: () => infer T) => void ? T : never,
) {
  let time = Date.parse('2027-01-10T08:00:00.000Z');
  const now = () => new Date(time);
  const audit = new AuditLog(db.db, now);
  const sessions = new DatabaseSessionStore(db.db, { now });
  const tokens = new ApiTokens(db.db, now);
  const accounts = new Accounts(db.db, audit, sessions, tokens, { now, scrypt: FAST });
  return {
    audit,
    sessions,
    tokens,
    accounts,
    advance(ms: number) {
      time += ms;
    },
  };
}

forEachDatabase('accounts and sign-in', (get) => {
  let s: ReturnType<typeof services>;
  beforeEach(async () => {
    for (const table of ['users', 'sessions', 'api_tokens', 'login_throttle'] as const) {
      await get().db.deleteFrom(table).execute();
    }
    s = services(get());
  });

  it('creates an account (e-mail case-insensitive, unique) and records who did it', async () => {
    const user = await s.accounts.create(
      { email: ' Anna.Berg@Stad.example ', name: 'Anna Berg', roles: [{ role: 'admin', unit: null }] },
      { id: null, label: 'cli' },
    );
    assert.equal(user.email, 'anna.berg@stad.example');
    assert.deepEqual(user.roles, [{ role: 'admin', unit: null }]);
    assert.equal(user.hasPassword, false);
    await assert.rejects(s.accounts.create({ email: 'ANNA.BERG@stad.example' }, SYSTEM), AccountExistsError);
    const [entry] = (await s.audit.list({ action: 'user.create' })).slice(-1);
    assert.equal(entry?.actor, 'cli');
    assert.equal(entry?.target, `user:${user.id}`);
    assert.deepEqual(entry?.detail, { email: 'anna.berg@stad.example', roles: user.roles, password: false });
  });

  it('signs in with the right password only, and records both', async () => {
    const user = await s.accounts.create(
      { email: 'per@stad.example', password: 'rätt lösenord 123' },
      SYSTEM,
    );
    const ok = await s.accounts.signInWithPassword('PER@stad.example', 'rätt lösenord 123', '10.0.0.1');
    assert.equal(ok.ok, true);
    assert.equal(ok.ok && ok.user.id, user.id);
    assert.equal(ok.ok && ok.user.lastSignInAt, '2027-01-10T08:00:00.000Z');
    assert.deepEqual(await s.accounts.signInWithPassword('per@stad.example', 'fel', '10.0.0.1'), {
      ok: false,
      reason: 'wrong',
    });
    const entries = await s.audit.list();
    const signIns = entries.filter((e) => e.action.startsWith('auth.'));
    assert.deepEqual(
      signIns.slice(-2).map((e) => [e.action, e.actor, e.detail.client, e.detail.reason]),
      [
        ['auth.sign-in', 'per@stad.example', '10.0.0.1', undefined],
        ['auth.sign-in-failed', 'per@stad.example', '10.0.0.1', 'wrong-password'],
      ],
    );
  });

  it('locks an account after five failures: even the right password is refused until the lock ends', async () => {
    await s.accounts.create({ email: 'lisa@stad.example', password: 'rätt lösenord 123' }, SYSTEM);
    for (let i = 1; i <= 5; i++) {
      const result = await s.accounts.signInWithPassword('lisa@stad.example', `gissning ${i}`, `10.0.0.${i}`);
      assert.deepEqual(result, { ok: false, reason: 'wrong' }, `attempt ${i}`);
      s.advance(1000);
    }
    const locked = await s.accounts.signInWithPassword('lisa@stad.example', 'rätt lösenord 123', '10.0.0.9');
    assert.equal(locked.ok, false);
    assert.equal(!locked.ok && locked.reason, 'locked');
    assert.equal(!locked.ok && locked.reason === 'locked' && locked.retryAfter, 15 * 60 - 1);
    const lockEntries = await s.audit.list({ action: 'auth.locked' });
    assert.equal(lockEntries.at(-1)?.actor, 'lisa@stad.example');
    assert.equal((await s.audit.list({ action: 'auth.sign-in-failed' })).at(-1)?.detail.lockedNow, true);

    s.advance(15 * MIN);
    const after = await s.accounts.signInWithPassword('lisa@stad.example', 'rätt lösenord 123', '10.0.0.9');
    assert.equal(after.ok, true, 'the lock ended');
    // A good sign-in clears the account's count: the next failure does not lock again.
    assert.deepEqual(await s.accounts.signInWithPassword('lisa@stad.example', 'fel', '10.0.0.9'), {
      ok: false,
      reason: 'wrong',
    });
  });

  it('an e-mail without an account is throttled the same way (a lockout tells nobody which e-mails exist)', async () => {
    const answers = [];
    for (let i = 0; i < 6; i++)
      answers.push(await s.accounts.signInWithPassword('ingen@stad.example', 'x', '10.1.1.1'));
    assert.deepEqual(
      answers.map((a) => (a.ok ? 'ok' : a.reason)),
      ['wrong', 'wrong', 'wrong', 'wrong', 'wrong', 'locked'],
    );
    assert.equal((await s.audit.list({ action: 'auth.sign-in-failed' })).at(-1)?.detail.reason, 'no-account');
  });

  it('one client address trying many accounts is locked from its 20th failure', async () => {
    for (let i = 0; i < 20; i++) {
      assert.equal((await s.accounts.signInWithPassword(`user${i}@stad.example`, 'x', '10.2.2.2')).ok, false);
    }
    const next = await s.accounts.signInWithPassword('another@stad.example', 'x', '10.2.2.2');
    assert.equal(!next.ok && next.reason, 'locked');
    const elsewhere = await s.accounts.signInWithPassword('another@stad.example', 'x', '10.3.3.3');
    assert.equal(!elsewhere.ok && elsewhere.reason, 'wrong', 'another address is not locked');
  });

  it('a disabled account cannot sign in; its sessions end and its tokens stop working', async () => {
    const user = await s.accounts.create(
      { email: 'eva@stad.example', password: 'rätt lösenord 123' },
      SYSTEM,
    );
    await s.sessions.save('session-a', { userId: user.id });
    const { secret } = await s.tokens.create(user.id, 'export', ['export']);
    assert.ok(await s.tokens.authenticate(secret));
    const disabled = await s.accounts.disable(user.id, { id: null, label: 'admin@stad.example' });
    assert.ok(disabled?.disabledAt);
    assert.equal(await s.sessions.load('session-a'), undefined);
    assert.equal(await s.tokens.authenticate(secret), undefined);
    const result = await s.accounts.signInWithPassword('eva@stad.example', 'rätt lösenord 123', '10.0.0.1');
    assert.deepEqual(result, { ok: false, reason: 'wrong' });
    assert.equal((await s.audit.list({ action: 'user.disable' })).at(-1)?.detail.sessionsEnded, 1);
  });

  it('a hash made at older parameters is replaced at the next good sign-in', async () => {
    const user = await s.accounts.create({ email: 'old@stad.example' }, SYSTEM);
    const { hashPassword } = await import('../../src/auth/passwords.js');
    await get()
      .db.updateTable('users')
      .set({ password_hash: await hashPassword('rätt lösenord 123', { ln: 11, r: 8, p: 1 }) })
      .where('id', '=', user.id)
      .execute();
    assert.equal(
      (await s.accounts.signInWithPassword('old@stad.example', 'rätt lösenord 123', 'x')).ok,
      true,
    );
    const row = await get()
      .db.selectFrom('users')
      .select('password_hash')
      .where('id', '=', user.id)
      .executeTakeFirst();
    assert.match(row!.password_hash!, /^\$scrypt\$ln=10,/);
  });

  it('roles are replaced, normalised and the change audited with before and after', async () => {
    const user = await s.accounts.create({ email: 'ola@stad.example' }, SYSTEM);
    await s.accounts.setRoles(
      user.id,
      [
        { role: 'reader', unit: 'familj' },
        { role: 'reader', unit: 'familj' },
      ],
      { id: 'admin-id', label: 'admin@stad.example' },
    );
    assert.deepEqual((await s.accounts.get(user.id))?.roles, [{ role: 'reader', unit: 'familj' }]);
    const entry = (await s.audit.list({ action: 'user.roles' })).at(-1);
    assert.equal(entry?.actorId, 'admin-id');
    assert.deepEqual(entry?.detail, {
      email: 'ola@stad.example',
      before: [],
      after: [{ role: 'reader', unit: 'familj' }],
    });
  });
});

forEachDatabase('sessions in the database', (get) => {
  let s: ReturnType<typeof services>;
  beforeEach(async () => {
    await get().db.deleteFrom('sessions').execute();
    s = services(get());
  });

  it('stores a session under the hash of its id, never the id itself', async () => {
    await s.sessions.save('the-secret-session-id', { userId: 'u1', _csrf: 'c' });
    const rows = await get().db.selectFrom('sessions').selectAll().execute();
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.id, createHash('sha256').update('the-secret-session-id').digest('hex'));
    assert.equal(rows[0]!.user_id, 'u1');
    assert.deepEqual(await s.sessions.load('the-secret-session-id'), { userId: 'u1', _csrf: 'c' });
    assert.equal(await s.sessions.load('another-id'), undefined);
  });

  it('works through the @fastify/session callback interface', async () => {
    await new Promise<void>((resolve, reject) =>
      s.sessions.set('cb', { userId: 'u2' }, (e) => (e ? reject(e as Error) : resolve())),
    );
    const loaded = await new Promise((resolve, reject) =>
      s.sessions.get('cb', (e, session) => (e ? reject(e as Error) : resolve(session))),
    );
    assert.deepEqual(loaded, { userId: 'u2' });
    await new Promise<void>((resolve, reject) =>
      s.sessions.destroy('cb', (e) => (e ? reject(e as Error) : resolve())),
    );
    assert.equal(await s.sessions.load('cb'), undefined);
  });

  it('ends after 8 hours without use, however recent its cookie', async () => {
    await s.sessions.save('idle', { userId: 'u1' });
    s.advance(8 * 60 * MIN - 1000);
    assert.ok(await s.sessions.load('idle'), 'just inside the idle limit (and now seen again)');
    s.advance(8 * 60 * MIN - 1000);
    assert.ok(await s.sessions.load('idle'), 'use keeps it alive');
    s.advance(8 * 60 * MIN);
    assert.equal(await s.sessions.load('idle'), undefined, 'idle too long');
    assert.equal((await get().db.selectFrom('sessions').selectAll().execute()).length, 0, 'and deleted');
  });

  it('ends 7 days after sign-in even when used all the time', async () => {
    await s.sessions.save('busy', { userId: 'u1' });
    for (let hour = 0; hour < 7 * 24 - 1; hour++) {
      s.advance(60 * MIN);
      assert.ok(await s.sessions.load('busy'), `hour ${hour + 1}`);
      await s.sessions.save('busy', { userId: 'u1', _csrf: String(hour) }); // saving does not extend it
    }
    s.advance(60 * MIN);
    assert.equal(await s.sessions.load('busy'), undefined);
  });

  it('sign out everywhere ends every session of that user and no other', async () => {
    await s.sessions.save('a1', { userId: 'a' });
    await s.sessions.save('a2', { userId: 'a' });
    await s.sessions.save('b1', { userId: 'b' });
    await s.sessions.save('pending', {});
    assert.equal(await s.sessions.countUser('a'), 2);
    assert.equal(await s.sessions.removeUser('a'), 2);
    assert.equal(await s.sessions.load('a1'), undefined);
    assert.equal(await s.sessions.load('a2'), undefined);
    assert.deepEqual(await s.sessions.load('b1'), { userId: 'b' });
    assert.deepEqual(await s.sessions.load('pending'), {});
  });

  it('sweep deletes the expired sessions', async () => {
    await s.sessions.save('old', { userId: 'a' });
    s.advance(9 * 60 * MIN);
    await s.sessions.save('new', { userId: 'a' });
    assert.equal(await s.sessions.sweep(), 1);
    assert.ok(await s.sessions.load('new'));
  });
});

forEachDatabase('API tokens', (get) => {
  let s: ReturnType<typeof services>;
  beforeEach(async () => {
    await get().db.deleteFrom('api_tokens').execute();
    s = services(get());
  });

  it('a token is shown once: only its hash and first characters are stored', async () => {
    const { token, secret } = await s.tokens.create('u1', 'nattlig export', ['export', 'read']);
    assert.equal(looksLikeToken(secret), true);
    assert.equal(secret.length, 'svara_pat_'.length + 43);
    assert.equal(token.prefix, secret.slice(0, 16));
    assert.deepEqual(token.scopes, ['export', 'read']);
    const rows = await get().db.selectFrom('api_tokens').selectAll().execute();
    assert.equal(JSON.stringify(rows).includes(secret), false, 'the secret is nowhere in the table');
    assert.equal(rows[0]!.token_hash, createHash('sha256').update(secret).digest('hex'));
    const listed = await s.tokens.list('u1');
    assert.equal(JSON.stringify(listed).includes(secret), false);
    assert.deepEqual(
      listed.map((t) => t.name),
      ['nattlig export'],
    );
  });

  it('authenticates its own secret only; revoked and expired tokens stop working', async () => {
    const { token, secret } = await s.tokens.create('u1', 'a', ['read']);
    assert.equal((await s.tokens.authenticate(secret))?.id, token.id);
    assert.equal((await s.tokens.authenticate(secret))?.lastUsedAt, '2027-01-10T08:00:00.000Z');
    const forged = secret.slice(0, -1) + (secret.endsWith('A') ? 'B' : 'A');
    assert.equal(await s.tokens.authenticate(forged), undefined);
    assert.equal(await s.tokens.authenticate('svara_pat_short'), undefined);
    assert.equal(await s.tokens.revoke('someone-else', token.id), undefined, 'only its owner revokes it');
    assert.ok(await s.tokens.authenticate(secret));
    assert.ok((await s.tokens.revoke('u1', token.id))?.revokedAt);
    assert.equal(await s.tokens.authenticate(secret), undefined);
    assert.equal(await s.tokens.revoke('u1', token.id), undefined, 'revoked once');

    const expiring = await s.tokens.create(
      'u1',
      'b',
      ['read'],
      new Date(Date.parse('2027-01-10T09:00:00.000Z')),
    );
    assert.ok(await s.tokens.authenticate(expiring.secret));
    s.advance(60 * MIN);
    assert.equal(await s.tokens.authenticate(expiring.secret), undefined);
  });
});

forEachDatabase('the audit log', (get) => {
  let s: ReturnType<typeof services>;
  beforeEach(() => {
    s = services(get());
  });

  it('is append-only: the database refuses to change or delete an entry', async () => {
    await s.audit.record({
      actor: SYSTEM,
      action: 'retention.delete',
      target: 'survey:x',
      detail: { rows: 3 },
    });
    const db = get().db;
    await assert.rejects(db.updateTable('audit_log').set({ actor: 'someone else' }).execute(), (e: Error) =>
      e.message.includes(AUDIT_APPEND_ONLY),
    );
    await assert.rejects(db.deleteFrom('audit_log').execute(), (e: Error) =>
      e.message.includes(AUDIT_APPEND_ONLY),
    );
    if (get().dialect === 'postgres') {
      await assert.rejects(sql`TRUNCATE audit_log`.execute(db), (e: Error) =>
        e.message.includes(AUDIT_APPEND_ONLY),
      );
    }
    const rows = await s.audit.list({ action: 'retention.delete' });
    assert.equal(rows.at(-1)?.actor, 'system');
    assert.deepEqual(rows.at(-1)?.detail, { rows: 3 });
  });

  it('is read in order and filtered by time and action; dates include their whole day', async () => {
    const before = (await s.audit.list()).length;
    for (const [day, action] of [
      ['2027-02-01T10:00:00.000Z', 'survey.publish'],
      ['2027-02-02T23:59:59.000Z', 'responses.export'],
      ['2027-02-03T00:00:00.000Z', 'survey.publish'],
    ] as const) {
      const audit = new AuditLog(get().db, () => new Date(day));
      await audit.record({ actor: { id: 'u', label: 'anna@stad.example' }, action, target: 'survey:barn' });
    }
    const all = await s.audit.list({ from: '2027-02-01' });
    assert.equal(all.length, 3);
    assert.ok(all[0]!.seq < all[1]!.seq && all[1]!.seq < all[2]!.seq);
    assert.equal((await s.audit.list({ from: '2027-02-01', to: '2027-02-02' })).length, 2);
    assert.equal((await s.audit.list({ from: '2027-02-01', action: 'survey.publish' })).length, 2);
    assert.equal((await s.audit.list({ to: '2027-02-02T00:00:00.000Z' })).length, before + 1);
    const scanned = [];
    for await (const entry of s.audit.scan({ from: '2027-02-01' }, 2)) scanned.push(entry.seq);
    assert.deepEqual(
      scanned,
      all.map((e) => e.seq),
    );
  });

  it('exports as CSV that reads back, with cells neutralised against formula injection', async () => {
    await s.audit.record({
      actor: { id: null, label: '=HYPERLINK("http://evil")' },
      action: 'auth.sign-in-failed',
      detail: { note: 'a, "quoted" value' },
    });
    const entry = (await s.audit.list({ action: 'auth.sign-in-failed' })).at(-1)!;
    const [cells] = parseCsv(auditCsvLine(entry));
    assert.equal(cells![2], `'=HYPERLINK("http://evil")`);
    assert.deepEqual(JSON.parse(cells![6]!), { note: 'a, "quoted" value' });
  });
});
