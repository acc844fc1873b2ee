/** Starts a collector: loads and checks the surveys, opens (and migrates) the store, listens. */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';

import { createApp } from './http/app.js';
import type { App, AppOptions } from './http/app.js';
import { createHttpServer } from './http/server.js';
import { silentLogger } from './http/types.js';
import { openStore } from './store/open.js';
import type { Store } from './store/types.js';
import { loadSurveys } from './surveys.js';
import type { LoadedSurvey } from './surveys.js';

export interface CollectorOptions extends Omit<AppOptions, 'surveys' | 'store'> {
  /** Directory of survey definitions (`*.json`), or surveys already loaded. */
  surveys: string | ReadonlyMap<string, LoadedSurvey>;
  /** A SQLite file, or a `postgres://` address; or a store already opened. */
  db: string | Store;
  /** Default 8787; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  trustProxy?: boolean;
}

export interface Collector {
  /** `http://host:port` */
  url: string;
  port: number;
  host: string;
  app: App;
  store: Store;
  server: Server;
  surveys: ReadonlyMap<string, LoadedSurvey>;
  /** Stops accepting, lets requests in flight finish, commits what is queued, closes the store. */
  close(): Promise<void>;
}

export async function startCollector(options: CollectorOptions): Promise<Collector> {
  const surveys = typeof options.surveys === 'string' ? loadSurveys(options.surveys) : options.surveys;
  const store = typeof options.db === 'string' ? await openStore(options.db) : options.db;
  const app = createApp({ ...options, surveys, store });
  const logger = options.logger ?? silentLogger;
  const server = createHttpServer(app, { trustProxy: options.trustProxy ?? false, logger });
  const host = options.host ?? '127.0.0.1';
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 8787, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await store.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const shown = host.includes(':') ? `[${host}]` : host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${shown}:${port}`,
    port,
    host,
    app,
    store,
    server,
    surveys,
    close() {
      closing ??= (async () => {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        const timer = setTimeout(() => server.closeAllConnections(), 10_000);
        timer.unref();
        await closed;
        clearTimeout(timer);
        await store.close();
      })();
      return closing;
    },
  };
}
