/**
 * Probes and metrics on the public port:
 * - `/healthz` (any method, as always): `{ ok: true, store }` — the process is up and answering. Never touches
 *   the database, so it answers at once even while the database is busy.
 * - `/readyz`: `200 { ok: true, store, migrations }` when the database answers (within 2 s) and every migration
 *   this build knows is applied; `503 { ok: false, … reason }` otherwise.
 * - `/metrics`: Prometheus text, only with `Authorization: Bearer <SVARA_METRICS_TOKEN>` (`404` without a
 *   token configured, `401` for a wrong one). The `--metrics-port` listener serves all three without a token.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';

import { migrations } from '../../store/migrations.js';
import type { Store } from '../../store/types.js';
import { bearerToken } from '../auth.js';
import type { AppContext } from '../context.js';
import { json } from '../context.js';
import { HttpProblem } from '../problem.js';
import { send } from '../reply.js';

const READY_TIMEOUT_MS = 2000;

export function healthz(store: Store): { status: number; body: string } {
  return { status: 200, body: JSON.stringify({ ok: true, store: store.kind }) };
}

/** Is the database reachable and migrated? */
export async function readyz(store: Store): Promise<{ status: number; body: string }> {
  const expected = migrations.map((m) => m.version);
  let timer: NodeJS.Timeout | undefined;
  try {
    const applied = await Promise.race([
      store.migrations(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`the database did not answer within ${READY_TIMEOUT_MS} ms`)),
          READY_TIMEOUT_MS,
        );
      }),
    ]);
    const missing = expected.filter((v) => !applied.includes(v));
    const body = { ok: missing.length === 0, store: store.kind, migrations: { applied, expected } };
    if (missing.length) Object.assign(body, { reason: `migrations not applied: ${missing.join(', ')}` });
    return { status: missing.length ? 503 : 200, body: JSON.stringify(body) };
  } catch (error) {
    const reason = (error as Error).message;
    return { status: 503, body: JSON.stringify({ ok: false, store: store.kind, reason }) };
  } finally {
    clearTimeout(timer);
  }
}

function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

export function registerHealth(app: FastifyInstance, ctx: AppContext): void {
  app.all('/healthz', async (_request, reply) => {
    const { status, body } = healthz(ctx.store);
    return send(reply, json(status, JSON.parse(body)));
  });
  app.get('/readyz', async (_request, reply) => {
    const { status, body } = await readyz(ctx.store);
    return send(reply, json(status, JSON.parse(body)));
  });
  app.get('/metrics', async (request, reply) => {
    const token = ctx.options.metricsToken;
    if (!token) throw new HttpProblem(404, 'not-found', 'Not found', 'Nothing at this address.');
    const given = bearerToken(request);
    if (given === undefined || !sameSecret(given, token)) {
      throw new HttpProblem(
        401,
        'unauthorized',
        'Unauthorized',
        'Send Authorization: Bearer <SVARA_METRICS_TOKEN>.',
        {},
        { 'www-authenticate': 'Bearer realm="svara-metrics"' },
      );
    }
    return send(reply, {
      status: 200,
      headers: { 'content-type': ctx.metrics.contentType, 'cache-control': 'no-store' },
      body: await ctx.metrics.text(),
    });
  });
}
