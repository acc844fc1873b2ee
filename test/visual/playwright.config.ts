// The visual suite: Playwright screenshots compared with committed baselines, and layout assertions, over every
// story and every screen of every example survey. Run it through `node test/visual/run.mjs` (or
// `npm test -- --only=visual`), which installs the pinned fonts, builds Storybook and the demo, starts the servers
// and passes their addresses here; see test/visual/README.md.
import { defineConfig } from '@playwright/test';
import { chromiumExecutable, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';

const executablePath = chromiumExecutable();

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  // Two cores: two pages at a time. Each worker keeps one browser context, so Storybook's files load once.
  workers: 2,
  fullyParallel: true,
  retries: 0,
  forbidOnly: true,
  timeout: 180_000,
  reporter: [['list'], ['./not-pictured-reporter.ts']],
  outputDir: '../../test-results/visual',
  // One flat folder of pictures per kind, named after the story or screen and the variant.
  snapshotPathTemplate: '{testDir}/baselines/{arg}{ext}',
  // In CI a missing baseline is a failure; on a developer's machine it is written (and still fails once).
  updateSnapshots: process.env.CI ? 'none' : 'missing',
  expect: {
    toHaveScreenshot: {
      animations: 'disabled',
      caret: 'hide',
      scale: 'css',
      // Per-pixel colour tolerance for anti-aliasing; any pixel beyond it fails the picture.
      threshold: 0.2,
      maxDiffPixels: 0,
    },
  },
  use: {
    browserName: 'chromium',
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    colorScheme: 'light',
    deviceScaleFactor: 1,
    viewport: { width: 320, height: 800 },
    launchOptions: {
      // Grey-scale anti-aliasing without hinting and one colour profile: the same pixels on every machine.
      args: [
        ...CHROMIUM_ARGS,
        '--font-render-hinting=none',
        '--disable-lcd-text',
        '--force-color-profile=srgb',
      ],
      ...(executablePath ? { executablePath } : {}),
    },
  },
});
