/**
 * ESLint rule `svara/relative-import-extension`: a relative import, `export … from` or `import()` names its file
 * with the extension the running code sees — `./survey.js` for survey.ts, `./locales/index.js` for a folder —
 * as browsers and Node's ESM resolution need it. One way everywhere, so nothing works by one tool's leniency only
 * (the decision in /work/coord/PLAN.md: "relative imports carry the `.js` extension everywhere").
 *
 * `eslint --fix` adds the extension when the file exists: x.ts/x.tsx → x.js, x.mts → x.mjs, x.cts → x.cjs,
 * a folder with index.ts → x/index.js, and x.js/.mjs/.cjs/.json as they are. A path to a `.ts` file is
 * rewritten to `.js`. What it cannot find is reported without a fix.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Extensions a relative specifier may end with (a `?query` such as vite's `?raw` may follow). */
const ACCEPTED = /\.(js|mjs|cjs|json|css|svg|png|txt)(\?.*)?$/;

/** Source file → the extension to write in the import. */
const SOURCE_TO_RUNTIME = [
  ['.ts', '.js'],
  ['.tsx', '.js'],
  ['.mts', '.mjs'],
  ['.cts', '.cjs'],
  ['.js', '.js'],
  ['.mjs', '.mjs'],
  ['.cjs', '.cjs'],
  ['.json', '.json'],
];

function isFile(path) {
  return existsSync(path) && statSync(path).isFile();
}

/** The specifier with its extension, or `undefined` when no file matches. */
export function withExtension(specifier, fromFile) {
  const base = resolve(dirname(fromFile), specifier);
  const typeScriptExtension = /\.(ts|tsx|mts|cts)$/.exec(specifier);
  if (typeScriptExtension) {
    const runtime = SOURCE_TO_RUNTIME.find(([source]) => source === `.${typeScriptExtension[1]}`)[1];
    return isFile(base) ? specifier.slice(0, -typeScriptExtension[0].length) + runtime : undefined;
  }
  for (const [source, runtime] of SOURCE_TO_RUNTIME) if (isFile(base + source)) return specifier + runtime;
  const folder = specifier.replace(/\/$/, '');
  for (const [source, runtime] of SOURCE_TO_RUNTIME)
    if (isFile(resolve(base, `index${source}`))) return `${folder}/index${runtime}`;
  return undefined;
}

/** @type {import('eslint').Rule.RuleModule} */
export const relativeImportExtension = {
  meta: {
    type: 'problem',
    fixable: 'code',
    docs: {
      description: 'Relative imports name their file with the runtime extension (`./name.js` for name.ts).',
    },
    messages: {
      missing: 'A relative import names its file with the extension: `{{fixed}}`.',
      unknown:
        'A relative import names its file with the extension (`./name.js` for name.ts); no file found for `{{specifier}}`.',
    },
    schema: [],
  },
  create(context) {
    function check(source) {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const specifier = source.value;
      if (!/^\.\.?(\/|$)/.test(specifier)) return;
      if (ACCEPTED.test(specifier)) return;
      const fixed = withExtension(specifier, context.filename);
      if (fixed === undefined) {
        context.report({ node: source, messageId: 'unknown', data: { specifier } });
        return;
      }
      const quote = source.raw[0];
      context.report({
        node: source,
        messageId: 'missing',
        data: { fixed },
        fix: (fixer) => fixer.replaceText(source, quote + fixed + quote),
      });
    }
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

export default { rules: { 'relative-import-extension': relativeImportExtension } };
