/**
 * One Vite configuration for the monorepo.
 * - Run inside a package (`vite build --config ../../vite.config.ts`): an ESM library build of `src/`, one output
 *   module per source module (tree-shakable), dependencies external. Types come from `tsc -p tsconfig.build.json`.
 * - Run at the root: the demo site built from `examples/`.
 * Packages may add a self-contained embed bundle (`svara.embed` in their package.json: `{ entry, name }`), built
 * with `vite build --mode embed` into `dist/embed/`: everything inlined and minified, locale files as chunks.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { builtinModules } from 'node:module';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

const root = import.meta.dirname;
const cwd = process.cwd();

/** Workspace packages resolve to their TypeScript sources (the `source` export condition) in dev and demo builds. */
const sourceConditions = ['source', 'module', 'browser', 'development|production'];

function sourceModules(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceModules(path);
    const isSource = name.endsWith('.ts') && !name.endsWith('.d.ts');
    const isTestOnly = /\.(test|node\.test|examples|stories)\.ts$/.test(name);
    return isSource && !isTestOnly ? [path] : [];
  });
}

interface EmbedOptions {
  /** The entry module, relative to the package. */
  entry: string;
  /** The bundle's file name without `.js`; chunks are named after it. */
  name: string;
}

/**
 * Translator notes (`desc` in `msg()` options) are for the XLIFF files only: the embed bundle drops them (about
 * 2 KB gzip). Every `desc` in svara is a string literal right after `id`.
 */
const stripTranslatorNotes: Plugin = {
  name: 'svara-strip-translator-notes',
  transform(code, id) {
    if (!/[\\/]packages[\\/][^\\/]+[\\/]src[\\/].*\.ts$/.test(id)) return null;
    const stripped = code.replace(/,\s*desc:\s*(['"`])(?:\\.|(?!\1)[\s\S])*?\1/g, '');
    return stripped === code ? null : { code: stripped, map: null };
  },
};

/**
 * One ES module for `<script type="module">` hosts: dependencies inlined, chunks only for lazy imports. Not lib
 * mode: Vite does not minify whitespace of ES libraries, and this file is served as it is.
 */
function embedConfig(packageDir: string, embed: EmbedOptions): UserConfig {
  return {
    root: packageDir,
    logLevel: 'warn',
    resolve: { conditions: sourceConditions },
    plugins: [stripTranslatorNotes],
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
        },
      },
    },
  };
}

function libraryConfig(packageDir: string, mode: string): UserConfig {
  const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
    svara?: { platform?: 'node' | 'browser'; embed?: EmbedOptions };
  };
  if (mode === 'embed') {
    if (!pkg.svara?.embed) throw new Error(`${packageDir}: --mode embed needs "svara.embed" in package.json`);
    return embedConfig(packageDir, pkg.svara.embed);
  }
  const dependencies = Object.keys(pkg.dependencies ?? {});
  const isExternal = (id: string) =>
    id.startsWith('node:') ||
    builtinModules.includes(id) ||
    dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));
  const srcDir = join(packageDir, 'src');
  const input = Object.fromEntries(
    sourceModules(srcDir).map((file) => [relative(srcDir, file).replace(/\.ts$/, ''), file]),
  );
  return {
    root: packageDir,
    logLevel: 'warn',
    build: {
      outDir: join(packageDir, 'dist'),
      emptyOutDir: true,
      target: 'es2022',
      minify: false, // consumers minify; the size script measures minified + gzip
      sourcemap: true,
      ssr: pkg.svara?.platform === 'node',
      lib: { entry: input, formats: ['es'] },
      rolldownOptions: {
        external: isExternal,
        output: { preserveModules: true, preserveModulesRoot: srcDir, entryFileNames: '[name].js' },
      },
    },
  };
}

function demoConfig(): UserConfig {
  const examples = resolve(root, 'examples');
  const pages = existsSync(examples)
    ? readdirSync(examples, { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.html'))
        .map((file) => join(examples, file))
    : [];
  return {
    root: examples,
    publicDir: resolve(root, 'examples/public'),
    resolve: { conditions: sourceConditions },
    build: {
      outDir: resolve(root, 'dist/demo'),
      emptyOutDir: true,
      target: 'es2022',
      rolldownOptions: { input: pages },
    },
    preview: { host: '127.0.0.1', port: Number(process.env.PORT ?? 8787), strictPort: true },
    server: { host: '127.0.0.1', port: Number(process.env.PORT ?? 8787), strictPort: true },
  };
}

export default defineConfig(({ mode }) =>
  existsSync(join(cwd, 'package.json')) && cwd.startsWith(join(root, 'packages'))
    ? libraryConfig(cwd, mode)
    : demoConfig(),
);
