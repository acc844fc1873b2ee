import type { Submission } from '@svara/schema';
import type { SubmissionDraft } from './events.js';

/** A submission ready for the outbox: serialised once; `body` is the exact text stored and sent. */
export interface FrozenSubmission {
  readonly submissionId: string;
  /** `JSON.parse(body)`, deeply frozen: what the server will receive, as an object. */
  readonly submission: Readonly<Submission>;
  readonly body: string;
}

export interface CreateSubmissionOptions {
  /** Use this id instead of minting one (the outbox mints it before `svara-submit`, so hosts can correlate). */
  submissionId?: string;
  /** Milliseconds since the epoch for `submittedAt`. Default `Date.now`. */
  now?: () => number;
}

/**
 * A UUID v4. `crypto.randomUUID` exists only in secure contexts (https, localhost); a host page served over
 * plain http still gets a v4 from `crypto.getRandomValues`, which every browser has everywhere.
 */
export function uuidV4(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * Mints `submissionId` (UUID v4), stamps `submittedAt` (ISO 8601, UTC) and freezes the payload. The JSON is
 * produced once, here; the outbox stores `body` and every attempt sends those same bytes, so a replay is
 * byte-identical and the server's dedupe (200 on an identical replay) holds. Throws a TypeError if the draft
 * cannot be serialised (a cycle, a BigInt).
 */
export function createSubmission(
  draft: SubmissionDraft,
  options: CreateSubmissionOptions = {},
): FrozenSubmission {
  const submissionId = options.submissionId ?? uuidV4();
  const submittedAt = new Date((options.now ?? Date.now)()).toISOString();
  const { submissionId: _id, submittedAt: _at, ...rest } = draft;
  const body = JSON.stringify({ submissionId, ...rest, submittedAt });
  return Object.freeze({ submissionId, submission: deepFreeze(JSON.parse(body) as Submission), body });
}
