/**
 * One Vite configuration for the monorepo.
 * - Run inside a package (`vite build --config ../../vite.config.ts`): an ESM library build of `src/`, one output
 *   module per source module (tree-shakable), dependencies external. Types come from `tsc -p tsconfig.build.json`.
 * - Run at the root: the demo site built from `examples/`.
 * Packages may add extra builds (the survey embed bundle) in `svara.builds` of their package.json.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { builtinModules } from 'node:module';
import { defineConfig, type UserConfig } from 'vite';

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

function libraryConfig(packageDir: string): UserConfig {
  const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
    svara?: { platform?: 'node' | 'browser' };
  };
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

export default defineConfig(() =>
  existsSync(join(cwd, 'package.json')) && cwd.startsWith(join(root, 'packages'))
    ? libraryConfig(cwd)
    : demoConfig(),
);
