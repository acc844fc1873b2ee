/**
 * One HTTP attempt: the request the outbox makes, the pluggable `Transport` that makes it, and what is read
 * back from the answer.
 */
import type { ProblemDetails } from './events.js';
import { classifyStatus } from './retry-policy.js';
import type { OutboxEntry } from './store.js';

/** Bodies at or over this size are never sent with `keepalive` (browsers cap keepalive bodies at 64 KiB). */
export const KEEPALIVE_MAX_BYTES = 60 * 1024;

export interface TransportRequest {
  url: string;
  method: 'POST';
  /**
   * Normal attempts: the host headers plus `Content-Type: application/json` and `Idempotency-Key`.
   * Keepalive attempts: only `Content-Type: text/plain;charset=UTF-8` (a CORS "simple" request, no preflight).
   */
  headers: Record<string, string>;
  /** The stored JSON text; send it unchanged. */
  body: string;
  submissionId: string;
  /** The page is being hidden or closed: pass `keepalive: true` to fetch (or the equivalent). */
  keepalive: boolean;
  /** Aborted when the attempt times out. */
  signal: AbortSignal;
}

/** A host transport may return a fetch `Response` or this. */
export interface TransportResponse {
  status: number;
  /** The raw `Retry-After` header, if any. */
  retryAfter?: string | null;
  /** Problem details of a rejection, if any. */
  problem?: ProblemDetails;
}

/**
 * Makes one attempt. Resolve with the server's answer whatever its status; throw (reject) only when no answer
 * arrived (network error, timeout): that is retried.
 */
export type Transport = (request: TransportRequest) => Promise<Response | TransportResponse>;

/** The default transport: `fetch`, no cookies, no cache. */
export const fetchTransport: Transport = (request) =>
  fetch(request.url, {
    method: request.method,
    headers: request.headers,
    body: request.body,
    keepalive: request.keepalive,
    signal: request.signal,
    credentials: 'omit',
    cache: 'no-store',
  });

/** What the outbox needs from an answer. `status` undefined: no answer (network error, timeout). */
export interface AttemptResult {
  status: number | undefined;
  retryAfter?: string | null;
  problem?: ProblemDetails;
  message: string;
}

export function byteLength(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

/** The request for one attempt of `entry`. Host header names that we set ourselves are dropped. */
export function buildRequest(entry: OutboxEntry, keepalive: boolean, signal: AbortSignal): TransportRequest {
  const ours: Record<string, string> = keepalive
    ? { 'Content-Type': 'text/plain;charset=UTF-8' }
    : { 'Content-Type': 'application/json', 'Idempotency-Key': entry.id };
  const reserved = new Set(['content-type', 'idempotency-key']);
  const host = keepalive
    ? {}
    : Object.fromEntries(Object.entries(entry.headers).filter(([name]) => !reserved.has(name.toLowerCase())));
  return {
    url: entry.endpoint,
    method: 'POST',
    headers: { ...host, ...ours },
    body: entry.body,
    submissionId: entry.id,
    keepalive,
    signal,
  };
}

function isFetchResponse(value: Response | TransportResponse): value is Response {
  // Duck-typed: a Response from another realm (an iframe) fails `instanceof Response`.
  return (
    typeof (value as Response).headers?.get === 'function' && typeof (value as Response).text === 'function'
  );
}

async function readProblem(response: Response): Promise<ProblemDetails | undefined> {
  try {
    if (!/json/i.test(response.headers.get('content-type') ?? '')) return undefined;
    const parsed: unknown = await response.json();
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as ProblemDetails)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Runs one attempt through `transport`; never throws. */
export async function attempt(transport: Transport, request: TransportRequest): Promise<AttemptResult> {
  let answer: Response | TransportResponse;
  try {
    answer = await transport(request);
  } catch (error) {
    return { status: undefined, message: error instanceof Error ? error.message : String(error) };
  }
  const status = Number(answer?.status);
  if (!Number.isInteger(status) || status <= 0) return { status: undefined, message: 'No usable answer' };
  const message = `HTTP ${status}`;
  if (!isFetchResponse(answer))
    return { status, retryAfter: answer.retryAfter, problem: answer.problem, message };
  const retryAfter = answer.headers.get('retry-after');
  const kind = classifyStatus(status);
  const problem = kind === 'rejected' || kind === 'gone' ? await readProblem(answer) : undefined;
  return { status, retryAfter, problem, message };
}
