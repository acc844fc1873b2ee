/**
 * Browser-test helpers for the outbox: a scripted fake collector behind the `transport` hook, event recording,
 * and a look into IndexedDB that does not go through the code under test.
 */
import type { SubmissionDraft } from '../src/transport/events.js';
import type { OutboxEntry } from '../src/transport/store.js';
import type { Transport, TransportRequest } from '../src/transport/send.js';
import type { FakeClock } from '@svara/testing/fake-clock';

/** What the fake collector answers: a status (with headers and a body) or no answer at all. */
export type Reply = { status: number; headers?: Record<string, string>; body?: unknown } | 'network-error';

export interface Received extends TransportRequest {
  at: number;
}

/** A fake collector: answers from a script, then `otherwise`; records every request it receives. */
export class FakeServer {
  readonly received: Received[] = [];
  private readonly script: Reply[] = [];
  otherwise: Reply = { status: 201 };
  /** Real milliseconds each answer takes (for lock contention). */
  latency = 0;

  constructor(private readonly clock?: FakeClock) {}

  reply(...replies: Reply[]): this {
    this.script.push(...replies);
    return this;
  }

  readonly transport: Transport = async (request) => {
    this.received.push({ ...request, at: this.clock?.now() ?? Date.now() });
    const reply = this.script.shift() ?? this.otherwise;
    if (this.latency) await new Promise((resolve) => setTimeout(resolve, this.latency));
    if (reply === 'network-error') throw new TypeError('Failed to fetch');
    const body = reply.body === undefined ? null : JSON.stringify(reply.body);
    return new Response(reply.status === 204 ? null : body, { status: reply.status, headers: reply.headers });
  };

  /** Requests per submissionId. */
  countsById(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const { submissionId } of this.received)
      counts.set(submissionId, (counts.get(submissionId) ?? 0) + 1);
    return counts;
  }
}

export function recordEvents(target: EventTarget): Event[] {
  const events: Event[] = [];
  for (const type of ['svara-submit', 'svara-queued', 'svara-submitted', 'svara-submit-error'])
    target.addEventListener(type, (event) => events.push(event));
  return events;
}

export const typesOf = (events: Event[]): string[] => events.map((e) => e.type);

export function draft(
  answers: SubmissionDraft['answers'] = { 'vet-varfor': 5, kon: 'flicka' },
): SubmissionDraft {
  return {
    surveyId: 'familjeenheten-barn',
    surveyVersion: 1,
    lang: 'sv',
    answers,
    meta: { answeredBy: 'self', mode: 'web' },
  };
}

export const ENDPOINT = 'https://svar.example/api/surveys/familjeenheten-barn/responses';

export function uniqueName(): string {
  return `svara-outbox-test-${crypto.randomUUID()}`;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** The entries as stored in IndexedDB, read with the raw API (not through the outbox). */
export async function storedEntries(name: string): Promise<OutboxEntry[]> {
  const db = await request(indexedDB.open(name));
  try {
    if (!db.objectStoreNames.contains('outbox')) return [];
    return (await request(db.transaction('outbox').objectStore('outbox').getAll())) as OutboxEntry[];
  } finally {
    db.close();
  }
}

export async function deleteDatabase(name: string): Promise<void> {
  await request(indexedDB.deleteDatabase(name));
}

/** Collects unhandled promise rejections while a test runs. */
export function watchUnhandledRejections(): { reasons: unknown[]; stop: () => void } {
  const reasons: unknown[] = [];
  const listener = (event: PromiseRejectionEvent) => {
    reasons.push(event.reason);
    event.preventDefault();
  };
  window.addEventListener('unhandledrejection', listener);
  return { reasons, stop: () => window.removeEventListener('unhandledrejection', listener) };
}

/** Lets queued microtasks and IndexedDB callbacks run. */
export const tick = (ms = 0): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
