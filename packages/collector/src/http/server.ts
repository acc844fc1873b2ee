/** node:http transport for the collector app: bodies read with a hard limit, responses streamed with backpressure. */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

import type { App } from './app.js';
import type { AppRequest, AppResponse, Logger } from './types.js';
import { silentLogger } from './types.js';

export interface TransportOptions {
  /** Take the client address from X-Forwarded-For (last hop) — only behind a reverse proxy you run. */
  trustProxy?: boolean;
  logger?: Logger;
}

function headersOf(req: IncomingMessage): Record<string, string | undefined> {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

function clientIp(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.headers['x-forwarded-for'];
    const last = (Array.isArray(forwarded) ? forwarded.join(',') : forwarded)?.split(',').at(-1)?.trim();
    if (last) return last;
  }
  return req.socket.remoteAddress ?? 'unknown';
}

/** Reads at most `limit` bytes; resolves undefined as soon as the body is larger (and stops reading). */
function bodyReader(req: IncomingMessage): {
  read(limit: number): Promise<Buffer | undefined>;
  done(): boolean;
} {
  let complete = false;
  return {
    done: () => complete || req.complete,
    read(limit) {
      return new Promise((resolve, reject) => {
        const chunks: Buffer[] = [];
        let size = 0;
        const cleanup = () => {
          req.off('data', onData);
          req.off('end', onEnd);
          req.off('error', onError);
          req.off('close', onClose);
        };
        const onData = (chunk: Buffer) => {
          size += chunk.length;
          if (size > limit) {
            cleanup();
            req.pause();
            resolve(undefined);
            return;
          }
          chunks.push(chunk);
        };
        const onEnd = () => {
          cleanup();
          complete = true;
          resolve(Buffer.concat(chunks, size));
        };
        const onError = (error: Error) => {
          cleanup();
          reject(error);
        };
        const onClose = () => {
          cleanup();
          if (!req.complete) reject(new Error('The client closed the connection before the body arrived.'));
        };
        req.on('data', onData);
        req.on('end', onEnd);
        req.on('error', onError);
        req.on('close', onClose);
      });
    },
  };
}

/** Resolves on 'drain' or 'close', whichever comes first, and leaves no listener behind. */
function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

async function writeBody(res: ServerResponse, body: AppResponse['body']): Promise<void> {
  if (body === undefined) return void res.end();
  if (typeof body === 'string' || Buffer.isBuffer(body)) return void res.end(body);
  const iterator = body[Symbol.asyncIterator]();
  let aborted = false;
  const onClose = () => {
    aborted = true;
  };
  res.once('close', onClose);
  try {
    for (;;) {
      if (aborted) break;
      const { value, done } = await iterator.next();
      if (done) break;
      if (!res.write(value)) await drained(res);
    }
  } finally {
    res.off('close', onClose);
    if (aborted) await iterator.return?.();
  }
  if (!aborted) res.end();
}

/** A node:http request listener for the app. */
export function requestListener(app: App, options: TransportOptions = {}) {
  const log = options.logger ?? silentLogger;
  return (req: IncomingMessage, res: ServerResponse): void => {
    const reader = bodyReader(req);
    const request: AppRequest = {
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      headers: headersOf(req),
      clientIp: clientIp(req, options.trustProxy ?? false),
      readBody: (limit) => reader.read(limit),
    };
    void (async () => {
      const response = await app.handle(request);
      const hasBody =
        req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
      const unread = hasBody && !reader.done();
      const headers = { ...response.headers };
      if (response.close || unread) headers.connection = 'close';
      res.writeHead(response.status, headers);
      if (unread) {
        // Discard the rest of the body without keeping it, and do not wait for it forever.
        req.resume();
        setTimeout(() => req.socket.destroy(), 5000).unref();
      }
      await writeBody(res, response.body);
    })().catch((error: unknown) => {
      log.error(`${req.method} ${req.url}: ${(error as Error)?.stack ?? String(error)}`);
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/problem+json; charset=utf-8' });
        res.end('{"type":"urn:svara:problem:internal","title":"Internal error","status":500}');
      } else res.destroy();
    });
  };
}

export function createHttpServer(app: App, options: TransportOptions = {}): Server {
  const server = createServer(
    { requestTimeout: 30_000, headersTimeout: 10_000, keepAliveTimeout: 5_000 },
    requestListener(app, options),
  );
  server.on('clientError', (error, socket) => {
    if (socket.writable && !(error as NodeJS.ErrnoException).code?.startsWith('ECONN')) {
      socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
    } else socket.destroy();
  });
  return server;
}
