#!/usr/bin/env node
/**
 * Writes the test and story fixtures under src/fixtures/arasaac/{id}/{id}_500.png: tiny PNGs drawn here (a
 * tick, a cross, a question mark, a house, a school, an ear, a speech bubble, a lifebuoy, two faces), NOT
 * downloaded from ARASAAC. They stand in for self-hosted ARASAAC files so tests, stories and the demo exercise the
 * real layout without any third-party image. Run: node scripts/make-fixtures.mjs [--out <dir>]
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

/** Segments along a circle's arc from `from` to `to` degrees (0 = right, 90 = down). */
function arc(cx, cy, r, from = 0, to = 360, steps = 24) {
  const points = Array.from({ length: steps + 1 }, (_, i) => {
    const angle = ((from + ((to - from) * i) / steps) * Math.PI) / 180;
    return [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
  });
  return points.slice(1).map(([x, y], i) => [points[i][0], points[i][1], x, y]);
}

/** A closed or open line through `points`. */
const line = (...points) => points.slice(1).map(([x, y], i) => [points[i][0], points[i][1], x, y]);

const DARK = [0x22, 0x22, 0x22];
const BLUE = [0x00, 0x4f, 0x9f];

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
    DARK,
  ),
  // "home": a house with a door
  6964: png(
    [
      ...line([18, 50], [50, 20], [82, 50]),
      ...line([28, 44], [28, 82], [72, 82], [72, 44]),
      ...line([44, 82], [44, 64], [56, 64], [56, 82]),
    ],
    BLUE,
  ),
  // "school": a building with a flag
  3082: png(
    [
      ...line([20, 42], [50, 26], [80, 42]),
      ...line([24, 42], [24, 82], [76, 82], [76, 42]),
      ...line([50, 26], [50, 10], [64, 14], [50, 18]),
      ...line([44, 82], [44, 66], [56, 66], [56, 82]),
      ...line([32, 52], [40, 52]),
      ...line([60, 52], [68, 52]),
    ],
    BLUE,
  ),
  // "listen": an ear
  6572: png(
    [...arc(50, 42, 24, 160, 380), ...line([73, 50], [54, 84], [42, 80]), ...arc(50, 44, 10, 180, 360, 12)],
    DARK,
  ),
  // "talk": a speech bubble with words in it
  6517: png(
    [
      ...line([16, 20], [84, 20], [84, 64], [40, 64], [24, 82], [28, 64], [16, 64], [16, 20]),
      ...line([28, 34], [72, 34]),
      ...line([28, 48], [60, 48]),
    ],
    DARK,
  ),
  // "help": a lifebuoy
  4570: png(
    [
      ...arc(50, 50, 32),
      ...arc(50, 50, 14),
      ...line([50, 18], [50, 36]),
      ...line([50, 64], [50, 82]),
      ...line([18, 50], [36, 50]),
      ...line([64, 50], [82, 50]),
    ],
    [0xb3, 0x26, 0x1e],
  ),
  // "happy": a smiling face
  35533: png(
    [
      ...arc(50, 50, 36),
      ...line([38, 38], [38, 44]),
      ...line([62, 38], [62, 44]),
      ...arc(50, 54, 16, 20, 160, 12),
    ],
    DARK,
  ),
  // "sad": a frowning face
  35545: png(
    [
      ...arc(50, 50, 36),
      ...line([38, 38], [38, 44]),
      ...line([62, 38], [62, 44]),
      ...arc(50, 76, 16, 200, 340, 12),
    ],
    DARK,
  ),
};

// `--out <dir>` writes them elsewhere too, in the same layout (the demo's self-hosted folder).
const outAt = process.argv.indexOf('--out');
const out = outAt > 0 ? process.argv[outAt + 1] : OUT;
for (const [id, bytes] of Object.entries(fixtures)) {
  const file = join(out, id, `${id}_500.png`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, bytes);
  console.log(`${file} (${bytes.length} bytes)`);
}
