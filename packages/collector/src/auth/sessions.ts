/**
 * Staff sessions in the database, so several collectors behind a load balancer share them: a store with the
 * interface `@fastify/session` expects (`get`/`set`/`destroy` with callbacks), plus what sign-out everywhere and
 * disabling a user need. The row's key is the sha256 of the session id, so a copy of the table (a backup, a
 * replica) cannot be used to sign anyone in.
 *
 * Expiry is decided here, not by the cookie: a session unused for `idleMs` (8 h) or older than `absoluteMs`
 * (7 days) is gone, whatever the browser sends. `seen_at` is written at most once a minute.
 */
import { createHash } from 'node:crypto';

import type { AuthDb } from './schema.js';

export const DEFAULT_IDLE_MS = 8 * 60 * 60 * 1000;
export const DEFAULT_ABSOLUTE_MS = 7 * 24 * 60 * 60 * 1000;
const SEEN_GRANULARITY_MS = 60_000;

/** What svara keeps in a session besides @fastify/session's own `cookie`. */
export interface SessionFields {
  /** The signed-in user; absent while a sign-in is under way. */
  userId?: string;
  /** How the user signed in. */
  method?: 'password' | 'oidc';
  /** @fastify/csrf-protection's secret. */
  _csrf?: string;
  /** A pending OpenID Connect sign-in (state, nonce, PKCE verifier, where to return). */
  oidc?: { state: string; nonce: string; verifier: string; returnTo: string; startedAt: number };
}

type Callback = (error?: unknown) => void;

const hashId = (sessionId: string): string => createHash('sha256').update(sessionId).digest('hex');

export interface SessionStoreOptions {
  idleMs?: number;
  absoluteMs?: number;
  now?: () => Date;
}

export class DatabaseSessionStore {
  readonly idleMs: number;
  readonly absoluteMs: number;
  private readonly now: () => Date;

  constructor(
    private readonly db: AuthDb,
    options: SessionStoreOptions = {},
  ) {
    this.idleMs = options.idleMs ?? DEFAULT_IDLE_MS;
    this.absoluteMs = options.absoluteMs ?? DEFAULT_ABSOLUTE_MS;
    this.now = options.now ?? (() => new Date());
  }

  // ---- the @fastify/session store interface ----

  get(sessionId: string, callback: (error: unknown, session?: SessionFields | null) => void): void {
    this.load(sessionId).then(
      (session) => callback(null, session ?? null),
      (error: unknown) => callback(error),
    );
  }

  set(sessionId: string, session: SessionFields, callback: Callback): void {
    this.save(sessionId, session).then(() => callback(), callback);
  }

  destroy(sessionId: string, callback: Callback): void {
    this.remove(sessionId).then(() => callback(), callback);
  }

  // ---- the same as promises ----

  async load(sessionId: string): Promise<SessionFields | undefined> {
    const id = hashId(sessionId);
    const row = await this.db
      .selectFrom('sessions')
      .select(['data', 'seen_at', 'expires_at'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return undefined;
    const now = this.now();
    if (row.expires_at <= now.toISOString() || Date.parse(row.seen_at) + this.idleMs <= now.getTime()) {
      await this.db.deleteFrom('sessions').where('id', '=', id).execute();
      return undefined;
    }
    if (now.getTime() - Date.parse(row.seen_at) >= SEEN_GRANULARITY_MS) {
      await this.db
        .updateTable('sessions')
        .set({ seen_at: now.toISOString() })
        .where('id', '=', id)
        .execute();
    }
    return JSON.parse(row.data) as SessionFields;
  }

  async save(sessionId: string, session: SessionFields): Promise<void> {
    const now = this.now();
    const data = JSON.stringify(session);
    const userId = session.userId ?? null;
    await this.db
      .insertInto('sessions')
      .values({
        id: hashId(sessionId),
        user_id: userId,
        data,
        created_at: now.toISOString(),
        seen_at: now.toISOString(),
        expires_at: new Date(now.getTime() + this.absoluteMs).toISOString(),
      })
      // An existing session keeps its creation time and absolute expiry.
      .onConflict((oc) => oc.column('id').doUpdateSet({ user_id: userId, data, seen_at: now.toISOString() }))
      .execute();
  }

  async remove(sessionId: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('id', '=', hashId(sessionId)).execute();
  }

  /** Ends every session of the user (sign out everywhere, a disabled account); returns how many ended. */
  async removeUser(userId: string): Promise<number> {
    const live = await this.countUser(userId);
    await this.db.deleteFrom('sessions').where('user_id', '=', userId).execute();
    return live;
  }

  /** The user's sessions that have not expired. */
  async countUser(userId: string): Promise<number> {
    const now = this.now();
    const row = await this.db
      .selectFrom('sessions')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('user_id', '=', userId)
      .where('expires_at', '>', now.toISOString())
      .where('seen_at', '>', new Date(now.getTime() - this.idleMs).toISOString())
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Deletes expired sessions (run now and then; expired ones are refused on read anyway). */
  async sweep(): Promise<number> {
    const now = this.now();
    const idleSince = new Date(now.getTime() - this.idleMs).toISOString();
    const result = await this.db
      .deleteFrom('sessions')
      .where((eb) => eb.or([eb('expires_at', '<=', now.toISOString()), eb('seen_at', '<=', idleSince)]))
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
