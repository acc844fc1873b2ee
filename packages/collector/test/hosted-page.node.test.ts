/**
 * The hosted respondent page (`/s/{surveyId}`, `/s/{surveyId}/{unitId}`) carries the latest published definition
 * inline, so the widget's first screen needs no second request (issue #17): the inlined JSON is exactly what
 * `GET /api/surveys/{id}` serves, a text with `</script` or `<!--` in it cannot end the block, and the page's CSP
 * stays strict.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import type { Collector } from '../src/collector.js';
import { tempDir } from './helpers.js';
import { as, caller, testStaff } from './staff-helpers.js';
import { startTestCollector } from './test-collector.js';

const SURVEY = 'foraldramottagning';
/** A title that would end a careless script block, or open an HTML comment in it. */
const TITLE = 'Vad tyckte du? </script><script>alert(1)</script> <!-- slut';

let collector: Collector;
let removeDir: () => void;
const call = caller(() => collector.url);

before(async () => {
  const dir = tempDir();
  removeDir = dir.remove;
  const examples = new URL('../../../examples/surveys/', import.meta.url);
  const definition = JSON.parse(readFileSync(new URL(`${SURVEY}.json`, examples), 'utf8')) as object;
  writeFileSync(join(dir.dir, `${SURVEY}.json`), JSON.stringify({ ...definition, title: TITLE }));
  collector = await startTestCollector('sqlite', { surveys: dir.dir });
  testStaff(collector);
});
after(async () => {
  await collector?.close();
  removeDir?.();
});

/** The text of the page's `<script type="application/json">` blocks, each up to the first `</script` after it. */
const inlineBlocks = (html: string): string[] =>
  [...html.matchAll(/<script type="application\/json">([\s\S]*?)<\/script/gi)].map((m) => m[1]!);

for (const path of [`/s/${SURVEY}`, `/s/${SURVEY}/familjeenheten`]) {
  test(`${path}: the published definition is inlined in the widget, exactly as the API serves it`, async () => {
    if (path.endsWith('familjeenheten')) {
      const unit = { id: 'familjeenheten', name: 'Familjeenheten', parent: null };
      const created = await call('POST', '/api/staff/units', unit, as('ada', 'admin@*'));
      assert.equal(created.status, 201, created.text);
    }
    const page = await call('GET', path);
    assert.equal(page.status, 200);
    const api = await call('GET', `/api/surveys/${SURVEY}`);
    const blocks = inlineBlocks(page.text);
    assert.equal(blocks.length, 1, 'one definition block');
    assert.deepEqual(JSON.parse(blocks[0]!), api.body, 'the whole definition, not cut at "</script"');
    assert.equal((JSON.parse(blocks[0]!) as { title: string }).title, TITLE);
    assert.doesNotMatch(blocks[0]!, /<!--|</, 'no "<" of the texts left raw in the block');
    // Inside the widget, which keeps its src (where answers go); the only executable scripts are this server's.
    assert.match(
      page.text,
      new RegExp(`<svara-survey src="/api/surveys/${SURVEY}"[^>]*>\\s*<script type="application/json">`),
    );
    const scripts = [...page.text.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    assert.deepEqual(scripts, [
      '<script type="application/json">',
      '<script type="module" src="/s/svara-hosted.js">',
      '<script type="module" src="/svara-survey.js">',
    ]);
    const csp = page.headers.get('content-security-policy')!;
    assert.match(csp, /script-src 'self';/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|nonce-|sha256-/);
  });
}
