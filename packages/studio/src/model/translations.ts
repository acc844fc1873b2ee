/**
 * The translations table: every text of a survey, per language, with what is missing — and the two files a
 * translator works with, CSV (a spreadsheet) and XLIFF 1.2 (translation tools). Export and import are pure
 * text in, text out, so they run the same in the browser and in Node tests.
 */
import { formatPath, iterateLocalized } from '@svara/schema';
import type { Survey, TextRole } from '@svara/schema';
import type { Draft, Path } from './draft.js';
import { languagesOf, mainLanguage, setText, textIn } from './draft.js';

export interface TranslationRow {
  path: Path;
  /** `questions[2].text`, the row's name in both file formats. */
  key: string;
  role: TextRole;
  /** A plain-language variant. */
  plain: boolean;
  /** The text in each language ('' where missing). */
  texts: Record<string, string>;
  /** The survey's languages this text has no translation in. */
  missing: string[];
}

/** Texts that are not required: emptied in an import, they are removed. */
const OPTIONAL_ROLES: ReadonlySet<TextRole> = new Set(['intro', 'thanks', 'privacy', 'description', 'label']);

/** Every text of the draft, in document order, with its translations. */
export function translationRows(draft: Draft): TranslationRow[] {
  const languages = languagesOf(draft);
  const rows: TranslationRow[] = [];
  try {
    for (const entry of iterateLocalized(draft as unknown as Survey)) {
      if (entry.kind !== 'text') continue;
      const texts = Object.fromEntries(languages.map((lang) => [lang, textIn(draft, entry.path, lang)]));
      rows.push({
        path: entry.path,
        key: formatPath(entry.path),
        role: entry.role,
        plain: entry.plain,
        texts,
        missing: languages.filter((lang) => texts[lang] === ''),
      });
    }
  } catch {
    // A draft whose structure is still broken: the rows found so far are what can be translated now.
  }
  return rows;
}

/** How many texts lack each language. */
export function missingCounts(
  rows: readonly TranslationRow[],
  languages: readonly string[],
): Record<string, number> {
  return Object.fromEntries(
    languages.map((lang) => [lang, rows.filter((row) => row.missing.includes(lang)).length]),
  );
}

export interface ImportResult {
  draft: Draft;
  /** How many texts changed. */
  changed: number;
  /** Lines or units that could not be used, with why (line numbers from 1). */
  problems: { where: string; message: string; code: ImportProblem }[];
}

export type ImportProblem = 'unknown-text' | 'unknown-language' | 'no-header' | 'not-xliff';

/** Writes one imported text, counting real changes only. */
function applyText(
  draft: Draft,
  rows: ReadonlyMap<string, TranslationRow>,
  key: string,
  lang: string,
  text: string,
): { draft: Draft; changed: boolean } {
  const row = rows.get(key)!;
  if (textIn(draft, row.path, lang) === text) return { draft, changed: false };
  const optional = row.plain || OPTIONAL_ROLES.has(row.role) || lang !== mainLanguage(draft);
  return { draft: setText(draft, row.path, lang, text, { optional }), changed: true };
}

// ─── CSV (RFC 4180; the first row names the columns) ──────────────────────────────────────────────────────

const csvCell = (value: string): string =>
  /[",\r\n;]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

/** The table as CSV: `text,role,sv,en,…`, one row per text, UTF-8 with a BOM so spreadsheets read å, ä, ö. */
export function exportCsv(draft: Draft): string {
  const languages = languagesOf(draft);
  const lines = [['text', 'role', ...languages].map(csvCell).join(',')];
  for (const row of translationRows(draft)) {
    const role = row.plain ? `${row.role} (lättläst)` : row.role;
    lines.push([row.key, role, ...languages.map((lang) => row.texts[lang] ?? '')].map(csvCell).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Splits CSV text into rows of cells (quoted cells may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const input = text.replace(/^\uFEFF/, '');
  const separator = detectSeparator(input);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!;
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === separator) {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && input[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => r.some((c) => c !== ''));
}

/** Spreadsheets in Swedish save CSV with semicolons: the header line tells which. */
function detectSeparator(text: string): string {
  const header = text.slice(0, text.search(/\r|\n|$/));
  const count = (s: string) => header.split(s).length - 1;
  return count(';') > count(',') ? ';' : count('\t') > count(',') ? '\t' : ',';
}

/** Reads a CSV made by {@link exportCsv} (and edited in a spreadsheet) back into the draft. */
export function importCsv(draft: Draft, text: string): ImportResult {
  const table = parseCsv(text);
  const header = table[0]?.map((cell) => cell.trim());
  const problems: ImportResult['problems'] = [];
  if (!header || header[0] !== 'text') {
    return {
      draft,
      changed: 0,
      problems: [{ where: '1', code: 'no-header', message: 'text,role,sv,…' }],
    };
  }
  const languages = languagesOf(draft);
  const rows = new Map(translationRows(draft).map((row) => [row.key, row]));
  const columns = header.map((name, i) => ({ name, i })).slice(2);
  for (const { name } of columns) {
    if (!languages.includes(name)) problems.push({ where: '1', code: 'unknown-language', message: name });
  }
  let changed = 0;
  let next = draft;
  for (const [n, cells] of table.slice(1).entries()) {
    const key = cells[0]?.trim() ?? '';
    if (!rows.has(key)) {
      problems.push({ where: String(n + 2), code: 'unknown-text', message: key });
      continue;
    }
    for (const { name, i } of columns) {
      if (!languages.includes(name)) continue;
      const applied = applyText(next, rows, key, name, (cells[i] ?? '').trim());
      next = applied.draft;
      if (applied.changed) changed++;
    }
  }
  return { draft: next, changed, problems };
}

// ─── XLIFF 1.2 (one file per target language) ─────────────────────────────────────────────────────────────

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, data: string) =>
      data.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`),
    )
    .replace(/<[^>]+>/g, '') // inline markup a tool may add (<g>, <mrk>): its text is what counts
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code =
          name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    });
}

/** The survey's texts for a translator into `target`: XLIFF 1.2 with the main language as source. */
export function exportXliff(draft: Draft, target: string): string {
  const source = mainLanguage(draft);
  const id = typeof draft['id'] === 'string' ? draft['id'] : 'enkat';
  const units = translationRows(draft)
    .filter((row) => row.texts[source] !== '')
    .map((row) => {
      const note = row.plain ? `${row.role}, lättläst` : row.role;
      const translated = row.texts[target] ?? textIn(draft, row.path, target);
      return [
        `      <trans-unit id="${escapeXml(row.key)}">`,
        `        <source>${escapeXml(row.texts[source] ?? '')}</source>`,
        translated
          ? `        <target state="translated">${escapeXml(translated)}</target>`
          : `        <target state="new"></target>`,
        `        <note>${escapeXml(note)}</note>`,
        `      </trans-unit>`,
      ].join('\n');
    });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
    `  <file original="${escapeXml(id)}" source-language="${escapeXml(source)}" target-language="${escapeXml(target)}" datatype="plaintext">`,
    '    <body>',
    ...units,
    '    </body>',
    '  </file>',
    '</xliff>',
    '',
  ].join('\n');
}

const attribute = (tag: string, name: string): string | undefined => {
  const match = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return match ? unescapeXml(match[2] ?? match[3] ?? '') : undefined;
};

/**
 * Reads the targets of an XLIFF 1.2 file (or 2.0: `<unit>`/`<segment>`) back into the draft, in the file's
 * target language. Units without a target, or with an empty one, change nothing.
 */
export function importXliff(draft: Draft, xml: string): ImportResult {
  const problems: ImportResult['problems'] = [];
  const file = /<file\b[^>]*>/.exec(xml)?.[0];
  const root = /<xliff\b[^>]*>/.exec(xml)?.[0];
  const target = (file && attribute(file, 'target-language')) ?? (root && attribute(root, 'trgLang'));
  if (!root || !target) {
    return { draft, changed: 0, problems: [{ where: '1', code: 'not-xliff', message: '' }] };
  }
  const lang = target.toLowerCase().split(/[-_]/)[0]!;
  const languages = languagesOf(draft);
  if (!languages.includes(lang)) {
    return { draft, changed: 0, problems: [{ where: '1', code: 'unknown-language', message: target }] };
  }
  const rows = new Map(translationRows(draft).map((row) => [row.key, row]));
  let changed = 0;
  let next = draft;
  const unit = /<(trans-unit|unit)\b([^>]*)>([\s\S]*?)<\/\1>/g;
  for (const match of xml.matchAll(unit)) {
    const key = attribute(match[0].slice(0, match[0].indexOf('>') + 1), 'id') ?? '';
    const body = /<target\b[^>]*>([\s\S]*?)<\/target>/.exec(match[3] ?? '');
    if (!body) continue;
    const text = unescapeXml(body[1] ?? '').trim();
    if (text === '') continue;
    if (!rows.has(key)) {
      const line = xml.slice(0, match.index).split('\n').length;
      problems.push({ where: String(line), code: 'unknown-text', message: key });
      continue;
    }
    const applied = applyText(next, rows, key, lang, text);
    next = applied.draft;
    if (applied.changed) changed++;
  }
  return { draft: next, changed, problems };
}
