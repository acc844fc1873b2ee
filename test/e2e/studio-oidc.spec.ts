/**
 * Signing in to svara studio with the city's account (OpenID Connect), against a real identity provider started by
 * the test (`oidc-provider`, as the collector's own tests use) and a collector of its own configured for it: a
 * person an administrator added by e-mail claims the account at the first sign-in, by keyboard, and lands where
 * they wanted to go. (The whole life of a survey, in studio.spec.ts, signs in the same way.)
 */
import { expect, test } from '@playwright/test';
import { ADMIN_TOKEN, signInWithCityAccount, startOidcCollector } from './studio-collector.js';
import type { OidcCollector } from './studio-collector.js';

const person = { email: 'cecilia.carlsson@stad.example', name: 'Cecilia Carlsson' };

let server: OidcCollector;
let origin: string;

test.beforeAll(async () => {
  server = await startOidcCollector();
  origin = server.origin;
});

test.afterAll(async () => {
  await server?.stop();
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

  // A link from an e-mail to the audit log: not signed in, so the sign-in page comes first.
  await page.goto(`${origin}/studio/audit`);
  await signInWithCityAccount(page, server.idp, {
    sub: 'cecilia-1',
    email: person.email,
    email_verified: true,
    name: person.name,
  });

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
