/**
 * The outbox: every submission is written to IndexedDB before it is sent and leaves only after a 2xx. One
 * sender at a time across every tab of the origin (Web Locks); replay on start, on `online`, on a timer; a
 * `keepalive` attempt when the page is hidden or closed; memory when IndexedDB cannot be used, reported.
 */
import { SvaraQueuedEvent, SvaraSubmitErrorEvent, SvaraSubmitEvent, SvaraSubmittedEvent } from './events.js';
import type { ProblemDetails, SubmissionDraft } from './events.js';
import { decide } from './retry-policy.js';
import { attempt, buildRequest, byteLength, fetchTransport, KEEPALIVE_MAX_BYTES } from './send.js';
import type { Transport } from './send.js';
import { IdbStore, MemoryStore, openDatabase } from './store.js';
import type { EntryStore, OutboxEntry } from './store.js';
import { createSubmission, uuidV4 } from './submission.js';
import { systemClock } from './clock.js';
import type { Clock } from './clock.js';

export { systemClock };
export type { Clock };

export interface OutboxOptions {
  /** Where the svara-* events are dispatched: the `<svara-survey>` element. Default: a new EventTarget. */
  target?: EventTarget;
  /** Replaces `fetch` for every attempt (a host's own API client). */
  transport?: Transport;
  /** Extra request headers for new submissions; stored with each entry. */
  headers?: Record<string, string>;
  /** IndexedDB database name and Web Lock name. Default `svara-outbox`. */
  name?: string;
  /** Default `globalThis.indexedDB`; `null`: no storage (memory only, reported). */
  indexedDB?: IDBFactory | null;
  clock?: Clock;
  /** In [0, 1); default `Math.random`. */
  random?: () => number;
  /** Look at the outbox at least this often (ms), for entries other tabs left behind. Default 60 s. */
  pollInterval?: number;
  /** An attempt without an answer after this long (ms) is abandoned and retried. Default 30 s. */
  requestTimeout?: number;
}

export interface SubmitOptions {
  /** Where to POST; stored with the entry. */
  endpoint: string;
}

/** How a submission stands after its first attempt. */
export type SubmitResult =
  | { outcome: 'delivered'; submissionId: string; status?: number }
  /**
   * Not delivered yet; will be retried. `persisted: false`: in memory only, lost if the page closes.
   * `status`: the HTTP status of the attempt that failed (undefined: no answer, or not attempted yet).
   */
  | { outcome: 'queued'; submissionId: string; persisted: boolean; status?: number }
  | { outcome: 'rejected'; submissionId: string; status: number; problem?: ProblemDetails }
  /** A `svara-submit` listener called `preventDefault()`. Nothing was stored or sent. */
  | { outcome: 'cancelled'; submissionId: string }
  /** The payload could not be serialised. Nothing was stored or sent. */
  | { outcome: 'invalid'; submissionId: string; error: unknown };

export type StorageState = 'indexeddb' | 'memory';

/** One chain per lock name, for pages without Web Locks (insecure contexts, old browsers, Node). */
const pageLocks = new Map<string, Promise<unknown>>();

function withPageLock<T>(name: string, work: () => Promise<T>): Promise<T> {
  const run = (pageLocks.get(name) ?? Promise.resolve()).then(work, work);
  pageLocks.set(
    name,
    run.catch(() => undefined),
  );
  return run;
}

function defaultIndexedDB(): IDBFactory | null {
  try {
    return globalThis.indexedDB ?? null;
  } catch {
    return null; // Some browsers throw on access when storage is blocked.
  }
}

export class Outbox {
  // ── Configuration ──────────────────────────────────────────────────────────────────────────────────────
  readonly target: EventTarget;
  /** The host transport; undefined: `fetch`. */
  transport: Transport | undefined;
  /** Headers for new submissions. */
  headers: Record<string, string>;
  readonly #name: string;
  readonly #factory: IDBFactory | null;
  readonly #clock: Clock;
  readonly #random: () => number;
  readonly #pollInterval: number;
  readonly #requestTimeout: number;

  // ── State ──────────────────────────────────────────────────────────────────────────────────────────────
  readonly #memory = new MemoryStore();
  #durablePromise: Promise<IdbStore | null> | undefined;
  #storageState: StorageState | undefined;
  #storageError: unknown;
  /** The latest state of every entry this page knows, for the synchronous `pagehide` handler and the timer. */
  #known = new Map<string, OutboxEntry>();
  /** Entries whose first write is in progress. */
  readonly #writing = new Map<string, OutboxEntry>();
  /** Submitted on this page load (the rest are replayed). */
  readonly #createdHere = new Set<string>();
  /** Delivered here: never sent again by this page, even if deleting it from storage failed. */
  readonly #removed = new Set<string>();
  /** Final outcome already reported by event. */
  readonly #reported = new Set<string>();
  readonly #waiters = new Map<string, (result: SubmitResult) => void>();
  readonly #inFlight = new Set<string>();
  readonly #keepaliveInFlight = new Map<string, number>();
  #chain: Promise<void> = Promise.resolve();
  #nextFlush: Promise<void> | null = null;
  #networkBack = false;
  #timer: unknown;
  #active = false;

  constructor(options: OutboxOptions = {}) {
    this.target = options.target ?? new EventTarget();
    this.transport = options.transport;
    this.headers = { ...options.headers };
    this.#name = options.name ?? 'svara-outbox';
    this.#factory = options.indexedDB === undefined ? defaultIndexedDB() : options.indexedDB;
    this.#clock = options.clock ?? systemClock;
    this.#random = options.random ?? Math.random;
    this.#pollInterval = options.pollInterval ?? 60_000;
    this.#requestTimeout = options.requestTimeout ?? 30_000;
  }

  // ── Public API ─────────────────────────────────────────────────────────────────────────────────────────

  /**
   * `indexeddb` while entries are written to IndexedDB; `memory` once it could not be opened or a write
   * failed (entries then live in this page only). Undefined until the first use.
   */
  get storage(): StorageState | undefined {
    return this.#storageState;
  }

  /** The reason storage fell back to memory, if it did. */
  get storageFailure(): unknown {
    return this.#storageError;
  }

  /**
   * Opens the outbox, listens for `online`, `pagehide`, `visibilitychange` and `pageshow`, and replays what is
   * waiting (from earlier page loads or other tabs): entries that failed for lack of network at once, entries
   * a server asked to wait (Retry-After, backoff after a 5xx) when their time comes. Resolves after that first
   * replay. Never rejects.
   */
  async start(): Promise<void> {
    if (!this.#active) {
      this.#active = true;
      this.#listen(true);
      this.#networkBack = true; // a new page load: what failed for lack of network goes at once
    }
    await this.#durable();
    await this.flush();
  }

  /** Stops listening and the timer. Entries stay in the outbox for the next start or page load. */
  stop(): void {
    this.#active = false;
    this.#listen(false);
    if (this.#timer !== undefined) this.#clock.clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /**
   * Submits: `svara-submit` (cancelable; listeners may change the draft), then mints the id, freezes and
   * stores the payload (`svara-queued`, or `svara-submit-error` reason `storage` when it can only be kept in
   * memory), then makes the first attempt. Resolves with the first outcome (that attempt's, or a keepalive
   * attempt's made meanwhile), or `queued` when no attempt could be made (offline; another tab is sending).
   * Never rejects. Later outcomes arrive as `svara-submitted` / `svara-submit-error`.
   */
  async submit(draft: SubmissionDraft, options: SubmitOptions): Promise<SubmitResult> {
    const submissionId = uuidV4();
    let body: string;
    let headers: Record<string, string>;
    try {
      const event = new SvaraSubmitEvent(submissionId, structuredClone(draft), { ...this.headers });
      if (!this.target.dispatchEvent(event)) return { outcome: 'cancelled', submissionId };
      body = createSubmission(event.submission, { submissionId, now: () => this.#clock.now() }).body;
      headers = { ...event.headers };
    } catch (error) {
      this.#emit(new SvaraSubmitErrorEvent(submissionId, 'invalid', false, { error }));
      return { outcome: 'invalid', submissionId, error };
    }

    const now = this.#clock.now();
    const entry: OutboxEntry = {
      id: submissionId,
      endpoint: options.endpoint,
      body,
      headers,
      state: 'pending',
      attempts: 0,
      nextAttemptAt: now,
      createdAt: now,
    };
    this.#createdHere.add(submissionId);
    this.#writing.set(submissionId, entry);
    this.#known.set(submissionId, entry);
    const result = new Promise<SubmitResult>((resolve) => this.#waiters.set(submissionId, resolve));

    const persisted = await this.#save(entry);
    this.#writing.delete(submissionId);
    if (persisted) this.#emit(new SvaraQueuedEvent(submissionId));
    else this.#emit(new SvaraSubmitErrorEvent(submissionId, 'storage', true, { error: this.#storageError }));

    // Resolves at the first outcome: of this flush's attempt, or of a keepalive attempt made meanwhile.
    void this.flush().then(() => {
      const known = this.#known.get(submissionId);
      // Not attempted (offline, or another tab had it): say where it stands.
      if (known?.state === 'failed') this.#settle(submissionId, rejection(known));
      else this.#settle(submissionId, { outcome: 'queued', submissionId, persisted });
    });
    return result;
  }

  /**
   * Sends every due entry now, one at a time, holding the cross-tab lock. Calls made while a flush waits to
   * start share it. Never rejects.
   */
  flush(): Promise<void> {
    if (this.#nextFlush) return this.#nextFlush;
    const run = this.#chain.then(() => {
      this.#nextFlush = null;
      return this.#flushOnce();
    });
    this.#nextFlush = run;
    this.#chain = run;
    return run;
  }

  /** Resolves when no flush is running or waiting. */
  async whenIdle(): Promise<void> {
    let seen: Promise<void>;
    do {
      seen = this.#chain;
      await seen;
    } while (seen !== this.#chain);
  }

  /** Every entry waiting on this device or in memory: pending ones and failed (rejected) ones. */
  async entries(): Promise<OutboxEntry[]> {
    return this.#snapshot();
  }

  /**
   * Deletes a failed (rejected) entry, once the respondent has been told and chose to remove it. Pending
   * entries cannot be discarded: they are delivered. Resolves true if an entry was deleted.
   */
  async discard(submissionId: string): Promise<boolean> {
    const entry = (await this.#snapshot()).find((e) => e.id === submissionId);
    if (entry?.state !== 'failed') return false;
    this.#known.delete(submissionId);
    return this.#forget(submissionId);
  }

  // ── Storage ────────────────────────────────────────────────────────────────────────────────────────────

  #durable(): Promise<IdbStore | null> {
    this.#durablePromise ??= (async () => {
      try {
        if (!this.#factory) throw new DOMException('IndexedDB is not available.', 'NotSupportedError');
        const store = new IdbStore(await openDatabase(this.#factory, this.#name));
        this.#storageState ??= 'indexeddb';
        return store;
      } catch (error) {
        this.#storageState = 'memory';
        this.#storageError = error;
        return null;
      }
    })();
    return this.#durablePromise;
  }

  /** Writes a new entry durably; falls back to memory. Resolves whether it was persisted. */
  async #save(entry: OutboxEntry): Promise<boolean> {
    const durable = await this.#durable();
    if (durable) {
      try {
        await durable.put(entry);
        this.#storageState = 'indexeddb';
        return true;
      } catch (error) {
        this.#storageState = 'memory';
        this.#storageError = error;
      }
    }
    await this.#memory.put(entry);
    return false;
  }

  async #storeOf(id: string): Promise<EntryStore | null> {
    return this.#memory.has(id) ? this.#memory : this.#durable();
  }

  async #updateEntry(
    id: string,
    change: (entry: OutboxEntry) => OutboxEntry,
  ): Promise<OutboxEntry | undefined> {
    const store = await this.#storeOf(id);
    try {
      if (store) return await store.update(id, change);
    } catch {
      // Storage refused the update. The entry is still stored as it was; keep the new state (attempts, next
      // attempt time) in memory so that this page still backs off.
    }
    const current = this.#known.get(id);
    return current && change(current);
  }

  /** Deletes an entry from storage; resolves false if storage refused (the entry is then skipped here). */
  async #forget(id: string): Promise<boolean> {
    const store = await this.#storeOf(id);
    try {
      await store?.delete(id);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Everything in the outbox, oldest first, merged with what this page knows (its own later attempt counts).
   * Updates `known` and reports own entries that another tab settled.
   */
  async #snapshot(): Promise<OutboxEntry[]> {
    const durable = await this.#durable();
    let stored: OutboxEntry[] | undefined = [];
    if (durable) {
      try {
        stored = await durable.list();
      } catch {
        stored = undefined; // unreadable this time: keep what we knew
      }
    }
    const base =
      stored ?? [...this.#known.values()].filter((e) => !this.#memory.has(e.id) && !this.#writing.has(e.id));
    const merged = new Map<string, OutboxEntry>();
    for (const entry of [...base, ...(await this.#memory.list())]) {
      if (this.#removed.has(entry.id)) {
        void this.#forget(entry.id); // delivered already; its deletion failed before
        continue;
      }
      const mine = this.#known.get(entry.id);
      merged.set(entry.id, mine && mine.attempts > entry.attempts ? mine : entry);
    }
    if (stored) this.#reconcile(merged);
    this.#known = new Map([...merged, ...this.#writing]);
    return [...merged.values()].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  }

  /** Own submissions settled elsewhere: gone from storage means delivered (only a 2xx removes an entry). */
  #reconcile(entries: Map<string, OutboxEntry>): void {
    for (const id of this.#createdHere) {
      if (this.#reported.has(id) || this.#writing.has(id)) continue;
      const entry = entries.get(id);
      if (!entry) this.#delivered(id, undefined);
      else if (entry.state === 'failed') this.#rejected(entry);
    }
  }

  // ── Sending ────────────────────────────────────────────────────────────────────────────────────────────

  #isDue(entry: OutboxEntry, now: number, networkBack: boolean): boolean {
    if (entry.state !== 'pending' || this.#removed.has(entry.id)) return false;
    // When the network comes back, entries that failed for lack of network go at once.
    return entry.nextAttemptAt <= now || (networkBack && entry.lastError?.status === undefined);
  }

  #isOffline(): boolean {
    return typeof navigator !== 'undefined' && navigator.onLine === false;
  }

  #withLock(work: () => Promise<void>): Promise<void> {
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    if (locks?.request) {
      try {
        return locks.request(this.#name, work);
      } catch {
        // SecurityError (opaque origin): fall through to this page's lock
      }
    }
    return withPageLock(this.#name, work);
  }

  async #flushOnce(): Promise<void> {
    const networkBack = this.#networkBack;
    this.#networkBack = false;
    try {
      if (this.#isOffline()) return;
      const now = this.#clock.now();
      if (!(await this.#snapshot()).some((e) => this.#isDue(e, now, networkBack))) return;
      await this.#withLock(async () => {
        // Read again inside the lock: another tab may have delivered some of these meanwhile.
        for (const entry of await this.#snapshot()) {
          if (this.#isDue(entry, this.#clock.now(), networkBack)) await this.#send(entry, false);
        }
      });
    } catch {
      // Every failure is handled where it happens; a flush never rejects.
    } finally {
      this.#schedule();
    }
  }

  /** One attempt and its consequence for the entry. Never rejects. */
  async #send(entry: OutboxEntry, keepalive: boolean): Promise<void> {
    const { id } = entry;
    try {
      const controller = new AbortController();
      const timer = keepalive
        ? undefined
        : this.#clock.setTimeout(
            () => controller.abort(new DOMException('No answer in time.', 'TimeoutError')),
            this.#requestTimeout,
          );
      if (!keepalive) this.#inFlight.add(id);
      const result = await attempt(
        this.transport ?? fetchTransport,
        buildRequest(entry, keepalive, controller.signal),
      );
      if (!keepalive) this.#inFlight.delete(id);
      if (timer !== undefined) this.#clock.clearTimeout(timer);
      if (this.#removed.has(id)) return; // a parallel attempt delivered it meanwhile

      const now = this.#clock.now();
      const tries = entry.attempts + 1;
      const decision = decide({
        status: result.status,
        attempt: tries,
        retryAfter: result.retryAfter,
        now,
        random: this.#random(),
      });
      if (decision.action === 'remove') {
        this.#removed.add(id);
        this.#known.delete(id);
        this.#delivered(id, result.status);
        await this.#forget(id);
        return;
      }
      const lastError = { at: now, status: result.status, message: result.message, problem: result.problem };
      if (decision.action === 'discard') {
        // The survey takes no answers any more: tell the respondent, then let go of the entry.
        this.#removed.add(id);
        this.#known.delete(id);
        this.#rejected({ ...entry, attempts: tries, lastError, state: 'failed' });
        await this.#forget(id);
        return;
      }
      const updated = await this.#updateEntry(id, (current) => ({
        ...current,
        attempts: Math.max(current.attempts, tries),
        lastError,
        ...(decision.action === 'fail'
          ? { state: 'failed' as const }
          : { nextAttemptAt: Math.max(current.nextAttemptAt, now + decision.delay) }),
      }));
      if (!updated) return; // gone: delivered by another tab meanwhile
      if (!this.#removed.has(id)) this.#known.set(id, updated);
      if (updated.state === 'failed') this.#rejected(updated);
      else
        this.#settle(id, {
          outcome: 'queued',
          submissionId: id,
          persisted: !this.#memory.has(id),
          status: result.status,
        });
    } catch {
      // attempt() never throws; storage errors are handled above. Nothing is lost: the entry stays.
    } finally {
      if (!keepalive) this.#inFlight.delete(id);
    }
  }

  #schedule(): void {
    if (!this.#active) return;
    if (this.#timer !== undefined) this.#clock.clearTimeout(this.#timer);
    const now = this.#clock.now();
    let wait = this.#pollInterval;
    if (!this.#isOffline()) {
      for (const entry of this.#known.values()) {
        if (entry.state === 'pending' && !this.#writing.has(entry.id))
          wait = Math.min(wait, entry.nextAttemptAt - now);
      }
    }
    // A due entry that could not be sent (lock, storage) waits 250 ms so it cannot spin the timer; an entry not
    // yet due is tried at its time (a floor there would send it after the Retry-After cap).
    this.#timer = this.#clock.setTimeout(
      () => {
        this.#timer = undefined;
        void this.flush();
      },
      wait > 0 ? wait : 250,
    );
  }

  // ── Page lifecycle ─────────────────────────────────────────────────────────────────────────────────────

  readonly #onOnline = (): void => {
    this.#networkBack = true;
    void this.flush();
  };

  readonly #onPageShow = (): void => void this.flush();

  readonly #onVisibilityChange = (): void => {
    if (document.visibilityState === 'hidden') this.#sendKeepalive(false);
  };

  readonly #onPageHide = (): void => this.#sendKeepalive(true);

  #listen(on: boolean): void {
    if (typeof window === 'undefined' || typeof document === 'undefined') return;
    const windowEvents: [string, () => void][] = [
      ['online', this.#onOnline],
      ['pageshow', this.#onPageShow],
      ['pagehide', this.#onPageHide],
    ];
    for (const [type, listener] of windowEvents) {
      if (on) window.addEventListener(type, listener);
      else window.removeEventListener(type, listener);
    }
    if (on) document.addEventListener('visibilitychange', this.#onVisibilityChange);
    else document.removeEventListener('visibilitychange', this.#onVisibilityChange);
  }

  /**
   * The page is being hidden (`closing` false) or closed (`pagehide`): a `keepalive` attempt for this page's own
   * submissions that are due (memory-only ones whatever their schedule: this is their last chance), under
   * 60 KiB each and in total. On hiding, entries already in flight are left alone (their request survives a
   * hidden tab); on `pagehide` they are sent again, because closing cancels ordinary requests. The entry stays
   * in the outbox until a 2xx is seen; a duplicate is harmless, the server dedupes by submissionId.
   */
  #sendKeepalive(closing: boolean): void {
    const now = this.#clock.now();
    let budget = KEEPALIVE_MAX_BYTES;
    for (const bytes of this.#keepaliveInFlight.values()) budget -= bytes;
    for (const entry of this.#known.values()) {
      const { id } = entry;
      if (!this.#createdHere.has(id) || entry.state !== 'pending' || this.#removed.has(id)) continue;
      if (this.#keepaliveInFlight.has(id) || (!closing && this.#inFlight.has(id))) continue;
      if (entry.nextAttemptAt > now && !this.#memory.has(id)) continue;
      const bytes = byteLength(entry.body);
      if (bytes >= KEEPALIVE_MAX_BYTES || bytes > budget) continue;
      budget -= bytes;
      this.#keepaliveInFlight.set(id, bytes);
      void this.#send(entry, true).finally(() => this.#keepaliveInFlight.delete(id));
    }
  }

  // ── Outcomes ───────────────────────────────────────────────────────────────────────────────────────────

  #emit(event: Event): void {
    this.target.dispatchEvent(event);
  }

  #settle(id: string, result: SubmitResult): void {
    const resolve = this.#waiters.get(id);
    this.#waiters.delete(id);
    resolve?.(result);
  }

  #delivered(id: string, status: number | undefined): void {
    if (!this.#reported.has(id)) {
      this.#reported.add(id);
      this.#emit(new SvaraSubmittedEvent(id, status, !this.#createdHere.has(id)));
    }
    this.#settle(id, { outcome: 'delivered', submissionId: id, status });
  }

  #rejected(entry: OutboxEntry): void {
    if (!this.#reported.has(entry.id)) {
      this.#reported.add(entry.id);
      const { status, problem } = entry.lastError ?? {};
      const replayed = !this.#createdHere.has(entry.id);
      this.#emit(new SvaraSubmitErrorEvent(entry.id, 'rejected', false, { status, problem, replayed }));
    }
    this.#settle(entry.id, rejection(entry));
  }
}

function rejection(entry: OutboxEntry): SubmitResult {
  return {
    outcome: 'rejected',
    submissionId: entry.id,
    status: entry.lastError?.status ?? 0,
    problem: entry.lastError?.problem,
  };
}

/**
 * For the widget's `connectedCallback`: an Outbox, started (replaying what earlier page loads left). Call
 * `stop()` from `disconnectedCallback`.
 */
export function startOutbox(options: OutboxOptions = {}): Outbox {
  const outbox = new Outbox(options);
  void outbox.start();
  return outbox;
}
