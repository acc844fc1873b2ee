import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { getIn, setLanguages, setText } from '../src/model/draft.js';
import {
  exportCsv,
  exportXliff,
  importCsv,
  importXliff,
  missingCounts,
  parseCsv,
  translationRows,
} from '../src/model/translations.js';
import { childDraft } from './fixtures.js';

function bilingual() {
  let draft = setLanguages(childDraft(), ['sv', 'en', 'ar']);
  draft = setText(draft, ['title'], 'en', 'What did you think of meeting us?');
  draft = setText(draft, ['questions', 0, 'text'], 'en', 'I know why we met.');
  return draft;
}

describe('the translations table', () => {
  test('every text, in order, with what each language lacks', () => {
    const rows = translationRows(bilingual());
    assert.equal(rows[0]!.key, 'title');
    assert.deepEqual(rows[0]!.missing, ['ar']);
    const question = rows.find((r) => r.key === 'questions[0].text')!;
    assert.deepEqual(question.texts, {
      sv: 'Jag vet varför vi träffades.',
      en: 'I know why we met.',
      ar: '',
    });
    assert.equal(rows.find((r) => r.key === 'questions[0].plain.text')!.plain, true);
    const counts = missingCounts(rows, ['sv', 'en', 'ar']);
    assert.equal(counts['sv'], 0);
    assert.equal(counts['ar'], rows.length);
    assert.equal(counts['en'], rows.length - 2);
  });
});

describe('CSV', () => {
  test('a round trip through a spreadsheet keeps every text, including quotes, commas and line breaks', () => {
    const draft = setText(bilingual(), ['intro'], 'en', 'Say "hi", then\nanswer.');
    const csv = exportCsv(draft);
    assert.ok(csv.startsWith('\uFEFFtext,role,sv,en,ar\r\n'));
    const cells = parseCsv(csv);
    const intro = cells.find((row) => row[0] === 'intro')!;
    assert.equal(intro[3], 'Say "hi", then\nanswer.');
    assert.deepEqual(importCsv(draft, csv).changed, 0, 'nothing changes when nothing was edited');
  });

  test('translations typed into the Arabic column come back; unknown rows are named by line', () => {
    const rows = parseCsv(exportCsv(bilingual()));
    const titleRow = rows.findIndex((row) => row[0] === 'title');
    rows[titleRow]![4] = 'ماذا كان رأيك في لقائنا؟';
    rows.push(['questions[9].text', 'question', 'X', '', '']);
    const edited = rows
      .map((row) => row.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(';'))
      .join('\n');
    const result = importCsv(bilingual(), edited);
    assert.equal(result.changed, 1);
    assert.deepEqual(getIn(result.draft, ['title']), {
      sv: 'Vad tyckte du om att träffa oss?',
      en: 'What did you think of meeting us?',
      ar: 'ماذا كان رأيك في لقائنا؟',
    });
    assert.deepEqual(result.problems, [
      { where: String(rows.length), code: 'unknown-text', message: 'questions[9].text' },
    ]);
  });

  test('a file without the header is refused as a whole', () => {
    assert.equal(importCsv(bilingual(), 'a,b\n1,2').problems[0]?.code, 'no-header');
  });
});

describe('XLIFF 1.2', () => {
  test('one file per target language, with the main language as source and notes for the translator', () => {
    const xml = exportXliff(bilingual(), 'en');
    assert.match(xml, /source-language="sv" target-language="en"/);
    assert.match(
      xml,
      /<trans-unit id="questions\[0\]\.text">\s*<source>Jag vet varför vi träffades\.<\/source>\s*<target state="translated">I know why we met\.<\/target>/,
    );
    assert.match(xml, /<trans-unit id="intro">[\s\S]*?<target state="new"><\/target>/);
  });

  test('targets from a translation tool come back, entities and CDATA included; empty targets change nothing', () => {
    const xml = exportXliff(bilingual(), 'ar').replace(
      /(<trans-unit id="questions\[0\]\.text">[\s\S]*?)<target state="new"><\/target>/,
      '$1<target state="translated">أعرف لماذا التقينا &amp; <![CDATA[<نعم>]]></target>',
    );
    const result = importXliff(bilingual(), xml);
    assert.equal(result.changed, 1);
    assert.equal(
      (getIn(result.draft, ['questions', 0, 'text']) as Record<string, string>)['ar'],
      'أعرف لماذا التقينا & <نعم>',
    );
    assert.deepEqual(result.problems, []);
  });

  test('a file for a language the survey does not have is refused', () => {
    const xml = exportXliff(bilingual(), 'en').replace('target-language="en"', 'target-language="fi"');
    assert.equal(importXliff(bilingual(), xml).problems[0]?.code, 'unknown-language');
    assert.equal(importXliff(bilingual(), '<html></html>').problems[0]?.code, 'not-xliff');
  });
});
