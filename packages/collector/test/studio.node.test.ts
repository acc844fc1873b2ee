/** The studio's files at /studio/: its app for every address under it, its headers, nothing outside its folder. */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { startCollector } from '../src/collector.js';
import type { Collector } from '../src/collector.js';
import { tempDir } from './helpers.js';

describe('the studio at /studio/', () => {
  let dir: ReturnType<typeof tempDir>;
  let collector: Collector;
  let missing: Collector;

  before(async () => {
    dir = tempDir('svara-studio-');
    const app = join(dir.dir, 'app');
    mkdirSync(join(app, 'assets'), { recursive: true });
    writeFileSync(join(app, 'index.html'), '<!doctype html><title>svara studio</title>');
    writeFileSync(join(app, 'preview.html'), '<!doctype html><title>Förhandsvisning</title>');
    writeFileSync(join(app, 'assets', 'app-ClQjNoS6.js'), 'export {};');
    writeFileSync(join(dir.dir, 'secret.txt'), 'outside the studio');
    collector = await startCollector({ db: join(dir.dir, 'db.sqlite'), port: 0, studioDir: app });
    missing = await startCollector({
      db: join(dir.dir, 'db2.sqlite'),
      port: 0,
      studioDir: join(dir.dir, 'none'),
    });
  });
  after(async () => {
    await collector?.close();
    await missing?.close();
    dir.remove();
  });

  const get = (path: string, init?: RequestInit, on = collector) =>
    fetch(`${on.url}${path}`, { redirect: 'manual', ...init });

  test('/studio goes to /studio/, which is the app', async () => {
    const bare = await get('/studio');
    assert.equal(bare.status, 308);
    assert.equal(bare.headers.get('location'), '/studio/');
    const app = await get('/studio/');
    assert.equal(app.status, 200);
    assert.equal(app.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(app.headers.get('cache-control'), 'no-cache');
    assert.match(await app.text(), /svara studio/);
  });

  test('every address of the app is the app; files are files', async () => {
    for (const path of ['/studio/surveys/familjeenheten-barn/edit', '/studio/sign-in', '/studio/users']) {
      const reply = await get(path);
      assert.equal(reply.status, 200, path);
      assert.match(await reply.text(), /svara studio/, path);
    }
    const preview = await get('/studio/preview.html');
    assert.match(await preview.text(), /Förhandsvisning/);
    const script = await get('/studio/assets/app-ClQjNoS6.js');
    assert.equal(script.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(script.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  });

  test('the studio may frame itself (its previews) and nothing else; scripts from this origin only', async () => {
    const reply = await get('/studio/');
    assert.equal(reply.headers.get('x-frame-options'), 'SAMEORIGIN');
    const csp = reply.headers.get('content-security-policy') ?? '';
    assert.match(csp, /frame-ancestors 'self'/);
    assert.match(csp, /frame-src 'self'/);
    assert.match(csp, /script-src 'self';/);
    assert.match(csp, /require-trusted-types-for 'script'/);
    assert.doesNotMatch(csp, /unsafe/);
    // The rest of the site keeps its own, stricter framing.
    assert.equal((await get('/healthz')).headers.get('x-frame-options'), 'DENY');
  });

  test('a missing file is a 404, and nothing outside the studio folder is served', async () => {
    assert.equal((await get('/studio/assets/none.js')).status, 404);
    for (const path of ['/studio/../secret.txt', '/studio/%2e%2e/secret.txt', '/studio/..%2fsecret.txt']) {
      const reply = await get(path);
      assert.ok(reply.status === 404 || !(await reply.text()).includes('outside the studio'), path);
    }
    assert.equal((await get('/studio/', { method: 'POST' })).status, 405);
  });

  test('a collector without the studio built says how to build it', async () => {
    const reply = await get('/studio/', undefined, missing);
    assert.equal(reply.status, 404);
    const body = (await reply.json()) as { type: string; detail: string };
    assert.equal(body.type, 'urn:svara:problem:studio-not-built');
    assert.match(body.detail, /pnpm --filter @svara\/studio build/);
  });
});
