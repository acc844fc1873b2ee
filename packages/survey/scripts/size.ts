/**
 * What the transport costs the embed bundle: bundles (esbuild, minified, ESM, browser) what the widget will
 * import, and the whole transport API, then gzips them. `@svara/schema` is imported for types only, so no zod.
 *   pnpm --filter @svara/survey size
 */
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

import { build } from 'esbuild';

const transport = fileURLToPath(new URL('../src/transport/index.ts', import.meta.url));

const entries: Record<string, string> = {
  'widget use: startOutbox + the four events':
    'export { startOutbox, SvaraSubmitEvent, SvaraQueuedEvent, SvaraSubmittedEvent, SvaraSubmitErrorEvent } from "@transport";',
  'the whole transport API': 'export * from "@transport";',
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
    alias: { '@transport': transport },
  });
  const code = result.outputFiles[0]!.contents;
  const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  console.log(`${name}: ${kb(code.length)} minified, ${kb(gzipSync(code, { level: 9 }).length)} gzip`);
}
