/**
 * Personal API tokens for scripts: `Authorization: Bearer svara_pat_<43 characters>` (32 random bytes, base64url).
 * The token is shown once, when it is made; the database keeps only its sha256 (a 256-bit random secret needs
 * no slow hash: nothing can be guessed from the digest) and its first characters, so people can tell their
 * tokens apart. A token acts with its user's current roles narrowed to its scopes, stops working when revoked,
 * expired or when its user is disabled, and its `svara_pat_` prefix lets secret scanners find leaked ones.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';

import { SCOPES } from './roles.js';
import type { Scope } from './roles.js';
import type { AuthDb } from './schema.js';

export const TOKEN_PREFIX = 'svara_pat_';
const TOKEN_FORMAT = /^svara_pat_[A-Za-z0-9_-]{43}$/;
/** How many characters of a token lists show (`svara_pat_AbC12x`). */
const SHOWN = TOKEN_PREFIX.length + 6;

export const newTokenSecret = (): string => TOKEN_PREFIX + randomBytes(32).toString('base64url');
export const looksLikeToken = (value: string): boolean => TOKEN_FORMAT.test(value);
export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

export interface ApiToken {
  id: string;
  userId: string;
  name: string;
  /** The first characters of the token, to recognise it. */
  prefix: string;
  scopes: Scope[];
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

type Row = {
  id: string;
  user_id: string;
  name: string;
  prefix: string;
  scopes: string;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
};

const toToken = (row: Row): ApiToken => ({
  id: row.id,
  userId: row.user_id,
  name: row.name,
  prefix: row.prefix,
  scopes: JSON.parse(row.scopes) as Scope[],
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  lastUsedAt: row.last_used_at,
  revokedAt: row.revoked_at,
});

/** Checks untrusted scopes: a non-empty list of known scopes, without duplicates. */
export function parseScopes(input: unknown): Scope[] | undefined {
  if (!Array.isArray(input) || input.length === 0) return undefined;
  if (!input.every((s): s is Scope => typeof s === 'string' && (SCOPES as readonly string[]).includes(s))) {
    return undefined;
  }
  return SCOPES.filter((s) => input.includes(s));
}

/** How often a token's `last_used_at` is written at most (each use would otherwise be a write). */
const LAST_USED_GRANULARITY_MS = 60_000;

export class ApiTokens {
  constructor(
    private readonly db: AuthDb,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Makes a token; the returned `secret` is the only copy. */
  async create(
    userId: string,
    name: string,
    scopes: readonly Scope[],
    expiresAt: Date | null = null,
  ): Promise<{ token: ApiToken; secret: string }> {
    const secret = newTokenSecret();
    const row: Row = {
      id: randomUUID(),
      user_id: userId,
      name,
      prefix: secret.slice(0, SHOWN),
      scopes: JSON.stringify(SCOPES.filter((s) => scopes.includes(s))),
      created_at: this.now().toISOString(),
      expires_at: expiresAt?.toISOString() ?? null,
      last_used_at: null,
      revoked_at: null,
    };
    await this.db
      .insertInto('api_tokens')
      .values({ ...row, token_hash: tokenHash(secret) })
      .execute();
    return { token: toToken(row), secret };
  }

  /** The user's tokens, newest first, revoked ones included (marked). */
  async list(userId: string): Promise<ApiToken[]> {
    const rows = await this.db
      .selectFrom('api_tokens')
      .select([
        'id',
        'user_id',
        'name',
        'prefix',
        'scopes',
        'created_at',
        'expires_at',
        'last_used_at',
        'revoked_at',
      ])
      .where('user_id', '=', userId)
      .orderBy('created_at', 'desc')
      .execute();
    return rows.map(toToken);
  }

  /** Revokes one of the user's tokens; undefined when the user has no such token not yet revoked. */
  async revoke(userId: string, id: string): Promise<ApiToken | undefined> {
    const at = this.now().toISOString();
    const result = await this.db
      .updateTable('api_tokens')
      .set({ revoked_at: at })
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return undefined;
    const row = await this.db
      .selectFrom('api_tokens')
      .select([
        'id',
        'user_id',
        'name',
        'prefix',
        'scopes',
        'created_at',
        'expires_at',
        'last_used_at',
        'revoked_at',
      ])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    return toToken(row);
  }

  async revokeAll(userId: string): Promise<void> {
    await this.db
      .updateTable('api_tokens')
      .set({ revoked_at: this.now().toISOString() })
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .execute();
  }

  /** The token a bearer secret names, if it is usable now (not revoked, not expired). */
  async authenticate(secret: string): Promise<ApiToken | undefined> {
    if (!looksLikeToken(secret)) return undefined;
    const row = await this.db
      .selectFrom('api_tokens')
      .select([
        'id',
        'user_id',
        'name',
        'prefix',
        'scopes',
        'created_at',
        'expires_at',
        'last_used_at',
        'revoked_at',
      ])
      .where('token_hash', '=', tokenHash(secret))
      .executeTakeFirst();
    const now = this.now();
    if (!row || row.revoked_at || (row.expires_at && row.expires_at <= now.toISOString())) return undefined;
    if (!row.last_used_at || now.getTime() - Date.parse(row.last_used_at) > LAST_USED_GRANULARITY_MS) {
      await this.db
        .updateTable('api_tokens')
        .set({ last_used_at: now.toISOString() })
        .where('id', '=', row.id)
        .execute();
      row.last_used_at = now.toISOString();
    }
    return toToken(row);
  }
}
