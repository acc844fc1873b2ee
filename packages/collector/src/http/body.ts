/**
 * Reading a request body by hand, with a hard limit: the public routes take the body unparsed (see app.ts) so
 * that a submission is refused on Content-Length before anything is read, and as soon as a chunked body passes
 * the limit — nothing beyond the limit is held in memory.
 */
import type { IncomingMessage } from 'node:http';
import type { FastifyRequest } from 'fastify';

/** Requests whose body was read to the end; any other body is discarded and the connection closed. */
const readToEnd = new WeakSet<object>();

/** True when the request came with a body that nobody read to its end. */
export function bodyUnread(request: FastifyRequest): boolean {
  const raw = request.raw;
  const hasBody =
    raw.headers['transfer-encoding'] !== undefined || Number(raw.headers['content-length'] ?? 0) > 0;
  return hasBody && !readToEnd.has(raw) && !raw.complete;
}

/** Reads at most `limit` bytes; resolves undefined as soon as the body is larger (and stops reading). */
export function readBody(request: FastifyRequest, limit: number): Promise<Buffer | undefined> {
  const req: IncomingMessage = request.raw;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const cleanup = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('close', onClose);
    };
    const onData = (chunk: Buffer | string) => {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += bytes.length;
      if (size > limit) {
        cleanup();
        req.pause();
        resolve(undefined);
        return;
      }
      chunks.push(bytes);
    };
    const onEnd = () => {
      cleanup();
      readToEnd.add(req);
      resolve(Buffer.concat(chunks, size));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const onClose = () => {
      cleanup();
      if (!req.complete && !readToEnd.has(req)) {
        reject(new Error('The client closed the connection before the body arrived.'));
      }
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('close', onClose);
    req.resume();
  });
}

/** The client's address: the socket's, or the last X-Forwarded-For hop behind a trusted proxy. */
export function clientIp(request: FastifyRequest, trustProxy: boolean): string {
  const req = request.raw;
  if (trustProxy) {
    const forwarded = req.headers['x-forwarded-for'];
    const last = (Array.isArray(forwarded) ? forwarded.join(',') : forwarded)?.split(',').at(-1)?.trim();
    if (last) return last;
  }
  return req.socket?.remoteAddress ?? 'unknown';
}

/** A header as one string (repeated headers joined with ", "), lower-case name. */
export function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}
