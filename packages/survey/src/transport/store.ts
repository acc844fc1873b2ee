/**
 * Where outbox entries live: IndexedDB (durable, shared by every tab of the origin) or, when IndexedDB is
 * missing or failing, memory (this page only). A few promise helpers instead of a wrapper library.
 */
import type { ProblemDetails } from './events.js';

export interface OutboxEntry {
  /** The submissionId; the key. */
  id: string;
  /** Where the body is POSTed. */
  endpoint: string;
  /** The JSON text, serialised once at submit; every attempt sends exactly these bytes. */
  body: string;
  /** Host headers captured at submit time. */
  headers: Record<string, string>;
  /** `pending`: will be sent; `failed`: refused by the server (400/413/415/422), kept, never retried. */
  state: 'pending' | 'failed';
  /** Attempts that did not deliver (failed or unanswered). */
  attempts: number;
  /** Not sent again before this time (ms since the epoch). */
  nextAttemptAt: number;
  createdAt: number;
  lastError?: { at: number; status?: number; message: string; problem?: ProblemDetails };
}

export interface EntryStore {
  list(): Promise<OutboxEntry[]>;
  /** Writes the entry; resolves once it is committed (IndexedDB: strict durability, flushed to disk). */
  put(entry: OutboxEntry): Promise<void>;
  /** Read-modify-write in one transaction; resolves undefined (and writes nothing) if the entry is gone. */
  update(id: string, change: (entry: OutboxEntry) => OutboxEntry): Promise<OutboxEntry | undefined>;
  delete(id: string): Promise<void>;
}

const STORE = 'outbox';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Runs `work` in one transaction; resolves with its result only when the transaction has committed. */
function transact<T>(
  db: IDBDatabase,
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => Promise<T>,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, mode, { durability: 'strict' });
    let result: T;
    tx.oncomplete = () => resolve(result);
    tx.onabort = () => reject(tx.error ?? new DOMException('The transaction was aborted.', 'AbortError'));
    work(tx.objectStore(STORE)).then(
      (value) => (result = value),
      (error: unknown) => {
        reject(error);
        try {
          tx.abort();
        } catch {
          // already finished
        }
      },
    );
  });
}

/** Opens (creating if needed) the outbox database. Rejects on any failure, including a synchronous throw. */
export function openDatabase(factory: IDBFactory, name: string, timeoutMs = 10_000): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new DOMException('IndexedDB did not open.', 'TimeoutError')),
      timeoutMs,
    );
    const done = () => clearTimeout(timer);
    const req = factory.open(name, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'id' });
    req.onsuccess = () => {
      done();
      const db = req.result;
      // A later version opened by another tab: step aside rather than block it.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    req.onerror = () => {
      done();
      reject(req.error ?? new DOMException('IndexedDB failed to open.', 'UnknownError'));
    };
    req.onblocked = () => {
      done();
      reject(new DOMException('IndexedDB is blocked by another tab.', 'InvalidStateError'));
    };
  });
}

export class IdbStore implements EntryStore {
  constructor(private readonly db: IDBDatabase) {}

  list(): Promise<OutboxEntry[]> {
    return transact(this.db, 'readonly', (store) => request(store.getAll() as IDBRequest<OutboxEntry[]>));
  }

  put(entry: OutboxEntry): Promise<void> {
    return transact(this.db, 'readwrite', async (store) => {
      await request(store.put(entry));
    });
  }

  update(id: string, change: (entry: OutboxEntry) => OutboxEntry): Promise<OutboxEntry | undefined> {
    return transact(this.db, 'readwrite', async (store) => {
      const current = (await request(store.get(id))) as OutboxEntry | undefined;
      if (!current) return undefined;
      const next = change(current);
      await request(store.put(next));
      return next;
    });
  }

  delete(id: string): Promise<void> {
    return transact(this.db, 'readwrite', async (store) => {
      await request(store.delete(id));
    });
  }

  close(): void {
    this.db.close();
  }
}

/** This page only: for when IndexedDB cannot be used. */
export class MemoryStore implements EntryStore {
  private readonly entries = new Map<string, OutboxEntry>();

  has(id: string): boolean {
    return this.entries.has(id);
  }

  async list(): Promise<OutboxEntry[]> {
    return [...this.entries.values()].map((entry) => ({ ...entry }));
  }

  async put(entry: OutboxEntry): Promise<void> {
    this.entries.set(entry.id, { ...entry });
  }

  async update(id: string, change: (entry: OutboxEntry) => OutboxEntry): Promise<OutboxEntry | undefined> {
    const current = this.entries.get(id);
    if (!current) return undefined;
    const next = change({ ...current });
    this.entries.set(id, next);
    return { ...next };
  }

  async delete(id: string): Promise<void> {
    this.entries.delete(id);
  }
}
