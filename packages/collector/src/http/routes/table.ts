/**
 * The route table's one helper: `define(app, path, { GET, POST, … })` registers each method's handler and
 * answers every other method with `405` and an `Allow` header (Fastify alone would say 404). HEAD comes with GET.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteShorthandOptions } from 'fastify';

import { notAllowed } from '../context.js';
import { send } from '../reply.js';
import type { AppResponse } from '../types.js';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
const METHODS: readonly Method[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** A handler returns an `AppResponse` (sent as it is) or sends through `reply` itself. */
export type Handler = (
  request: FastifyRequest,
  reply: FastifyReply,
) => Promise<AppResponse | FastifyReply | void> | AppResponse | FastifyReply | void;

export interface MethodSpec {
  handler: Handler;
  /** Fastify route options: `preHandler` guards (see ../auth.ts), `bodyLimit`, … */
  options?: RouteShorthandOptions;
}

export interface PathOptions {
  /**
   * Runs before a 405, so that a resource that does not exist is a 404 whatever the method (as the collector
   * always answered). Throws an HttpProblem.
   */
  exists?: (request: FastifyRequest) => unknown;
}

const wrap =
  (handler: Handler) =>
  async (request: FastifyRequest, reply: FastifyReply): Promise<unknown> => {
    const result = await handler(request, reply);
    if (result && typeof result === 'object' && 'status' in result && 'headers' in result) {
      return send(reply, result as AppResponse);
    }
    return result ?? reply;
  };

export function define(
  app: FastifyInstance,
  path: string,
  methods: Partial<Record<Method, Handler | MethodSpec>>,
  options: PathOptions = {},
): void {
  const allowed = Object.keys(methods) as Method[];
  for (const method of allowed) {
    const spec = methods[method]!;
    const { handler, options: routeOptions = {} } = typeof spec === 'function' ? { handler: spec } : spec;
    app.route({ ...routeOptions, method, url: path, handler: wrap(handler) });
  }
  const allow = allowed.flatMap((m) => (m === 'GET' ? ['GET', 'HEAD'] : [m])).join(', ');
  const others = [...METHODS, 'HEAD'].filter(
    (m) => !allowed.includes(m as Method) && !(m === 'HEAD' && allowed.includes('GET')),
  );
  app.route({
    method: others,
    url: path,
    handler: async (request) => {
      await options.exists?.(request);
      throw notAllowed(allow);
    },
  });
}
