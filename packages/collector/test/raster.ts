/**
 * Rasterising the QR posters as a printer would, with Debian's tools: pdftoppm (poppler-utils) for the PDF, and
 * rsvg-convert (librsvg2-bin) to turn the SVG into a PDF first. Installed with apt-get when missing and running
 * as root on Debian (as `npm test` does for PostgreSQL); otherwise the test fails saying how to install them.
 */
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';

/** Asynchronous, so that the test's HTTP client keeps its connections while a page renders. */
const run = promisify(execFile);

const TOOLS = { pdftoppm: 'poppler-utils', 'rsvg-convert': 'librsvg2-bin' } as const;

const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;

export function ensureRasterTools(): void {
  const missing = Object.entries(TOOLS).filter(([tool]) => !has(tool));
  if (!missing.length) return;
  const packages = missing.map(([, pkg]) => pkg);
  const how = `Install them: apt-get install ${packages.join(' ')}`;
  if (process.getuid?.() !== 0 || !has('apt-get'))
    throw new Error(`${missing.map(([t]) => t).join(', ')} missing. ${how}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { env, stdio: 'ignore' });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { env, stdio: 'ignore' });
  if (missing.some(([tool]) => !has(tool)))
    throw new Error(`apt-get did not install ${packages.join(' ')}. ${how}`);
}

/** A binary PPM (P6) as RGBA pixels. */
function readPpm(bytes: Buffer): { data: Uint8ClampedArray; width: number; height: number } {
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('not a binary PPM');
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = bytes.subarray(header[0].length);
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    data[i * 4] = pixels[i * 3]!;
    data[i * 4 + 1] = pixels[i * 3 + 1]!;
    data[i * 4 + 2] = pixels[i * 3 + 2]!;
    data[i * 4 + 3] = 255;
  }
  return { data, width, height };
}

/** Renders page 1 of a PDF at `dpi` and decodes the QR code on it (undefined when none is found). */
export async function qrInPdf(
  pdf: Uint8Array,
  dir: string,
  dpi = 100,
): Promise<{ text: string | undefined; width: number; height: number }> {
  const file = join(dir, `poster-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  await run('pdftoppm', ['-r', String(dpi), '-singlefile', file, file.replace(/\.pdf$/, '')]);
  const image = readPpm(readFileSync(file.replace(/\.pdf$/, '.ppm')));
  return {
    text: jsQR(image.data, image.width, image.height)?.data,
    width: image.width,
    height: image.height,
  };
}

/** The SVG rendered by librsvg (through PDF), then as qrInPdf. */
export async function qrInSvg(
  svg: string,
  dir: string,
  dpi = 100,
): Promise<{ text: string | undefined; width: number; height: number }> {
  const file = join(dir, `poster-${Math.random().toString(36).slice(2)}.svg`);
  writeFileSync(file, svg);
  const { stdout } = await run('rsvg-convert', ['-f', 'pdf', file], {
    encoding: 'buffer',
    maxBuffer: 64 << 20,
  });
  return qrInPdf(stdout, dir, dpi);
}

/** The text of a PDF, as pdftotext reads it (poppler-utils). */
export async function pdfText(pdf: Uint8Array, dir: string): Promise<string> {
  const file = join(dir, `text-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  return (await run('pdftotext', ['-layout', file, '-'])).stdout;
}
