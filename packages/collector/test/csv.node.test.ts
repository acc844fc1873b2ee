import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { parseSubmission } from '@svara/schema';
import type { Submission } from '@svara/schema';

import { csvCell, csvRow, exportCsv, parseCsv, parseExportCsv, unneutralise } from '../src/csv.js';
import type { ExportedResponse, Separator } from '../src/csv.js';
import { exampleSurvey } from './helpers.js';

async function text(chunks: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const chunk of chunks) out += chunk;
  return out;
}

describe('CSV', () => {
  test('cells starting with = + - @ tab or CR are neutralised with an apostrophe', () => {
    assert.equal(csvCell('=1+1'), "'=1+1");
    assert.equal(csvCell('+46'), "'+46");
    assert.equal(csvCell('-2'), "'-2");
    assert.equal(csvCell('@A1'), "'@A1");
    assert.equal(csvCell('\tx'), "'\tx");
    assert.equal(csvCell('\rx'), '"\'\rx"');
    assert.equal(csvCell("'kept"), "''kept", 'a leading apostrophe is doubled, so reading back is exact');
    assert.equal(csvCell('vanlig'), 'vanlig');
    assert.equal(csvCell(-2), '-2', 'numbers are numbers');
    assert.deepEqual(
      parseCsv(csvRow(['\uFEFFx', 'y'])),
      [['\uFEFFx', 'y']],
      'a leading BOM in a cell is kept',
    );
    assert.equal(csvCell('a,b "c"'), '"a,b ""c"""');
  });

  test('property: any text survives writing and reading back, with every separator', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 40 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom<Separator>(',', ';', '\t'),
        (cells, sep) => {
          const line = csvRow(cells, sep);
          const [parsed] = parseCsv(line, sep);
          assert.deepEqual(parsed!.map(unneutralise), cells);
          for (const cell of parsed!) assert.doesNotMatch(cell, /^[=+\-@\t\r]/);
        },
      ),
      { numRuns: 1000 },
    );
  });

  test('property: exported responses of every question type read back to the stored values', async () => {
    const survey = exampleSurvey('medborgardialog-trygghet');
    const answers = fc.record(
      {
        trygghet: fc.record(
          { dag: fc.constantFrom(1, 2, 3, 4), kvall: fc.constantFrom(1, 2, 3, 4) },
          { requiredKeys: ['dag'] },
        ),
        tryggare: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== ''),
        alder: fc.constantFrom('under-18', '18-29', '30-49', '50-64', '65-'),
        kon: fc.constantFrom('kvinna', 'man', 'annat'),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(answers, { maxLength: 8 }),
        fc.constantFrom<Separator>(',', ';'),
        async (list, sep) => {
          const rows: ExportedResponse[] = list.map((a) => {
            const parsed = parseSubmission(survey, {
              submissionId: randomUUID(),
              surveyId: survey.id,
              surveyVersion: survey.version,
              lang: 'sv',
              submittedAt: '2026-11-22T10:00:00.000Z',
              answers: a,
              meta: { answeredBy: 'self', mode: 'kiosk', plain: true },
            });
            assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.issues));
            return { receivedAt: '2026-11-22T10:00:01.000Z', submission: parsed.submission as Submission };
          });
          const csv = await text(exportCsv(survey, rows, sep));
          assert.deepEqual(parseExportCsv(survey, csv, sep), rows);
        },
      ),
      { numRuns: 200 },
    );
  });

  test('multi answers are joined with ";" and special codes stay codes', async () => {
    const survey = exampleSurvey('medborgardialog-trygghet');
    const row: ExportedResponse = {
      receivedAt: 'x',
      submission: {
        submissionId: randomUUID(),
        surveyId: survey.id,
        surveyVersion: 1,
        lang: 'sv',
        submittedAt: '2026-11-22T10:00:00.000Z',
        answers: { trygghet: { dag: 1 }, platser: ['parker', 'gator'] },
        meta: { answeredBy: 'with-support', mode: 'web' },
      },
    };
    const csv = await text(exportCsv(survey, [row]));
    assert.match(csv, /,parker;gator,/);
    assert.deepEqual(parseExportCsv(survey, csv), [row]);
  });
});
