/**
 * The studio's app build: `dist/app/` with `index.html` (the app) and `preview.html` (what each preview frame
 * loads), served by the collector at `/studio/`. Workspace packages are bundled from their TypeScript sources
 * (the `source` export condition), like the demo site.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const root = import.meta.dirname;

/** The survey's JSON Schema beside the app (`/studio/survey.schema.json`), for the JSON view's download link. */
const surveySchema: Plugin = {
  name: 'svara-studio-survey-schema',
  apply: 'build',
  generateBundle() {
    this.emitFile({
      type: 'asset',
      fileName: 'survey.schema.json',
      source: readFileSync(resolve(root, '../schema/survey.schema.json'), 'utf8'),
    });
  },
};

export default defineConfig({
  root,
  base: '/studio/',
  logLevel: 'warn',
  publicDir: false,
  plugins: [surveySchema],
  resolve: { conditions: ['source', 'module', 'browser', 'development|production'] },
  build: {
    outDir: resolve(root, 'dist/app'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      input: { index: resolve(root, 'index.html'), preview: resolve(root, 'preview.html') },
    },
  },
  server: { host: '127.0.0.1', port: Number(process.env.PORT ?? 5174), strictPort: true },
});
