/**
 * `svara pictograms fetch`: downloads the ARASAAC pictograms a survey needs, once, so the city can serve them
 * itself (the respondent's browser then never contacts a third party). Node only.
 *
 *   svara pictograms fetch --ids 5584,5526 --out public/pictograms/arasaac
 *   svara pictograms fetch --from-survey survey.json --out public/pictograms/arasaac
 *
 * Writes `{out}/{id}/{id}_500.png` (ARASAAC's static layout, which `<svara-pictogram>` expects by default) and
 * `{out}/manifest.json` recording, per id, the source address, the date, the licence and the attribution.
 * Files already there are not fetched again. Failures are listed and make the exit code 1.
 */
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseSurvey } from '@svara/schema';
import { ARASAAC_ATTRIBUTION, arasaacIdsInSurvey, arasaacLayout } from '../arasaac.js';

/** ARASAAC's static host: the default source. Tests always give `--source` (a local fake server). */
export const DEFAULT_SOURCE = 'https://static.arasaac.org/pictograms';

export interface Io {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}

/** The shape of a `svara` subcommand (packages/collector/src/commands/types.ts). */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(args: string[], io: Io): Promise<number>;
}

export interface ManifestEntry {
  id: number;
  file: string;
  source: string;
  fetched: string;
  licence: string;
  licenceUrl: string;
  attribution: string;
}

export interface Manifest {
  licence: string;
  attribution: string;
  pictograms: ManifestEntry[];
}

export interface FetchOptions {
  ids: number[];
  out: string;
  /** Base of the source, in ARASAAC's layout (default: ARASAAC's static host). */
  source?: string;
  fetch?: typeof fetch;
  now?: () => Date;
  /** Milliseconds per download before it counts as failed (default 30 s). */
  timeoutMs?: number;
}

export interface FetchResult {
  fetched: number[];
  skipped: number[];
  failed: { id: number; url: string; reason: string }[];
  manifest: string;
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

async function readManifest(path: string): Promise<Manifest> {
  try {
    const parsed = JSON.parse(await readFile(path, 'utf8')) as Manifest;
    if (Array.isArray(parsed.pictograms)) return parsed;
  } catch {
    // no manifest yet, or not ours: start a new one
  }
  return { licence: ARASAAC_ATTRIBUTION.licence, attribution: ARASAAC_ATTRIBUTION.text, pictograms: [] };
}

function isPng(bytes: Uint8Array): boolean {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  return signature.every((b, i) => bytes[i] === b);
}

/** Downloads the pictograms not yet in `out`, and records every one present in the manifest. */
export async function fetchPictograms(options: FetchOptions): Promise<FetchResult> {
  const source = options.source ?? DEFAULT_SOURCE;
  const get = options.fetch ?? fetch;
  const now = options.now ?? (() => new Date());
  const manifestPath = join(options.out, 'manifest.json');
  const manifest = await readManifest(manifestPath);
  const result: FetchResult = { fetched: [], skipped: [], failed: [], manifest: manifestPath };
  for (const id of [...new Set(options.ids)]) {
    const relative = `${id}/${id}_500.png`;
    const file = join(options.out, relative);
    const url = arasaacLayout(id, source);
    if (await exists(file)) {
      result.skipped.push(id);
      continue;
    }
    try {
      const response = await get(url, { signal: AbortSignal.timeout(options.timeoutMs ?? 30_000) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      if (!isPng(bytes)) throw new Error('not a PNG image');
      await mkdir(dirname(file), { recursive: true });
      // Written under a temporary name first, so an interrupted run never leaves half a picture to be skipped.
      await writeFile(`${file}.part`, bytes);
      await rename(`${file}.part`, file);
      manifest.pictograms = manifest.pictograms.filter((entry) => entry.id !== id);
      manifest.pictograms.push({
        id,
        file: relative,
        source: url,
        fetched: now().toISOString(),
        licence: ARASAAC_ATTRIBUTION.licence,
        licenceUrl: ARASAAC_ATTRIBUTION.licenceUrl,
        attribution: ARASAAC_ATTRIBUTION.text,
      });
      result.fetched.push(id);
    } catch (error) {
      const reason = (error as Error).name === 'TimeoutError' ? 'timed out' : (error as Error).message;
      result.failed.push({ id, url, reason });
    }
  }
  manifest.pictograms.sort((a, b) => a.id - b.id);
  await mkdir(options.out, { recursive: true });
  await writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  return result;
}

/** A wrong invocation: printed with the usage, exit code 2. */
class UsageError extends Error {}

const usage = `svara pictograms fetch (--ids 5584,5526 | --from-survey survey.json) --out <dir> [--source <url>]

Downloads ARASAAC pictograms once, for serving them from your own site. Writes <dir>/<id>/<id>_500.png (the
layout <svara-pictogram> expects under its base, default /pictograms/arasaac) and <dir>/manifest.json (id,
source address, date, licence, attribution). Pictograms already in <dir> are not downloaded again.

  --ids          comma-separated ARASAAC ids
  --from-survey  a survey definition (JSON): every ARASAAC id it uses
  --out          where to write
  --source       where to download from, in ARASAAC's layout (default ${DEFAULT_SOURCE};
                 SVARA_PICTOGRAM_SOURCE also sets it)

ARASAAC pictograms are licensed CC BY-NC-SA 4.0 (author Sergio Palao, owner Government of Aragón): show the
attribution wherever they appear (<svara-pictogram-attribution>), and use them only non-commercially.`;

async function idsFromSurvey(path: string): Promise<number[]> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as Error).message}`);
  }
  const parsed = parseSurvey(json);
  if (!parsed.ok) {
    const first = parsed.issues[0];
    throw new UsageError(
      `${path} is not a valid survey definition${first ? ` (${first.path}: ${first.message})` : ''}`,
    );
  }
  return arasaacIdsInSurvey(parsed.survey);
}

export const command: Command = {
  name: 'pictograms',
  summary: 'download the ARASAAC pictograms a survey uses, for self-hosting',
  usage,
  async run(args, io) {
    try {
      return await fetchCommand(args, io);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      io.stderr.write(`svara pictograms: ${error.message}\n\n${usage}\n`);
      return 2;
    }
  },
};

async function fetchCommand(args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'fetch') throw new UsageError(sub ? `unknown subcommand "${sub}"` : 'say what to do: fetch');
  let values: { ids?: string; 'from-survey'?: string; out?: string; source?: string };
  try {
    ({ values } = parseArgs({
      args: rest,
      options: {
        ids: { type: 'string' },
        'from-survey': { type: 'string' },
        out: { type: 'string' },
        source: { type: 'string' },
      },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (!values.out) throw new UsageError('--out is required.');
  if (!values.ids === !values['from-survey'])
    throw new UsageError('give --ids or --from-survey (one of them).');
  let ids: number[];
  if (values.ids) {
    const parts = values.ids.split(',').map((part) => part.trim());
    if (parts.some((part) => !/^[1-9]\d*$/.test(part)))
      throw new UsageError('--ids must be ARASAAC ids (whole numbers) separated by commas.');
    ids = parts.map(Number);
  } else {
    ids = await idsFromSurvey(resolve(io.cwd, values['from-survey']!));
    if (ids.length === 0) {
      io.stdout.write('The survey uses no ARASAAC pictograms: nothing to fetch.\n');
      return 0;
    }
  }
  const source = values.source ?? io.env.SVARA_PICTOGRAM_SOURCE ?? DEFAULT_SOURCE;
  const out = resolve(io.cwd, values.out);
  const result = await fetchPictograms({ ids, out, source });
  for (const id of result.fetched) io.stdout.write(`fetched ${id}\n`);
  for (const id of result.skipped) io.stdout.write(`already there ${id}\n`);
  for (const failure of result.failed)
    io.stderr.write(`FAILED ${failure.id}: ${failure.reason} (${failure.url})\n`);
  io.stdout.write(
    `${result.fetched.length} fetched, ${result.skipped.length} already there, ${result.failed.length} failed; manifest: ${result.manifest}\n`,
  );
  return result.failed.length > 0 ? 1 : 0;
}
