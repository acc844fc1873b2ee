/** The studio's English catalogue is complete and built: every string has a translation, and the build has it. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const here = join(import.meta.dirname, '..');

test('every studio string has an English translation, and the generated module is up to date', () => {
  const xliff = readFileSync(join(here, 'xliff', 'en.xlf'), 'utf8');
  const units = [...xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
  assert.ok(units.length > 400, `only ${units.length} strings found`);
  const untranslated = units
    .filter(([, , body]) => !/<target>[\s\S]*\S[\s\S]*<\/target>/.test(body!))
    .map(([, id]) => id);
  assert.deepEqual(untranslated, [], 'translate these in xliff/en.xlf, then run localize:build');
  const generated = readFileSync(join(here, 'src', 'generated', 'locales', 'en.ts'), 'utf8');
  const built = new Set([...generated.matchAll(/^\s*'([^']+)':/gm)].map(([, id]) => id));
  assert.deepEqual(
    units.map(([, id]) => id).filter((id) => !built.has(id!)),
    [],
    'run `pnpm --filter @svara/studio localize:build`',
  );
  assert.ok(
    [...built].every((id) => id.startsWith('studio.')),
    'the studio’s catalogue holds only studio strings',
  );
});
