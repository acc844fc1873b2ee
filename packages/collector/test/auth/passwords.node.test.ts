import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { ACCOUNT_POLICY, CLIENT_POLICY, afterFailure, retryAfterSeconds } from '../../src/auth/lockout.js';
import type { ThrottleState } from '../../src/auth/lockout.js';
import {
  OWASP_SCRYPT,
  hashPassword,
  parseHash,
  passwordProblems,
  verifyNothing,
  verifyPassword,
} from '../../src/auth/passwords.js';

describe('password hashing (scrypt)', () => {
  it('hashes at OWASP’s parameters (N = 2^17, r = 8, p = 1) with a random salt, and verifies', async () => {
    assert.deepEqual(OWASP_SCRYPT, { ln: 17, r: 8, p: 1 });
    const hash = await hashPassword('korrekt häst batteri häftklammer');
    assert.match(hash, /^\$scrypt\$ln=17,r=8,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    assert.notEqual(hash, await hashPassword('korrekt häst batteri häftklammer'), 'a new salt every time');
    assert.deepEqual(await verifyPassword('korrekt häst batteri häftklammer', hash), {
      ok: true,
      needsRehash: false,
    });
    assert.deepEqual(await verifyPassword('korrekt häst batteri häftklammeR', hash), {
      ok: false,
      needsRehash: false,
    });
    assert.deepEqual(await verifyPassword('', hash), { ok: false, needsRehash: false });
  });

  it('the same password in another Unicode normal form verifies (å typed as a + ring)', async () => {
    const hash = await hashPassword('lösenordet på skärmen', { ln: 10, r: 8, p: 1 });
    const decomposed = 'lösenordet på skärmen'.normalize('NFD');
    assert.notEqual(decomposed, 'lösenordet på skärmen');
    assert.equal((await verifyPassword(decomposed, hash, { ln: 10, r: 8, p: 1 })).ok, true);
  });

  it('a hash made at other parameters verifies at its own and asks to be rehashed', async () => {
    const old = await hashPassword('ett gammalt lösenord', { ln: 14, r: 8, p: 1 });
    assert.deepEqual(await verifyPassword('ett gammalt lösenord', old), { ok: true, needsRehash: true });
    assert.deepEqual(await verifyPassword('fel', old), { ok: false, needsRehash: true });
  });

  it('malformed, tampered or absurd hashes never match and never run', async () => {
    const good = await hashPassword('x'.repeat(12), { ln: 10, r: 8, p: 1 });
    for (const stored of [
      '',
      'plaintext',
      good.replace('$scrypt$', '$argon2id$'),
      good.replace('ln=10', 'ln=40'), // would ask for terabytes
      good.replace('p=1', 'p=999'),
      good.slice(0, good.lastIndexOf('$') + 4), // key cut short
    ]) {
      assert.equal((await verifyPassword('x'.repeat(12), stored)).ok, false, stored);
    }
    assert.equal(parseHash(good.replace('ln=10', 'ln=40')), undefined);
    assert.equal((await verifyPassword('x'.repeat(2000), good)).ok, false, 'over the length limit');
  });

  it('verifyNothing fails (for unknown e-mails, at the cost of a real verification)', async () => {
    assert.equal(await verifyNothing('anything', { ln: 10, r: 8, p: 1 }), false);
  });

  it('new passwords: at least 12 characters (counted as people see them), at most 1024', () => {
    assert.deepEqual(passwordProblems('kort'), ['Lösenordet behöver vara minst 12 tecken långt.']);
    assert.deepEqual(passwordProblems('kort', 'en'), ['The password needs at least 12 characters.']);
    assert.deepEqual(passwordProblems('åäöåäöåäöåäö'), []);
    assert.equal(passwordProblems('a'.repeat(1025)).length, 1);
  });
});

describe('sign-in lockout policy', () => {
  const MIN = 60_000;
  const failures = (n: number, start: number, gap: number, policy = ACCOUNT_POLICY): ThrottleState => {
    let state: ThrottleState | undefined;
    for (let i = 0; i < n; i++) state = afterFailure(state, start + i * gap, policy);
    return state!;
  };

  it('four failures do not lock an account; the fifth locks it for 15 minutes', () => {
    const four = failures(4, 0, 1000);
    assert.equal(four.lockedUntil, null);
    assert.equal(retryAfterSeconds(four, 4000), 0);
    const five = afterFailure(four, 5000, ACCOUNT_POLICY);
    assert.equal(retryAfterSeconds(five, 5000), 15 * 60);
    assert.equal(retryAfterSeconds(five, 5000 + 15 * MIN - 1000), 1);
    assert.equal(retryAfterSeconds(five, 5000 + 15 * MIN), 0);
  });

  it('each failure after the lock doubles it, up to a day', () => {
    let state = failures(5, 0, 1000);
    const locks: number[] = [];
    let t: number;
    for (let i = 0; i < 8; i++) {
      t = state.lockedUntil!;
      state = afterFailure(state, t, ACCOUNT_POLICY);
      locks.push((state.lockedUntil! - t) / MIN);
    }
    assert.deepEqual(locks, [30, 60, 120, 240, 480, 960, 1440, 1440]);
  });

  it('a day without failures starts the count again', () => {
    const four = failures(4, 0, 1000);
    const later = afterFailure(four, 3000 + 24 * 60 * MIN, ACCOUNT_POLICY);
    assert.equal(later.failures, 1);
    assert.equal(later.lockedUntil, null);
  });

  it('a client address (shared by an office) locks only from the 20th failure', () => {
    assert.equal(failures(19, 0, 1000, CLIENT_POLICY).lockedUntil, null);
    assert.notEqual(failures(20, 0, 1000, CLIENT_POLICY).lockedUntil, null);
  });
});
