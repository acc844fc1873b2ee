/** `GET /healthz`: `{ ok: true, store }` (any method, as always). */
import type { FastifyInstance } from 'fastify';

import type { AppContext } from '../context.js';
import { json } from '../context.js';
import { send } from '../reply.js';

export function registerHealth(app: FastifyInstance, ctx: AppContext): void {
  app.all('/healthz', async (_request, reply) => send(reply, json(200, { ok: true, store: ctx.store.kind })));
}
