/**
 * Starts a collector: loads and checks the survey files, opens (and migrates) the store, imports the files as
 * published versions, listens.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';

import { createApp } from './http/app.js';
import type { App, AppOptions } from './http/app.js';
import { openStore } from './store/open.js';
import type { Store } from './store/types.js';
import { loadSurveys } from './surveys.js';
import type { LoadedSurvey } from './surveys.js';

export interface CollectorOptions extends Omit<AppOptions, 'surveys' | 'store'> {
  /**
   * Directory of survey definitions (`*.json`), or surveys already loaded: imported as published versions at
   * start. Optional: surveys published by staff live in the database.
   */
  surveys?: string | ReadonlyMap<string, LoadedSurvey>;
  /** A SQLite file, or a `postgres://` address; or a store already opened. */
  db: string | Store;
  /** Default 8787; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
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
  const surveys =
    typeof options.surveys === 'string' ? loadSurveys(options.surveys) : (options.surveys ?? new Map());
  const store = typeof options.db === 'string' ? await openStore(options.db) : options.db;
  const app = createApp({ ...options, surveys, store });
  const host = options.host ?? '127.0.0.1';
  try {
    await app.listen({ port: options.port ?? 8787, host });
  } catch (error) {
    await app.close().catch(() => {});
    await store.close();
    throw error;
  }
  const server = app.server;
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
        // Requests in flight finish (idle keep-alive connections close at once); after 10 s, the rest go too.
        const timer = setTimeout(() => server.closeAllConnections(), 10_000);
        timer.unref();
        await app.close();
        clearTimeout(timer);
        await store.close();
      })();
      return closing;
    },
  };
}
