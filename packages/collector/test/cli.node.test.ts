/** The `svara` CLI, run in-process through `main` (and `qr`'s output decoded as a phone would). */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import jsQR from 'jsqr';

import { main } from '../src/cli.js';
import type { Io } from '../src/commands/types.js';
import { parseExportCsv } from '../src/csv.js';
import { qrSvg } from '../src/qr.js';
import { EXAMPLES, childSubmission, exampleSurvey, tempDir } from './helpers.js';

/** At least 32 random characters, as serve demands. */
const ADMIN_TOKEN = 'cli-test-token-Q3vX9kTq2LmZ8wRb7NfY';

function io(extra: Partial<Io> = {}): Io & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (t: string) => (out += t) },
    stderr: { write: (t: string) => (err += t) },
    env: {},
    cwd: process.cwd(),
    out: () => out,
    err: () => err,
    ...extra,
  };
}

/**
 * Rasterises the SVG that `qrcode` writes: a white background and one stroked path of horizontal runs
 * (`M x y.5 h n m dx dy h n …`). Any other path command fails the test rather than being guessed at.
 */
function rasterise(svg: string, scale = 8): { data: Uint8ClampedArray; width: number; height: number } {
  const viewBox = /viewBox="0 0 (\d+) (\d+)"/.exec(svg);
  assert.ok(viewBox, 'the SVG has a viewBox');
  const [cols, rows] = [Number(viewBox[1]), Number(viewBox[2])];
  const width = cols * scale;
  const height = rows * scale;
  const data = new Uint8ClampedArray(width * height * 4).fill(255);
  const d = /<path[^>]*stroke="#000000"[^>]*d="([^"]+)"/.exec(svg)?.[1];
  assert.ok(d, 'the SVG has the dark modules path');
  let x = 0;
  let y = 0;
  for (const [, command, args] of d.matchAll(/([A-Za-z])([^A-Za-z]*)/g)) {
    const n = args!.trim()
      ? args!
          .trim()
          .split(/[\s,]+/)
          .map(Number)
      : [];
    switch (command) {
      case 'M':
        [x, y] = [n[0]!, n[1]!];
        break;
      case 'm':
        [x, y] = [x + n[0]!, y + n[1]!];
        break;
      case 'h': {
        const row = Math.floor(y);
        for (let c = x; c < x + n[0]!; c++) {
          for (let py = row * scale; py < (row + 1) * scale; py++) {
            for (let px = c * scale; px < (c + 1) * scale; px++)
              data.fill(0, (py * width + px) * 4, (py * width + px) * 4 + 3);
          }
        }
        x += n[0]!;
        break;
      }
      default:
        assert.fail(`unexpected path command ${command}`);
    }
  }
  return { data, width, height };
}

describe('svara CLI', () => {
  test('help lists the commands; unknown commands and wrong options exit 2 with usage', async () => {
    const a = io();
    assert.equal(await main(['help'], a), 0);
    for (const name of ['serve', 'validate', 'lint', 'export', 'qr'])
      assert.match(a.out(), new RegExp(`\\n  ${name} `));
    const b = io();
    assert.equal(await main(['nope'], b), 2);
    assert.match(b.err(), /unknown command "nope"/);
    const c = io();
    assert.equal(await main(['serve', '--surveys', EXAMPLES], c), 2);
    assert.match(c.err(), /--db <file.sqlite \| postgres:\/\/…> is required/);
    const d = io();
    assert.equal(await main(['qr', 'https://x.example', '--bogus'], d), 2);
    assert.match(d.err(), /Unknown option '--bogus'/);
    const e = io();
    assert.equal(await main(['help', 'serve'], e), 0);
    assert.match(e.out(), /--allow-origin/);
  });

  test('validate: every example is valid; a broken file gets path-and-message errors and exit 1', async () => {
    const ok = io();
    assert.equal(await main(['validate', EXAMPLES], ok), 0);
    const count = readdirSync(EXAMPLES).filter((f) => f.endsWith('.json')).length;
    assert.ok(count >= 8);
    assert.match(ok.out(), new RegExp(`\\b${count} valid, 0 invalid`));
    const dir = tempDir();
    try {
      const bad = JSON.parse(readFileSync(join(EXAMPLES, 'familjeenheten-barn.json'), 'utf8'));
      bad.questions[1].scale = 'smiley-7';
      writeFileSync(join(dir.dir, 'bad.json'), JSON.stringify(bad));
      const out = io();
      assert.equal(await main(['validate', join(dir.dir, 'bad.json')], out), 1);
      assert.match(out.out(), /bad\.json questions\[1\]\.scale: .+/);
    } finally {
      dir.remove();
    }
  });

  test('lint: the examples are clean; a hard text gets a warning, and --strict makes it fail', async () => {
    const clean = io();
    assert.equal(await main(['lint', EXAMPLES, '--strict'], clean), 0, clean.out());
    const dir = tempDir();
    try {
      const hard = JSON.parse(readFileSync(join(EXAMPLES, 'familjeenheten-barn.json'), 'utf8'));
      hard.questions[0].text.sv =
        'Handläggningsprocessens övergripande målsättningar kommunicerades tillfredsställande under sammanträdet och informationsöverföringen fungerade.';
      writeFileSync(join(dir.dir, 'hard.json'), JSON.stringify(hard));
      const lax = io();
      assert.equal(await main(['lint', dir.dir], lax), 0);
      assert.match(lax.out(), /questions\[0\]\.text.*\[(lix|long-sentence)\]/);
      assert.equal(await main(['lint', dir.dir, '--strict'], io()), 1);
    } finally {
      dir.remove();
    }
  });

  test('serve: a bad definition stops start-up with the file, path and message', async () => {
    const dir = tempDir();
    try {
      const surveys = join(dir.dir, 'surveys');
      mkdirSync(surveys);
      copyFileSync(join(EXAMPLES, 'bemotandekollen.json'), join(surveys, 'ok.json'));
      const bad = JSON.parse(readFileSync(join(EXAMPLES, 'familjeenheten-barn.json'), 'utf8'));
      delete bad.questions[0].text;
      writeFileSync(join(surveys, 'bad.json'), JSON.stringify(bad));
      const out = io();
      assert.equal(await main(['serve', '--surveys', surveys, '--db', join(dir.dir, 'x.sqlite')], out), 1);
      assert.match(out.err(), /not starting/);
      assert.match(out.err(), /bad\.json questions\[0\]\.text: .+/);
    } finally {
      dir.remove();
    }
  });

  test('serve runs until stopped; export writes the CSV of what it stored', async () => {
    const dir = tempDir();
    let stop!: () => void;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    let listening!: (url: string) => void;
    const url = new Promise<string>((resolve) => (listening = resolve));
    const db = join(dir.dir, 'data', 'svara.sqlite');
    const serveIo = io({
      stdout: { write: (t: string) => listening(/listening on (\S+)/.exec(t)![1]!) },
      env: { SVARA_ADMIN_TOKEN: ADMIN_TOKEN },
      stopped: () => stopped,
    });
    try {
      const running = main(
        [
          'serve',
          '--surveys',
          EXAMPLES,
          '--db',
          db,
          '--port',
          '0',
          '--allow-origin',
          'https://a.example,https://b.example',
        ],
        serveIo,
      );
      const base = await url;
      const health = await fetch(`${base}/healthz`);
      assert.deepEqual(await health.json(), { ok: true, store: 'sqlite' });
      const preflight = await fetch(`${base}/api/surveys`, { headers: { origin: 'https://b.example' } });
      assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://b.example');
      const submission = childSubmission({ 'vet-varfor': 2, kommentar: '=1+1' });
      const posted = await fetch(`${base}/api/surveys/familjeenheten-barn/responses`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: JSON.stringify(submission),
      });
      assert.equal(posted.status, 201);
      const exported = await fetch(`${base}/api/surveys/familjeenheten-barn/export.json`, {
        headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      });
      assert.equal(exported.status, 200);
      stop();
      assert.equal(await running, 0);
      assert.match(serveIo.err(), /SVARA_ADMIN_TOKEN is deprecated/);

      const out = join(dir.dir, 'export.csv');
      const exportIo = io();
      const code = await main(
        ['export', '--db', db, '--surveys', EXAMPLES, '--survey', 'familjeenheten-barn', '--out', out],
        exportIo,
      );
      assert.equal(code, 0, exportIo.err());
      const csv = readFileSync(out, 'utf8');
      assert.ok(csv.includes("'=1+1"));
      assert.deepEqual(
        parseExportCsv(exampleSurvey('familjeenheten-barn'), csv).map((r) => r.submission),
        [submission],
      );
    } finally {
      stop();
      dir.remove();
    }
  });

  test('qr: the SVG decodes to the address it was made for', async () => {
    const dir = tempDir();
    try {
      const address = 'https://svar.example/enkat/medborgardialog-trygghet?kalla=affisch';
      const svgFile = join(dir.dir, 'qr.svg');
      const a = io();
      assert.equal(await main(['qr', address, '--out', svgFile], a), 0, a.err());
      const svg = readFileSync(svgFile, 'utf8');
      assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      const image = rasterise(svg);
      const decoded = jsQR(image.data, image.width, image.height);
      assert.equal(decoded?.data, address);

      const high = io();
      assert.equal(await main(['qr', address, '--ecl', 'H', '--margin', '2'], high), 0);
      const h = rasterise(high.out());
      assert.equal(jsQR(h.data, h.width, h.height)?.data, address, 'error correction H, printed to stdout');

      const pngFile = join(dir.dir, 'qr.png');
      assert.equal(await main(['qr', address, '--out', pngFile], io()), 0);
      assert.deepEqual(
        [...readFileSync(pngFile).subarray(0, 8)],
        [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
      );
    } finally {
      dir.remove();
    }
  });

  test('the decode can fail: the same code with its lower half missing does not decode', async () => {
    const svg = await qrSvg('https://svar.example/enkat/x');
    const d = /stroke="#000000" d="([^"]+)"/.exec(svg)![1]!;
    const rows = d.split('M').filter(Boolean);
    const damaged = svg.replace(
      d,
      rows
        .slice(0, Math.floor(rows.length / 2))
        .map((r) => `M${r}`)
        .join(''),
    );
    const whole = rasterise(svg);
    assert.equal(jsQR(whole.data, whole.width, whole.height)?.data, 'https://svar.example/enkat/x');
    const half = rasterise(damaged);
    assert.equal(jsQR(half.data, half.width, half.height), null);
  });
});
