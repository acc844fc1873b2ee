/**
 * What every route module shares: the options the app was made with, the store, the surveys, CORS, the rate
 * limiter and the clock. Route modules (`routes/*.ts`) get it with the Fastify instance.
 */
import type { Locale, Survey } from '@svara/schema';

import type { Store } from '../store/types.js';
import type { LoadedSurvey } from '../surveys.js';
import type { AccountsOptions } from '../auth/http.js';
import { Publications } from '../results/store/publications.js';
import { Rounds } from '../units/rounds.js';
import { Units } from '../units/units.js';
import { SurveyRegistry } from '../versions/registry.js';
import type { PublishedVersion } from '../versions/registry.js';
import type { ImportOutcome } from '../versions/import.js';
import type { RetentionRecord, SweepOptions } from '../versions/retention.js';
import { createStaffAuth } from './auth.js';
import type { StaffAuth } from './auth.js';
import { Cors } from './headers.js';
import { HttpProblem } from './problem.js';
import { Metrics } from './metrics.js';
import { SubmissionLimiter } from './rate-limit.js';
import type { RateLimitOptions } from './rate-limit.js';
import type { ConnectionLimits } from './server.js';
import type { AppResponse, Logger } from './types.js';
import { silentLogger } from './types.js';

/** Default largest accepted submission body: 64 KiB. */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;
/** Default per-client limit on submissions. */
export const DEFAULT_RATE_LIMIT: RateLimitOptions = { perMinute: 120, burst: 60 };

export interface AppOptions {
  /**
   * Definitions read from files (`--surveys`): imported into the database as published versions when the app
   * starts (same content: nothing new; changed: the next version; not comparable: start-up fails).
   */
  surveys?: ReadonlyMap<string, LoadedSurvey>;
  store: Store;
  /** Origins (`https://start.stockholm`) whose pages may call the API and load the embed bundle; `*` for any. */
  allowOrigins?: readonly string[];
  /** Bootstrap bearer token: the all-powerful staff credential (exports, staff API); without it they are off. */
  adminToken?: string;
  maxBodyBytes?: number;
  /** Per-client limit on valid submissions; false turns rate limiting off. */
  rateLimit?: RateLimitOptions | false;
  /** Per-client limit on invalid requests to the submission route (default 60 a minute). */
  invalidRateLimit?: RateLimitOptions;
  /** Timeouts and connection caps of the HTTP server (see server.ts). */
  connections?: ConnectionLimits;
  /** Serve `GET /metrics` on the public port to `Authorization: Bearer <metricsToken>`. */
  metricsToken?: string;
  /** The metrics to count in (default: a new registry). */
  metrics?: Metrics;
  /** Directory with the embed bundle (`svara-survey.js` and its chunks). */
  embedDir?: string;
  /** Directory with a static site to serve at `/` (the demo). */
  siteDir?: string;
  /** Directory with the studio's build (`packages/studio/dist/app`, the default), served at `/studio/`. */
  studioDir?: string;
  /**
   * Directory of recorded speech made by `svara audio`: `<audioDir>/<survey id>/manifest.json` and its clips,
   * served at `/api/surveys/<id>/audio/…`.
   */
  audioDir?: string;
  /**
   * Publishing needs a second person's approval of the draft (four eyes; default true). The CLI's
   * `svara publish` is the operator's own act and needs none.
   */
  requireApproval?: boolean;
  /** Unused: results are no longer computed live (kept so old callers still type-check). */
  resultsCacheMs?: number;
  /**
   * How often closed rounds whose late deliveries are over get their results published (ms; default: as
   * `retentionIntervalMs`, 1 hour; 0: never, tests).
   */
  autoPublishIntervalMs?: number;
  /** How often answers past their survey's retention are deleted (ms; default 1 hour; 0: never, tests). */
  retentionIntervalMs?: number;
  /** The address respondents reach this server at (links and QR posters), e.g. `https://svar.stockholm.se`. */
  publicUrl?: string;
  /**
   * How many reverse proxies in front of the server to trust for X-Forwarded-For (`true`: one, the last hop).
   * Only behind proxies you run; connection caps per address are off then (all come from the proxy).
   */
  trustProxy?: boolean | number;
  /** Staff sign-in: local passwords, OpenID Connect, sessions (see src/auth/http.ts). */
  accounts?: AccountsOptions;
  logger?: Logger;
  now?: () => Date;
}

export interface AppContext {
  readonly options: AppOptions;
  readonly store: Store;
  /** Surveys in the database: drafts, published versions, closed or open. */
  readonly registry: SurveyRegistry;
  /** The organisation's unit tree. */
  readonly units: Units;
  /** Rounds of surveys in units. */
  readonly rounds: Rounds;
  /** Published results: a snapshot per closed round, and its actions (src/results/store). */
  readonly results: Publications;
  readonly log: Logger;
  readonly now: () => Date;
  readonly cors: Cors;
  readonly limiter: SubmissionLimiter | undefined;
  readonly metrics: Metrics;
  readonly maxBody: number;
  /** Staff authentication (see auth.ts). */
  readonly auth: StaffAuth;
  /** Submissions accepted into the honeypot (discarded), since start. */
  discarded: number;
  /** What the start-up import of `options.surveys` did. */
  imported: ImportOutcome[];
  /** Deletes answers older than their survey's retention now (the app also runs it every hour). */
  sweepRetention: (options?: SweepOptions) => Promise<RetentionRecord[]>;
  /** The latest published version of a survey, or a 404 problem. */
  published(id: string): Promise<PublishedVersion>;
  /** Every question of every published version (exports, results), or a 404 problem. */
  union(id: string): Promise<Survey>;
}

export function createContext(options: AppOptions): AppContext {
  const registry = new SurveyRegistry(options.store, options.now ? { now: options.now } : {});
  const now = options.now ?? (() => new Date());
  const units = new Units(options.store.db, now);
  const auth = createStaffAuth(options.adminToken);
  // Roles granted on a unit cover the units below it.
  auth.unitAncestors = (unit) => units.ancestors(unit);
  const rounds = new Rounds(options.store.db, now);
  const results = new Publications(options.store.db, {
    rounds,
    units,
    now,
    async union(id) {
      const survey = await registry.union(id);
      if (!survey) throw unknownSurvey(id);
      return survey;
    },
  });
  return {
    options,
    store: options.store,
    registry,
    units,
    rounds,
    results,
    log: options.logger ?? silentLogger,
    now: options.now ?? (() => new Date()),
    cors: new Cors(options.allowOrigins ?? []),
    limiter:
      options.rateLimit === false
        ? undefined
        : new SubmissionLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT, options.invalidRateLimit),
    metrics: options.metrics ?? new Metrics(),
    maxBody: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    auth,
    discarded: 0,
    imported: [],
    sweepRetention: async () => [],
    async union(id) {
      const survey = await registry.union(id);
      if (!survey) throw unknownSurvey(id);
      return survey;
    },
    async published(id) {
      const latest = await registry.latest(id);
      if (!latest) throw unknownSurvey(id);
      return latest;
    },
  };
}

export const unknownSurvey = (id: string): HttpProblem =>
  new HttpProblem(404, 'unknown-survey', 'Unknown survey', `There is no survey "${id}" on this server.`);

export function json(status: number, body: unknown, headers: Record<string, string> = {}): AppResponse {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
    body: JSON.stringify(body),
  };
}

export function notAllowed(allow: string): HttpProblem {
  return new HttpProblem(405, 'method-not-allowed', 'Method not allowed', `Use ${allow}.`, {}, { allow });
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
