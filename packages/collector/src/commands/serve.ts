import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { oidcSettingsProblems } from '../auth/oidc.js';
import { startCollector } from '../collector.js';
import { defaultEmbedDir } from '../embed.js';
import { DEFAULT_MAX_BODY_BYTES, DEFAULT_RATE_LIMIT } from '../http/app.js';
import { LOG_LEVELS, createLogger } from '../http/logging.js';
import type { LogFormat, LogLevel } from '../http/logging.js';
import { Metrics, startMetricsServer } from '../http/metrics.js';
import { DEFAULT_INVALID_RATE_LIMIT } from '../http/rate-limit.js';
import { healthz, readyz } from '../http/routes/health.js';
import {
  DEFAULT_HEADERS_TIMEOUT_MS,
  DEFAULT_MAX_CONNECTIONS_PER_ADDRESS,
  DEFAULT_REQUEST_TIMEOUT_MS,
} from '../http/server.js';
import type { CollectorServer } from '../http/server.js';
import { describeDb, openStore } from '../store/open.js';
import { SurveyLoadError, formatFileIssue, lintAll, loadSurveys } from '../surveys.js';
import type { LoadedSurvey } from '../surveys.js';
import { integer, parse } from './args.js';
import type { Command } from './types.js';
import { UsageError } from './types.js';

const usage = `svara serve --db <file.sqlite | postgres://…> [--surveys <dir>] [options]

  --db <db>              a SQLite file (created if missing) or a postgres:// address
  --surveys <dir>        survey definitions (*.json), imported at start as published versions: the same
                         content publishes nothing, changed content the next version; a bad file, or a change
                         that is not comparable with earlier versions, stops start-up with file, path and message
  --port <n>             default 8787
  --host <address>       default 127.0.0.1
  --allow-origin <url>   a page origin that may use the API and the embed bundle (repeat, or comma-separate;
                         * allows any)
  --embed-dir <dir>      the embed bundle to serve as /svara-survey.js (default: the built widget,
                         packages/survey/dist/embed, found by itself)
  --public-url <url>     the address respondents reach this server at, for links and QR posters
                         (default: the address each request came to)
  --site-dir <dir>       a static site to serve at / (e.g. the demo, dist/demo)
  --studio-dir <dir>     the studio's build to serve at /studio/ (default: packages/studio/dist/app)
  --audio <dir>          recorded speech made by \`svara audio\`: <dir>/<survey id>/manifest.json and its clips,
                         served at /api/surveys/<id>/audio/manifest.json and /api/surveys/<id>/audio/…
  --max-body <bytes>     largest submission (default ${DEFAULT_MAX_BODY_BYTES})
  --rate-limit <n>       valid submissions per minute per client address (default ${DEFAULT_RATE_LIMIT.perMinute}, bursts of half;
                         0 turns rate limiting off); IPv6 addresses count by /64
  --invalid-rate-limit <n>
                         invalid requests per minute per client address, a bucket of their own (default
                         ${DEFAULT_INVALID_RATE_LIMIT.perMinute}): one client's garbage never costs another's valid submissions
  --trust-proxy [hops]   take the client address from X-Forwarded-For, trusting that many proxies in front of
                         the server (without a number: 1, the last hop). Only behind proxies you run.
  --max-connections <n>  open connections at most (default 10000, and never within 128 of the open-file limit)
  --max-connections-per-address <n>
                         open connections per client address at most (default ${DEFAULT_MAX_CONNECTIONS_PER_ADDRESS}; 0 turns it off;
                         off with --trust-proxy)
  --headers-timeout <s>  a request's headers must arrive within this (default ${DEFAULT_HEADERS_TIMEOUT_MS / 1000}); idle sockets close then
  --request-timeout <s>  the whole request within this (default ${DEFAULT_REQUEST_TIMEOUT_MS / 1000}); a slower one gets 408
  --metrics-port <n>     serve /metrics (Prometheus), /healthz and /readyz on this port too (off by default)
  --metrics-host <addr>  its address (default 127.0.0.1)
  --log-format <f>       json (default when standard error is not a terminal) or text
  --log-level <l>        debug (a line per request), info (default), warn, error or silent
  --results-cache <s>    no effect (results are published round snapshots, never computed live)
  --approval <on|off>    publishing from the staff API needs a second person's approval (default on)

Staff sign-in (see the README, "Staff accounts"):
  --oidc-issuer <url>        the identity provider (OpenID Connect); with --oidc-client-id and
                             --oidc-redirect-url (https://<this server>/auth/oidc/callback) turns OIDC on
  --oidc-client-id <id>      svara's client id there; the secret comes from SVARA_OIDC_CLIENT_SECRET
  --oidc-redirect-url <url>  this server's callback, as registered with the provider
  --oidc-trust-email         take the provider's e-mail as verified even without email_verified
  --no-password-sign-in      turn local accounts' passwords off (OIDC only)

Environment: SVARA_OIDC_ISSUER, SVARA_OIDC_CLIENT_ID, SVARA_OIDC_REDIRECT_URL (instead of the options),
SVARA_OIDC_CLIENT_SECRET, SVARA_SESSION_SECRET (keys that sign the session cookie, comma-separated, first
signs; default: one kept in the database), SVARA_ADMIN_TOKEN (deprecated bootstrap token for the export
endpoints: Authorization: Bearer <token>; create an admin with \`svara users add --admin\` instead).
Stops cleanly on SIGINT/SIGTERM: requests in flight finish and queued answers are committed.`;

/** Shortest secret accepted (SVARA_ADMIN_TOKEN, SVARA_METRICS_TOKEN). */
export const MIN_SECRET_LENGTH = 32;

/** Why a secret is too weak to start with, or undefined. */
export function weakSecret(secret: string): string | undefined {
  if (secret.length < MIN_SECRET_LENGTH) {
    return `is ${secret.length} characters long; it must be at least ${MIN_SECRET_LENGTH} random characters.`;
  }
  if (new Set(secret).size < 10) return 'does not look random (too few different characters).';
  return undefined;
}

/**
 * `--trust-proxy` takes an optional number: `--trust-proxy 2` and `--trust-proxy=2` trust two hops, a bare
 * `--trust-proxy` one (as it always did).
 */
export function withTrustProxyHops(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg !== '--trust-proxy') out.push(arg);
    else if (/^\d+$/.test(args[i + 1] ?? '')) out.push(`--trust-proxy=${args[++i]}`);
    else out.push('--trust-proxy=1');
  }
  return out;
}

export const command: Command = {
  name: 'serve',
  summary: 'run the collector',
  usage,
  async run(args, io) {
    const { values } = parse(withTrustProxyHops(args), {
      surveys: { type: 'string' },
      db: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      'allow-origin': { type: 'string', multiple: true },
      'embed-dir': { type: 'string' },
      'site-dir': { type: 'string' },
      'studio-dir': { type: 'string' },
      audio: { type: 'string' },
      'max-body': { type: 'string' },
      'rate-limit': { type: 'string' },
      'invalid-rate-limit': { type: 'string' },
      'trust-proxy': { type: 'string' },
      'max-connections': { type: 'string' },
      'max-connections-per-address': { type: 'string' },
      'headers-timeout': { type: 'string' },
      'request-timeout': { type: 'string' },
      'metrics-port': { type: 'string' },
      'metrics-host': { type: 'string' },
      'log-format': { type: 'string' },
      'log-level': { type: 'string' },
      'results-cache': { type: 'string' },
      'oidc-issuer': { type: 'string' },
      'oidc-client-id': { type: 'string' },
      'oidc-redirect-url': { type: 'string' },
      'oidc-trust-email': { type: 'boolean' },
      'no-password-sign-in': { type: 'boolean' },
      approval: { type: 'string' },
      'public-url': { type: 'string' },
    });
    const issuer = values['oidc-issuer'] ?? io.env.SVARA_OIDC_ISSUER;
    const clientId = values['oidc-client-id'] ?? io.env.SVARA_OIDC_CLIENT_ID;
    const redirectUri = values['oidc-redirect-url'] ?? io.env.SVARA_OIDC_REDIRECT_URL;
    const oidc =
      issuer || clientId || redirectUri
        ? {
            issuer: issuer ?? '',
            clientId: clientId ?? '',
            redirectUri: redirectUri ?? '',
            clientSecret: io.env.SVARA_OIDC_CLIENT_SECRET || undefined,
            trustEmail: values['oidc-trust-email'] ?? false,
          }
        : undefined;
    const oidcProblems = oidc ? oidcSettingsProblems(oidc) : [];
    if (oidcProblems.length) throw new UsageError(oidcProblems.join(' '));
    const passwords = !values['no-password-sign-in'];
    if (!passwords && !oidc)
      throw new UsageError('--no-password-sign-in needs OIDC (--oidc-issuer …): nobody could sign in.');
    const sessionSecrets = (io.env.SVARA_SESSION_SECRET ?? '').split(',').filter(Boolean);
    if (sessionSecrets.some((secret) => secret.length < 32)) {
      throw new UsageError('SVARA_SESSION_SECRET: each key needs at least 32 characters.');
    }
    if (!values.db) throw new UsageError('--db <file.sqlite | postgres://…> is required.');
    const port = integer(values.port, 'port', 0, 65535) ?? 8787;
    const maxBody = integer(values['max-body'], 'max-body', 1024, 64 * 1024 * 1024);
    const perMinute = integer(values['rate-limit'], 'rate-limit', 0);
    const cacheSeconds = integer(values['results-cache'], 'results-cache', 0);
    if (values.approval !== undefined && values.approval !== 'on' && values.approval !== 'off') {
      throw new UsageError('--approval must be on or off.');
    }
    const allowOrigins = (values['allow-origin'] ?? []).flatMap((o) => o.split(',')).filter(Boolean);
    const format = values['log-format'] ?? ((io.stderr as { isTTY?: boolean }).isTTY ? 'text' : 'json');
    if (format !== 'json' && format !== 'text') throw new UsageError('--log-format must be json or text.');
    const level = values['log-level'] ?? 'info';
    if (!LOG_LEVELS.includes(level as LogLevel)) {
      throw new UsageError(`--log-level must be one of ${LOG_LEVELS.join(', ')}.`);
    }
    const log = createLogger({ level: level as LogLevel, format: format as LogFormat, stream: io.stderr });
    const trustProxy = integer(values['trust-proxy'], 'trust-proxy', 0, 20) ?? 0;
    const invalidPerMinute = integer(values['invalid-rate-limit'], 'invalid-rate-limit', 1);
    const maxConnections = integer(values['max-connections'], 'max-connections', 1);
    const perAddress = integer(values['max-connections-per-address'], 'max-connections-per-address', 0);
    const headersTimeout = integer(values['headers-timeout'], 'headers-timeout', 1, 3600);
    const requestTimeout = integer(values['request-timeout'], 'request-timeout', 1, 3600);
    const metricsPort = integer(values['metrics-port'], 'metrics-port', 0, 65535);
    const metricsToken = io.env.SVARA_METRICS_TOKEN || undefined;
    for (const [name, secret] of [
      ['SVARA_ADMIN_TOKEN', io.env.SVARA_ADMIN_TOKEN],
      ['SVARA_METRICS_TOKEN', metricsToken],
    ] as const) {
      const problem = secret ? weakSecret(secret) : undefined;
      if (problem) throw new UsageError(`${name} ${problem} Make one with: openssl rand -base64 32`);
    }

    const refused = (error: SurveyLoadError) => {
      io.stderr.write(`[svara] The surveys in ${values.surveys} have errors; not starting:\n`);
      for (const issue of error.issues) io.stderr.write(`  ${formatFileIssue(issue)}\n`);
      return 1;
    };
    let surveys = new Map<string, LoadedSurvey>();
    if (values.surveys) {
      try {
        surveys = loadSurveys(resolve(io.cwd, values.surveys));
      } catch (error) {
        if (!(error instanceof SurveyLoadError)) throw error;
        return refused(error);
      }
      const warnings = lintAll(surveys);
      if (warnings.length)
        log.warn(`${warnings.length} lint warning(s); run \`svara lint ${values.surveys}\` to see them.`);
    }

    const embedDir = values['embed-dir'] ? resolve(io.cwd, values['embed-dir']) : defaultEmbedDir();
    if (values['public-url'] && !/^https?:\/\/[^/\s]+/i.test(values['public-url'])) {
      throw new UsageError('--public-url is an address such as https://svar.stockholm.se.');
    }
    const db = /^postgres(?:ql)?:\/\//i.test(values.db) ? values.db : resolve(io.cwd, values.db);
    const store = await openStore(db);
    const adminToken = io.env.SVARA_ADMIN_TOKEN || undefined;
    const metrics = new Metrics({ processMetrics: true });
    let collector;
    try {
      collector = await startCollector({
        surveys,
        db: store,
        port,
        host: values.host ?? '127.0.0.1',
        allowOrigins,
        ...(adminToken ? { adminToken } : {}),
        ...(maxBody !== undefined ? { maxBodyBytes: maxBody } : {}),
        rateLimit: perMinute === 0 ? false : perMinute !== undefined ? { perMinute } : DEFAULT_RATE_LIMIT,
        ...(embedDir ? { embedDir } : {}),
        ...(values['public-url'] ? { publicUrl: values['public-url'] } : {}),
        ...(values['site-dir'] ? { siteDir: resolve(io.cwd, values['site-dir']) } : {}),
        ...(values['studio-dir'] ? { studioDir: resolve(io.cwd, values['studio-dir']) } : {}),
        ...(values.audio ? { audioDir: resolve(io.cwd, values.audio) } : {}),
        ...(cacheSeconds !== undefined ? { resultsCacheMs: cacheSeconds * 1000 } : {}),
        trustProxy,
        ...(invalidPerMinute !== undefined
          ? { invalidRateLimit: { perMinute: invalidPerMinute, burst: invalidPerMinute } }
          : {}),
        connections: {
          ...(maxConnections !== undefined ? { maxConnections } : {}),
          ...(perAddress !== undefined ? { maxConnectionsPerAddress: perAddress } : {}),
          ...(headersTimeout !== undefined ? { headersTimeoutMs: headersTimeout * 1000 } : {}),
          ...(requestTimeout !== undefined ? { requestTimeoutMs: requestTimeout * 1000 } : {}),
        },
        metrics,
        ...(metricsToken ? { metricsToken } : {}),
        requireApproval: values.approval !== 'off',
        accounts: {
          passwords,
          ...(oidc ? { oidc } : {}),
          ...(sessionSecrets.length ? { sessionSecrets } : {}),
        },
        logger: log,
      });
    } catch (error) {
      await store.close();
      if (error instanceof SurveyLoadError) return refused(error);
      throw error;
    }
    for (const outcome of collector.app.svara.imported) {
      if (outcome.published)
        log.info(`published ${outcome.id} version ${outcome.version} from ${outcome.file}`);
    }
    const published = (await collector.app.svara.registry.list()).filter((s) => s.latest);
    log.info(
      `${published.length} survey(s): ${published.map((s) => `${s.id} (v${s.latest!.version}${s.closedAt ? ', closed' : ''})`).join(', ')}`,
    );
    log.info(`storage: ${describeDb(db)}`);
    log.info(
      embedDir
        ? `embed bundle: ${embedDir} at /svara-survey.js`
        : 'embed bundle: not built (pnpm --filter @svara/survey build), /svara-survey.js answers 404',
    );
    log.info(
      `staff sign-in: ${[oidc ? `OIDC (${oidc.issuer})` : '', passwords ? 'passwords' : ''].filter(Boolean).join(', ')}`,
    );
    if (adminToken) {
      log.warn(
        'SVARA_ADMIN_TOKEN is deprecated: create an admin account (svara users add --admin <e-mail>) and personal API tokens (svara tokens create); it is the admin only while no staff account exists, then it keeps working for exports alone.',
      );
    }
    if (allowOrigins.length) log.info(`allowed origins: ${allowOrigins.join(', ')}`);
    if (values.audio) {
      const voiced = published
        .map((s) => s.id)
        .filter((id) => existsSync(join(resolve(io.cwd, values.audio!), id, 'manifest.json')));
      log.info(
        `recorded speech: ${voiced.length ? voiced.join(', ') : `none yet in ${values.audio} (make it with svara audio)`}`,
      );
    }
    const limits = (collector.server as CollectorServer).limits;
    log.info(
      `connections: at most ${limits.maxConnections}, ${limits.maxConnectionsPerAddress || 'no cap'} per address; headers within ${limits.headersTimeoutMs / 1000} s, requests within ${limits.requestTimeoutMs / 1000} s`,
    );
    if (trustProxy) log.info(`trusting ${trustProxy} proxy hop(s) for X-Forwarded-For`);
    const metricsServer =
      metricsPort !== undefined
        ? await startMetricsServer(
            metrics,
            { healthz: async () => healthz(collector.store), readyz: () => readyz(collector.store) },
            metricsPort,
            values['metrics-host'] ?? '127.0.0.1',
          )
        : undefined;
    if (metricsServer) log.info(`metrics on ${metricsServer.url}/metrics`);
    if (metricsToken) log.info('metrics on /metrics to Authorization: Bearer $SVARA_METRICS_TOKEN');
    io.stdout.write(`svara collector listening on ${collector.url}\n`);
    await (io.stopped?.() ?? new Promise(() => {}));
    log.info('stopping …');
    await metricsServer?.close();
    await collector.close();
    return 0;
  },
};
