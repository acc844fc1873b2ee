/**
 * Prometheus metrics (prom-client), in a registry of the app's own (never the global one, so several apps in one
 * process — the tests — do not mix). Served as text at `GET /metrics` on the separate `--metrics-port`, or on the
 * public port behind `SVARA_METRICS_TOKEN` (routes/health.ts); nowhere otherwise.
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** What a submission came to, as counted in `svara_submissions_total{outcome}`. */
export type SubmissionOutcome =
  | 'stored'
  | 'replay'
  | 'conflict'
  | 'invalid'
  | 'too_large'
  | 'unsupported_type'
  | 'unknown_survey'
  | 'closed'
  | 'rate_limited'
  | 'unavailable'
  | 'aborted'
  | 'error';

const OUTCOME_BY_STATUS: Record<number, SubmissionOutcome> = {
  201: 'stored',
  200: 'replay',
  422: 'conflict',
  400: 'invalid',
  413: 'too_large',
  415: 'unsupported_type',
  404: 'unknown_survey',
  410: 'closed',
  429: 'rate_limited',
  503: 'unavailable',
};

export const outcomeOf = (status: number): SubmissionOutcome => OUTCOME_BY_STATUS[status] ?? 'error';

export interface MetricsSources {
  /** Open HTTP connections now. */
  openConnections?: () => number;
  /** Submissions waiting for (or in) the group commit now. */
  queueDepth?: () => number;
}

export class Metrics {
  readonly registry = new Registry();
  readonly submissions: Counter<'outcome'>;
  readonly submissionSeconds: Histogram<'outcome'>;
  readonly rateLimited: Counter<'bucket'>;
  readonly invalidRequests: Counter<'reason'>;
  readonly clientAborts: Counter;
  readonly connectionsRefused: Counter<'reason'>;
  readonly requestTimeouts: Counter;
  readonly authFailures: Counter;
  private sources: MetricsSources = {};

  constructor(options: { processMetrics?: boolean } = {}) {
    const registers = [this.registry];
    this.submissions = new Counter({
      name: 'svara_submissions_total',
      help: 'Submissions received, by outcome (stored, replay, conflict, invalid, too_large, rate_limited, …).',
      labelNames: ['outcome'],
      registers,
    });
    this.submissionSeconds = new Histogram({
      name: 'svara_submission_duration_seconds',
      help: 'Time from request to answer of valid submissions (stored and replays), commit included.',
      labelNames: ['outcome'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.rateLimited = new Counter({
      name: 'svara_rate_limited_total',
      help: 'Requests refused with 429, by bucket (valid submissions, invalid requests, or both empty).',
      labelNames: ['bucket'],
      registers,
    });
    this.invalidRequests = new Counter({
      name: 'svara_invalid_requests_total',
      help: 'Submissions refused as invalid (400, 413, 415, unknown survey), by reason.',
      labelNames: ['reason'],
      registers,
    });
    this.clientAborts = new Counter({
      name: 'svara_client_aborts_total',
      help: 'Clients that hung up before their request body arrived.',
      registers,
    });
    this.connectionsRefused = new Counter({
      name: 'svara_connections_refused_total',
      help: 'Connections closed at once because a cap was reached (total, or per client address).',
      labelNames: ['reason'],
      registers,
    });
    this.requestTimeouts = new Counter({
      name: 'svara_request_timeouts_total',
      help: 'Requests whose headers or body did not arrive in time (answered 408 or closed).',
      registers,
    });
    this.authFailures = new Counter({
      name: 'svara_auth_failures_total',
      help: 'Bearer tokens that no authenticator accepted.',
      registers,
    });
    const sources = () => this.sources;
    new Gauge({
      name: 'svara_open_connections',
      help: 'HTTP connections open now.',
      registers,
      collect() {
        this.set(sources().openConnections?.() ?? 0);
      },
    });
    new Gauge({
      name: 'svara_commit_queue_depth',
      help: 'Submissions waiting for or in the group commit (SQLite) or being inserted (PostgreSQL).',
      registers,
      collect() {
        this.set(sources().queueDepth?.() ?? 0);
      },
    });
    if (options.processMetrics) collectDefaultMetrics({ register: this.registry });
  }

  /** Where the gauges read from (the server and the store exist after the metrics). */
  observe(sources: MetricsSources): void {
    this.sources = { ...this.sources, ...sources };
  }

  /** One submission's outcome; the latency too for valid ones. */
  submission(status: number, seconds: number, aborted = false): void {
    const outcome = aborted ? 'aborted' : outcomeOf(status);
    this.submissions.inc({ outcome });
    if (outcome === 'stored' || outcome === 'replay') this.submissionSeconds.observe({ outcome }, seconds);
    if (
      outcome === 'invalid' ||
      outcome === 'too_large' ||
      outcome === 'unsupported_type' ||
      outcome === 'unknown_survey'
    )
      this.invalidRequests.inc({ reason: outcome });
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}

/**
 * The metrics listener (`--metrics-port`): `GET /metrics`, and `/healthz` and `/readyz` for probes that should
 * not go through the public port. Plain node:http, nothing else on it.
 */
export async function startMetricsServer(
  metrics: Metrics,
  probes: {
    healthz: () => Promise<{ status: number; body: string }>;
    readyz: () => Promise<{ status: number; body: string }>;
  },
  port: number,
  host: string,
): Promise<{ server: Server; url: string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    const answer = (status: number, type: string, body: string) => {
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    const probe = path === '/healthz' ? probes.healthz : path === '/readyz' ? probes.readyz : undefined;
    if (request.method !== 'GET' && request.method !== 'HEAD') answer(405, 'text/plain', 'Use GET.\n');
    else if (path === '/metrics') {
      metrics.text().then(
        (text) => answer(200, metrics.contentType, text),
        (error: unknown) => answer(500, 'text/plain', `${(error as Error).message}\n`),
      );
    } else if (probe) {
      probe().then(
        ({ status, body }) => answer(status, 'application/json; charset=utf-8', body),
        (error: unknown) => answer(503, 'text/plain', `${(error as Error).message}\n`),
      );
    } else answer(404, 'text/plain', 'Not found: /metrics, /healthz, /readyz.\n');
  });
  server.requestTimeout = 10_000;
  server.headersTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    server,
    url: `http://${shown}:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
