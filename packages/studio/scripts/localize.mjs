// The studio's own catalogue (lit-localize.json here): `node scripts/localize.mjs extract` writes the studio's
// strings to xliff/en.xlf, `… build` writes src/generated/locales/en.js. The studio's components import svara's
// elements, so lit-localize also finds their strings; they are dropped here — they live in svara's catalogue at
// the repository root, and the studio's catalogue is added to it at run time (`addTranslations`).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const here = join(import.meta.dirname, '..');
const command = process.argv[2];
if (command !== 'extract' && command !== 'build') {
  console.error('usage: node scripts/localize.mjs extract|build');
  process.exit(2);
}
const bin = join(here, '..', '..', 'node_modules', '.bin', 'lit-localize');
const run = spawnSync(bin, [command, '--config', 'lit-localize.json'], { cwd: here, encoding: 'utf8' });
// Missing translations of other packages' strings are not ours to report; a missing studio string is.
const ours = (text) =>
  text
    .split('\n')
    .filter((line) => !/^\S+ message (?!studio\.)\S+ is missing/.test(line))
    .join('\n');
process.stdout.write(ours(run.stdout));
process.stderr.write(ours(run.stderr));
if (run.status !== 0) process.exit(run.status ?? 1);

if (command === 'extract') {
  const file = join(here, 'xliff', 'en.xlf');
  const xml = readFileSync(file, 'utf8').replace(
    /\s*<trans-unit id="(?!studio\.)[^"]*">[\s\S]*?<\/trans-unit>/g,
    '',
  );
  writeFileSync(file, xml);
} else {
  const file = join(here, 'src', 'generated', 'locales', 'en.ts');
  const lines = readFileSync(file, 'utf8').split('\n');
  writeFileSync(file, lines.filter((line) => !/^\s*'(?!studio\.)[^']*':/.test(line)).join('\n'));
}
