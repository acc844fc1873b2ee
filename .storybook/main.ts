/**
 * Storybook for svara's web components (the `stories/` folder). The fixture Storybook of the every-story axe
 * check (test/storybook-axe/fixture/.storybook) reuses `viteFinal` from here, so it is built exactly like this one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions, type Plugin, type UserConfig } from 'vite';

const PACKAGES_DIR = resolve(import.meta.dirname, '../packages');

/**
 * Stories live outside the packages, at the root, where `@svara/*` is not in node_modules. This resolves
 * `@svara/<name>` and `@svara/<name>/<subpath>` through that package's `exports` map, taking the `source` entry
 * (its TypeScript) — the same answer the `source` condition gives inside the workspace.
 */
function workspaceSources(): Plugin {
  return {
    name: 'svara:workspace-sources',
    enforce: 'pre',
    resolveId(source) {
      const match = /^@svara\/([^/]+)(\/.+)?$/.exec(source);
      if (!match) return null;
      const packageDir = join(PACKAGES_DIR, match[1]!);
      const manifest = join(packageDir, 'package.json');
      if (!existsSync(manifest)) return null;
      const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as {
        exports?: Record<string, string | { source?: string; default?: string }>;
      };
      const entry = exports?.[`.${match[2] ?? ''}`];
      const target = typeof entry === 'string' ? entry : (entry?.source ?? entry?.default);
      return target ? join(packageDir, target) : null;
    },
  };
}

/**
 * Workspace packages resolve to their TypeScript sources through the `source` export condition, so stories
 * need no `pnpm build` first. Decorators: Vite's Oxc transform reads `experimentalDecorators` and
 * `useDefineForClassFields` from the nearest tsconfig.json (the root one, which extends tsconfig.base.json), so
 * Lit's legacy decorators are lowered here exactly as by tsc and by esbuild in web-test-runner.
 */
export function viteFinal(config: UserConfig): UserConfig {
  return {
    ...config,
    plugins: [workspaceSources(), ...(config.plugins ?? [])],
    // The root vite.config.ts (which Storybook loads as a base) is the demo site's; its public folder is not ours.
    publicDir: false,
    resolve: {
      ...config.resolve,
      conditions: [
        'source',
        ...(config.resolve?.conditions ?? defaultClientConditions).filter((c) => c !== 'source'),
      ],
    },
  };
}

/**
 * The studio's build, served beside Storybook at `/studio/`: its stories' previews load `/studio/preview.html`
 * (the real widget in a frame of its own). Only when it is built (`pnpm build` does): Storybook refuses a missing
 * static folder.
 */
const STUDIO_APP = resolve(PACKAGES_DIR, 'studio/dist/app');

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(js|ts)'],
  staticDirs: existsSync(STUDIO_APP) ? [{ from: STUDIO_APP, to: '/studio' }] : [],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: '@storybook/web-components-vite',
  core: { disableTelemetry: true }, // the network is closed here: telemetry only stalls each command ~7 s
  viteFinal,
};

export default config;
