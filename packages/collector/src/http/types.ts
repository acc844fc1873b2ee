/** A response as the route helpers build it; `reply.ts` sends it through Fastify. */
import type { Logger as PinoLogger } from 'pino';

export interface AppResponse {
  status: number;
  /** Lower-case names. */
  headers: Record<string, string>;
  body?: string | Buffer | AsyncIterable<string | Buffer> | NodeJS.ReadableStream;
  /** Ask the transport to close the connection after the response (a body that was not read). */
  close?: boolean;
}

/** Fields logged with a line (`reqId`, `address`, …). */
export type LogFields = Record<string, unknown>;

export interface Logger {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  debug?(message: string, fields?: LogFields): void;
  /** The pino logger behind it, if any (see logging.ts): Fastify logs through it too. */
  readonly pino?: PinoLogger;
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

const suffix = (fields?: LogFields): string =>
  fields && Object.keys(fields).length ? ` ${JSON.stringify(fields)}` : '';

export const consoleLogger: Logger = {
  info: (m, f) => process.stderr.write(`[svara] ${m}${suffix(f)}\n`),
  warn: (m, f) => process.stderr.write(`[svara] warning: ${m}${suffix(f)}\n`),
  error: (m, f) => process.stderr.write(`[svara] error: ${m}${suffix(f)}\n`),
};
