// Node-only unit tests (schema, collector, scripts): every *.node.test.ts, run by node:test through tsx, with
// workspace packages resolved to their TypeScript sources. Node 20's --test has no glob support, so we walk.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT } from './setup.mjs';

const SKIP_DIRS = new Set(['node_modules', 'dist', '.git', '.cache', 'storybook-static', 'data']);

function findTests(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return SKIP_DIRS.has(entry.name) ? [] : findTests(join(dir, entry.name));
    return entry.name.endsWith('.node.test.ts') ? [relative(ROOT, join(dir, entry.name))] : [];
  });
}

const filter = process.argv.slice(2);
const files = findTests(ROOT).filter(
  (file) => filter.length === 0 || filter.some((part) => file.includes(part)),
);
if (files.length === 0) {
  console.error('No *.node.test.ts files found.');
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  ['--conditions=source', '--import', 'tsx', '--test', '--test-reporter=spec', ...files],
  { cwd: ROOT, stdio: 'inherit' },
);
process.exit(result.status ?? 1);
