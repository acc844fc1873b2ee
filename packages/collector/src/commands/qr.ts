import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';

import { qrPng, qrSvg } from '../qr.js';
import type { QrOptions } from '../qr.js';
import { integer, parse } from './args.js';
import type { Command } from './types.js';
import { UsageError } from './types.js';

export const command: Command = {
  name: 'qr',
  summary: 'make a QR code for posters',
  usage: `svara qr <url> [--out qr.svg | qr.png] [--ecl L|M|Q|H] [--margin <modules>]

Writes a QR code for <url>: SVG (any print size) or PNG, by --out's extension; without --out, SVG to standard
output. Error correction M by default; H survives more wear on a printed poster.`,
  async run(args, io) {
    const { values, positionals } = parse(
      args,
      { out: { type: 'string' }, ecl: { type: 'string' }, margin: { type: 'string' } },
      true,
    );
    if (positionals.length !== 1) throw new UsageError('Give exactly one address.');
    const url = positionals[0]!;
    const ecl = (values.ecl ?? 'M').toUpperCase();
    if (!['L', 'M', 'Q', 'H'].includes(ecl)) throw new UsageError('--ecl must be L, M, Q or H.');
    const options: QrOptions = { errorCorrection: ecl as QrOptions['errorCorrection'] };
    const margin = integer(values.margin, 'margin', 0, 40);
    if (margin !== undefined) options.margin = margin;
    if (!/^https?:\/\//i.test(url))
      io.stderr.write(`Note: "${url}" is not an http(s) address; phones may not open it.\n`);
    if (!values.out) {
      io.stdout.write(await qrSvg(url, options));
      return 0;
    }
    const out = resolve(io.cwd, values.out);
    if (out.toLowerCase().endsWith('.png')) await writeFile(out, await qrPng(url, options));
    else if (out.toLowerCase().endsWith('.svg')) await writeFile(out, await qrSvg(url, options));
    else throw new UsageError('--out must end in .svg or .png.');
    io.stderr.write(`Wrote ${values.out}\n`);
    return 0;
  },
};
