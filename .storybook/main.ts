/**
 * Storybook for svara's web components (the `stories/` folder). The fixture Storybook of the every-story axe
 * check (test/storybook-axe/fixture/.storybook) reuses `viteFinal` from here, so it is built exactly like this one.
 */
import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions, type UserConfig } from 'vite';

/**
 * Workspace packages resolve to their TypeScript sources through the `source` export condition, so stories
 * need no `pnpm build` first. Decorators: Vite's Oxc transform reads `experimentalDecorators` and
 * `useDefineForClassFields` from the nearest tsconfig.json (the root one, which extends tsconfig.base.json), so
 * Lit's legacy decorators are lowered here exactly as by tsc and by esbuild in web-test-runner.
 */
export function viteFinal(config: UserConfig): UserConfig {
  return {
    ...config,
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

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(js|ts)'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: '@storybook/web-components-vite',
  core: { disableTelemetry: true }, // the network is closed here: telemetry only stalls each command ~7 s
  viteFinal,
};

export default config;
