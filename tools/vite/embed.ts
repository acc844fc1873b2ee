/**
 * A self-contained bundle for `<script type="module">` hosts (the survey's `svara-survey.js`): dependencies
 * inlined, translator notes dropped, the CSS and markup of Lit's templates minified, one file for everything
 * the entry needs at first and chunks only for what it imports lazily (other languages, the form-only
 * controls, read-aloud and scanning). Not lib mode: Vite does not minify whitespace of ES libraries, and this
 * file is served as it is.
 *
 * Built with `vite build --mode embed` in a package whose `package.json` has `svara.embed: { entry, name }`.
 */
import { join } from 'node:path';
import type { UserConfig } from 'vite';
import { minifyTemplatesPlugin } from './minify-templates.js';
import { noPreloadHelperPlugin } from './no-preload-helper.js';
import { SOURCE_CONDITIONS } from './source-conditions.js';
import { stripTranslatorNotesPlugin } from './strip-translator-notes.js';

export interface EmbedOptions {
  /** The entry module, relative to the package. */
  entry: string;
  /** The bundle's file name without `.js`; chunks are named after it. */
  name: string;
}

export function embedConfig(packageDir: string, embed: EmbedOptions): UserConfig {
  return {
    root: packageDir,
    logLevel: 'warn',
    resolve: { conditions: SOURCE_CONDITIONS },
    plugins: [stripTranslatorNotesPlugin(), minifyTemplatesPlugin(), noPreloadHelperPlugin()],
    build: {
      outDir: join(packageDir, 'dist', 'embed'),
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      sourcemap: true,
      modulePreload: false,
      rolldownOptions: {
        input: { [embed.name]: join(packageDir, embed.entry) },
        preserveEntrySignatures: 'allow-extension', // lets lazy chunks import shared code from the entry instead of a third file
        output: {
          format: 'es',
          entryFileNames: '[name].js',
          chunkFileNames: `${embed.name}-[name]-[hash].js`,
          codeSplitting: { groups: [{ name: embed.name, tags: ['$initial'] }] },
        },
      },
    },
  };
}
