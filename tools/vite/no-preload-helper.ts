/**
 * Vite wraps every dynamic `import()` of a browser build in its preload helper, which adds `<link rel=modulepreload>`
 * and CSS links for a chunk's dependencies before importing it. The embed has no CSS files (Lit's styles live in
 * its JavaScript) and no dependencies to preload (its chunks import only from the entry, which is loaded), so
 * every call is `__vitePreload(() => import(…), [])` and the helper is 1.7 KB of dead weight in the first load
 * (about 700 bytes gzip). This plugin serves a helper that just imports.
 */
import type { Plugin } from 'vite';

/** The module id Vite gives its preload helper (`vite/src/node/plugins/importAnalysisBuild.ts`). */
export const PRELOAD_HELPER_ID = '\0vite/preload-helper.js';

/** The helper this plugin serves: the import itself, without preloading. */
export const PLAIN_PRELOAD_HELPER = 'export const __vitePreload = (load) => load();';

export function noPreloadHelperPlugin(): Plugin {
  return {
    name: 'svara-no-preload-helper',
    enforce: 'pre',
    load(id) {
      return id === PRELOAD_HELPER_ID ? PLAIN_PRELOAD_HELPER : null;
    },
  };
}
