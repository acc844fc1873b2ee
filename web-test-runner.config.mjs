// Browser tests: TypeScript sources run directly in headless Chromium (never dist/).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumExecutable, CHROMIUM_ARGS } from './scripts/chromium.mjs';
import { a11ySnapshotPlugin, screenshotPlugin } from '@svara/testing/web-test-runner-plugins';

const executablePath = chromiumExecutable();
const launchOptions = { headless: true, args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) };
const launchers = {
  playwright: () => playwrightLauncher({ product: 'chromium', launchOptions }),
  chrome: () => chromeLauncher({ launchOptions: { ...launchOptions, executablePath: executablePath ?? '' } }),
};

export default {
  rootDir: '.',
  files: [
    'packages/*/src/**/*.test.ts',
    'packages/*/test/**/*.test.ts',
    'test/**/*.test.ts',
    '!**/*.node.test.ts',
    '!**/node_modules/**',
  ],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  concurrency: 1, // two cores: one browser page at a time keeps timings honest and CI stable
  browsers: [launchers[process.env.WTR_LAUNCHER ?? 'playwright']()],
  plugins: [
    // Accessibility-tree snapshots from Chromium itself (Playwright 1.65 dropped page.accessibility).
    a11ySnapshotPlugin(),
    // Screenshots saved under artifacts/ for people to look at (the faces in normal and forced colours).
    screenshotPlugin(),
    // Must point at the tsconfig with experimentalDecorators, or esbuild rejects Lit's field decorators.
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: new URL('./tsconfig.base.json', import.meta.url).pathname,
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="sv">
  <head><meta charset="utf-8"><title>svara test</title></head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`,
};
