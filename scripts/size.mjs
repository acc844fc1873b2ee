// Prints the minified and gzip size of each package's build (its public entry, with its dependencies left
// external, as an app bundler would see it) and of any standalone bundle, and fails over size-budget.json.
// Vite library output is deliberately unminified, so we re-bundle with esbuild --minify to measure.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { ROOT } from './setup.mjs';

const budgets = JSON.parse(readFileSync(join(ROOT, 'size-budget.json'), 'utf8'));

async function measure(entry, external) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    outfile: 'measured.js', // never written; names the in-memory output
    external,
    logLevel: 'silent',
  });
  const code = result.outputFiles.find((file) => file.path.endsWith('.js')).contents;
  return { min: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
}

const rows = [];
for (const dir of readdirSync(join(ROOT, 'packages'))) {
  const pkgDir = join(ROOT, 'packages', dir);
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
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
    if (existsSync(file)) rows.push({ name: `${pkg.name}/${bundle}`, ...(await measure(file, [])) });
    else rows.push({ name: `${pkg.name}/${bundle}`, missing: true });
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
    failures++;
    process.stdout.write(`${row.name.padEnd(44)} not built — run \`pnpm build\` first\n`);
    continue;
  }
  const over = budget !== undefined && row.gzip > budget;
  if (over) failures++;
  process.stdout.write(
    `${row.name.padEnd(44)} ${kb(row.min)} ${kb(row.gzip)} ${budget === undefined ? '        –' : kb(budget)}${over ? '  OVER BUDGET' : ''}\n`,
  );
}
for (const name of Object.keys(budgets).filter((name) => !name.startsWith('$'))) {
  if (!rows.some((row) => row.name === name)) {
    failures++;
    process.stdout.write(`${name.padEnd(44)} has a budget but no build was found\n`);
  }
}
if (rows.length === 0) {
  process.stdout.write('No builds found: run `pnpm build` first.\n');
  failures++;
}
process.exitCode = failures > 0 ? 1 : 0;
