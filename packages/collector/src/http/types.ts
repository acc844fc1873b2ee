/** The collector's transport-neutral request and response, so the handler runs without sockets (fuzz tests). */

export interface AppRequest {
  method: string;
  /** Path and query, as received (`/api/surveys/x/results?by=kon`). */
  url: string;
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Readonly<Record<string, string | undefined>>;
  /** The client's address (from the socket, or X-Forwarded-For when the proxy is trusted). */
  clientIp: string;
  /**
   * Reads the body, never more than `limit` bytes: resolves to undefined as soon as the body turns out larger
   * (nothing beyond the limit is kept in memory).
   */
  readBody(limit: number): Promise<Buffer | undefined>;
}

export interface AppResponse {
  status: number;
  /** Lower-case names. */
  headers: Record<string, string>;
  body?: string | Buffer | AsyncIterable<string | Buffer>;
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
