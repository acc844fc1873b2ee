import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { SVARA_SOURCE, stripTranslatorNotes } from './strip-translator-notes.js';

describe('stripTranslatorNotes', () => {
  test('drops `desc` after `id` in any quotes, escaped quotes included, and keeps the id and the text', () => {
    const code = [
      "msg('Lyssna', { id: 'survey.listen', desc: 'Toggle: read each screen aloud' });",
      'msg(str`Fråga ${n}`, { id: "survey.q", desc: "Heading: \\"${n}\\" is the number" });',
      "msg('Ja', {\n  id: 'a.yes',\n  desc: `Button: it's a yes`,\n});",
    ].join('\n');
    assert.equal(
      stripTranslatorNotes(code),
      [
        "msg('Lyssna', { id: 'survey.listen' });",
        'msg(str`Fråga ${n}`, { id: "survey.q" });',
        "msg('Ja', {\n  id: 'a.yes',\n});",
      ].join('\n'),
    );
  });

  test('only svara package sources are touched', () => {
    assert.ok(SVARA_SOURCE.test('/repo/packages/survey/src/components/survey/toolbar.ts'));
    assert.ok(!SVARA_SOURCE.test('/repo/node_modules/lit/index.ts'));
    assert.ok(!SVARA_SOURCE.test('/repo/packages/survey/bench/load.bench.ts'));
  });
});
