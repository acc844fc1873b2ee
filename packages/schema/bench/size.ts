/**
 * Measures what the widget pays: bundles (esbuild, minified, ESM, browser) an entry that imports
 * parseSurvey and parseSubmission, and one that imports only presets and text helpers, then gzips them.
 *   node --import tsx packages/schema/bench/size.ts
 */
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

import { build } from 'esbuild';

const src = fileURLToPath(new URL('../src/index.ts', import.meta.url));

const entries: Record<string, string> = {
  'parseSurvey + parseSubmission': 'export { parseSurvey, parseSubmission } from "@schema";',
  'parseSurvey + parseSubmission + lintSurvey':
    'export { parseSurvey, parseSubmission, lintSurvey } from "@schema";',
  'presets + resolveText/selectText + visibleQuestionIds (no zod)':
    'export { scalePresets, resolveText, selectText, visibleQuestionIds } from "@schema";',
  'everything (incl. surveyJsonSchema)': 'export * from "@schema";',
};

for (const [name, contents] of Object.entries(entries)) {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    alias: { '@schema': src },
  });
  const code = result.outputFiles[0]!.contents;
  const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  console.log(`${name}: ${kb(code.length)} minified, ${kb(gzipSync(code, { level: 9 }).length)} gzip`);
}
