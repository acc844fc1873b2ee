/**
 * The tables of staff accounts, sessions, API tokens, sign-in throttling and the audit log, as Kysely sees them.
 * Times are ISO 8601 strings in UTC (`toISOString()`), so they compare as text the same way on SQLite and
 * PostgreSQL. Flags are nullable times (`disabled_at`), never booleans, which SQLite does not have.
 */
import type { ColumnType, Kysely } from 'kysely';

export interface UsersTable {
  id: string;
  /** Lower-cased; unique. Null only for an OIDC account whose provider gave no e-mail. */
  email: string | null;
  name: string;
  /** A `passwords.ts` hash string, or null for an account that signs in only through OIDC. */
  password_hash: string | null;
  oidc_issuer: string | null;
  oidc_subject: string | null;
  /** JSON array of `{ role, unit }`. */
  roles: string;
  created_at: string;
  disabled_at: string | null;
  last_sign_in_at: string | null;
}

export interface SessionsTable {
  /** sha256 (hex) of the session id: the cookie's value is never stored, so a copy of the table signs no one in. */
  id: string;
  user_id: string | null;
  /** The session object @fastify/session keeps (cookie, user, CSRF secret, a pending OIDC sign-in), as JSON. */
  data: string;
  created_at: string;
  /** Last request seen (updated at most once a minute): the idle expiry counts from here. */
  seen_at: string;
  /** Absolute expiry. */
  expires_at: string;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  /** sha256 (hex) of the whole token; the token itself is shown once and never stored. */
  token_hash: string;
  /** The token's first characters, shown in lists so people can tell their tokens apart. */
  prefix: string;
  /** JSON array of scopes. */
  scopes: string;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface LoginThrottleTable {
  /** `account:<e-mail>` or `client:<address>`. */
  key: string;
  failures: number;
  first_failure_at: string;
  last_failure_at: string;
  locked_until: string | null;
}

export interface AuditLogTable {
  /** Insertion order. PostgreSQL returns BIGINT as a string: read it with Number(). */
  seq: ColumnType<number | string, never, never>;
  at: string;
  actor_id: string | null;
  /** Who, readable without a join and kept when the account is gone: an e-mail, `token:<prefix>` or `system`. */
  actor: string;
  action: string;
  target: string | null;
  /** JSON object. */
  detail: string;
}

/** Secrets the collectors of one database share (the session cookie's signing key), made on first start. */
export interface ServerSecretsTable {
  name: string;
  value: string;
  created_at: string;
}

export interface AuthTables {
  server_secrets: ServerSecretsTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  login_throttle: LoginThrottleTable;
  audit_log: AuditLogTable;
}

/** The database the auth modules work on: any Kysely whose schema includes these tables. */
export type AuthDb = Kysely<AuthTables>;

export type Dialect = 'sqlite' | 'postgres';
