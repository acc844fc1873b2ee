/**
 * The collector's HTTP app on Fastify 5: `createApp(options)` builds it (routes from `routes/`, one module per
 * endpoint group of the README), `startCollector` listens with it, and tests call it with `app.inject`.
 *
 * Public routes take their bodies unparsed: the submission route reads its body itself, with the limit and the
 * order of checks it always had (rate limit, content type, size). Every error — ours and Fastify's own (body too
 * large, bad JSON, unsupported type, unknown path, bad URL) — is answered as `application/problem+json`.
 */
import type { RequestListener, Server } from 'node:http';
import Fastify, { LogController } from 'fastify';
import type { FastifyBaseLogger, FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import { registerAccounts } from '../auth/http.js';
import { registerRegister } from '../register/routes.js';
import { StoreUnavailableError } from '../store/types.js';
import { ClientAbortError, bodyUnread, clientIp, proxyHops } from './body.js';
import { createContext, localeOf } from './context.js';
import type { AppContext, AppOptions } from './context.js';
import { securityHeaders } from './headers.js';
import { requestId } from './logging.js';
import { HttpProblem, problem } from './problem.js';
import { send } from './reply.js';
import { registerAudio } from './routes/audio.js';
import { registerExports } from './routes/exports.js';
import { registerFiles } from './routes/files.js';
import { OPEN_DATA_CORS, OPEN_DATA_PREFLIGHT, isOpenData } from './open-data.js';
import { registerHealth } from './routes/health.js';
import { registerResponses } from './routes/responses.js';
import { registerResults } from './routes/results.js';
import { isHostedFormPost, registerRespondentPages } from './routes/respondent.js';
import { registerStaffResults } from './routes/staff-results.js';
import { registerStaffRounds } from './routes/staff-rounds.js';
import { registerStaffSurveys } from './routes/staff-surveys.js';
import { registerStudio } from './routes/studio.js';
import { registerStaffUnits } from './routes/staff-units.js';
import { registerSurveys } from './routes/surveys.js';
import { SYSTEM } from '../auth/audit.js';
import { importSurveys } from '../versions/import.js';
import { sweepRetention } from '../versions/retention.js';
import { clientErrorHandler, createHttpServer } from './server.js';
import type { CollectorServer } from './server.js';
import type { AppResponse } from './types.js';

export { DEFAULT_MAX_BODY_BYTES, DEFAULT_RATE_LIMIT, localeOf } from './context.js';
export type { AppContext, AppOptions } from './context.js';
export { HONEYPOT_FIELD } from './routes/responses.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The collector's shared state (store, surveys, auth); see context.ts. */
    svara: AppContext;
  }
}

export type App = FastifyInstance;

/** Largest JSON body of a staff request (a survey definition with its translations). */
export const STAFF_BODY_LIMIT = 2 * 1024 * 1024;

/** The problem for an error Fastify raised itself (parsing, routing, limits). */
function frameworkProblem(error: FastifyError, request: FastifyRequest): AppResponse | undefined {
  const en = localeOf(request.headers['accept-language']) === 'en';
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return {
        ...problem(
          413,
          'too-large',
          'Body too large',
          en ? 'The body is too large.' : 'Innehållet är för stort.',
        ),
        close: true,
      };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return problem(
        415,
        'unsupported-media-type',
        'Unsupported content type',
        en ? 'Send the body as application/json.' : 'Skicka innehållet som application/json.',
      );
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return problem(400, 'invalid-body', 'Invalid body', undefined, {
        issues: [
          {
            path: '',
            code: 'json',
            message: en ? 'The body is not valid JSON.' : 'Innehållet är inte giltig JSON.',
          },
        ],
      });
    case 'FST_ERR_BAD_URL':
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return problem(404, 'not-found', 'Not found', 'Nothing at this address.');
  }
  if (error instanceof SyntaxError && error.statusCode === 400) {
    return problem(400, 'invalid-body', 'Invalid body', undefined, {
      issues: [
        {
          path: '',
          code: 'json',
          message: en ? 'The body is not valid JSON.' : 'Innehållet är inte giltig JSON.',
        },
      ],
    });
  }
  if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
    return problem(error.statusCode, 'bad-request', 'Bad request', error.message);
  }
  return undefined;
}

/** Requests whose client hung up before its body arrived (answered to nobody, logged as info). */
const aborted = new WeakSet<FastifyRequest>();

function errorResponse(ctx: AppContext, error: unknown, request: FastifyRequest): AppResponse {
  if (error instanceof HttpProblem) return error.response;
  if (error instanceof ClientAbortError) {
    aborted.add(request);
    ctx.metrics.clientAborts.inc();
    ctx.log.info('client hung up before its request body arrived', {
      reqId: request.id,
      method: request.method,
      url: request.url,
      address: clientIp(request, ctx.options.trustProxy),
    });
    return { ...problem(400, 'aborted', 'Request aborted', 'The body did not arrive.'), close: true };
  }
  if (error instanceof StoreUnavailableError) {
    ctx.log.warn(`store unavailable: ${error.message}`, { reqId: request.id });
    return problem(
      503,
      'store-unavailable',
      'Try again',
      'The database is busy or unreachable; nothing was stored. Send the same submission again.',
      {},
      { 'retry-after': '1' },
    );
  }
  const known = frameworkProblem(error as FastifyError, request);
  if (known) return known;
  ctx.log.error(`${request.method} ${request.url}: ${(error as Error)?.message ?? String(error)}`, {
    reqId: request.id,
    err: error instanceof Error ? { type: error.name, message: error.message, stack: error.stack } : error,
  });
  return problem(500, 'internal', 'Internal error', 'Something went wrong on the server.');
}

const SUBMISSION_ROUTE = '/api/surveys/:id/responses';

/** Builds the app (not listening). `await app.ready()` or `app.listen(…)` before use; `app.inject` in tests. */
export function createApp(options: AppOptions): App {
  const ctx = createContext(options);
  const limits = {
    ...options.connections,
    // Behind a trusted proxy every connection comes from the proxy: no cap per address then.
    ...(proxyHops(options.trustProxy) > 0 ? { maxConnectionsPerAddress: 0 } : {}),
  };
  const observer = {
    refused(reason: 'total' | 'per-address', address: string) {
      ctx.metrics.connectionsRefused.inc({ reason });
      ctx.log.debug?.('connection refused: cap reached', { reason, address });
    },
    timedOut(address: string) {
      ctx.metrics.requestTimeouts.inc();
      ctx.log.debug?.('request timed out (408)', { address });
    },
  };
  const app = Fastify({
    ...(ctx.log.pino ? { loggerInstance: ctx.log.pino as FastifyBaseLogger } : { logger: false }),
    // One line per request is ours (onResponse below), at debug level.
    logController: new LogController({ disableRequestLogging: true }),
    genReqId: requestId,
    // No child logger per request: our own lines carry the request id (reqId) themselves.
    childLoggerFactory: (logger) => logger,
    serverFactory: (handler: RequestListener): Server => createHttpServer(handler, limits, observer),
    clientErrorHandler: clientErrorHandler(observer),
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 1000 },
    return503OnClosing: false,
    forceCloseConnections: 'idle',
    bodyLimit: STAFF_BODY_LIMIT,
    frameworkErrors: (error, request, reply) => {
      void send(reply, errorResponse(ctx, error, request));
    },
  });
  const server = app.server as CollectorServer;
  const debugEnabled = ctx.log.debug !== undefined && (ctx.log.pino?.isLevelEnabled('debug') ?? true);
  ctx.metrics.observe({
    openConnections: () => server.openConnections,
    ...(options.store.queueDepth ? { queueDepth: () => options.store.queueDepth!() } : {}),
  });
  app.decorate('svara', ctx);
  app.decorateRequest('staff', null);

  // Bodies stay unread unless a route reads them (the submission route does, with its own limit); staff
  // contexts add the parsers they need (JSON, CSV).
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', (_request, _payload, done) => done(null, undefined));

  // The hooks every request passes (a public submission too) are plain callbacks with their headers worked
  // out once: no promise, no object built per request for what is always the same (issue #14, CPU).
  const apiHeaders = Object.entries(securityHeaders('api'));
  app.addHook('onRequest', (request, reply, done) => {
    // Open data (published results, the register's published summary): any page may read it (open-data.ts).
    if (isOpenData(request.method, request.url)) {
      if (request.method === 'OPTIONS')
        void send(reply, { status: 204, headers: { ...OPEN_DATA_PREFLIGHT } });
      else done();
      return;
    }
    // A page on an origin that is neither allowed nor ours: refused before anything else happens (a form posted
    // to a hosted page from another site is refused by that page itself, in words a respondent reads).
    if (request.headers.origin !== undefined && !isHostedFormPost(request.method, request.url)) {
      if (ctx.cors.refuses(request)) {
        done(
          new HttpProblem(
            403,
            'origin-not-allowed',
            'Origin not allowed',
            `Pages on ${request.headers.origin} may not use this server. Ask its operator to add the origin with --allow-origin.`,
          ),
        );
        return;
      }
    }
    if (request.method === 'OPTIONS') {
      // Answered here; `done` is not called for a request answered in its onRequest hook.
      void send(reply, {
        status: 204,
        headers: { ...ctx.cors.preflight(request), 'cache-control': 'no-store' },
      });
      return;
    }
    done();
  });

  app.addHook('onSend', (request, reply, payload, done) => {
    // Files carry their own policy (site, embed); everything else is API: nothing may load or frame it.
    if (!reply.hasHeader('content-security-policy')) {
      for (const [name, value] of apiHeaders) if (!reply.hasHeader(name)) reply.header(name, value);
    }
    if (isOpenData(request.method, request.url)) {
      for (const [name, value] of Object.entries(OPEN_DATA_CORS)) reply.header(name, value);
    } else if (request.headers.origin === undefined) {
      if (!reply.hasHeader('vary')) reply.header('vary', 'Origin');
    } else {
      for (const [name, value] of Object.entries(ctx.cors.headers(request)))
        if (!reply.hasHeader(name)) reply.header(name, value);
    }
    if (bodyUnread(request)) reply.header('connection', 'close');
    reply.header('x-request-id', request.id);
    done(null, payload);
  });

  app.addHook('onResponse', (request, reply, done) => {
    if (request.method === 'POST' && request.routeOptions.url === SUBMISSION_ROUTE) {
      ctx.metrics.submission(reply.statusCode, reply.elapsedTime / 1000, aborted.has(request));
    }
    const status = reply.statusCode;
    if (status >= 500) {
      ctx.log.warn(`${request.method} ${request.url} answered ${status}`, { reqId: request.id, status });
    } else if (debugEnabled) {
      ctx.log.debug?.(`${request.method} ${request.url} ${status}`, {
        reqId: request.id,
        status,
        ms: Math.round(reply.elapsedTime * 10) / 10,
      });
    }
    if (bodyUnread(request)) {
      // Discard the rest of the body without keeping it, and do not wait for it forever.
      request.raw.resume();
      const socket = request.raw.socket as { destroy?: () => void } | undefined; // absent under inject
      setTimeout(() => socket?.destroy?.(), 5000).unref();
    }
    done();
  });

  app.setErrorHandler((error, request, reply: FastifyReply) =>
    send(reply, errorResponse(ctx, error, request)),
  );

  // First: sessions, CSRF and sign-in, and the list of every route registered after it.
  registerAccounts(app, ctx, options.accounts);
  registerHealth(app, ctx);
  registerSurveys(app, ctx);
  registerResponses(app, ctx);
  registerResults(app, ctx);
  registerExports(app, ctx);
  registerAudio(app, ctx);
  registerRegister(app, ctx);
  registerStudio(app, ctx);
  registerRespondentPages(app, ctx);
  registerFiles(app, ctx);

  // The staff API: JSON bodies (Fastify's parser, with its limit), every route behind the guard (auth.ts).
  void app.register(async (staff) => {
    staff.addContentTypeParser(
      'application/json',
      { parseAs: 'string', bodyLimit: STAFF_BODY_LIMIT },
      staff.getDefaultJsonParser('error', 'error'),
    );
    staff.addContentTypeParser(
      'text/csv',
      { parseAs: 'string', bodyLimit: STAFF_BODY_LIMIT },
      (_request, body, done) => done(null, body),
    );
    registerStaffSurveys(staff, ctx);
    registerStaffUnits(staff, ctx);
    registerStaffRounds(staff, ctx);
    registerStaffResults(staff, ctx);
  });

  // Definitions from files become published versions before the first request is answered.
  app.addHook('onReady', async () => {
    if (options.surveys) ctx.imported = await importSurveys(ctx.registry, options.surveys.values());
  });

  // Retention: answers older than a survey's privacy.retentionMonths are deleted on start and every hour.
  ctx.sweepRetention = (sweepOptions = {}) =>
    sweepRetention(
      ctx.store,
      ctx.registry,
      ctx.now(),
      async (entry) => {
        await app.accounts.audit.record({
          actor: SYSTEM,
          action: 'retention.delete',
          target: `survey:${entry.surveyId}`,
          detail: { months: entry.months, receivedBefore: entry.before, deleted: entry.deleted },
        });
        ctx.log.info(
          `retention: deleted ${entry.deleted} answer(s) of ${entry.surveyId} older than ${entry.months} months`,
        );
      },
      sweepOptions,
    );
  let sweeping: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const sweep = () => {
    sweeping = sweeping
      .then(() => ctx.sweepRetention())
      .catch((error: unknown) => ctx.log.warn(`retention: ${(error as Error)?.message ?? String(error)}`));
  };
  if (options.retentionIntervalMs !== 0) {
    app.addHook('onListen', async () => {
      sweep();
      timer = setInterval(sweep, options.retentionIntervalMs ?? 60 * 60 * 1000);
      timer.unref();
    });
  }
  // Results: a closed round whose late deliveries are over is published by the server (src/results/store).
  let publishing: Promise<unknown> = Promise.resolve();
  let publishTimer: NodeJS.Timeout | undefined;
  const publishDue = () => {
    publishing = publishing
      .then(async () => {
        const { published, failed } = await ctx.results.publishDue();
        for (const snapshot of published) {
          await app.accounts.audit.record({
            actor: SYSTEM,
            action: 'results.publish',
            target: `round:${snapshot.roundId}`,
            detail: { survey: snapshot.surveyId, respondents: snapshot.respondents, automatic: true },
          });
          ctx.log.info(`results: published round ${snapshot.roundId} of ${snapshot.surveyId}`);
        }
        for (const { roundId, message } of failed) ctx.log.warn(`results: round ${roundId}: ${message}`);
      })
      .catch((error: unknown) => ctx.log.warn(`results: ${(error as Error)?.message ?? String(error)}`));
  };
  const publishEvery = options.autoPublishIntervalMs ?? options.retentionIntervalMs ?? 60 * 60 * 1000;
  if (publishEvery !== 0) {
    app.addHook('onListen', async () => {
      publishDue();
      publishTimer = setInterval(publishDue, publishEvery);
      publishTimer.unref();
    });
  }
  app.addHook('onClose', async () => {
    if (timer) clearInterval(timer);
    if (publishTimer) clearInterval(publishTimer);
    await sweeping;
    await publishing;
  });
  return app;
}
