import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Linter } from 'eslint';

import svara, { withExtension } from './relative-import-extension.mjs';

/** A throw-away source tree: the files the imports below point at. */
let dir = '';
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'svara-import-extension-'));
  for (const file of [
    'survey.ts',
    'view.tsx',
    'worker.mts',
    'plain.js',
    'data.json',
    'locales/index.ts',
    'lib/x.ts',
  ]) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), '');
  }
});
after(() => rmSync(dir, { recursive: true, force: true }));

function lint(code: string, file = 'main.ts'): { output: string; messages: string[] } {
  const linter = new Linter({ cwd: dir });
  const config = [
    { files: ['**/*.ts'], plugins: { svara }, rules: { 'svara/relative-import-extension': 'error' } },
  ];
  const filename = join(dir, file);
  const messages = linter.verify(code, config as Linter.Config[], { filename }).map((m) => m.message);
  const { output } = linter.verifyAndFix(code, config as Linter.Config[], { filename });
  return { output, messages };
}

describe('svara/relative-import-extension', () => {
  test('import, export-from and import() without an extension are reported and fixed to the runtime file', () => {
    const { output, messages } = lint(
      [
        "import { a } from './survey';",
        "export * from './view';",
        "export { b } from './worker';",
        "const c = await import('./locales');",
        "import d from './plain';",
        "import e from './data';",
      ].join('\n'),
    );
    assert.equal(messages.length, 6);
    assert.equal(
      output,
      [
        "import { a } from './survey.js';",
        "export * from './view.js';",
        "export { b } from './worker.mjs';",
        "const c = await import('./locales/index.js');",
        "import d from './plain.js';",
        "import e from './data.json';",
      ].join('\n'),
    );
  });

  test('from a subfolder (../), and a path to the .ts file itself becomes .js; the quotes stay', () => {
    const { output } = lint('import { a } from "../survey.ts";\nimport { x } from "./x";', 'lib/main.ts');
    assert.equal(output, 'import { a } from "../survey.js";\nimport { x } from "./x.js";');
  });

  test('imports with their extension, packages and computed import() are left alone', () => {
    const code = [
      "import { a } from './survey.js';",
      "import e from './data.json';",
      "import { LitElement } from 'lit';",
      "import { html } from 'lit/static-html.js';",
      "import { parseSurvey } from '@svara/schema';",
      'const locale = await import(`./locales/${name}.js`);',
    ].join('\n');
    assert.deepEqual(lint(code), { output: code, messages: [] });
  });

  test('a file that does not exist is reported, without a fix', () => {
    const { output, messages } = lint("import { gone } from './gone';");
    assert.equal(output, "import { gone } from './gone';");
    assert.equal(messages.length, 1);
    assert.match(messages[0]!, /no file found for `\.\/gone`/);
  });

  test('withExtension: a folder with a trailing slash, and nothing for a missing file', () => {
    assert.equal(withExtension('./locales/', join(dir, 'main.ts')), './locales/index.js');
    assert.equal(withExtension('./missing', join(dir, 'main.ts')), undefined);
  });
});
