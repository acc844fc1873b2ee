/**
 * Signing in to svara studio with the city's account (OpenID Connect), against a real identity provider started by
 * the test (`oidc-provider`, as the collector's own tests use) and a collector of its own configured for it: a
 * person an administrator added by e-mail claims the account at the first sign-in, by keyboard, and lands where
 * they wanted to go. (The whole life of a survey, in studio.spec.ts, signs in with passwords on the shared server.)
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startIdentityProvider } from '../../packages/collector/test/auth/identity-provider.js';
import type { TestIdentityProvider } from '../../packages/collector/test/auth/identity-provider.js';

const ADMIN_TOKEN = 'an-admin-token-for-the-oidc-e2e-test-only';
const person = { email: 'cecilia.carlsson@stad.example', name: 'Cecilia Carlsson' };

/** A port that was free a moment ago: the collector's callback address must be known before it starts. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

let idp: TestIdentityProvider;
let collector: ChildProcess;
let origin: string;
let scratch: string;

test.beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  idp = await startIdentityProvider([`${origin}/auth/oidc/callback`]);
  scratch = mkdtempSync(join(tmpdir(), 'svara-oidc-e2e-'));
  collector = spawn(
    process.execPath,
    [
      ...['--conditions=source', '--import', 'tsx', 'packages/collector/src/cli.ts', 'serve'],
      ...['--surveys', 'examples/surveys', '--db', join(scratch, 'svara.sqlite')],
      ...['--host', '127.0.0.1', '--port', String(port), '--rate-limit', '0'],
      ...['--oidc-issuer', idp.issuer, '--oidc-client-id', idp.clientId],
      ...['--oidc-redirect-url', `${origin}/auth/oidc/callback`],
    ],
    {
      env: { ...process.env, SVARA_OIDC_CLIENT_SECRET: idp.clientSecret, SVARA_ADMIN_TOKEN: ADMIN_TOKEN },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the collector did not start:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk;
      if (output.includes('listening on')) {
        clearTimeout(timer);
        resolve();
      }
    };
    collector.stdout!.on('data', read);
    collector.stderr!.on('data', read);
    collector.once('exit', (code) => reject(new Error(`the collector exited (${code}):\n${output}`)));
  });
});

test.afterAll(async () => {
  if (collector && collector.exitCode === null) {
    const exited = new Promise((resolve) => collector.once('exit', resolve));
    collector.kill();
    await exited;
  }
  await idp?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

test('a person added by e-mail signs in with the city’s account, by keyboard, and lands where they wanted', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  // The administrator adds the person by e-mail address only (no password): the first sign-in claims the account.
  const added = await request.post(`${origin}/api/staff/users`, {
    headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    data: { ...person, roles: [{ role: 'admin', unit: null }] },
  });
  expect(added.status(), await added.text()).toBe(201);
  idp.signInAs({ sub: 'cecilia-1', email: person.email, email_verified: true, name: person.name });

  // A link from an e-mail to the audit log: not signed in, so the sign-in page comes first.
  await page.goto(`${origin}/studio/audit`);
  await expect(page.getByRole('heading', { level: 1, name: 'Logga in i svara studio' })).toBeVisible();
  const link = page.getByRole('link', { name: 'Logga in med stadens konto' });
  for (let i = 0; i < 30 && !(await link.evaluate((a) => a.matches(':focus')).catch(() => false)); i++)
    await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');

  // Back from the identity provider: signed in, on the page the link asked for, named in the header.
  await expect(page).toHaveURL(`${origin}/studio/audit`);
  await expect(page.getByRole('heading', { level: 1, name: 'Logg' })).toBeVisible();
  await expect(page.getByText(person.name, { exact: true })).toBeVisible();
  await expect(page).toHaveTitle('Logg – svara studio');
  // The audit log it shows has the sign-in, through the identity provider, that claimed the account.
  const signIn = page
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: 'auth.sign-in', exact: true }) });
  await expect(signIn).toHaveCount(1);
  await expect(signIn).toContainText(person.email);
  await expect(signIn).toContainText('"method":"oidc"');
  await expect(signIn).toContainText('"claimed":true');
});
