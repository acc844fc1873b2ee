/**
 * Structured logs: pino (Fastify's own logger), one JSON object a line with `time`, `level`, `msg` and, for
 * anything about a request, its `reqId` — the same id the response carries in `X-Request-Id`. `--log-format
 * text` prints the same lines for people (`[svara] warning: …`).
 *
 * What is logged at which level: `error` only for what an operator must look at (a 500 with its stack, a store
 * that fails); `warn` for trouble the server handles (a busy database, failed bearer authentications);
 * `info` for start-up, shut-down and clients that hang up mid-body (one line each, never a stack); `debug` one
 * line per request.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import pino from 'pino';

import type { LogFields, Logger } from './types.js';

export type LogFormat = 'json' | 'text';
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
export const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];

export interface LogOptions {
  level?: LogLevel;
  format?: LogFormat;
  /** Where lines go (default: standard error). */
  stream?: { write(line: string): unknown };
}

const LEVEL_NAMES: Record<number, string> = {
  10: 'trace',
  20: 'debug',
  30: 'info',
  40: 'warn',
  50: 'error',
  60: 'fatal',
};
const PLAIN = new Set(['level', 'time', 'msg', 'pid', 'hostname']);

/** pino's JSON line as a line for people: `[svara] warning: message {"reqId":"…"}`. */
export function textLine(json: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json;
  }
  const level = LEVEL_NAMES[entry.level as number] ?? 'info';
  const prefix = level === 'info' ? '' : level === 'warn' ? 'warning: ' : `${level}: `;
  const rest = Object.fromEntries(Object.entries(entry).filter(([key]) => !PLAIN.has(key)));
  const stack = (rest.err as { stack?: string } | undefined)?.stack;
  if (stack) delete rest.err;
  const fields = Object.keys(rest).length ? ` ${JSON.stringify(rest)}` : '';
  return `[svara] ${prefix}${String(entry.msg ?? '')}${fields}\n${stack ? `${stack}\n` : ''}`;
}

/** A pino logger writing JSON (or text) lines to `stream`, synchronously. */
export function createPino(options: LogOptions = {}): pino.Logger {
  const out = options.stream ?? process.stderr;
  const format = options.format ?? 'json';
  const destination = { write: (line: string) => out.write(format === 'text' ? textLine(line) : line) };
  return pino(
    {
      level: options.level ?? 'info',
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}

/** Our `Logger` over a pino logger. */
export function fromPino(logger: pino.Logger): Logger {
  const at =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (message: string, fields?: LogFields): void => {
      if (fields) logger[level](fields, message);
      else logger[level](message);
    };
  return { info: at('info'), warn: at('warn'), error: at('error'), debug: at('debug'), pino: logger };
}

/** A pino-backed `Logger` with these options. */
export function createLogger(options: LogOptions = {}): Logger {
  return fromPino(createPino(options));
}

const REQUEST_ID = /^[\w.:@-]{1,64}$/;

/**
 * A request's id: the proxy's `X-Request-Id` when it looks like one (so the proxy's log and ours meet), else a
 * new random one.
 */
export function requestId(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}
