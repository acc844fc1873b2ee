/**
 * The demo's staff accounts (`svara seed-demo`, run by `npm start`, and nowhere else): an admin who sees every
 * screen of the studio and a second person with the publisher role, so that a newcomer can try the four-eyes
 * approval without an identity provider. Their password is made anew on every run and only printed, never
 * stored in a file: a demo database copied elsewhere keeps no usable password for long.
 */
import { randomBytes } from 'node:crypto';

import { accountServices, cliActor } from '../auth/services.js';
import type { RoleGrant } from '../auth/roles.js';
import type { Store } from '../store/types.js';

export const DEMO_ACCOUNTS: readonly { email: string; name: string; roles: RoleGrant[] }[] = [
  { email: 'anna@svara.example', name: 'Anna Andersson (demo)', roles: [{ role: 'admin', unit: null }] },
  {
    email: 'bo@svara.example',
    name: 'Bo Berg (demo)',
    roles: [
      { role: 'publisher', unit: null },
      { role: 'editor', unit: null },
    ],
  },
];

/** Creates the demo accounts (or gives them a new password) and returns the password they share. */
export async function seedDemoAccounts(
  store: Store,
  password = `demo-${randomBytes(9).toString('base64url')}`,
): Promise<string> {
  const { accounts } = accountServices(store.db);
  const by = cliActor('seed-demo');
  for (const account of DEMO_ACCOUNTS) {
    const existing = await accounts.byEmail(account.email);
    if (existing) await accounts.setPassword(existing.id, password, by);
    else await accounts.create({ ...account, password }, by);
  }
  return password;
}

/** What `npm start` prints about signing in to the studio. */
export function demoSignInText(password: string, studio = '/studio/'): string {
  const [admin, second] = DEMO_ACCOUNTS;
  return [
    `Studio: ${studio} — sign in with ${admin!.email} (admin) and the password ${password}.`,
    `A second person for approving (four eyes): ${second!.email}, same password. Demo accounts only.`,
  ].join('\n');
}
