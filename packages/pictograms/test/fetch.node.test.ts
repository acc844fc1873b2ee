/**
 * `svara pictograms fetch` against a fake ARASAAC on 127.0.0.1. Nothing here may reach arasaac.org: every test
 * gives `--source`, and global fetch is guarded to refuse anything but the loopback address.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import { FIXTURE_URLS } from '@svara/testing/pictograms';
import { main } from '../../collector/src/cli.js';
import { command, fetchPictograms } from '../src/cli/fetch.js';
import type { Manifest } from '../src/cli/fetch.js';

const PNG = await readFile(new URL(FIXTURE_URLS[5584]!));
const requests: string[] = [];
let source = '';
const server = createServer((request, response) => {
  requests.push(request.url ?? '');
  const match = /^\/pictograms\/(\d+)\/\1_500\.png$/.exec(request.url ?? '');
  if (match?.[1] === '666') {
    response.writeHead(200, { 'content-type': 'text/html' }).end('<h1>Not a picture</h1>');
  } else if (match && match[1] !== '999') {
    response.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
  } else {
    response.writeHead(404).end();
  }
});

const realFetch = globalThis.fetch;
before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  source = `http://127.0.0.1:${(server.address() as AddressInfo).port}/pictograms`;
  // The guard: a request anywhere but the fake server fails the test run loudly.
  globalThis.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.hostname !== '127.0.0.1') throw new Error(`test tried to reach ${url.href}`);
    return realFetch(input, init);
  };
});
after(() => {
  globalThis.fetch = realFetch;
  server.close();
});

let out = '';
beforeEach(async () => {
  out = await mkdtemp(join(tmpdir(), 'svara-pictograms-'));
  requests.length = 0;
});
afterEach(() => rm(out, { recursive: true, force: true }));

function io() {
  const text = { stdout: '', stderr: '' };
  return {
    text,
    io: {
      stdout: { write: (s: string) => (text.stdout += s) },
      stderr: { write: (s: string) => (text.stderr += s) },
      env: {},
      cwd: out,
    },
  };
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );
const manifestOf = async (): Promise<Manifest> =>
  JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as Manifest;

describe('svara pictograms fetch', () => {
  test('--ids downloads each pictogram into ARASAAC’s layout and writes the manifest', async () => {
    const { io: cli, text } = io();
    const code = await command.run(
      ['fetch', '--ids', '5584,5526', '--out', 'public', '--source', source],
      cli,
    );
    assert.equal(code, 0, text.stderr);
    out = join(out, 'public');
    assert.deepEqual(await readFile(join(out, '5584/5584_500.png')), PNG);
    assert.ok(await exists(join(out, '5526/5526_500.png')));
    assert.deepEqual(requests.sort(), ['/pictograms/5526/5526_500.png', '/pictograms/5584/5584_500.png']);
    const manifest = await manifestOf();
    assert.equal(manifest.licence, 'CC BY-NC-SA 4.0');
    assert.deepEqual(
      manifest.pictograms.map((p) => [p.id, p.file, p.source]),
      [
        [5526, '5526/5526_500.png', `${source}/5526/5526_500.png`],
        [5584, '5584/5584_500.png', `${source}/5584/5584_500.png`],
      ],
    );
    for (const entry of manifest.pictograms) {
      assert.match(entry.fetched, /^\d{4}-\d\d-\d\dT/);
      assert.match(entry.attribution, /Sergio Palao.*ARASAAC.*CC BY-NC-SA.*Government of Aragón/);
    }
    assert.match(text.stdout, /2 fetched, 0 already there, 0 failed/);
  });

  test('a second run downloads nothing already there, and keeps the manifest', async () => {
    await fetchPictograms({ ids: [5584], out, source, now: () => new Date('2026-01-02T03:04:05Z') });
    requests.length = 0;
    const result = await fetchPictograms({ ids: [5584, 5526], out, source });
    assert.deepEqual([result.fetched, result.skipped], [[5526], [5584]]);
    assert.deepEqual(requests, ['/pictograms/5526/5526_500.png']);
    const manifest = await manifestOf();
    assert.equal(manifest.pictograms.find((p) => p.id === 5584)?.fetched, '2026-01-02T03:04:05.000Z');
  });

  test('failures are named, the rest is fetched, and the exit code is 1', async () => {
    const { io: cli, text } = io();
    const code = await command.run(['fetch', '--ids', '999,5584,666', '--out', '.', '--source', source], cli);
    assert.equal(code, 1);
    assert.match(
      text.stderr,
      /FAILED 999: HTTP 404 \(http:\/\/127\.0\.0\.1:\d+\/pictograms\/999\/999_500\.png\)/,
    );
    assert.match(text.stderr, /FAILED 666: not a PNG image/);
    assert.ok(await exists(join(out, '5584/5584_500.png')));
    assert.equal(await exists(join(out, '999/999_500.png')), false);
    assert.equal(await exists(join(out, '666/666_500.png')), false);
    assert.deepEqual(
      (await manifestOf()).pictograms.map((p) => p.id),
      [5584],
    );
  });

  test('--from-survey fetches every ARASAAC id the definition uses, found with the schema’s helpers', async () => {
    const survey = {
      id: 'bildstod',
      version: 1,
      lang: 'sv',
      title: 'Bildstöd',
      privacy: { anonymous: true, purpose: 'Vi vill bli bättre.', whoSees: 'Bara vi.' },
      pages: [
        {
          id: 'sida',
          questions: [
            {
              id: 'trygg',
              type: 'choice',
              text: 'Känner du dig trygg?',
              pictogram: { arasaac: 7180 },
              display: 'pictogram',
              options: [
                { value: 'ja', text: 'Ja', pictogram: { arasaac: 5584 } },
                { value: 'nej', text: 'Nej', pictogram: { arasaac: 5526 } },
                { value: 'kanske', text: 'Kanske', pictogram: { builtin: 'partly' } },
              ],
            },
            { id: 'glad', type: 'scale', text: 'Hur mår du?', scale: 'smiley-3' },
          ],
        },
      ],
    };
    await writeFile(join(out, 'survey.json'), JSON.stringify(survey));
    const { io: cli, text } = io();
    const code = await command.run(
      ['fetch', '--from-survey', 'survey.json', '--out', 'bilder', '--source', source],
      cli,
    );
    assert.equal(code, 0, text.stderr);
    assert.deepEqual(requests.sort(), [
      '/pictograms/5526/5526_500.png',
      '/pictograms/5584/5584_500.png',
      '/pictograms/7180/7180_500.png',
    ]);
  });

  test('wrong invocations print the usage and exit 2, downloading nothing', async () => {
    for (const args of [
      ['fetch', '--out', 'x'],
      ['fetch', '--ids', '1,a', '--out', 'x'],
      ['fetch', '--ids', '1'],
      ['fetch', '--ids', '1', '--from-survey', 'a.json', '--out', 'x'],
      ['fetch', '--from-survey', 'missing.json', '--out', 'x'],
      ['download', '--ids', '1', '--out', 'x'],
    ]) {
      const { io: cli, text } = io();
      assert.equal(await command.run([...args, '--source', source], cli), 2, args.join(' '));
      assert.match(text.stderr, /Usage|svara pictograms fetch/);
    }
    assert.deepEqual(requests, []);
  });

  test('is the `pictograms` command of the svara CLI', async () => {
    const { io: cli, text } = io();
    const code = await main(['pictograms', 'fetch', '--ids', '7180', '--out', 'p', '--source', source], cli);
    assert.equal(code, 0, text.stderr);
    assert.ok(await exists(join(out, 'p/7180/7180_500.png')));
    const help = io();
    assert.equal(await main(['help'], help.io), 0);
    assert.match(help.text.stdout, /pictograms\s+download the ARASAAC pictograms/);
  });
});
