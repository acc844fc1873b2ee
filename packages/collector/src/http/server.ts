/**
 * The node:http server under the Fastify app: what keeps idle sockets, slow bodies and floods of connections
 * from locking other clients out (issue #14).
 *
 * - **Timeouts**: the headers must arrive within `headersTimeoutMs` of connecting (also for a socket that sends
 *   nothing at all), the whole request within `requestTimeoutMs` (a body trickling in too slowly is answered
 *   `408` and closed), and an idle keep-alive connection is closed after `keepAliveTimeoutMs`. Node checks the
 *   deadlines every second.
 * - **A cap on connections** (`maxConnections`): by default well under the process's open-file limit, so the
 *   server never runs out of descriptors (with 1,024 files, 1,100 idle sockets used to lock everyone out).
 * - **A cap per client address** (`maxConnectionsPerAddress`, IPv6 by /64): one client cannot take the whole
 *   server's share. Off behind a trusted proxy, where every connection comes from the proxy.
 *
 * Connections over a cap are closed at once, before anything is read.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { RequestListener, Server } from 'node:http';
import type { Socket } from 'node:net';

import { addressKey } from './rate-limit.js';

export interface ConnectionLimits {
  /** Open connections at most; default: 10,000, and never closer than 128 to the open-file limit. */
  maxConnections?: number;
  /** Open connections per client address (IPv6: per /64) at most; 0 turns it off. Default 256. */
  maxConnectionsPerAddress?: number;
  /** Default 10 s. */
  headersTimeoutMs?: number;
  /** Default 30 s. */
  requestTimeoutMs?: number;
  /** Default 5 s. */
  keepAliveTimeoutMs?: number;
}

export const DEFAULT_MAX_CONNECTIONS_PER_ADDRESS = 256;
export const DEFAULT_HEADERS_TIMEOUT_MS = 10_000;
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
export const DEFAULT_KEEP_ALIVE_TIMEOUT_MS = 5_000;
/** Descriptors kept free for the database, files served and logs. */
const RESERVED_FILES = 128;

/** What the server reports (metrics, logs). */
export interface ServerObserver {
  /** A connection was closed at once because a cap was reached. */
  refused?(reason: 'total' | 'per-address', address: string): void;
  /** A request did not arrive in time and was answered 408 (or closed). */
  timedOut?(address: string): void;
}

/** The process's soft limit on open files (Linux), or undefined where it cannot be read. */
export function openFileLimit(): number | undefined {
  try {
    const line = readFileSync('/proc/self/limits', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('Max open files'));
    const soft = line?.split(/\s{2,}/)[1];
    const n = Number(soft);
    return Number.isFinite(n) && n > 0 ? n : undefined;
  } catch {
    return undefined;
  }
}

/** The connection cap to use: the one asked for, never closer than 128 to the open-file limit. */
export function connectionCap(asked: number | undefined, fileLimit = openFileLimit()): number {
  const safe = fileLimit === undefined ? 10_000 : Math.max(16, fileLimit - RESERVED_FILES);
  return Math.min(asked ?? 10_000, safe);
}

export interface CollectorServer extends Server {
  /** Connections open now. */
  readonly openConnections: number;
  /** The caps in force. */
  readonly limits: Required<ConnectionLimits>;
}

/** The node:http server with the limits above; `handler` is Fastify's. */
export function createHttpServer(
  handler: RequestListener,
  limits: ConnectionLimits = {},
  observer: ServerObserver = {},
): CollectorServer {
  const resolved: Required<ConnectionLimits> = {
    maxConnections: connectionCap(limits.maxConnections),
    maxConnectionsPerAddress: limits.maxConnectionsPerAddress ?? DEFAULT_MAX_CONNECTIONS_PER_ADDRESS,
    headersTimeoutMs: limits.headersTimeoutMs ?? DEFAULT_HEADERS_TIMEOUT_MS,
    requestTimeoutMs: limits.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
    keepAliveTimeoutMs: limits.keepAliveTimeoutMs ?? DEFAULT_KEEP_ALIVE_TIMEOUT_MS,
  };
  const server = createServer(
    {
      headersTimeout: resolved.headersTimeoutMs,
      // Node refuses a request timeout shorter than the headers timeout.
      requestTimeout: Math.max(resolved.requestTimeoutMs, resolved.headersTimeoutMs),
      keepAliveTimeout: resolved.keepAliveTimeoutMs,
      connectionsCheckingInterval: Math.min(1000, resolved.headersTimeoutMs),
    },
    handler,
  ) as CollectorServer;

  let open = 0;
  const perAddress = new Map<string, number>();
  // Before node:http's own listener, so a refused socket is never parsed.
  server.prependListener('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? 'unknown';
    if (open >= resolved.maxConnections) {
      observer.refused?.('total', address);
      socket.destroy();
      return;
    }
    const key = addressKey(address);
    const mine = perAddress.get(key) ?? 0;
    if (resolved.maxConnectionsPerAddress > 0 && mine >= resolved.maxConnectionsPerAddress) {
      observer.refused?.('per-address', address);
      socket.destroy();
      return;
    }
    open++;
    perAddress.set(key, mine + 1);
    socket.once('close', () => {
      open--;
      const left = (perAddress.get(key) ?? 1) - 1;
      if (left > 0) perAddress.set(key, left);
      else perAddress.delete(key);
    });
  });
  Object.defineProperty(server, 'openConnections', { get: () => open });
  Object.defineProperty(server, 'limits', { value: resolved });

  return server;
}

/**
 * Fastify's `clientErrorHandler`: a request node:http could not take (bad syntax, too slow) gets a short answer
 * (`408` when it was too slow), then the socket is closed.
 */
export const clientErrorHandler =
  (observer: ServerObserver = {}) =>
  (error: NodeJS.ErrnoException, socket: Socket): void => {
    if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') observer.timedOut?.(socket.remoteAddress ?? 'unknown');
    answerClientError(error, socket);
  };

function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  const response = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (!socket.writable || response?.headersSent || error.code?.startsWith('ECONN')) {
    socket.destroy();
    return;
  }
  const status =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? '408 Request Timeout'
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? '431 Request Header Fields Too Large'
        : '400 Bad Request';
  socket.end(`HTTP/1.1 ${status}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
  socket.destroySoon?.();
}
