/**
 * Staff accounts: creating them, their roles, signing in with a password (throttled) or through OpenID Connect
 * (first sign-in creates an account without roles, or claims one an admin made for that verified e-mail), and
 * disabling them. Every sign-in, failed or not, and every change is written to the audit log here, so the HTTP
 * routes and the CLI record the same.
 */
import { randomUUID } from 'node:crypto';

import type { Actor, AuditLog } from './audit.js';
import { LoginThrottle, accountKey, clientKey } from './lockout.js';
import { OWASP_SCRYPT, hashPassword, verifyNothing, verifyPassword } from './passwords.js';
import type { ScryptParameters } from './passwords.js';
import { normalizeGrants } from './roles.js';
import type { RoleGrant } from './roles.js';
import type { AuthDb, UsersTable } from './schema.js';
import type { DatabaseSessionStore } from './sessions.js';
import type { ApiTokens } from './tokens.js';

export interface User {
  id: string;
  email: string | null;
  name: string;
  roles: RoleGrant[];
  createdAt: string;
  disabledAt: string | null;
  lastSignInAt: string | null;
  /** Can sign in with a password. */
  hasPassword: boolean;
  /** Has signed in through OpenID Connect (bound to the provider's subject). */
  hasOidc: boolean;
}

const toUser = (row: UsersTable): User => ({
  id: row.id,
  email: row.email,
  name: row.name,
  roles: JSON.parse(row.roles) as RoleGrant[],
  createdAt: row.created_at,
  disabledAt: row.disabled_at,
  lastSignInAt: row.last_sign_in_at,
  hasPassword: row.password_hash !== null,
  hasOidc: row.oidc_subject !== null,
});

export const actorOf = (user: Pick<User, 'id' | 'email' | 'name'>): Actor => ({
  id: user.id,
  label: user.email ?? user.name,
});

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();
const EMAIL = /^[^\s@]+@[^\s@]+$/;
export const isEmail = (email: string): boolean => EMAIL.test(email.trim()) && email.length <= 320;

export class AccountExistsError extends Error {
  override name = 'AccountExistsError';
}

/** The verified identity an OpenID Connect provider returned. */
export interface OidcIdentity {
  issuer: string;
  subject: string;
  email?: string | undefined;
  emailVerified: boolean;
  name?: string | undefined;
}

export type PasswordSignIn =
  | { ok: true; user: User }
  | { ok: false; reason: 'wrong' }
  | { ok: false; reason: 'locked'; retryAfter: number };

export type OidcSignIn =
  | { ok: true; user: User; created: boolean; claimed: boolean }
  /** `disabled`: the account is disabled. `email-taken`: another account has this e-mail and it is not verified. */
  | { ok: false; reason: 'disabled' | 'email-taken' };

export interface AccountsOptions {
  now?: () => Date;
  /** Hash parameters for new passwords (OWASP's by default; tests may lower them). */
  scrypt?: ScryptParameters;
  throttle?: LoginThrottle;
}

export class Accounts {
  private readonly now: () => Date;
  private readonly scrypt: ScryptParameters;
  readonly throttle: LoginThrottle;

  constructor(
    private readonly db: AuthDb,
    private readonly audit: AuditLog,
    private readonly sessions: DatabaseSessionStore,
    private readonly tokens: ApiTokens,
    options: AccountsOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.scrypt = options.scrypt ?? OWASP_SCRYPT;
    this.throttle = options.throttle ?? new LoginThrottle(db);
  }

  async get(id: string): Promise<User | undefined> {
    const row = await this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toUser(row);
  }

  async byEmail(email: string): Promise<User | undefined> {
    const row = await this.db
      .selectFrom('users')
      .selectAll()
      .where('email', '=', normalizeEmail(email))
      .executeTakeFirst();
    return row && toUser(row);
  }

  /** Every account, by e-mail. */
  async list(): Promise<User[]> {
    const rows = await this.db
      .selectFrom('users')
      .selectAll()
      .orderBy('email')
      .orderBy('created_at')
      .execute();
    return rows.map(toUser);
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Creates an account; throws AccountExistsError when the e-mail has one. */
  async create(
    input: { email: string; name?: string; roles?: readonly RoleGrant[]; password?: string },
    by: Actor,
  ): Promise<User> {
    const email = normalizeEmail(input.email);
    if (await this.byEmail(email)) throw new AccountExistsError(`${email} already has an account.`);
    const row: UsersTable = {
      id: randomUUID(),
      email,
      name: input.name?.trim() || email,
      password_hash: input.password === undefined ? null : await hashPassword(input.password, this.scrypt),
      oidc_issuer: null,
      oidc_subject: null,
      roles: JSON.stringify(normalizeGrants(input.roles ?? [])),
      created_at: this.now().toISOString(),
      disabled_at: null,
      last_sign_in_at: null,
    };
    try {
      await this.db.insertInto('users').values(row).execute();
    } catch (error) {
      // Two admins adding the same e-mail at once: the unique constraint decides.
      if (await this.byEmail(email)) throw new AccountExistsError(`${email} already has an account.`);
      throw error;
    }
    const user = toUser(row);
    await this.audit.record({
      actor: by,
      action: 'user.create',
      target: `user:${user.id}`,
      detail: { email, roles: user.roles, password: input.password !== undefined },
    });
    return user;
  }

  /** Replaces the user's roles (the caller has checked the actor may). */
  async setRoles(id: string, roles: readonly RoleGrant[], by: Actor): Promise<User | undefined> {
    const before = await this.get(id);
    if (!before) return undefined;
    const grants = normalizeGrants(roles);
    await this.db
      .updateTable('users')
      .set({ roles: JSON.stringify(grants) })
      .where('id', '=', id)
      .execute();
    await this.audit.record({
      actor: by,
      action: 'user.roles',
      target: `user:${id}`,
      detail: { email: before.email, before: before.roles, after: grants },
    });
    return { ...before, roles: grants };
  }

  async setPassword(id: string, password: string, by: Actor): Promise<void> {
    const hash = await hashPassword(password, this.scrypt);
    await this.db.updateTable('users').set({ password_hash: hash }).where('id', '=', id).execute();
    await this.audit.record({ actor: by, action: 'user.password', target: `user:${id}` });
  }

  /** Disables the account: its sessions end and its API tokens are revoked. Its audit entries stay. */
  async disable(id: string, by: Actor): Promise<User | undefined> {
    const user = await this.get(id);
    if (!user) return undefined;
    const at = this.now().toISOString();
    if (!user.disabledAt) {
      await this.db.updateTable('users').set({ disabled_at: at }).where('id', '=', id).execute();
    }
    const sessions = await this.sessions.removeUser(id);
    await this.tokens.revokeAll(id);
    await this.audit.record({
      actor: by,
      action: 'user.disable',
      target: `user:${id}`,
      detail: { email: user.email, sessionsEnded: sessions },
    });
    return { ...user, disabledAt: user.disabledAt ?? at };
  }

  async enable(id: string, by: Actor): Promise<User | undefined> {
    const user = await this.get(id);
    if (!user) return undefined;
    await this.db.updateTable('users').set({ disabled_at: null }).where('id', '=', id).execute();
    await this.audit.record({
      actor: by,
      action: 'user.enable',
      target: `user:${id}`,
      detail: { email: user.email },
    });
    return { ...user, disabledAt: null };
  }

  /**
   * A password sign-in from `client` (its address). Locked keys are refused before the password is looked at;
   * an unknown e-mail costs the same time as a wrong password and counts the same, so neither the answer nor
   * its timing tells which e-mails have accounts.
   */
  async signInWithPassword(email: string, password: string, client: string): Promise<PasswordSignIn> {
    const typed = normalizeEmail(email);
    const keys = [accountKey(typed), clientKey(client)];
    const now = this.now();
    const wait = await this.throttle.retryAfter(keys, now);
    if (wait > 0) {
      await this.audit.record({
        actor: { id: null, label: typed },
        action: 'auth.locked',
        detail: { method: 'password', client, retryAfter: wait },
      });
      return { ok: false, reason: 'locked', retryAfter: wait };
    }
    const row = await this.db.selectFrom('users').selectAll().where('email', '=', typed).executeTakeFirst();
    const usable = row && !row.disabled_at && row.password_hash;
    const check = usable ? await verifyPassword(password, row.password_hash!, this.scrypt) : undefined;
    if (!check?.ok) {
      if (!usable) await verifyNothing(password, this.scrypt);
      const states = await this.throttle.fail(keys, now);
      const locked = [...states.values()].some((s) => s.lockedUntil !== null);
      await this.audit.record({
        actor: { id: row?.id ?? null, label: typed },
        action: 'auth.sign-in-failed',
        detail: {
          method: 'password',
          client,
          reason: !row
            ? 'no-account'
            : row.disabled_at
              ? 'disabled'
              : !row.password_hash
                ? 'no-password'
                : 'wrong-password',
          failures: states.get(keys[0]!)?.failures,
          ...(locked ? { lockedNow: true } : {}),
        },
      });
      return { ok: false, reason: 'wrong' };
    }
    const at = now.toISOString();
    const update: Partial<UsersTable> = { last_sign_in_at: at };
    if (check.needsRehash) update.password_hash = await hashPassword(password, this.scrypt);
    await this.db.updateTable('users').set(update).where('id', '=', row!.id).execute();
    await this.throttle.clear(keys[0]!);
    const user = toUser({ ...row!, ...update });
    await this.audit.record({
      actor: actorOf(user),
      action: 'auth.sign-in',
      target: `user:${user.id}`,
      detail: { method: 'password', client, ...(check.needsRehash ? { rehashed: true } : {}) },
    });
    return { ok: true, user };
  }

  /**
   * An OpenID Connect sign-in. The account bound to the provider's (issuer, subject) signs in; else an account
   * an admin made for the same, verified, e-mail is claimed and bound; else a new account without roles is made
   * (an admin grants roles later).
   */
  async signInWithOidc(identity: OidcIdentity, client: string): Promise<OidcSignIn> {
    const at = this.now().toISOString();
    const email = identity.email ? normalizeEmail(identity.email) : null;
    let row = await this.db
      .selectFrom('users')
      .selectAll()
      .where('oidc_issuer', '=', identity.issuer)
      .where('oidc_subject', '=', identity.subject)
      .executeTakeFirst();
    let created = false;
    let claimed = false;
    if (!row && email) {
      const byEmail = await this.db
        .selectFrom('users')
        .selectAll()
        .where('email', '=', email)
        .executeTakeFirst();
      if (byEmail) {
        // Only a verified e-mail may claim an account, and only one not yet bound to another identity.
        if (!identity.emailVerified || byEmail.oidc_subject !== null) {
          await this.audit.record({
            actor: { id: null, label: email },
            action: 'auth.sign-in-failed',
            detail: {
              method: 'oidc',
              client,
              reason: identity.emailVerified ? 'email-bound-to-another-identity' : 'email-not-verified',
              issuer: identity.issuer,
              subject: identity.subject,
            },
          });
          return { ok: false, reason: 'email-taken' };
        }
        await this.db
          .updateTable('users')
          .set({ oidc_issuer: identity.issuer, oidc_subject: identity.subject })
          .where('id', '=', byEmail.id)
          .where('oidc_subject', 'is', null)
          .execute();
        row = { ...byEmail, oidc_issuer: identity.issuer, oidc_subject: identity.subject };
        claimed = true;
      }
    }
    if (!row) {
      row = {
        id: randomUUID(),
        // An e-mail the provider has not verified is not stored: it could be anyone's.
        email: identity.emailVerified ? email : null,
        name: identity.name?.trim() || email || identity.subject,
        password_hash: null,
        oidc_issuer: identity.issuer,
        oidc_subject: identity.subject,
        roles: '[]',
        created_at: at,
        disabled_at: null,
        last_sign_in_at: null,
      };
      try {
        await this.db.insertInto('users').values(row).execute();
        created = true;
      } catch (error) {
        // The same person's first sign-in in two tabs at once: the unique identity decides, the other one wins.
        const winner = await this.db
          .selectFrom('users')
          .selectAll()
          .where('oidc_issuer', '=', identity.issuer)
          .where('oidc_subject', '=', identity.subject)
          .executeTakeFirst();
        if (!winner) throw error;
        row = winner;
      }
    }
    if (row.disabled_at) {
      await this.audit.record({
        actor: { id: row.id, label: row.email ?? row.name },
        action: 'auth.sign-in-failed',
        target: `user:${row.id}`,
        detail: { method: 'oidc', client, reason: 'disabled' },
      });
      return { ok: false, reason: 'disabled' };
    }
    const update: Partial<UsersTable> = { last_sign_in_at: at };
    // The provider's name and e-mail are the current ones (unless another account holds that e-mail).
    if (identity.name?.trim() && identity.name.trim() !== row.name) update.name = identity.name.trim();
    if (email && identity.emailVerified && email !== row.email) {
      const holder = await this.db
        .selectFrom('users')
        .select('id')
        .where('email', '=', email)
        .executeTakeFirst();
      if (!holder) update.email = email;
    }
    await this.db.updateTable('users').set(update).where('id', '=', row.id).execute();
    const user = toUser({ ...row, ...update });
    await this.audit.record({
      actor: actorOf(user),
      action: 'auth.sign-in',
      target: `user:${user.id}`,
      detail: {
        method: 'oidc',
        client,
        issuer: identity.issuer,
        ...(created ? { created: true } : {}),
        ...(claimed ? { claimed: true } : {}),
      },
    });
    return { ok: true, user, created, claimed };
  }
}
