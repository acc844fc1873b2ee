/**
 * The four delivery events, public contract of `<svara-survey>` (style rule 14: prefixed Event subclasses with
 * typed fields). The outbox dispatches them on the EventTarget it is given — the widget element — so they bubble
 * and are composed, and reach a host page's listeners through the shadow root.
 *
 * For one submission, in order:
 * - `svara-submit`: before anything is stored. Cancelable (`preventDefault()` stops the submission); the host
 *   may change `event.submission` (add to `answers` or `meta`) and `event.headers` before the payload is frozen.
 * - `svara-queued`: the payload is saved on this device (IndexedDB) and will be sent, now or on a later visit.
 * - then exactly one of
 *   - `svara-submitted`: the server confirmed (2xx); the answer has left the device;
 *   - `svara-submit-error` with `reason: 'rejected'`: the server refused it (400/413/415/422); `problem` holds
 *     its problem details; the entry is kept on the device as failed, never retried, never dropped silently.
 *     A `410` (the survey is closed, or its round is over) is reported the same way — the problem's `detail`
 *     says so to the respondent — and the entry is then removed: no retry or correction could deliver it.
 *
 * `svara-submit-error` with `reason: 'storage'` (`willRetry: true`) replaces `svara-queued` when the device cannot
 * store the answer (no IndexedDB, private mode, quota): it is kept in memory and sent while the page stays open,
 * and the respondent should be told not to close the page until `svara-submitted`. `reason: 'invalid'` means the
 * payload could not be serialised (a programming error in the host; nothing was stored or sent).
 */
import type { Submission } from '@svara/schema';

const init = { bubbles: true, composed: true } as const;

/** `application/problem+json` (RFC 9457) as the collector sends it; any JSON object is kept as it came. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  [extension: string]: unknown;
}

/**
 * What the widget hands to the outbox: a submission without the two fields the outbox stamps. Extra top-level
 * fields are allowed for a host's own backend; the reference collector's strict envelope refuses them (400).
 */
export type SubmissionDraft = Omit<Submission, 'submissionId' | 'submittedAt'> & { [field: string]: unknown };

/** Fired before the payload is frozen and stored. Cancelable. */
export class SvaraSubmitEvent extends Event {
  static readonly eventName = 'svara-submit';
  constructor(
    /** The id this submission will carry (minted already, so a host can correlate). */
    readonly submissionId: string,
    /** Mutable: the host may change or add answers and meta before the payload is frozen. */
    public submission: SubmissionDraft,
    /** Mutable: extra request headers for this submission (stored with it). */
    public headers: Record<string, string>,
  ) {
    super(SvaraSubmitEvent.eventName, { ...init, cancelable: true });
  }
}

/** The payload is saved on this device and will be sent. */
export class SvaraQueuedEvent extends Event {
  static readonly eventName = 'svara-queued';
  constructor(readonly submissionId: string) {
    super(SvaraQueuedEvent.eventName, init);
  }
}

/** The server confirmed the submission with a 2xx. */
export class SvaraSubmittedEvent extends Event {
  static readonly eventName = 'svara-submitted';
  constructor(
    readonly submissionId: string,
    /**
     * The 2xx status: 201 stored, 200 an identical replay the server already had. Undefined when another tab
     * delivered it (the entry left the shared outbox, which only a 2xx does).
     */
    readonly status: number | undefined,
    /** True when the submission was made on an earlier page load (replayed from the outbox). */
    readonly replayed: boolean,
  ) {
    super(SvaraSubmittedEvent.eventName, init);
  }
}

export type SubmitErrorReason = 'rejected' | 'storage' | 'invalid';

/** The submission was refused by the server, or could not be saved on the device, or could not be built. */
export class SvaraSubmitErrorEvent extends Event {
  static readonly eventName = 'svara-submit-error';
  constructor(
    readonly submissionId: string,
    /** `rejected` by the server; `storage`: not saved on the device (kept in memory); `invalid` payload. */
    readonly reason: SubmitErrorReason,
    /** True for `storage`: the outbox keeps sending from memory while the page is open. */
    readonly willRetry: boolean,
    readonly details: {
      /** HTTP status of a rejection. */
      status?: number;
      /** The server's problem details for a rejection (`application/problem+json`), if it sent any. */
      problem?: ProblemDetails;
      /** The underlying error for `storage` and `invalid`. */
      error?: unknown;
      /** True when the submission was made on an earlier page load. */
      replayed?: boolean;
    } = {},
  ) {
    super(SvaraSubmitErrorEvent.eventName, init);
  }
  get status(): number | undefined {
    return this.details.status;
  }
  get problem(): ProblemDetails | undefined {
    return this.details.problem;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'svara-submit': SvaraSubmitEvent;
    'svara-queued': SvaraQueuedEvent;
    'svara-submitted': SvaraSubmittedEvent;
    'svara-submit-error': SvaraSubmitErrorEvent;
  }
}
