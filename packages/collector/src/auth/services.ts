/** The account services on one database, for the HTTP app and the CLI alike. */
import { Accounts } from './accounts.js';
import type { Actor } from './audit.js';
import { AuditLog } from './audit.js';
import type { ScryptParameters } from './passwords.js';
import type { AuthDb } from './schema.js';
import { DatabaseSessionStore } from './sessions.js';
import type { SessionStoreOptions } from './sessions.js';
import { ApiTokens } from './tokens.js';

export interface AccountServiceOptions extends SessionStoreOptions {
  now?: () => Date;
  scrypt?: ScryptParameters;
}

export function accountServices(db: AuthDb, options: AccountServiceOptions = {}) {
  const now = options.now ?? (() => new Date());
  const audit = new AuditLog(db, now);
  const sessions = new DatabaseSessionStore(db, { ...options, now });
  const tokens = new ApiTokens(db, now);
  const accounts = new Accounts(db, audit, sessions, tokens, {
    now,
    ...(options.scrypt ? { scrypt: options.scrypt } : {}),
  });
  return { db, audit, sessions, tokens, accounts };
}

/** The audit log's actor for the command line: `cli:<operating-system user>`. */
export function cliActor(user: string | undefined): Actor {
  return { id: null, label: user ? `cli:${user}` : 'cli' };
}
