/**
 * Delivery of submissions: an IndexedDB outbox with retries, a single sender across tabs, keepalive on page
 * close and a memory fallback. No Lit, no DOM elements; the widget passes its element as the event target.
 */
export { Outbox, startOutbox, systemClock } from './outbox.js';
export type { Clock, OutboxOptions, StorageState, SubmitOptions, SubmitResult } from './outbox.js';
export { createSubmission, uuidV4 } from './submission.js';
export type { CreateSubmissionOptions, FrozenSubmission } from './submission.js';
export { SvaraQueuedEvent, SvaraSubmitErrorEvent, SvaraSubmitEvent, SvaraSubmittedEvent } from './events.js';
export type { ProblemDetails, SubmissionDraft, SubmitErrorReason } from './events.js';
export { fetchTransport, KEEPALIVE_MAX_BYTES } from './send.js';
export type { Transport, TransportRequest, TransportResponse } from './send.js';
export type { OutboxEntry } from './store.js';
export {
  RETRY_BASE_MS,
  RETRY_CAP_MS,
  TERMINAL_STATUSES,
  GONE_STATUSES,
  backoffCeiling,
  classifyStatus,
  decide,
  parseRetryAfter,
  retryDelay,
} from './retry-policy.js';
export type { AttemptOutcome, Classification, Decision } from './retry-policy.js';
