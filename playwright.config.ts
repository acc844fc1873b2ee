// End-to-end tests against the built demo served by the real collector (`svara serve`: the site, the survey API,
// a fresh SQLite database per run), in system Chromium (browsers cannot be downloaded here).
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumExecutable, CHROMIUM_ARGS } from './scripts/chromium.mjs';
import { E2E_ADMIN_TOKEN, E2E_PORT as port } from './test/e2e/collector-address.js';

const executablePath = chromiumExecutable();
// A new database for every run (this file is also read by test workers, which never use it).
const database = join(tmpdir(), `svara-e2e-${process.pid}-${Date.now()}.sqlite`);
const collector = [
  'node --conditions=source --import tsx packages/collector/src/cli.ts serve',
  '--surveys examples/surveys',
  `--db ${database}`,
  `--host 127.0.0.1 --port ${port}`,
  '--site-dir dist/demo --embed-dir packages/survey/dist/embed',
  '--rate-limit 0', // many submissions from one address in a minute is what these tests do
].join(' ');

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: process.env.CI ? 'list' : [['list']],
  outputDir: 'test-results/e2e',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    locale: 'sv-SE',
    launchOptions: { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) },
    trace: 'retain-on-failure',
  },
  webServer: {
    // `npm test` builds the packages (and the embed) first; the demo is built here so it is never stale.
    command: `pnpm exec vite build --logLevel warn && ${collector}`,
    env: { SVARA_ADMIN_TOKEN: E2E_ADMIN_TOKEN },
    url: `http://127.0.0.1:${port}/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
