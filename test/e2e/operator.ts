/**
 * The staff powers the end-to-end tests set things up with (units, accounts, rounds, reading back cases).
 *
 * SVARA_ADMIN_TOKEN is the organisation's admin only until the first staff account exists; after that it serves the
 * exports alone (packages/collector/README.md, "Staff accounts"). So the first spec that needs staff powers makes
 * an operator account with it — an organisation-wide admin — and a personal API token for that account, and every
 * spec after it uses the token. It is kept in the worker (and in a file, should a failed test restart the worker)
 * for this run's database only.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, request as playwrightRequest } from '@playwright/test';
import type { APIRequestContext } from '@playwright/test';

import { E2E_ADMIN_TOKEN, E2E_PORT } from './collector-address.js';

const OPERATOR = { email: 'e2e-operator@svara.example', name: 'E2E-operatör' };
const PASSWORD = 'Ett långt lösenord för operatören 2026';
// Playwright empties its output folder when a run starts, as the run starts with a new database.
const SAVED = join('test-results', 'e2e', 'operator-token.txt');

let token: string | undefined;

const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });

async function works(request: APIRequestContext, secret: string): Promise<boolean> {
  return (await request.get('/api/staff/users', { headers: bearer(secret) })).ok();
}

/** `Authorization` headers of an organisation-wide admin (made on first use; see above). */
export async function operatorHeaders(request: APIRequestContext): Promise<{ authorization: string }> {
  if (token && (await works(request, token))) return bearer(token);
  try {
    const saved = readFileSync(SAVED, 'utf8').trim();
    if (saved && (await works(request, saved))) return bearer((token = saved));
  } catch {
    // Nothing saved yet.
  }
  const made = await request.post('/api/staff/users', {
    headers: bearer(E2E_ADMIN_TOKEN),
    data: { ...OPERATOR, password: PASSWORD, roles: [{ role: 'admin', unit: null }] },
  });
  expect(
    made.status(),
    `the operator account is made first, while SVARA_ADMIN_TOKEN is still the admin: ${await made.text()}`,
  ).toBe(201);
  // Its own session (not the spec's), for the one thing only a signed-in person may do: make a token.
  const own = await playwrightRequest.newContext({ baseURL: `http://127.0.0.1:${E2E_PORT}` });
  try {
    const login = await own.post('/api/auth/login', {
      data: { email: OPERATOR.email, password: PASSWORD },
    });
    expect(login.status(), await login.text()).toBe(200);
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const created = await own.post('/api/staff/tokens', {
      headers: { 'x-csrf-token': csrfToken },
      data: { name: 'e2e', scopes: ['admin'] },
    });
    expect(created.status(), await created.text()).toBe(201);
    token = ((await created.json()) as { secret: string }).secret;
  } finally {
    await own.dispose();
  }
  writeFileSync(SAVED, token);
  return bearer(token);
}
