/**
 * Reading a request body by hand, with a hard limit: the public routes take the body unparsed (see app.ts) so
 * that a submission is refused on Content-Length before anything is read, and as soon as a chunked body passes
 * the limit — nothing beyond the limit is held in memory.
 */
import type { IncomingMessage } from 'node:http';
import { BlockList, isIPv6 } from 'node:net';
import type { FastifyRequest } from 'fastify';

/**
 * The client hung up before its body arrived (a phone that lost the network): nothing to answer and nothing
 * wrong with the server. Logged as one info line and counted, never as an error.
 */
export class ClientAbortError extends Error {
  override name = 'ClientAbortError';
}

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
    const onError = (error: NodeJS.ErrnoException) => {
      cleanup();
      const aborted = error.code === 'ECONNRESET' || error.code === 'ECONNABORTED' || !req.complete;
      reject(aborted ? new ClientAbortError(error.message) : error);
    };
    const onClose = () => {
      cleanup();
      if (!req.complete && !readToEnd.has(req)) {
        reject(new ClientAbortError('The client closed the connection before the body arrived.'));
      }
    };
    // A client that hung up while the request waited for its turn (a database look-up before the body is read)
    // has already closed: no event will come.
    if (req.destroyed && !req.complete) {
      reject(new ClientAbortError('The client closed the connection before the body arrived.'));
      return;
    }
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('close', onClose);
    req.resume();
  });
}

/** How many proxies in front of the server to trust: `true` is one (the contract of `--trust-proxy`). */
export const proxyHops = (trustProxy: boolean | number | undefined): number =>
  trustProxy === true ? 1 : typeof trustProxy === 'number' ? Math.max(0, Math.trunc(trustProxy)) : 0;

/** Where proxies may connect from by default: loopback and private networks. */
export const DEFAULT_TRUSTED_PROXIES: readonly string[] = [
  '127.0.0.0/8',
  '10.0.0.0/8',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '::1/128',
  'fc00::/7',
];

/** A BlockList of CIDR ranges (`10.0.0.0/8`, `2001:db8::/32`) or single addresses. */
export function addressList(ranges: readonly string[]): BlockList {
  const list = new BlockList();
  for (const range of ranges) {
    const [address = '', bits] = range.trim().split('/');
    const type = isIPv6(address) ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(bits), type);
  }
  return list;
}

const defaultProxies = addressList(DEFAULT_TRUSTED_PROXIES);
const unmapped = (address: string): string => address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1');

function isTrustedProxy(address: string, proxies: BlockList): boolean {
  const plain = unmapped(address);
  try {
    return proxies.check(plain, isIPv6(plain) ? 'ipv6' : 'ipv4');
  } catch {
    return false;
  }
}

/**
 * The client's address: the socket's, or — behind `trustProxy` trusted proxies — the address the outermost
 * trusted proxy saw, which is the `hops`-th `X-Forwarded-For` entry from the right. Entries further left were
 * written by the client itself and are never believed. `X-Forwarded-For` is believed at all only from a peer in
 * `proxies` (default: loopback and private networks), so a client on the internet that connects directly cannot
 * pick its own address.
 */
export function clientIp(
  request: FastifyRequest,
  trustProxy: boolean | number | undefined,
  proxies: BlockList = defaultProxies,
): string {
  const req = request.raw;
  const socketAddress = req.socket?.remoteAddress ?? 'unknown';
  const hops = proxyHops(trustProxy);
  if (hops === 0 || !isTrustedProxy(socketAddress, proxies)) return socketAddress;
  const forwarded = req.headers['x-forwarded-for'];
  const chain = (Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (!chain.length) return socketAddress;
  // Fewer entries than trusted hops: all of them were written by our proxies; the leftmost is the furthest.
  return chain[Math.max(0, chain.length - hops)]!;
}

/** A header as one string (repeated headers joined with ", "), lower-case name. */
export function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}
