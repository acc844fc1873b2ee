/**
 * A collector of its own for the studio's end-to-end tests, configured for OpenID Connect against a real identity
 * provider started here (`oidc-provider`, as the collector's own tests use). The shared e2e server has no identity
 * provider; the studio's specs sign in as the city's staff do, with the city's account.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { startIdentityProvider } from '../../packages/collector/test/auth/identity-provider.js';
import type {
  TestIdentityProvider,
  TestPerson,
} from '../../packages/collector/test/auth/identity-provider.js';

/** The organisation's admin token: staff powers until the first account exists. */
export const ADMIN_TOKEN = 'an-admin-token-for-the-studio-e2e-tests-only';

export interface OidcCollector {
  /** `http://127.0.0.1:port` of the collector. */
  origin: string;
  idp: TestIdentityProvider;
  stop(): Promise<void>;
}

/** A port that was free a moment ago: the collector's callback address must be known before it starts. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts the identity provider and a collector (fresh SQLite database, the built embed) signed in through it. */
export async function startOidcCollector(): Promise<OidcCollector> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const idp = await startIdentityProvider([`${origin}/auth/oidc/callback`]);
  const scratch = mkdtempSync(join(tmpdir(), 'svara-studio-e2e-'));
  const collector: ChildProcess = spawn(
    process.execPath,
    [
      ...['--conditions=source', '--import', 'tsx', 'packages/collector/src/cli.ts', 'serve'],
      ...['--surveys', 'examples/surveys', '--db', join(scratch, 'svara.sqlite')],
      ...['--embed-dir', 'packages/survey/dist/embed'],
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
  return {
    origin,
    idp,
    async stop() {
      if (collector.exitCode === null) {
        const exited = new Promise((resolve) => collector.once('exit', resolve));
        collector.kill();
        await exited;
      }
      await idp.close();
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}

/**
 * Signs in on the sign-in page by keyboard with "Logga in med stadens konto", as `person` at the identity
 * provider (which signs them in and consents at once: its own pages are not the studio's to test).
 */
export async function signInWithCityAccount(
  page: Page,
  idp: TestIdentityProvider,
  person: TestPerson,
): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Logga in i svara studio' })).toBeVisible();
  idp.signInAs(person);
  const link = page.getByRole('link', { name: 'Logga in med stadens konto' });
  for (let i = 0; i < 30 && !(await link.evaluate((a) => a.matches(':focus')).catch(() => false)); i++)
    await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
}
