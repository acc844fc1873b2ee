/**
 * The collector's request handler, independent of sockets: `createApp(options).handle(request)` answers one
 * request. `server.ts` connects it to node:http; tests and the fuzz suite call it directly.
 */
import { timingSafeEqual, createHash } from 'node:crypto';
import { extname, join } from 'node:path';
import { parseSubmission } from '@svara/schema';
import type { Locale, Submission } from '@svara/schema';

import { MAX_DEPTH, canonicalJson, nestsDeeperThan, sha256 } from '../canonical.js';
import { SEPARATORS, exportCsv, exportJson } from '../csv.js';
import type { ExportedResponse, Separator } from '../csv.js';
import { BreakdownError, createTally } from '../results/results.js';
import type { Results } from '../results/results.js';
import type { Store } from '../store/types.js';
import { StoreUnavailableError, scanResponses } from '../store/types.js';
import type { LoadedSurvey } from '../surveys.js';
import { Cors, securityHeaders } from './headers.js';
import { problem } from './problem.js';
import { RateLimiter } from './rate-limit.js';
import type { RateLimitOptions } from './rate-limit.js';
import { MIME_TYPES, resolveFile, serveFile } from './static.js';
import type { AppRequest, AppResponse, Logger } from './types.js';
import { silentLogger } from './types.js';

/** Default largest accepted submission body: 64 KiB. */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;
/** Default per-client limit on submissions. */
export const DEFAULT_RATE_LIMIT: RateLimitOptions = { perMinute: 120, burst: 60 };
/**
 * A hidden form field only bots fill in. The widget sends it as this top-level property of the submission when
 * it is not empty; a submission that has it is answered like a stored one but never stored.
 */
export const HONEYPOT_FIELD = 'honeypot';

export interface AppOptions {
  surveys: ReadonlyMap<string, LoadedSurvey>;
  store: Store;
  /** Origins (`https://start.stockholm`) whose pages may call the API and load the embed bundle; `*` for any. */
  allowOrigins?: readonly string[];
  /** Bearer token for the admin endpoints (exports); without it they are off. */
  adminToken?: string;
  maxBodyBytes?: number;
  /** Per-client limit on submissions; false turns it off. */
  rateLimit?: RateLimitOptions | false;
  /** Directory with the embed bundle (`svara-survey.js` and its chunks). */
  embedDir?: string;
  /** Directory with a static site to serve at `/` (the demo). */
  siteDir?: string;
  /**
   * Directory of recorded speech made by `svara audio`: `<audioDir>/<survey id>/manifest.json` and its clips,
   * served at `/api/surveys/<id>/audio/…`.
   */
  audioDir?: string;
  /** How long computed results are reused, in ms (default 30 s; 0 computes every time). */
  resultsCacheMs?: number;
  logger?: Logger;
  now?: () => Date;
}

export interface App {
  handle(request: AppRequest): Promise<AppResponse>;
  /** Submissions accepted into the honeypot (discarded), since start. */
  readonly discarded: number;
}

const AUDIO_ROUTE = /^\/api\/surveys\/([^/]+)\/audio\/(.*)$/;
const SURVEY_ROUTE = /^\/api\/surveys\/([^/]+)(?:\/(responses|results|export\.csv|export\.json))?\/?$/;

function json(status: number, body: unknown, headers: Record<string, string> = {}): AppResponse {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
    body: JSON.stringify(body),
  };
}

/** The preferred of sv/en from Accept-Language (problem messages come in these two). */
export function localeOf(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return 'sv';
  const ranked = acceptLanguage
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag, q: q ? Number(q.slice(2)) || 0 : 1, i };
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const { tag } of ranked) {
    if (tag === 'sv' || tag.startsWith('sv-')) return 'sv';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return 'sv';
}

const messages = {
  sv: {
    notJson: 'Innehållet är inte giltig JSON.',
    notObject: 'En inskickning ska vara ett JSON-objekt { … }.',
    tooDeep: `Innehållet är nästlat i fler än ${MAX_DEPTH} nivåer.`,
    keyMismatch: 'Idempotency-Key ska vara samma som submissionId i innehållet.',
  },
  en: {
    notJson: 'The body is not valid JSON.',
    notObject: 'A submission must be a JSON object { … }.',
    tooDeep: `The body nests deeper than ${MAX_DEPTH} levels.`,
    keyMismatch: 'Idempotency-Key must equal the submissionId in the body.',
  },
} as const;

function mediaType(contentType: string | undefined): { type: string; charset?: string } | undefined {
  if (!contentType) return undefined;
  const [type = '', ...params] = contentType.split(';').map((p) => p.trim().toLowerCase());
  const charset = params
    .find((p) => p.startsWith('charset='))
    ?.slice(8)
    .replace(/^"|"$/g, '');
  return charset === undefined ? { type } : { type, charset };
}

const honeypotFilled = (value: unknown): boolean =>
  value !== undefined &&
  value !== null &&
  value !== false &&
  !(typeof value === 'string' && value.trim() === '');

function sameToken(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

export function createApp(options: AppOptions): App {
  const { surveys, store } = options;
  const log = options.logger ?? silentLogger;
  const now = options.now ?? (() => new Date());
  const cors = new Cors(options.allowOrigins ?? []);
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const limiter =
    options.rateLimit === false ? undefined : new RateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT);
  const resultsCacheMs = options.resultsCacheMs ?? 30_000;
  const resultsCache = new Map<string, { at: number; results: Promise<Results> }>();
  let discarded = 0;

  async function submit(request: AppRequest, loaded: LoadedSurvey): Promise<AppResponse> {
    const locale = localeOf(request.headers['accept-language']);
    const text = messages[locale];
    if (limiter) {
      const wait = limiter.take(request.clientIp);
      if (wait > 0) {
        return problem(
          429,
          'rate-limited',
          'Too many submissions',
          `This client sent too many submissions. Try again in ${wait} s.`,
          {},
          { 'retry-after': String(wait) },
        );
      }
    }
    const media = mediaType(request.headers['content-type']);
    const acceptedType = media && (media.type === 'application/json' || media.type === 'text/plain');
    if (!acceptedType || (media.charset !== undefined && media.charset !== 'utf-8')) {
      return problem(
        415,
        'unsupported-media-type',
        'Unsupported content type',
        'Send the submission as application/json or text/plain (UTF-8) carrying JSON.',
        {},
        { accept: 'application/json, text/plain' },
      );
    }
    const declared = request.headers['content-length'];
    if (declared !== undefined && Number(declared) > maxBody) return tooLarge(true);
    const body = await request.readBody(maxBody);
    if (body === undefined) return tooLarge(true);

    let input: unknown;
    try {
      input = JSON.parse(body.toString('utf8'));
    } catch {
      return invalid([{ path: '', code: 'json', message: text.notJson }]);
    }
    if (input === null || typeof input !== 'object' || Array.isArray(input)) {
      return invalid([{ path: '', code: 'not-object', message: text.notObject }]);
    }
    if (nestsDeeperThan(input, MAX_DEPTH)) {
      return invalid([{ path: '', code: 'too-deep', message: text.tooDeep }]);
    }
    const envelope = { ...(input as Record<string, unknown>) };
    const bait = Object.hasOwn(envelope, HONEYPOT_FIELD) ? envelope[HONEYPOT_FIELD] : undefined;
    delete envelope[HONEYPOT_FIELD];

    const parsed = parseSubmission(loaded.survey, envelope, { locale });
    const key = request.headers['idempotency-key'];
    const keyIssue =
      key !== undefined && key !== envelope.submissionId
        ? [{ path: 'Idempotency-Key', code: 'idempotency-key', message: text.keyMismatch }]
        : [];
    if (!parsed.ok || keyIssue.length) {
      return invalid([...(parsed.ok ? [] : parsed.issues), ...keyIssue]);
    }
    const submission: Submission = parsed.submission;
    const accepted = { submissionId: submission.submissionId };
    if (honeypotFilled(bait)) {
      discarded++;
      return json(201, { ...accepted, status: 'stored' });
    }
    const outcome = await store.insert({
      surveyId: loaded.survey.id,
      submissionId: submission.submissionId,
      surveyVersion: submission.surveyVersion,
      payloadHash: sha256(canonicalJson(envelope)),
      submission: JSON.stringify(submission),
      receivedAt: now().toISOString(),
    });
    if (outcome === 'stored') return json(201, { ...accepted, status: 'stored' });
    if (outcome === 'replay') return json(200, { ...accepted, status: 'replay' });
    return problem(
      422,
      'conflicting-submission',
      'Conflicting submission',
      'A submission with this submissionId was already stored with different content. The stored one is kept; send new answers with a new submissionId.',
      { submissionId: submission.submissionId },
    );
  }

  function tooLarge(close: boolean): AppResponse {
    return {
      ...problem(413, 'too-large', 'Submission too large', `A submission may be at most ${maxBody} bytes.`, {
        limit: maxBody,
      }),
      close,
    };
  }

  function invalid(issues: { path: string; code?: string; message: string }[]): AppResponse {
    return problem(
      400,
      'invalid-submission',
      'Invalid submission',
      'The submission has errors; see issues.',
      {
        issues: issues.map(({ path, code, message }) => ({ path, message, ...(code ? { code } : {}) })),
      },
    );
  }

  function results(loaded: LoadedSurvey, by: string | undefined): Promise<Results> {
    const key = `${loaded.survey.id}\u0000${by ?? ''}`;
    const cached = resultsCache.get(key);
    const at = Date.now();
    if (cached && at - cached.at < resultsCacheMs) return cached.results;
    // Throws BreakdownError synchronously for a bad `by`, before anything is read.
    const tally = createTally(loaded.survey, by === undefined ? { now } : { by, now });
    const computed = (async () => {
      for await (const row of scanResponses(store, loaded.survey.id)) tally.add(JSON.parse(row.submission));
      return tally.finish();
    })();
    if (resultsCacheMs > 0) {
      resultsCache.set(key, { at, results: computed });
      computed.catch(() => resultsCache.delete(key));
    }
    return computed;
  }

  function adminRefusal(request: AppRequest): AppResponse | undefined {
    if (!options.adminToken) {
      return problem(
        404,
        'admin-disabled',
        'Admin endpoints are off',
        'Exports are available only when the server runs with SVARA_ADMIN_TOKEN set.',
      );
    }
    const auth = request.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(auth);
    if (!match || !sameToken(match[1]!, options.adminToken)) {
      return problem(
        401,
        'unauthorized',
        'Unauthorized',
        'Send Authorization: Bearer <SVARA_ADMIN_TOKEN>.',
        {},
        { 'www-authenticate': 'Bearer realm="svara"' },
      );
    }
    return undefined;
  }

  async function* exportedRows(surveyId: string): AsyncGenerator<ExportedResponse> {
    for await (const row of scanResponses(store, surveyId)) {
      yield { receivedAt: row.receivedAt, submission: JSON.parse(row.submission) as Submission };
    }
  }

  function exportResponse(loaded: LoadedSurvey, format: 'csv' | 'json', query: URLSearchParams): AppResponse {
    const id = loaded.survey.id;
    if (format === 'json') {
      return {
        status: 200,
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'cache-control': 'no-store',
          'content-disposition': `attachment; filename="${id}.json"`,
        },
        body: exportJson(exportedRows(id)),
      };
    }
    const sep = (query.get('sep') ?? ',') as Separator;
    if (!SEPARATORS.includes(sep)) {
      return problem(400, 'invalid-separator', 'Invalid separator', 'sep must be "," ";" or a tab.');
    }
    return {
      status: 200,
      headers: {
        'content-type': 'text/csv; charset=utf-8; header=present',
        'cache-control': 'no-store',
        'content-disposition': `attachment; filename="${id}.csv"`,
      },
      body: exportCsv(loaded.survey, exportedRows(id), sep),
    };
  }

  async function staticFile(request: AppRequest, pathname: string): Promise<AppResponse | undefined> {
    for (const [dir, kind] of [
      [options.embedDir, 'embed'],
      [options.siteDir, 'site'],
    ] as const) {
      if (!dir) continue;
      const file = await resolveFile(dir, pathname);
      if (file) {
        const response = await serveFile(file, pathname, request.method, request.headers['if-none-match']);
        response.headers = { ...securityHeaders(kind), ...response.headers };
        return response;
      }
    }
    return undefined;
  }

  /** A survey's recorded speech: its manifest (revalidated every time) and clips (WAV etc., cached a week). */
  async function audio(request: AppRequest, id: string, rest: string): Promise<AppResponse> {
    const method = request.method.toUpperCase();
    if (method !== 'GET' && method !== 'HEAD') return notAllowed('GET, HEAD');
    const isManifest = rest === 'manifest.json';
    const type = MIME_TYPES[extname(rest).toLowerCase()];
    const file =
      options.audioDir && (isManifest || type?.startsWith('audio/'))
        ? await resolveFile(join(options.audioDir, id), rest)
        : undefined;
    if (!file) {
      return problem(
        404,
        'no-audio',
        'No recorded speech',
        isManifest
          ? `There is no recorded speech for the survey "${id}". Make it with svara audio and serve it with --audio.`
          : `There is no recording at ${rest}.`,
      );
    }
    const response = await serveFile(file, rest, request.method, request.headers['if-none-match']);
    // City pages on other origins play the clips: cross-origin like the embed bundle.
    response.headers = {
      ...securityHeaders('embed'),
      ...response.headers,
      'cache-control': isManifest ? 'no-cache' : 'public, max-age=604800',
    };
    return response;
  }

  async function route(request: AppRequest): Promise<AppResponse> {
    const method = request.method.toUpperCase();
    let url: URL;
    try {
      url = new URL(request.url, 'http://collector.invalid');
    } catch {
      return problem(400, 'bad-request', 'Bad request', 'The request target is not a valid path.');
    }
    const pathname = url.pathname;

    if (cors.refuses(request)) {
      return problem(
        403,
        'origin-not-allowed',
        'Origin not allowed',
        `Pages on ${request.headers.origin} may not use this server. Ask its operator to add the origin with --allow-origin.`,
      );
    }
    if (method === 'OPTIONS') {
      return { status: 204, headers: { ...cors.preflight(request), 'cache-control': 'no-store' } };
    }

    if (pathname === '/healthz') return json(200, { ok: true, store: store.kind });
    if (pathname === '/api/surveys' || pathname === '/api/surveys/') {
      if (method !== 'GET' && method !== 'HEAD') return notAllowed('GET, HEAD');
      return json(
        200,
        [...surveys.values()].map(({ survey }) => ({
          id: survey.id,
          version: survey.version,
          title: survey.title,
        })),
        { 'cache-control': 'public, max-age=60' },
      );
    }

    const audioMatch = options.audioDir ? AUDIO_ROUTE.exec(pathname) : null;
    if (audioMatch) {
      let id: string;
      try {
        id = decodeURIComponent(audioMatch[1]!);
      } catch {
        id = '';
      }
      if (!surveys.has(id)) {
        return problem(404, 'unknown-survey', 'Unknown survey', `There is no survey "${id}" on this server.`);
      }
      return audio(request, id, audioMatch[2]!);
    }

    const match = SURVEY_ROUTE.exec(pathname);
    if (match) {
      let id: string;
      try {
        id = decodeURIComponent(match[1]!);
      } catch {
        id = '';
      }
      const action = match[2];
      const loaded = surveys.get(id);
      if (!loaded) {
        return problem(404, 'unknown-survey', 'Unknown survey', `There is no survey "${id}" on this server.`);
      }
      switch (action) {
        case undefined: {
          if (method !== 'GET' && method !== 'HEAD') return notAllowed('GET, HEAD');
          const headers = { etag: loaded.etag, 'cache-control': 'public, max-age=60, must-revalidate' };
          if (request.headers['if-none-match']?.split(',').some((t) => t.trim() === loaded.etag)) {
            return { status: 304, headers };
          }
          return {
            status: 200,
            headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
            body: loaded.json,
          };
        }
        case 'responses':
          if (method !== 'POST') return notAllowed('POST');
          return submit(request, loaded);
        case 'results': {
          if (method !== 'GET' && method !== 'HEAD') return notAllowed('GET, HEAD');
          const by = url.searchParams.get('by') ?? undefined;
          try {
            return json(200, await results(loaded, by === '' ? undefined : by), {
              'cache-control': 'public, max-age=60',
            });
          } catch (error) {
            if (error instanceof BreakdownError) {
              return problem(400, 'invalid-breakdown', 'Invalid breakdown', error.message, {
                issues: [{ path: 'by', message: error.message, code: 'breakdown' }],
              });
            }
            throw error;
          }
        }
        default: {
          if (method !== 'GET' && method !== 'HEAD') return notAllowed('GET, HEAD');
          const refusal = adminRefusal(request);
          if (refusal) return refusal;
          return exportResponse(loaded, action === 'export.csv' ? 'csv' : 'json', url.searchParams);
        }
      }
    }
    if (pathname.startsWith('/api/')) {
      return problem(404, 'not-found', 'Not found', `There is no endpoint ${pathname}.`);
    }

    if (method === 'GET' || method === 'HEAD') {
      const file = await staticFile(request, pathname);
      if (file) return file;
      if (pathname === '/svara-survey.js') {
        return problem(
          404,
          'embed-not-built',
          'The embed bundle is not available',
          options.embedDir
            ? `${options.embedDir} has no svara-survey.js. Build the widget (pnpm --filter @svara/survey build) or point --embed-dir at its dist/embed directory.`
            : 'This server has no embed bundle configured. Start it with --embed-dir <the widget build, packages/survey/dist/embed>.',
        );
      }
    }
    return problem(404, 'not-found', 'Not found', `Nothing at ${pathname}.`);
  }

  function notAllowed(allow: string): AppResponse {
    return problem(405, 'method-not-allowed', 'Method not allowed', `Use ${allow}.`, {}, { allow });
  }

  return {
    get discarded() {
      return discarded;
    },
    async handle(request) {
      let response: AppResponse;
      try {
        response = await route(request);
      } catch (error) {
        if (error instanceof StoreUnavailableError) {
          log.warn(`store unavailable: ${error.message}`);
          response = problem(
            503,
            'store-unavailable',
            'Try again',
            'The database is busy or unreachable; nothing was stored. Send the same submission again.',
            {},
            { 'retry-after': '1' },
          );
        } else {
          log.error(`${request.method} ${request.url}: ${(error as Error)?.stack ?? String(error)}`);
          response = problem(500, 'internal', 'Internal error', 'Something went wrong on the server.');
        }
      }
      const isFile = response.headers['content-security-policy'] !== undefined;
      response.headers = {
        ...(isFile ? {} : securityHeaders('api')),
        ...cors.headers(request),
        ...response.headers,
      };
      if (request.method.toUpperCase() === 'HEAD') response.body = undefined;
      return response;
    },
  };
}
