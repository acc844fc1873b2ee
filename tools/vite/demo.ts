/**
 * The demo site, built from `examples/` (every `.html` page there) into `dist/demo/`: what `npm start` and the
 * end-to-end tests serve with the collector. Workspace packages come from their TypeScript sources.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { UserConfig } from 'vite';
import { SOURCE_CONDITIONS } from './source-conditions.js';

export function demoConfig(repositoryRoot: string): UserConfig {
  const examples = resolve(repositoryRoot, 'examples');
  const pages = existsSync(examples)
    ? readdirSync(examples, { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.html'))
        .map((file) => join(examples, file))
    : [];
  return {
    root: examples,
    publicDir: resolve(repositoryRoot, 'examples/public'),
    resolve: { conditions: SOURCE_CONDITIONS },
    build: {
      outDir: resolve(repositoryRoot, 'dist/demo'),
      emptyOutDir: true,
      target: 'es2022',
      rolldownOptions: { input: pages },
    },
    preview: { host: '127.0.0.1', port: Number(process.env['PORT'] ?? 8787), strictPort: true },
    server: { host: '127.0.0.1', port: Number(process.env['PORT'] ?? 8787), strictPort: true },
  };
}
