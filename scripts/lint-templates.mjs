// lit-analyzer over every package that has Lit templates. It is run inside each package (with `src` as the
// target) because, run from the root, it finds no files through the workspace's symlinked node_modules.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT } from './setup.mjs';

const analyzer = join(ROOT, 'node_modules', '.bin', 'lit-analyzer');
let failed = 0;
let analyzed = 0;
for (const name of readdirSync(join(ROOT, 'packages'))) {
  const dir = join(ROOT, 'packages', name);
  if (!existsSync(join(dir, 'custom-elements.json')) && !existsSync(join(dir, 'src', 'components'))) continue;
  analyzed++;
  process.stdout.write(`lit-analyzer: @svara/${name}\n`);
  const result = spawnSync(analyzer, ['--strict', '--format', 'list', 'src'], { cwd: dir, stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
if (analyzed === 0) {
  process.stdout.write('lit-analyzer: no package with Lit components found\n');
  process.exitCode = 1;
}
process.exitCode ||= failed > 0 ? 1 : 0;
