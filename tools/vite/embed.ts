/**
 * A self-contained bundle for `<script type="module">` hosts (the survey's `svara-survey.js`): dependencies
 * inlined, translator notes dropped, the CSS and markup of Lit's templates minified, one file for everything
 * the entry needs at first and chunks only for what it imports lazily (other languages, the form-only
 * controls, read-aloud and scanning). Not lib mode: Vite does not minify whitespace of ES libraries, and this
 * file is served as it is.
 *
 * Built with `vite build --mode embed` in a package whose `package.json` has `svara.embed: { entry, name }`.
 */
import { basename, join } from 'node:path';
import type { Plugin, UserConfig } from 'vite';
import { minifyTemplatesPlugin } from './minify-templates.js';
import { noPreloadHelperPlugin } from './no-preload-helper.js';
import { SOURCE_CONDITIONS } from './source-conditions.js';
import { stripTranslatorNotesPlugin } from './strip-translator-notes.js';

export interface EmbedOptions {
  /** The entry module, relative to the package. */
  entry: string;
  /** The bundle's file name without `.js`; chunks are named after it. */
  name: string;
  /**
   * Modules loaded lazily whose chunk takes everything they need that the first load does not have, so that one
   * request brings it (without this, code they share with other lazy chunks becomes chunks of its own, fetched
   * one round trip after theirs). The survey's question screens: `src/components/survey/lazy-questions.ts`.
   */
  whole?: string[];
  /**
   * How `scripts/size.mjs` measures the first load in Chromium: a page with `<tag src>` loading this survey
   * (relative to the package); what it requests before the start screen is budgeted.
   */
  firstScreen?: { survey: string; tag: string };
}

/**
 * The modules each of `modules` (paths relative to `packageDir`) imports statically, directly or not: collected
 * when the module graph is complete, read by the code-splitting groups of {@link embedConfig}.
 */
export function wholeChunksPlugin(
  packageDir: string,
  modules: readonly string[],
): { plugin: Plugin; needs: (module: string, id: string) => boolean } {
  const closures = new Map<string, Set<string>>();
  const plugin: Plugin = {
    name: 'svara-whole-chunks',
    buildEnd() {
      for (const module of modules) {
        const seen = new Set<string>();
        const visit = (id: string): void => {
          if (seen.has(id)) return;
          seen.add(id);
          for (const imported of this.getModuleInfo(id)?.importedIds ?? []) visit(imported);
        };
        const root = join(packageDir, module);
        if (!this.getModuleInfo(root)) this.error(`svara.embed.whole: ${module} is not in the bundle`);
        visit(root);
        closures.set(module, seen);
      }
    },
  };
  return { plugin, needs: (module, id) => closures.get(module)?.has(id) ?? false };
}

export function embedConfig(packageDir: string, embed: EmbedOptions): UserConfig {
  const whole = embed.whole ?? [];
  const { plugin: wholeChunks, needs } = wholeChunksPlugin(packageDir, whole);
  return {
    root: packageDir,
    logLevel: 'warn',
    resolve: { conditions: SOURCE_CONDITIONS },
    plugins: [stripTranslatorNotesPlugin(), minifyTemplatesPlugin(), noPreloadHelperPlugin(), wholeChunks],
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
          // First what the entry needs (one file); then each `whole` module with what it needs besides.
          codeSplitting: {
            groups: [
              { name: embed.name, tags: ['$initial'] },
              ...whole.map((module) => ({
                name: basename(module, '.ts'),
                test: (id: string) => needs(module, id),
              })),
            ],
          },
        },
      },
    },
  };
}
