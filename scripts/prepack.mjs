// `prepack` of every published @svara package (pnpm pack and pnpm publish run it in the package directory, after
// `npm run build`): the licence from the repository root, and for packages with elements their
// custom-elements.json (cem analyze) and the React and Vue typings made from it (scripts/framework-types.mjs).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const dir = process.cwd();
const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));

function run(command, args) {
  const result = spawnSync(command, args, { cwd: dir, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!existsSync(join(dir, 'dist'))) {
  console.error(`${pkg.name}: no dist/ — run \`npm run build\` at the repository root before packing.`);
  process.exit(1);
}
copyFileSync(join(ROOT, 'LICENSE'), join(dir, 'LICENSE'));
if (pkg.customElements) {
  run(join(ROOT, 'node_modules', '.bin', 'cem'), [
    'analyze',
    '--quiet',
    '--config',
    join(ROOT, 'custom-elements-manifest.config.mjs'),
  ]);
  run(process.execPath, [join(ROOT, 'scripts', 'framework-types.mjs'), dir]);
}
