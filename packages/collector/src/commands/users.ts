/**
 * `svara users` and `svara tokens`: staff accounts and personal API tokens from the command line, on the same
 * database `svara serve` uses. `svara users add --admin <e-mail>` makes the first admin. Every change is in the
 * audit log, with `cli:<user>` as the actor.
 */
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';

import { AccountExistsError, isEmail } from '../auth/accounts.js';
import type { User } from '../auth/accounts.js';
import { passwordProblems } from '../auth/passwords.js';
import { ROLES, normalizeGrants } from '../auth/roles.js';
import type { RoleGrant } from '../auth/roles.js';
import { accountServices, cliActor } from '../auth/services.js';
import { parseScopes } from '../auth/tokens.js';
import { isPostgresUrl, openStore } from '../store/open.js';
import { parse } from './args.js';
import type { Command, Io } from './types.js';
import { UsageError } from './types.js';

/** `admin`, `reader:familjeenheten`: a role on the whole organisation, or on a unit's subtree. */
export function parseRoleArgument(value: string): RoleGrant {
  const [role = '', unit] = value.split(':', 2);
  if (!(ROLES as readonly string[]).includes(role)) {
    throw new UsageError(
      `"${value}": a role is one of ${ROLES.join(', ')}, optionally :<unit id> (e.g. reader:familj).`,
    );
  }
  return { role: role as RoleGrant['role'], unit: unit ? unit : null };
}

const describeRoles = (roles: readonly RoleGrant[]): string =>
  roles.length ? roles.map((g) => (g.unit ? `${g.role}:${g.unit}` : g.role)).join(', ') : '(no roles)';

/** A password from standard input: typed without echo on a terminal, or the first line of piped input. */
async function readPassword(io: Io, prompt: string): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    const lines = createInterface({ input: stdin });
    for await (const line of lines) {
      lines.close();
      return line;
    }
    return '';
  }
  io.stderr.write(prompt);
  return new Promise((done) => {
    let typed = '';
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n' || char === '\u0004') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          io.stderr.write('\n');
          done(typed);
          return;
        }
        if (char === '\u0003') process.exit(130);
        typed = char === '\u007f' ? typed.slice(0, -1) : typed + char;
      }
    };
    stdin.on('data', onData);
  });
}

async function withServices<T>(
  io: Io,
  db: string | undefined,
  work: (s: ReturnType<typeof accountServices>) => Promise<T>,
) {
  if (!db)
    throw new UsageError('--db <file.sqlite | postgres://…> is required (the database svara serve uses).');
  const store = await openStore(isPostgresUrl(db) ? db : resolve(io.cwd, db));
  try {
    return await work(accountServices(store.db));
  } finally {
    await store.close();
  }
}

const actor = () => cliActor(safeUser());
function safeUser(): string | undefined {
  try {
    return userInfo().username;
  } catch {
    return undefined;
  }
}

async function findUser(s: ReturnType<typeof accountServices>, email: string): Promise<User> {
  const user = await s.accounts.byEmail(email);
  if (!user) throw new UsageError(`No account has the e-mail ${email}.`);
  return user;
}

const usersUsage = `svara users <subcommand> --db <file.sqlite | postgres://…> …

  add <e-mail> [--admin] [--role <role[:unit]>]… [--name <name>] [--password]
                  a new account; --admin = admin of the whole organisation (the first account); --password
                  asks for a password (typed without echo, or the first line of standard input); without it the
                  person signs in through OIDC with this (verified) e-mail
  list            every account: e-mail, name, roles, how it signs in, disabled or not
  roles <e-mail> [--role <role[:unit]>]… [--clear]
                  shows the roles, or replaces them with the --role ones (--clear: none)
  password <e-mail>   sets a new password (asked as for add)
  disable <e-mail>    disables the account: its sessions end and its API tokens stop working
  enable <e-mail>

Roles: admin, editor, publisher, reader; "reader:familj" = reader of unit familj and the units below it.`;

export const command: Command = {
  name: 'users',
  summary: 'staff accounts: add (the first admin too), list, roles, password, disable',
  usage: usersUsage,
  async run(args, io) {
    const [sub, ...rest] = args;
    const { values, positionals } = parse(
      rest,
      {
        db: { type: 'string' },
        admin: { type: 'boolean' },
        role: { type: 'string', multiple: true },
        name: { type: 'string' },
        password: { type: 'boolean' },
        clear: { type: 'boolean' },
      },
      true,
    );
    const roles = normalizeGrants([
      ...(values.admin ? [{ role: 'admin' as const, unit: null }] : []),
      ...(values.role ?? []).map(parseRoleArgument),
    ]);
    const email = positionals[0];
    const needEmail = () => {
      if (!email || positionals.length > 1) throw new UsageError('Name one account by its e-mail address.');
      return email;
    };
    switch (sub) {
      case 'add': {
        const address = needEmail();
        if (!isEmail(address)) throw new UsageError(`"${address}" is not an e-mail address.`);
        const password = values.password ? await readPassword(io, 'Lösenord / password: ') : undefined;
        if (password !== undefined) {
          const problems = passwordProblems(password, 'en');
          if (problems.length) throw new UsageError(problems.join(' '));
        }
        return withServices(io, values.db, async (s) => {
          try {
            const user = await s.accounts.create(
              {
                email: address,
                ...(values.name ? { name: values.name } : {}),
                roles,
                ...(password ? { password } : {}),
              },
              actor(),
            );
            io.stdout.write(
              `Added ${user.email} (${describeRoles(user.roles)})${password ? ', with a password' : ''}.\n`,
            );
            return 0;
          } catch (error) {
            if (!(error instanceof AccountExistsError)) throw error;
            io.stderr.write(
              `${address} already has an account (svara users roles ${address} --db … to change its roles).\n`,
            );
            return 1;
          }
        });
      }
      case 'list':
        return withServices(io, values.db, async (s) => {
          for (const user of await s.accounts.list()) {
            const how =
              [user.hasOidc ? 'oidc' : '', user.hasPassword ? 'password' : ''].filter(Boolean).join('+') ||
              'not yet signed in';
            io.stdout.write(
              `${user.email ?? '(no e-mail)'}\t${user.name}\t${describeRoles(user.roles)}\t${how}${user.disabledAt ? '\tdisabled' : ''}\n`,
            );
          }
          return 0;
        });
      case 'roles': {
        const address = needEmail();
        return withServices(io, values.db, async (s) => {
          const user = await findUser(s, address);
          if (values.clear || roles.length) {
            const updated = await s.accounts.setRoles(user.id, values.clear ? [] : roles, actor());
            io.stdout.write(`${address}: ${describeRoles(updated!.roles)}\n`);
          } else io.stdout.write(`${address}: ${describeRoles(user.roles)}\n`);
          return 0;
        });
      }
      case 'password': {
        const address = needEmail();
        const password = await readPassword(io, 'Nytt lösenord / new password: ');
        const problems = passwordProblems(password, 'en');
        if (problems.length) throw new UsageError(problems.join(' '));
        return withServices(io, values.db, async (s) => {
          await s.accounts.setPassword((await findUser(s, address)).id, password, actor());
          io.stdout.write(`New password set for ${address}.\n`);
          return 0;
        });
      }
      case 'disable':
      case 'enable': {
        const address = needEmail();
        return withServices(io, values.db, async (s) => {
          const user = await findUser(s, address);
          if (sub === 'disable') await s.accounts.disable(user.id, actor());
          else await s.accounts.enable(user.id, actor());
          io.stdout.write(`${address} ${sub}d.\n`);
          return 0;
        });
      }
      default:
        throw new UsageError(sub ? `Unknown subcommand "${sub}".` : 'Name a subcommand.');
    }
  },
};

const tokensUsage = `svara tokens <subcommand> --db <file.sqlite | postgres://…> --user <e-mail> …

  create --name <name> --scope <scope>… [--expires YYYY-MM-DD]
                  a personal API token for scripts, printed once (only its hash is kept):
                  Authorization: Bearer svara_pat_…; scopes: export, read, edit, publish, admin
                  (a token never does more than its user's roles allow)
  list            the user's tokens (name, first characters, scopes, last use)
  revoke <id>     the token stops working at once`;

export const tokensCommand: Command = {
  name: 'tokens',
  summary: 'personal API tokens for scripts: create, list, revoke',
  usage: tokensUsage,
  async run(args, io) {
    const [sub, ...rest] = args;
    const { values, positionals } = parse(
      rest,
      {
        db: { type: 'string' },
        user: { type: 'string' },
        name: { type: 'string' },
        scope: { type: 'string', multiple: true },
        expires: { type: 'string' },
      },
      true,
    );
    if (!values.user) throw new UsageError('--user <e-mail> is required.');
    const user = values.user;
    switch (sub) {
      case 'create': {
        if (!values.name) throw new UsageError('--name <name> is required (say what the token is for).');
        const scopes = parseScopes((values.scope ?? []).flatMap((s) => s.split(',')));
        if (!scopes) throw new UsageError('--scope: one or more of export, read, edit, publish, admin.');
        let expires: Date | null = null;
        if (values.expires) {
          expires = new Date(`${values.expires}T23:59:59.999Z`);
          if (
            !/^\d{4}-\d{2}-\d{2}$/.test(values.expires) ||
            Number.isNaN(expires.getTime()) ||
            expires <= new Date()
          ) {
            throw new UsageError('--expires: a date in the future, YYYY-MM-DD.');
          }
        }
        return withServices(io, values.db, async (s) => {
          const owner = await findUser(s, user);
          const { token, secret } = await s.tokens.create(owner.id, values.name!, scopes, expires);
          await s.audit.record({
            actor: actor(),
            action: 'token.create',
            target: `token:${token.id}`,
            detail: {
              user: owner.email,
              name: token.name,
              scopes,
              prefix: token.prefix,
              expiresAt: token.expiresAt,
            },
          });
          io.stderr.write(`Token ${token.id} for ${owner.email} (${scopes.join(', ')}). Shown only now:\n`);
          io.stdout.write(`${secret}\n`);
          return 0;
        });
      }
      case 'list':
        return withServices(io, values.db, async (s) => {
          for (const t of await s.tokens.list((await findUser(s, user)).id)) {
            io.stdout.write(
              `${t.id}\t${t.name}\t${t.prefix}…\t${t.scopes.join(',')}\tlast used ${t.lastUsedAt ?? 'never'}${t.revokedAt ? '\trevoked' : ''}\n`,
            );
          }
          return 0;
        });
      case 'revoke': {
        const id = positionals[0];
        if (!id) throw new UsageError('Name the token id (svara tokens list).');
        return withServices(io, values.db, async (s) => {
          const revoked = await s.tokens.revoke((await findUser(s, user)).id, id);
          if (!revoked) {
            io.stderr.write(`${user} has no token ${id} that is still valid.\n`);
            return 1;
          }
          await s.audit.record({
            actor: actor(),
            action: 'token.revoke',
            target: `token:${id}`,
            detail: { user, name: revoked.name },
          });
          io.stdout.write(`Revoked ${revoked.name} (${revoked.prefix}…).\n`);
          return 0;
        });
      }
      default:
        throw new UsageError(sub ? `Unknown subcommand "${sub}".` : 'Name a subcommand.');
    }
  },
};
