#!/usr/bin/env node
/**
 * Writes the test and story fixtures under src/fixtures/arasaac/{id}/{id}_500.png: tiny PNGs drawn here (a
 * tick, a cross, a question mark), NOT downloaded from ARASAAC. They stand in for self-hosted ARASAAC files so
 * tests and stories exercise the real layout without any third-party image. Run: node scripts/make-fixtures.mjs
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 100;
const OUT = join(dirname(fileURLToPath(import.meta.url)), '../src/fixtures/arasaac');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A 100×100 RGB PNG: white, with thick strokes along `segments` in `rgb`. */
function png(segments, rgb) {
  const pixels = Buffer.alloc(SIZE * (SIZE * 3 + 1), 0xff);
  const near = (x, y) =>
    segments.some(([x1, y1, x2, y2]) => {
      const dx = x2 - x1;
      const dy = y2 - y1;
      const t = Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy || 1)));
      return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy)) <= 6;
    });
  for (let y = 0; y < SIZE; y++) {
    pixels[y * (SIZE * 3 + 1)] = 0; // filter: none
    for (let x = 0; x < SIZE; x++) {
      if (!near(x, y)) continue;
      pixels.set(rgb, y * (SIZE * 3 + 1) + 1 + x * 3);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const fixtures = {
  // "yes": a green tick
  5584: png(
    [
      [20, 52, 42, 74],
      [42, 74, 82, 28],
    ],
    [0x1b, 0x6e, 0x20],
  ),
  // "no": a red cross
  5526: png(
    [
      [24, 24, 76, 76],
      [76, 24, 24, 76],
    ],
    [0xb3, 0x26, 0x1e],
  ),
  // "don't know": a dark question mark
  7180: png(
    [
      [32, 30, 40, 20],
      [40, 20, 60, 20],
      [60, 20, 68, 30],
      [68, 30, 66, 42],
      [66, 42, 50, 52],
      [50, 52, 50, 64],
      [50, 80, 50, 82],
    ],
    [0x22, 0x22, 0x22],
  ),
};

for (const [id, bytes] of Object.entries(fixtures)) {
  const file = join(OUT, id, `${id}_500.png`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, bytes);
  console.log(`${file} (${bytes.length} bytes)`);
}
