/**
 * The register for the workplace meeting: CSV (the collector's CSV: UTF-8 with a byte-order mark, RFC 4180,
 * formula injection neutralised; codes, for scripts) and XLSX (exceljs; Swedish or English headings and labels,
 * for people). Neither ever contains contact details.
 */
import { csvRow } from '../csv.js';
import type { Separator } from '../csv.js';
import type { CaseRow } from './cases.js';
import type { Waiting } from './register.js';
import { CATEGORY_LABELS, CHANNEL_LABELS, STATUS_LABELS, termLabel } from './vocabulary.js';
import type { Category, Channel, Status, Vocabulary } from './vocabulary.js';

export interface ExportItem {
  row: CaseRow;
  waiting: Waiting;
}

const COLUMNS = [
  ['id', 'Ärende', 'Case'],
  ['received_on', 'Inkom', 'Received'],
  ['unit', 'Enhet', 'Unit'],
  ['category', 'Kategori', 'Category'],
  ['concerns', 'Gäller', 'Concerns'],
  ['given_by', 'Lämnad av', 'Given by'],
  ['channel', 'Hur', 'Channel'],
  ['received_by', 'Mottagen av', 'Received by'],
  ['description', 'Beskrivning', 'Description'],
  ['occurred_on', 'Hände', 'Happened'],
  ['wants_answer', 'Vill ha svar', 'Wants an answer'],
  ['days_waited', 'Dagar', 'Days'],
  ['overdue', 'Försenad', 'Overdue'],
  ['status', 'Status', 'Status'],
  ['action', 'Åtgärd', 'Action taken'],
  ['feedback_given', 'Återkoppling given', 'Feedback given'],
  ['feedback_on', 'Återkoppling datum', 'Feedback date'],
  ['deviation_ref', 'Lex Sarah / avvikelse', 'Lex Sarah / deviation'],
] as const;

function values(item: ExportItem): unknown[] {
  const { row, waiting } = item;
  return [
    Number(row.id),
    row.received_on,
    row.unit ?? '',
    row.category,
    row.concerns ?? '',
    row.given_by ?? '',
    row.channel,
    row.received_by ?? '',
    row.description ?? '',
    row.occurred_on ?? '',
    row.wants_answer === 1,
    waiting.daysWaited ?? '',
    waiting.overdue,
    row.status,
    row.action ?? '',
    row.feedback_given === 1,
    row.feedback_on ?? '',
    row.deviation_ref ?? '',
  ];
}

/** The CSV file, one line at a time. */
export function* casesCsv(items: Iterable<ExportItem>, separator: Separator = ','): Generator<string> {
  yield `\uFEFF${csvRow(
    COLUMNS.map((c) => c[0]),
    separator,
  )}`;
  for (const item of items) yield csvRow(values(item), separator);
}

/** The XLSX workbook: one sheet of cases with labels, a header row that stays in view, filters. */
export async function casesXlsx(
  items: readonly ExportItem[],
  vocabulary: Vocabulary,
  locale: 'sv' | 'en',
): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'svara';
  const sheet = workbook.addWorksheet(locale === 'en' ? 'Register' : 'Synpunkter och klagomål', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  const col = locale === 'en' ? 2 : 1;
  sheet.columns = COLUMNS.map((c) => ({
    header: c[col],
    key: c[0],
    width: c[0] === 'description' || c[0] === 'action' ? 50 : 16,
  }));
  const yes = locale === 'en' ? 'Yes' : 'Ja';
  const no = locale === 'en' ? 'No' : 'Nej';
  for (const { row, waiting } of items) {
    sheet.addRow({
      id: Number(row.id),
      received_on: row.received_on,
      unit: row.unit ?? '',
      category: CATEGORY_LABELS[row.category as Category]?.[locale] ?? row.category,
      concerns: termLabel(vocabulary.concerns, row.concerns, locale),
      given_by: termLabel(vocabulary.givenBy, row.given_by, locale),
      channel: CHANNEL_LABELS[row.channel as Channel]?.[locale] ?? row.channel,
      received_by: row.received_by ?? '',
      description: row.description ?? '',
      occurred_on: row.occurred_on ?? '',
      wants_answer: row.wants_answer === 1 ? yes : no,
      days_waited: waiting.daysWaited ?? '',
      overdue: waiting.overdue ? yes : '',
      status: STATUS_LABELS[row.status as Status]?.[locale] ?? row.status,
      action: row.action ?? '',
      feedback_given: row.feedback_given === 1 ? yes : no,
      feedback_on: row.feedback_on ?? '',
      deviation_ref: row.deviation_ref ?? '',
    });
  }
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  for (const key of ['description', 'action'])
    sheet.getColumn(key).alignment = { wrapText: true, vertical: 'top' };
  // Text cells that a spreadsheet would take for a formula are written as plain strings by exceljs (it writes
  // formulas only from { formula } values), so no neutralising is needed here.
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
