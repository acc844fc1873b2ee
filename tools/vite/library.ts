/**
 * A package's library build: an ESM build of `src/`, one output module per source module (tree-shakable),
 * dependencies external, translator notes dropped. Types come from `tsc -p tsconfig.build.json`.
 *
 * A package's `vite.config.ts`: `export default libraryConfig(import.meta.dirname);`
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import type { UserConfig } from 'vite';
import type { EmbedOptions } from './embed.js';
import { stripTranslatorNotesPlugin } from './strip-translator-notes.js';

/** What a package's `package.json` says about its build. */
export interface PackageManifest {
  dependencies?: Record<string, string>;
  svara?: {
    /** `node`: built for Node (the collector). */
    platform?: 'node' | 'browser';
    /** A self-contained bundle besides the library (embed.ts). */
    embed?: EmbedOptions;
  };
}

export function readManifest(packageDir: string): PackageManifest {
  return JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as PackageManifest;
}

/** The modules a library build emits: every `.ts` under `dir` except declarations, tests, examples and stories. */
export function sourceModules(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceModules(path);
    const isSource = name.endsWith('.ts') && !name.endsWith('.d.ts');
    const isTestOnly = /\.(test|node\.test|examples|stories)\.ts$/.test(name);
    return isSource && !isTestOnly ? [path] : [];
  });
}

/** True for what a library leaves to its consumer: Node's modules and the package's dependencies. */
export function isExternal(dependencies: readonly string[], id: string): boolean {
  return (
    id.startsWith('node:') ||
    builtinModules.includes(id) ||
    dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`))
  );
}

export function libraryConfig(packageDir: string): UserConfig {
  const manifest = readManifest(packageDir);
  const dependencies = Object.keys(manifest.dependencies ?? {});
  const srcDir = join(packageDir, 'src');
  const input = Object.fromEntries(
    sourceModules(srcDir).map((file) => [relative(srcDir, file).replace(/\.ts$/, ''), file]),
  );
  return {
    root: packageDir,
    logLevel: 'warn',
    plugins: [stripTranslatorNotesPlugin()],
    build: {
      outDir: join(packageDir, 'dist'),
      emptyOutDir: true,
      target: 'es2022',
      minify: false, // consumers minify; the size script measures minified + gzip
      sourcemap: true,
      ssr: manifest.svara?.platform === 'node',
      lib: { entry: input, formats: ['es'] },
      rolldownOptions: {
        external: (id) => isExternal(dependencies, id),
        output: { preserveModules: true, preserveModulesRoot: srcDir, entryFileNames: '[name].js' },
      },
    },
  };
}
