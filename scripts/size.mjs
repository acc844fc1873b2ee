// The one size check. Prints the minified and gzip size of each package's build (its public entry, with its
// dependencies left external, as an app bundler would see it) and of any standalone bundle (the embed), and fails
// over size-budget.json. Sizes are what a page loads at first; chunks loaded on demand (other languages, the
// form-only controls, read-aloud) are listed apart. Vite library output is deliberately unminified, so we
// re-bundle with esbuild --minify to measure.
//
// An embed bundle whose package names `svara.embed.firstScreen` ({ survey, tag }) is measured in Chromium
// instead (size-first-screen.mjs): its first load is every script the page requested before the widget's start
// screen appeared — the entry, its static imports and any chunk requested on the way — and the chunks requested
// right after it (while the respondent reads the start screen) are printed on a line of their own, not budgeted.
//
// `--parts` also measures the named parts a package lists in `svara.sizes` of its package.json (what a page
// pays for part of a package: "parseSurvey + parseSubmission", "the whole transport API"), bundled from the
// sources with everything inlined. `--package=@svara/survey` limits both to one package.
//   node scripts/size.mjs                       # the budgets (in npm test)
//   node scripts/size.mjs --parts --package=@svara/schema
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { ROOT } from './setup.mjs';
import { firstScreenLoad } from './size-first-screen.mjs';

const args = process.argv.slice(2);
const onlyPackage = args.find((arg) => arg.startsWith('--package='))?.slice('--package='.length);
const withParts = args.includes('--parts');
const budgets = JSON.parse(readFileSync(join(ROOT, 'size-budget.json'), 'utf8'));

/**
 * Bundles `entry` minified with code splitting and returns what a page loads at first (the entry and every chunk
 * it imports statically) apart from what it loads only on demand (dynamic imports: the other languages' strings).
 * Budgets apply to the first load; a Swedish respondent never downloads the Arabic strings.
 */
async function measure(entry, external) {
  const result = await build({
    entryPoints: { measured: entry },
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    outdir: '/measured', // never written; names the in-memory outputs
    metafile: true,
    external,
    logLevel: 'silent',
  });
  const files = new Map(result.outputFiles.map((file) => [file.path, file.contents]));
  const outputs = result.metafile.outputs;
  // metafile paths are relative to the working directory; output files carry absolute paths
  const gzip = (path) => gzipSync(files.get(resolve(path)), { level: 9 }).byteLength;
  const initial = new Set();
  const visit = (path) => {
    if (initial.has(path)) return;
    initial.add(path);
    for (const imported of outputs[path].imports)
      if (imported.kind === 'import-statement' && outputs[imported.path]) visit(imported.path);
  };
  // The measured entry itself: dynamic-import targets are entry points to esbuild too, and may come first.
  visit(Object.keys(outputs).find((path) => path.endsWith('/measured.js')));
  const scripts = Object.keys(outputs).filter((path) => path.endsWith('.js'));
  const lazy = scripts.filter((path) => !initial.has(path));
  return {
    min: [...initial].reduce((sum, path) => sum + outputs[path].bytes, 0),
    gzip: [...initial].reduce((sum, path) => sum + gzip(path), 0),
    lazy: lazy.length
      ? { count: lazy.length, gzip: lazy.reduce((sum, path) => sum + gzip(path), 0) }
      : undefined,
  };
}

/** A named part of a package: `code` (ES module text, paths relative to the package) bundled with everything inlined. */
async function measurePart(pkgDir, code) {
  const result = await build({
    stdin: { contents: code, resolveDir: pkgDir, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const bytes = result.outputFiles[0].contents;
  return { min: bytes.byteLength, gzip: gzipSync(bytes, { level: 9 }).byteLength };
}

const rows = [];
const parts = [];
for (const dir of readdirSync(join(ROOT, 'packages'))) {
  const pkgDir = join(ROOT, 'packages', dir);
  if (!existsSync(join(pkgDir, 'package.json'))) continue;
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  if (onlyPackage && pkg.name !== onlyPackage) continue;
  if (withParts)
    for (const [name, code] of Object.entries(pkg.svara?.sizes ?? {}))
      parts.push({ name: `${pkg.name}: ${name}`, ...(await measurePart(pkgDir, code)) });
  const entry = join(pkgDir, 'dist', 'index.js');
  if (existsSync(entry) && pkg.svara?.platform !== 'node') {
    const external = [
      ...Object.keys(pkg.dependencies ?? {}),
      ...Object.keys(pkg.peerDependencies ?? {}),
    ].flatMap((dep) => [dep, `${dep}/*`]);
    rows.push({ name: pkg.name, ...(await measure(entry, external)) });
  }
  for (const bundle of pkg.svara?.bundles ?? []) {
    const file = join(pkgDir, bundle);
    const firstScreen = pkg.svara?.embed?.firstScreen;
    if (!existsSync(file)) rows.push({ name: `${pkg.name}/${bundle}`, missing: true });
    else if (!firstScreen) rows.push({ name: `${pkg.name}/${bundle}`, ...(await measure(file, [])) });
    else {
      const dir = join(file, '..');
      const statically = await measure(file, []);
      const { before, after } = await firstScreenLoad({
        dir,
        bundleFile: file,
        surveyFile: join(pkgDir, firstScreen.survey),
        tag: firstScreen.tag,
      });
      const sum = (list) => list.reduce((total, script) => total + script.gzip, 0);
      const bytes = (list) => list.reduce((total, { name }) => total + statSync(join(dir, name)).size, 0);
      const chunks = readdirSync(dir).filter((name) => name.endsWith('.js')).length;
      rows.push({
        name: `${pkg.name}/${bundle}`,
        min: bytes(before),
        gzip: sum(before),
        firstScreen: { before, after, onDemand: chunks - before.length - after.length },
        staticGzip: statically.gzip,
      });
    }
  }
}

let failures = 0;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`.padStart(9);
process.stdout.write(
  `${'build'.padEnd(44)} ${'minified'.padStart(9)} ${'gzip'.padStart(9)} ${'budget'.padStart(9)}\n`,
);
for (const row of rows) {
  const budget = budgets[row.name]?.gzip;
  if (row.missing) {
    if (!withParts) failures++;
    process.stdout.write(`${row.name.padEnd(44)} not built — run \`pnpm build\` first\n`);
    continue;
  }
  const over = budget !== undefined && row.gzip > budget;
  if (over) failures++;
  process.stdout.write(
    `${row.name.padEnd(44)} ${kb(row.min)} ${kb(row.gzip)} ${budget === undefined ? '        –' : kb(budget)}${over ? '  OVER BUDGET' : ''}${row.lazy ? `  (+ ${row.lazy.count} on-demand chunks, ${kb(row.lazy.gzip).trim()} gzip in all)` : ''}\n`,
  );
  if (row.firstScreen) {
    const list = (scripts) =>
      scripts.map((script) => `${script.name} ${script.gzip.toLocaleString('en')} B`).join(', ');
    const { before, after, onDemand } = row.firstScreen;
    process.stdout.write(
      `  first load, before the start screen (budgeted): ${list(before)} = ${row.gzip.toLocaleString('en')} B gzip (entry + static imports alone: ${row.staticGzip.toLocaleString('en')} B after esbuild --minify)\n` +
        `  right after the start screen (not budgeted): ${after.length ? list(after) : 'nothing'}\n` +
        `  on demand only (languages, form-only controls, read-aloud, scanning, …): ${onDemand} chunks\n`,
    );
  }
}
if (parts.length > 0) {
  process.stdout.write(
    `\n${'part (sources, everything inlined)'.padEnd(72)} ${'minified'.padStart(9)} ${'gzip'.padStart(9)}\n`,
  );
  for (const part of parts)
    process.stdout.write(`${part.name.padEnd(72)} ${kb(part.min)} ${kb(part.gzip)}\n`);
}
for (const name of Object.keys(budgets).filter((name) => !name.startsWith('$'))) {
  if (onlyPackage && !name.startsWith(onlyPackage)) continue;
  if (!rows.some((row) => row.name === name)) {
    if (!withParts) failures++;
    process.stdout.write(`${name.padEnd(44)} has a budget but no build was found\n`);
  }
}
if (rows.length === 0 && !withParts) {
  process.stdout.write('No builds found: run `pnpm build` first.\n');
  failures++;
}
process.exitCode = failures > 0 ? 1 : 0;
