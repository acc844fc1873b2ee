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
import { defineConfig, parseSync, type Plugin, type UserConfig } from 'vite';

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
 * Translator notes (`desc` in `msg()` options) are for the XLIFF files only (`lit-localize extract` reads the
 * sources): the embed bundle and the library builds drop them (about 2 KB gzip in the embed, 1 KB in
 * `@svara/survey`). Every `desc` in svara is a string literal right after `id`.
 */
const stripTranslatorNotes: Plugin = {
  name: 'svara-strip-translator-notes',
  transform(code, id) {
    if (!/[\\/]packages[\\/][^\\/]+[\\/]src[\\/].*\.ts$/.test(id)) return null;
    const stripped = code.replace(/,\s*desc:\s*(['"`])(?:\\.|(?!\1)[\s\S])*?\1/g, '');
    return stripped === code ? null : { code: stripped, map: null };
  },
};

/** Stands for a `${…}` while a template's static parts are minified as one text; never in svara's sources. */
const HOLE = '\uE000';

/**
 * Minifies the CSS of a `css` template's raw static parts: comments go, whitespace collapses to one space and
 * goes entirely beside `{ } ; , > (` (and after `:`), and the `;` before a `}`. Strings and escapes are copied
 * as they are. Whitespace next to a `${…}` stays one space (it may be a descendant combinator). Returns `null`,
 * leaving the template alone, on anything it does not understand (an unclosed string or comment).
 */
function minifyCss(parts: readonly string[]): string[] | null {
  const text = parts.join(HOLE);
  let out = '';
  let space = false;
  const tight = '{};,>(:';
  for (let i = 0; i < text.length;) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0 || text.slice(i, end).includes(HOLE)) return null;
      i = end + 2;
      space = true;
      continue;
    }
    if (/\s/.test(c)) {
      space = true;
      i++;
      continue;
    }
    let token = c;
    if (c === '\\') token = text.slice(i, i + 2);
    else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== c) {
        if (text[j] === '\n' || text[j] === HOLE) return null;
        j += text[j] === '\\' ? 2 : 1;
      }
      if (j >= text.length) return null;
      token = text.slice(i, j + 1);
    }
    if (c === '}' && out.endsWith(';')) out = out.slice(0, -1);
    const last = out.at(-1);
    if (space && last !== undefined && !tight.includes(last) && !'{};,>)'.includes(c)) out += ' ';
    space = false;
    out += token;
    i += token.length;
  }
  const minified = out.split(HOLE);
  return minified.length === parts.length ? minified : null;
}

/**
 * Whitespace in an `html`/`svg` template that spans lines is indentation: it collapses to one space, which
 * renders the same everywhere except in `<pre>` and `white-space: pre` (svara's templates have neither, and no
 * text inside a `<textarea>`). Text on one line is left exactly as written.
 */
function minifyHtml(parts: readonly string[]): string[] {
  return parts.map((part) => part.replace(/[ \t]*\n\s*/g, ' '));
}

interface TemplateNode {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/**
 * The embed bundle's `css`, `html` and `svg` tagged templates, minified (Lit leaves them as written, and
 * esbuild or oxc never touch a template's text): about 26 KB of CSS and 14 KB of markup, mostly indentation
 * and comments. Runs on the TypeScript sources, found with Vite's parser, so only real tagged templates are
 * changed, never a string that merely looks like one.
 */
const minifyTemplates: Plugin = {
  name: 'svara-minify-templates',
  transform(code, id) {
    if (!/[\\/]packages[\\/][^\\/]+[\\/]src[\\/].*\.ts$/.test(id)) return null;
    if (!/\b(css|html|svg)`/.test(code)) return null;
    const { program, errors } = parseSync(id, code, { lang: 'ts' });
    if (errors.length > 0) return null;
    const edits: { start: number; end: number; text: string }[] = [];
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(visit);
      if (node === null || typeof node !== 'object') return;
      const n = node as TemplateNode;
      if (n.type === 'TaggedTemplateExpression') {
        const tag = n.tag as TemplateNode & { name?: string };
        // A template element's span includes its delimiters (`, ${ and }); its text starts one after.
        const quasis = (n.quasi as { quasis: (TemplateNode & { value: { raw: string } })[] }).quasis;
        const raws = quasis.map((q) => q.value.raw);
        const found = quasis.every((q) => code.startsWith(q.value.raw, q.start + 1));
        const kind = tag.type === 'Identifier' ? tag.name : undefined;
        const minified = !found
          ? null
          : kind === 'css'
            ? minifyCss(raws)
            : kind === 'html' || kind === 'svg'
              ? minifyHtml(raws)
              : null;
        if (minified)
          quasis.forEach((q, i) => {
            if (minified[i] !== raws[i])
              edits.push({ start: q.start + 1, end: q.start + 1 + raws[i].length, text: minified[i] });
          });
      }
      for (const [key, value] of Object.entries(n)) if (key !== 'parent') visit(value);
    };
    visit(program);
    if (edits.length === 0) return null;
    let result = code;
    for (const edit of edits.sort((a, b) => b.start - a.start))
      result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
    return { code: result, map: null };
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
    plugins: [stripTranslatorNotes, minifyTemplates],
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
    plugins: [stripTranslatorNotes],
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
