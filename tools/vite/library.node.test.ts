import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, describe, test } from 'node:test';

import { isExternal, libraryConfig, sourceModules } from './library.js';

const dir = mkdtempSync(join(tmpdir(), 'svara-library-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('library builds', () => {
  test('every source module is an entry; tests, examples, stories and declarations are not', () => {
    mkdirSync(join(dir, 'src/components/a'), { recursive: true });
    for (const file of [
      'src/index.ts',
      'src/types.d.ts',
      'src/components/a/a.ts',
      'src/components/a/a.test.ts',
      'src/components/a/a.node.test.ts',
      'src/components/a/a.examples.ts',
      'src/components/a/a.stories.ts',
    ])
      writeFileSync(join(dir, file), '');
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ dependencies: { lit: '3' } }));
    assert.deepEqual(
      sourceModules(join(dir, 'src'))
        .map((file) => relative(dir, file))
        .sort(),
      ['src/components/a/a.ts', 'src/index.ts'],
    );
    const input = libraryConfig(dir).build?.lib && (libraryConfig(dir).build!.lib as { entry: object }).entry;
    assert.deepEqual(Object.keys(input ?? {}).sort(), ['components/a/a', 'index']);
  });

  test("Node's modules and the package's dependencies (and their subpaths) stay external; the rest is built", () => {
    const deps = ['lit', '@svara/schema'];
    for (const id of ['node:fs', 'fs', 'lit', 'lit/decorators.js', '@svara/schema', '@svara/schema/lint'])
      assert.ok(isExternal(deps, id), id);
    for (const id of ['./local.js', 'literally', '@svara/schemas', 'zod'])
      assert.ok(!isExternal(deps, id), id);
  });
});
