/**
 * The demo's staff accounts (`svara seed-demo`, which `npm start` runs): a newcomer signs in to the studio with
 * what it prints, a second person can approve, and a new run makes a new password. Nothing else creates them.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';

import { main } from '../src/cli.js';
import { startCollector } from '../src/collector.js';
import { tempDir } from './helpers.js';

const surveys = new URL('../../../examples/surveys', import.meta.url).pathname;

async function seed(file: string, cwd: string): Promise<string> {
  const out: string[] = [];
  const io = {
    stdout: { write: (t: string) => out.push(t) },
    stderr: { write: (t: string) => out.push(t) },
    env: {},
    cwd,
  };
  assert.equal(await main(['seed-demo', '--db', file, '--surveys', surveys], io), 0, out.join(''));
  return out.join('');
}

test('svara seed-demo prints demo accounts that sign in to the studio; a new run, a new password', async () => {
  const temp = tempDir();
  try {
    const file = join(temp.dir, 'demo.sqlite');
    // A server that was never seeded has no account at all: the demo accounts come only from seed-demo.
    const plain = await startCollector({ db: file, port: 0 });
    try {
      const refused = await fetch(`${plain.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'anna@svara.example', password: 'whatever-it-is' }),
      });
      assert.equal(refused.status, 401);
    } finally {
      await plain.close();
    }

    const first = await seed(file, temp.dir);
    const printed = /sign in with (\S+) \(admin\) and the password (\S+)\./.exec(first);
    assert.ok(printed, first);
    const [, email, password] = printed;
    assert.match(first, /\/studio\//);
    assert.match(first, /four eyes\): bo@svara\.example, same password/);
    const second = await seed(file, temp.dir);
    const newPassword = /the password (\S+)\./.exec(second)![1]!;
    assert.notEqual(newPassword, password);

    const collector = await startCollector({ db: file, port: 0 });
    try {
      const login = (who: string, secret: string) =>
        fetch(`${collector.url}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: who, password: secret }),
        });
      assert.equal((await login(email!, password!)).status, 401, 'the old password no longer works');
      const anna = await login(email!, newPassword);
      assert.equal(anna.status, 200);
      const me = await anna.json();
      assert.deepEqual(me.user.email, 'anna@svara.example');
      const cookie = anna.headers.get('set-cookie')!.split(';')[0]!;
      const who = await (await fetch(`${collector.url}/api/auth/me`, { headers: { cookie } })).json();
      assert.deepEqual(who.roles, [{ role: 'admin', unit: null }]);
      const bo = await login('bo@svara.example', newPassword);
      assert.equal(bo.status, 200);
      const boCookie = bo.headers.get('set-cookie')!.split(';')[0]!;
      const boMe = await (
        await fetch(`${collector.url}/api/auth/me`, { headers: { cookie: boCookie } })
      ).json();
      assert.ok(boMe.roles.some((r: { role: string }) => r.role === 'publisher'));
    } finally {
      await collector.close();
    }
  } finally {
    temp.remove();
  }
});
