/**
 * The session cookie in a real browser (Chromium through Playwright): `__Host-svara-session` is `Secure`, and
 * browsers treat http://127.0.0.1 as a secure context, so staff can sign in to a collector running locally over
 * plain HTTP — no development flag needed. Signs in from a page, then the page's own requests carry the session.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';

import { CHROMIUM_ARGS, chromiumExecutable } from '../../../../scripts/chromium.mjs';
import { startCollector } from '../../src/collector.js';
import type { Collector } from '../../src/collector.js';
import { exampleSurveys, tempDir } from '../helpers.js';

const dir = tempDir('svara-auth-browser-');
let collector: Collector;
let browser: Browser;

before(async () => {
  collector = await startCollector({
    surveys: exampleSurveys(),
    db: `${dir.dir}/svara.sqlite`,
    port: 0,
    accounts: { scrypt: { ln: 10, r: 8, p: 1 } },
  });
  await collector.app.accounts.accounts.create(
    { email: 'anna@stad.example', password: 'ett långt lösenord', roles: [{ role: 'reader', unit: null }] },
    { id: null, label: 'test' },
  );
  browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
});
after(async () => {
  await browser?.close();
  await collector?.close();
  dir.remove();
});

/** A page of the collector's origin without the API's CSP (`default-src 'none'` would block fetch): served by Playwright. */
async function openBlankPage(page: Page) {
  await page.route(`${collector.url}/probe`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>probe</title>' }),
  );
  await page.goto(`${collector.url}/probe`);
}

it('Chromium keeps the __Host- Secure cookie on http://127.0.0.1 and sends it back; sign-out clears it', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openBlankPage(page);
  const result = await page.evaluate(async () => {
    const login = await fetch('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'anna@stad.example', password: 'ett långt lösenord' }),
    });
    const me = await fetch('/api/auth/me');
    const body = (await me.json()) as { user?: { email: string }; csrfToken?: string };
    const out = await fetch('/api/auth/logout', {
      method: 'POST',
      headers: { 'x-csrf-token': body.csrfToken ?? '' },
    });
    const after = await fetch('/api/auth/me');
    return {
      login: login.status,
      me: me.status,
      email: body.user?.email,
      out: out.status,
      after: after.status,
      script: document.cookie,
    };
  });
  assert.deepEqual(result, {
    login: 200,
    me: 200,
    email: 'anna@stad.example',
    out: 204,
    after: 401,
    script: '',
  });
  assert.deepEqual(await context.cookies(), [], 'signed out: the cookie is gone');
  await context.close();
});

it('the cookie the browser stored has the attributes svara promises', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openBlankPage(page);
  await page.evaluate(() =>
    fetch('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'anna@stad.example', password: 'ett långt lösenord' }),
    }),
  );
  const cookies = await context.cookies();
  assert.equal(cookies.length, 1);
  const { name, domain, path, httpOnly, secure, sameSite } = cookies[0]!;
  assert.deepEqual(
    { name, domain, path, httpOnly, secure, sameSite },
    {
      name: '__Host-svara-session',
      domain: '127.0.0.1',
      path: '/',
      httpOnly: true,
      secure: true,
      sameSite: 'Lax',
    },
  );
  await context.close();
});
