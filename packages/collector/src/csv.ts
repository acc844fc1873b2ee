/**
 * The CSV export: one row per response, one column per question (a `scale-group` has one per statement), RFC 4180
 * quoting, UTF-8 with a byte-order mark so spreadsheet programs read å, ä and ö.
 *
 * Formula injection: a text cell that starts with `=`, `+`, `-`, `@`, tab or carriage return is written with a
 * leading apostrophe (`'=1+1`), which spreadsheets show as text. So that the file still reads back to exactly what
 * was stored, a text that itself starts with an apostrophe gets one more. Numbers are written as numbers.
 * `parseExportCsv` reverses all of it.
 */
import { DONT_KNOW, SKIPPED, allQuestions, allowedSpecialCodes, questionOptions } from '@svara/schema';
import type { Answer, Answers, OptionValue, Question, Submission, Survey } from '@svara/schema';

export type Separator = ',' | ';' | '\t';
export const SEPARATORS: readonly Separator[] = [',', ';', '\t'];
const BOM = '\uFEFF';
/** Joins the values of a multi answer in one cell. Option values never contain it. */
export const LIST_SEPARATOR = ';';

const DANGEROUS = /^[=+\-@\t\r']/;

/** Text as a cell: neutralised against formula injection, quoted when needed. */
export function csvText(text: string, separator: Separator = ','): string {
  const safe = DANGEROUS.test(text) ? `'${text}` : text;
  // Quoted also when it starts with a byte-order mark, which a reader would take for the file's own.
  return safe.includes('"') || safe.includes(separator) || /[\r\n]/.test(safe) || safe.startsWith(BOM)
    ? `"${safe.replaceAll('"', '""')}"`
    : safe;
}

/** A value as a cell: numbers and booleans as they are, text neutralised, nothing as an empty cell. */
export function csvCell(value: unknown, separator: Separator = ','): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return csvText(String(value), separator);
}

export function csvRow(cells: readonly unknown[], separator: Separator = ','): string {
  return `${cells.map((cell) => csvCell(cell, separator)).join(separator)}\r\n`;
}

/** Undoes the neutralisation of a text cell. */
export function unneutralise(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF). Strips a leading byte-order mark. */
export function parseCsv(text: string, separator: Separator = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.startsWith(BOM) ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === separator) {
      row.push(field);
      field = '';
    } else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      if (c === '\r') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** A stored response as exported: the submission and when the server received it. */
export interface ExportedResponse {
  receivedAt: string;
  submission: Submission;
}

interface Column {
  header: string;
  get(row: ExportedResponse): unknown;
  /** Puts the cell's value (already un-neutralised, never empty) back into a submission being rebuilt. */
  set(target: Submission, cell: string): void;
}

const bool = (cell: string): boolean => cell === 'true';

/** Finds the stored value a cell stands for: an option value or a special code, else the text itself. */
function valueFinder(question: Question): (cell: string) => OptionValue {
  const values = new Map<string, OptionValue>();
  for (const option of questionOptions(question)) values.set(String(option.value), option.value);
  for (const code of allowedSpecialCodes(question)) values.set(code, code);
  return (cell) => values.get(cell) ?? cell;
}

function questionColumns(question: Question): Column[] {
  const id = question.id;
  const answers = (row: ExportedResponse): Answers => row.submission.answers;
  const answer = (row: ExportedResponse): Answer | undefined =>
    Object.hasOwn(answers(row), id) ? answers(row)[id] : undefined;
  const put = (target: Submission, value: Answer) => {
    target.answers[id] = value;
  };
  switch (question.type) {
    case 'scale':
    case 'choice': {
      const find = valueFinder(question);
      return [{ header: id, get: answer, set: (t, cell) => put(t, find(cell)) }];
    }
    case 'multi': {
      const find = valueFinder(question);
      const special = new Set<string>([DONT_KNOW, SKIPPED]);
      return [
        {
          header: id,
          get: (row) => {
            const a = answer(row);
            return Array.isArray(a) ? a.join(LIST_SEPARATOR) : a;
          },
          set: (t, cell) =>
            put(t, special.has(cell) ? cell : cell.split(LIST_SEPARATOR).map((part) => find(part))),
        },
      ];
    }
    case 'scale-group': {
      const find = valueFinder(question);
      return question.items.map((item) => ({
        header: `${id}.${item.id}`,
        get: (row) => {
          const a = answer(row);
          return a && typeof a === 'object' && !Array.isArray(a) && Object.hasOwn(a, item.id)
            ? a[item.id]
            : undefined;
        },
        set: (t, cell) => {
          const group = (Object.hasOwn(t.answers, id) ? t.answers[id] : {}) as Record<string, OptionValue>;
          group[item.id] = find(cell);
          put(t, group);
        },
      }));
    }
    case 'consent':
      return [{ header: id, get: answer, set: (t, cell) => put(t, bool(cell)) }];
    default:
      return [{ header: id, get: answer, set: (t, cell) => put(t, cell) }];
  }
}

const optionalBool = (cell: string): boolean | undefined => (cell === '' ? undefined : bool(cell));

/** The envelope columns, then one per question. `set` of envelope columns also receives empty cells. */
function columnsFor(survey: Survey): { envelope: Column[]; questions: Column[] } {
  const s = (row: ExportedResponse) => row.submission;
  const envelope: Column[] = [
    { header: 'submission_id', get: (r) => s(r).submissionId, set: (t, c) => void (t.submissionId = c) },
    { header: 'survey_id', get: (r) => s(r).surveyId, set: (t, c) => void (t.surveyId = c) },
    {
      header: 'survey_version',
      get: (r) => s(r).surveyVersion,
      set: (t, c) => void (t.surveyVersion = Number(c)),
    },
    { header: 'received_at', get: (r) => r.receivedAt, set: () => {} },
    { header: 'submitted_at', get: (r) => s(r).submittedAt, set: (t, c) => void (t.submittedAt = c) },
    { header: 'lang', get: (r) => s(r).lang, set: (t, c) => void (t.lang = c) },
    {
      header: 'answered_by',
      get: (r) => s(r).meta.answeredBy,
      set: (t, c) => void (t.meta.answeredBy = c as Submission['meta']['answeredBy']),
    },
    {
      header: 'mode',
      get: (r) => s(r).meta.mode,
      set: (t, c) => void (t.meta.mode = c as Submission['meta']['mode']),
    },
    ...(['plain', 'pictograms', 'readAloud'] as const).map((key): Column => ({
      header: key === 'readAloud' ? 'read_aloud' : key,
      get: (r) => s(r).meta[key],
      set: (t, c) => {
        const value = optionalBool(c);
        if (value !== undefined) t.meta[key] = value;
      },
    })),
  ];
  return { envelope, questions: allQuestions(survey).flatMap(questionColumns) };
}

/** Streams the CSV export: the header row first, then `rows` as they come. */
export async function* exportCsv(
  survey: Survey,
  rows: AsyncIterable<ExportedResponse> | Iterable<ExportedResponse>,
  separator: Separator = ',',
  batch = 500,
): AsyncGenerator<string> {
  const { envelope, questions } = columnsFor(survey);
  const columns = [...envelope, ...questions];
  yield (
    BOM +
    csvRow(
      columns.map((c) => c.header),
      separator,
    )
  );
  let chunk = '';
  let n = 0;
  for await (const row of rows) {
    chunk += csvRow(
      columns.map((c) => c.get(row)),
      separator,
    );
    if (++n % batch === 0) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/** Reads an exported CSV back into the responses it was made from. Throws on a header that does not fit. */
export function parseExportCsv(survey: Survey, text: string, separator: Separator = ','): ExportedResponse[] {
  const [header, ...rows] = parseCsv(text, separator);
  const { envelope, questions } = columnsFor(survey);
  const columns = [...envelope, ...questions];
  const expected = columns.map((c) => c.header);
  if (!header || header.join('\u0000') !== expected.join('\u0000')) {
    throw new Error(`The header does not match survey "${survey.id}": expected ${expected.join(separator)}`);
  }
  return rows.map((cells) => {
    const submission = {
      answers: {},
      meta: {},
    } as Submission;
    let receivedAt = '';
    columns.forEach((column, i) => {
      const cell = unneutralise(cells[i] ?? '');
      if (column.header === 'received_at') receivedAt = cell;
      else if (i < envelope.length) column.set(submission, cell);
      else if (cell !== '') column.set(submission, cell);
    });
    return { receivedAt, submission };
  });
}

/** Streams the JSON export: an array with one object per response (the stored submission and `receivedAt`). */
export async function* exportJson(
  rows: AsyncIterable<ExportedResponse> | Iterable<ExportedResponse>,
  batch = 500,
): AsyncGenerator<string> {
  let chunk = '[';
  let n = 0;
  for await (const row of rows) {
    chunk += `${n === 0 ? '\n' : ',\n'}${JSON.stringify({ ...row.submission, receivedAt: row.receivedAt })}`;
    if (++n % batch === 0) {
      yield chunk;
      chunk = '';
    }
  }
  yield `${chunk}\n]\n`;
}
