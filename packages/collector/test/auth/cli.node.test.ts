/** `svara users` and `svara tokens` as a person runs them: a real process, the password on standard input. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { after, it } from 'node:test';

import { accountServices } from '../../src/auth/services.js';
import { openStore } from '../../src/store/open.js';
import { CLI, COLLECTOR, tempDir } from '../helpers.js';

const dir = tempDir('svara-users-cli-');
after(() => dir.remove());
const db = join(dir.dir, 'svara.sqlite');

function svara(args: string[], input = '') {
  const result = spawnSync(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', CLI, ...args, '--db', db],
    {
      cwd: COLLECTOR,
      input,
      encoding: 'utf8',
    },
  );
  return { code: result.status, out: result.stdout, err: result.stderr };
}

it('users add --admin makes the first admin, who can then sign in with the password given', async () => {
  const added = svara(
    ['users', 'add', '--admin', 'Första.Admin@stad.example', '--password'],
    'ett långt lösenord\n',
  );
  assert.equal(added.code, 0, added.err);
  assert.equal(added.out, 'Added första.admin@stad.example (admin), with a password.\n');
  assert.equal(svara(['users', 'add', 'första.admin@stad.example']).code, 1, 'only once');
  assert.equal(
    svara(['users', 'add', 'kort@stad.example', '--password'], 'kort\n').code,
    2,
    'too short a password',
  );
  assert.equal(svara(['users', 'add', 'läsare@stad.example', '--role', 'reader:familj']).code, 0);
  assert.equal(svara(['users', 'roles', 'läsare@stad.example', '--role', 'chef']).code, 2);
  const roles = svara([
    'users',
    'roles',
    'läsare@stad.example',
    '--role',
    'editor',
    '--role',
    'reader:familj',
  ]);
  assert.equal(roles.out, 'läsare@stad.example: editor, reader:familj\n');
  const list = svara(['users', 'list']);
  assert.deepEqual(
    list.out
      .trim()
      .split('\n')
      .map((l) => l.split('\t')[2]),
    ['admin', 'editor, reader:familj'],
  );

  const store = await openStore(db);
  try {
    const s = accountServices(store.db);
    const signIn = await s.accounts.signInWithPassword(
      'första.admin@stad.example',
      'ett långt lösenord',
      '127.0.0.1',
    );
    assert.equal(signIn.ok, true);
    const created = (await s.audit.list({ action: 'user.create' }))[0];
    assert.match(created!.actor, /^cli(:|$)/);
  } finally {
    await store.close();
  }
});

it('tokens create prints the secret once; it authenticates; revoke stops it', async () => {
  const made = svara([
    'tokens',
    'create',
    '--user',
    'första.admin@stad.example',
    '--name',
    'nattlig export',
    '--scope',
    'export',
  ]);
  assert.equal(made.code, 0, made.err);
  const secret = made.out.trim();
  assert.match(secret, /^svara_pat_[A-Za-z0-9_-]{43}$/);
  const list = svara(['tokens', 'list', '--user', 'första.admin@stad.example']);
  assert.equal(list.out.includes(secret), false);
  const id = list.out.split('\t')[0]!;
  const store = await openStore(db);
  try {
    const s = accountServices(store.db);
    assert.deepEqual((await s.tokens.authenticate(secret))?.scopes, ['export']);
    assert.equal(svara(['tokens', 'revoke', '--user', 'första.admin@stad.example', id]).code, 0);
    assert.equal(await s.tokens.authenticate(secret), undefined);
  } finally {
    await store.close();
  }
});
