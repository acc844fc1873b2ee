/** Sends an `AppResponse` through Fastify: status, headers, and a string, buffer or stream body. */
import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';

import type { AppResponse } from './types.js';

export function send(reply: FastifyReply, response: AppResponse): FastifyReply {
  reply.code(response.status);
  for (const [name, value] of Object.entries(response.headers)) reply.header(name, value);
  if (response.close) reply.header('connection', 'close');
  const body = response.body;
  if (body === undefined) return reply.send();
  if (typeof body === 'string' || Buffer.isBuffer(body)) return reply.send(body);
  // A stream or an async iterable (exports): piped with backpressure; a client that goes away ends the
  // iteration (Readable.from calls the generator's return()).
  const stream = body instanceof Readable ? body : Readable.from(body as AsyncIterable<string | Buffer>);
  return reply.send(stream);
}
