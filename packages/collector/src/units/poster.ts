/**
 * The A4 poster for a unit's link: the survey's title, "Skanna koden för att svara", the QR code of the link and
 * the link itself in text (for people who type it). SVG (any print size) and PDF (pdf-lib, the PDF's own fonts).
 */
import QRCode from 'qrcode';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { PDFFont } from 'pdf-lib';

export interface PosterContent {
  title: string;
  /** The call to action, in the survey's language. */
  scan: string;
  url: string;
  lang: string;
}

/** A4 in millimetres. */
const WIDTH = 210;
const HEIGHT = 297;
const QR_SIZE = 130;

/** The dark modules of the QR code, as [row, column] pairs, and its size in modules (quiet zone excluded). */
function qrModules(url: string): { size: number; dark: [number, number][] } {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'Q' });
  const dark: [number, number][] = [];
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) if (modules.get(row, col)) dark.push([row, col]);
  }
  return { size: modules.size, dark };
}

/** Words in lines of at most `max` characters (a longer word gets a line of its own). */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

const escapeXml = (text: string): string =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

export async function posterSvg(content: PosterContent): Promise<string> {
  const { size, dark } = qrModules(content.url);
  // The quiet zone (4 modules) is part of the white square.
  const module = QR_SIZE / (size + 8);
  const qrX = (WIDTH - QR_SIZE) / 2;
  const qrY = 92;
  const title = wrap(content.title, 24);
  const titleLines = title
    .map((line, i) => `<tspan x="${WIDTH / 2}" dy="${i === 0 ? 0 : 13}">${escapeXml(line)}</tspan>`)
    .join('');
  const path = dark
    .map(
      ([row, col]) =>
        `M${(qrX + (col + 4) * module).toFixed(3)} ${(qrY + (row + 4) * module).toFixed(3)}h${module.toFixed(3)}v${module.toFixed(3)}h-${module.toFixed(3)}z`,
    )
    .join('');
  const link = wrap(content.url.replace(/\//g, '/ '), 42).map((l) => l.replace(/\/ /g, '/'));
  const linkLines = link
    .map((line, i) => `<tspan x="${WIDTH / 2}" dy="${i === 0 ? 0 : 7}">${escapeXml(line)}</tspan>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}mm" height="${HEIGHT}mm" viewBox="0 0 ${WIDTH} ${HEIGHT}" lang="${escapeXml(content.lang)}">
  <title>${escapeXml(content.title)}</title>
  <rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>
  <text x="${WIDTH / 2}" y="${40 - (title.length - 1) * 6}" text-anchor="middle" font-family="Arial, Helvetica, sans-serif" font-weight="700" font-size="11" fill="#000000">${titleLines}</text>
  <text x="${WIDTH / 2}" y="80" text-anchor="middle" font-family="Arial, Helvetica, sans-serif" font-size="8" fill="#000000">${escapeXml(content.scan)}</text>
  <rect x="${qrX}" y="${qrY}" width="${QR_SIZE}" height="${QR_SIZE}" fill="#ffffff"/>
  <path d="${path}" fill="#000000"/>
  <text x="${WIDTH / 2}" y="${qrY + QR_SIZE + 16}" text-anchor="middle" font-family="Arial, Helvetica, sans-serif" font-size="5.5" fill="#000000">${linkLines}</text>
</svg>
`;
}

const PT_PER_MM = 72 / 25.4;

/** `text` with the characters the font cannot draw replaced by "?" (the PDF's standard fonts are Latin only). */
function drawable(font: PDFFont, text: string): string {
  const known = new Set(font.getCharacterSet());
  return [...text].map((c) => (known.has(c.codePointAt(0)!) ? c : '?')).join('');
}

export async function posterPdf(content: PosterContent): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(content.title);
  pdf.setLanguage(content.lang);
  pdf.setCreator('svara');
  const page = pdf.addPage([WIDTH * PT_PER_MM, HEIGHT * PT_PER_MM]);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const pt = (mm: number) => mm * PT_PER_MM;
  // PDF y runs upwards from the bottom; the layout is written top-down in millimetres like the SVG's.
  const centred = (text: string, font: PDFFont, sizeMm: number, yMm: number) => {
    const line = drawable(font, text);
    const size = pt(sizeMm);
    page.drawText(line, {
      x: (page.getWidth() - font.widthOfTextAtSize(line, size)) / 2,
      y: page.getHeight() - pt(yMm),
      size,
      font,
      color: rgb(0, 0, 0),
    });
  };
  const title = wrap(content.title, 24);
  title.forEach((line, i) => centred(line, bold, 11, 40 - (title.length - 1) * 6 + i * 13));
  centred(content.scan, regular, 8, 80);
  const { size, dark } = qrModules(content.url);
  const module = QR_SIZE / (size + 8);
  const qrX = (WIDTH - QR_SIZE) / 2;
  const qrY = 92;
  for (const [row, col] of dark) {
    page.drawRectangle({
      x: pt(qrX + (col + 4) * module),
      y: page.getHeight() - pt(qrY + (row + 5) * module),
      width: pt(module),
      height: pt(module),
      color: rgb(0, 0, 0),
    });
  }
  const link = wrap(content.url.replace(/\//g, '/ '), 42).map((l) => l.replace(/\/ /g, '/'));
  link.forEach((line, i) => centred(line, regular, 5.5, qrY + QR_SIZE + 16 + i * 7));
  return pdf.save();
}
