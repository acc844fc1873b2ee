// Where the browser for tests comes from: CHROME_PATH, else Debian's /usr/bin/chromium, else Playwright's own
// browser (machines that have one). Browsers cannot be downloaded on our machines, so we never `playwright install`.
import { existsSync } from 'node:fs';

const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** @returns {string | undefined} undefined means "let Playwright use its own browser". */
export function chromiumExecutable() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  return SYSTEM_CANDIDATES.find((candidate) => existsSync(candidate));
}

export const CHROMIUM_ARGS = [
  '--no-sandbox', // we run as root in CI
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking', // the network is closed: background requests only produce refusals
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
