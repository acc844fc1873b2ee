/**
 * The one config a package's `vite.config.ts` exports: its library build, and with `--mode embed` its embed
 * bundle (when `package.json` has `svara.embed`).
 *
 * ```ts
 * // packages/<name>/vite.config.ts
 * import { packageConfig } from '../../tools/vite/package.js';
 * export default packageConfig(import.meta.dirname);
 * ```
 */
import { defineConfig, type UserConfigFnObject } from 'vite';
import { embedConfig } from './embed.js';
import { libraryConfig, readManifest } from './library.js';

export function packageConfig(packageDir: string): UserConfigFnObject {
  return defineConfig(({ mode }) => {
    if (mode !== 'embed') return libraryConfig(packageDir);
    const embed = readManifest(packageDir).svara?.embed;
    if (!embed) throw new Error(`${packageDir}: --mode embed needs "svara.embed" in package.json`);
    return embedConfig(packageDir, embed);
  });
}
