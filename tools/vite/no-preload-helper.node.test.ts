import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, test } from 'node:test';
import { build, type Plugin } from 'vite';

import { noPreloadHelperPlugin } from './no-preload-helper.js';

const dir = mkdtempSync(join(tmpdir(), 'svara-preload-'));
after(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(
  join(dir, 'entry.js'),
  "export const loadLater = () => import('./later.js').then((m) => m.answer);\n",
);
writeFileSync(join(dir, 'later.js'), 'export const answer = 42;\n');

/** Builds entry.js (a browser build, as the embed) into `out` and returns the entry's code. */
async function buildEntry(out: string, plugins: Plugin[]): Promise<string> {
  await build({
    root: dir,
    logLevel: 'silent',
    configFile: false,
    plugins,
    build: {
      outDir: join(dir, out),
      minify: false,
      modulePreload: false,
      rolldownOptions: {
        input: { entry: join(dir, 'entry.js') },
        preserveEntrySignatures: 'allow-extension',
        output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name].js' },
      },
    },
  });
  return readFileSync(join(dir, out, 'entry.js'), 'utf8');
}

describe('noPreloadHelperPlugin', () => {
  test("without it, Vite's preload helper (modulepreload links, CSS, preload errors) is in the entry", async () => {
    const code = await buildEntry('plain', []);
    assert.match(code, /modulepreload/);
    assert.match(code, /vite:preloadError/);
  });

  test('with it, the entry keeps only the import, and the lazy chunk still loads', async () => {
    const code = await buildEntry('embed', [noPreloadHelperPlugin()]);
    assert.doesNotMatch(code, /modulepreload|vite:preloadError|document/);
    assert.deepEqual(readdirSync(join(dir, 'embed')).sort(), ['entry.js', 'later.js']);
    const entry = (await import(pathToFileURL(join(dir, 'embed', 'entry.js')).href)) as {
      loadLater: () => Promise<number>;
    };
    assert.equal(await entry.loadLater(), 42);
  });
});
