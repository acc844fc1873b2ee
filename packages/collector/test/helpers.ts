/** Shared fixtures for the collector's tests: surveys, submissions, stores on SQLite and on a real PostgreSQL. */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { parseSurvey } from '@svara/schema';
import type { Survey } from '@svara/schema';

import { HOW_TO, startPostgres } from '../../../scripts/postgres.mjs';
import type { App } from '../src/http/app.js';
import { loadSurveys } from '../src/surveys.js';
import type { LoadedSurvey } from '../src/surveys.js';

/** A response from `inject`, in the shape the tests assert on: status, lower-case headers, the body as text. */
export interface Injected {
  status: number;
  headers: Record<string, string | undefined>;
  body: string;
}

/** One request to the app in-process (no sockets). */
export async function inject(
  app: App,
  request: { method?: string; url: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<Injected> {
  const response = await app.inject({
    method: (request.method ?? 'GET') as 'GET',
    url: request.url,
    headers: request.headers ?? {},
    ...(request.body !== undefined ? { payload: request.body } : {}),
  });
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(response.headers)) {
    headers[name] = Array.isArray(value) ? value.join(', ') : value === undefined ? undefined : String(value);
  }
  return { status: response.statusCode, headers, body: response.body };
}

export const ROOT = new URL('../../../', import.meta.url).pathname;
export const EXAMPLES = join(ROOT, 'examples', 'surveys');
export const COLLECTOR = new URL('../', import.meta.url).pathname;
export const CLI = join(COLLECTOR, 'src', 'cli.ts');

let examples: Map<string, LoadedSurvey> | undefined;
export function exampleSurveys(): Map<string, LoadedSurvey> {
  return (examples ??= loadSurveys(EXAMPLES));
}
export function exampleSurvey(id: string): Survey {
  const loaded = exampleSurveys().get(id);
  if (!loaded) throw new Error(`no example survey ${id}`);
  return loaded.survey;
}

/** Parses a survey written in a test, failing loudly when it is not valid. */
export function survey(input: unknown): Survey {
  const parsed = parseSurvey(input);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return parsed.survey;
}

/** A valid submission to the children's survey (familjeenheten-barn). */
export function childSubmission(
  answers: Record<string, unknown> = { 'vet-varfor': 5, kon: 'flicka' },
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    submissionId: randomUUID(),
    surveyId: 'familjeenheten-barn',
    surveyVersion: 1,
    lang: 'sv',
    submittedAt: '2026-11-22T10:00:00.000Z',
    answers,
    meta: { answeredBy: 'self', mode: 'web' },
    ...extra,
  };
}

export function tempDir(prefix = 'svara-test-'): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

let cluster: Promise<{ url: string; stop(): Promise<void> }> | undefined;

/**
 * A fresh, empty PostgreSQL database for one test file, on SVARA_TEST_PG or on a throw-away cluster started by
 * scripts/postgres.mjs (root on Debian). Fails — never skips — when neither is possible.
 */
export async function postgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  let server: { url: string; stop(): Promise<void> };
  try {
    server = await (cluster ??= startPostgres());
  } catch (error) {
    const message = (error as Error).message;
    throw new Error(message.includes(HOW_TO) ? message : `${message}\n${HOW_TO}`, { cause: error });
  }
  const name = `svara_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = postgres(server.url, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(server.url);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const sql = postgres(server.url, { max: 1, onnotice: () => {} });
      try {
        await sql.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await sql.end();
      }
    },
  };
}

/** Stops the cluster postgresDatabase started (nothing when SVARA_TEST_PG named the server). */
export async function stopPostgres(): Promise<void> {
  if (!cluster) return;
  const running = await cluster.catch(() => undefined);
  cluster = undefined;
  await running?.stop();
}
