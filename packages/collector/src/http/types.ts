/** A response as the route helpers build it; `reply.ts` sends it through Fastify. */

export interface AppResponse {
  status: number;
  /** Lower-case names. */
  headers: Record<string, string>;
  body?: string | Buffer | AsyncIterable<string | Buffer> | NodeJS.ReadableStream;
  /** Ask the transport to close the connection after the response (a body that was not read). */
  close?: boolean;
}

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

export const consoleLogger: Logger = {
  info: (m) => process.stderr.write(`[svara] ${m}\n`),
  warn: (m) => process.stderr.write(`[svara] warning: ${m}\n`),
  error: (m) => process.stderr.write(`[svara] error: ${m}\n`),
};
