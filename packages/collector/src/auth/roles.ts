/**
 * Who may do what where: roles granted per unit subtree, pure functions over the unit tree. Every staff route
 * asks `may(principal, action, unit, tree)`; nothing else decides access.
 *
 * - A role on a unit applies to that unit and every unit below it; `unit: null` is the whole organisation.
 * - `admin` implies every other role in its subtree; `editor` and `publisher` each imply `reader` (whoever edits or
 *   publishes a unit's survey may see its counts and published results). Editor and publisher are independent,
 *   so drafts can be approved by someone other than their author (four eyes).
 * - An API token acts with its user's roles, narrowed to its scopes.
 */

export const ROLES = ['admin', 'editor', 'publisher', 'reader'] as const;
export type Role = (typeof ROLES)[number];

/** `unit: null` = the whole organisation. */
export interface RoleGrant {
  role: Role;
  unit: string | null;
}

/** What a role holder may do. Each action needs one role (or a role that implies it). */
export const ACTIONS = {
  /** Add, disable and grant roles to users. */
  'users.manage': 'admin',
  /** Create, rename, move and delete units. */
  'units.manage': 'admin',
  'audit.read': 'admin',
  /** Create surveys and save drafts. */
  'drafts.edit': 'editor',
  'translations.edit': 'editor',
  'drafts.approve': 'publisher',
  'surveys.publish': 'publisher',
  /** Close and reopen surveys, plan and close rounds. */
  'surveys.open-close': 'publisher',
  'rounds.manage': 'publisher',
  /** "ni sa – vi gör": what the unit will do about the results. */
  'actions.record': 'publisher',
  'cases.record': 'publisher',
  'responses.erase': 'publisher',
  /** Surveys, drafts and versions, read only. */
  'surveys.read': 'reader',
  'counts.read': 'reader',
  'results.read': 'reader',
  /** Every stored answer, as CSV or JSON. */
  'responses.export': 'reader',
} as const satisfies Record<string, Role>;
export type Action = keyof typeof ACTIONS;

/**
 * What an API token may be used for. A scope never adds to its user's roles, it only narrows them:
 * `read` → reader actions, `edit` → editor and reader actions, `publish` → publisher and reader actions, `admin` →
 * everything its user may do. Every stored answer is more than a reader's counts, so exports need `export` (or
 * `admin`), and an `export` token can do nothing else (a nightly export script reads no more than it needs).
 */
export const SCOPES = ['export', 'read', 'edit', 'publish', 'admin'] as const;
export type Scope = (typeof SCOPES)[number];

const SCOPES_FOR: Record<Action, readonly Scope[]> = Object.fromEntries(
  (Object.entries(ACTIONS) as [Action, Role][]).map(([action, role]) => {
    const scopes: Scope[] = ['admin'];
    if (action === 'responses.export') scopes.push('export');
    else if (role === 'publisher') scopes.push('publish');
    else if (role === 'editor') scopes.push('edit');
    else if (role === 'reader') scopes.push('read', 'edit', 'publish');
    return [action, scopes];
  }),
) as unknown as Record<Action, readonly Scope[]>;

/** Unit id → parent id (`null` for a top unit). The units the platform stores, as a plain map. */
export type UnitTree = ReadonlyMap<string, string | null>;

/** Who is asking: a signed-in user's roles, and for an API token its scopes (undefined for a session). */
export interface Principal {
  grants: readonly RoleGrant[];
  scopes?: readonly Scope[] | undefined;
}

/** True when `held` includes what `needed` allows. */
export function roleImplies(held: Role, needed: Role): boolean {
  if (held === needed || held === 'admin') return true;
  return needed === 'reader';
}

/**
 * The unit and its ancestors, nearest first, ending with `null` (the organisation). An unknown unit has only
 * the organisation above it, so only organisation-wide grants reach it. A cycle in the data stops the walk.
 */
export function ancestry(unit: string | null, tree: UnitTree): (string | null)[] {
  const chain: (string | null)[] = [];
  const seen = new Set<string>();
  let current: string | null | undefined = unit;
  while (current != null && !seen.has(current)) {
    seen.add(current);
    chain.push(current);
    current = tree.get(current);
  }
  chain.push(null);
  return chain;
}

/** True when a grant on `grantUnit` covers `unit` (the same unit, a unit below it, or the organisation). */
export function covers(grantUnit: string | null, unit: string | null, tree: UnitTree): boolean {
  return grantUnit === null || ancestry(unit, tree).includes(grantUnit);
}

/** May this token's scopes be used for the action at all (whatever the roles)? Sessions have no scopes. */
export function scopeAllows(scopes: readonly Scope[] | undefined, action: Action): boolean {
  if (scopes === undefined) return true;
  return scopes.some((scope) => SCOPES_FOR[action].includes(scope));
}

/**
 * May the principal do `action` on `unit` (`null`: something of the whole organisation, such as a survey
 * without an owner unit, which only organisation-wide grants reach)?
 */
export function may(principal: Principal, action: Action, unit: string | null, tree: UnitTree): boolean {
  if (!scopeAllows(principal.scopes, action)) return false;
  const needed = ACTIONS[action];
  return principal.grants.some((g) => roleImplies(g.role, needed) && covers(g.unit, unit, tree));
}

/** The scopes that let a token act in a role (besides `admin`, which covers everything). */
const SCOPES_FOR_ROLE: Record<Role, readonly Scope[]> = {
  admin: ['admin'],
  publisher: ['admin', 'publish'],
  editor: ['admin', 'edit'],
  reader: ['admin', 'read', 'edit', 'publish'],
};

/**
 * The role-based form of `may`, for guards that name a role rather than an action: does the principal hold
 * `role` (or one implying it) on `unit`, and — for a token — a scope for it (`scope`, when named, instead of the
 * role's own: exports name `export`)?
 */
export function holdsRole(
  principal: Principal,
  role: Role,
  unit: string | null,
  tree: UnitTree,
  scope?: Scope,
): boolean {
  if (principal.scopes !== undefined) {
    const wanted = scope ? ['admin', scope] : SCOPES_FOR_ROLE[role];
    if (!principal.scopes.some((s) => wanted.includes(s))) return false;
  }
  return principal.grants.some((g) => roleImplies(g.role, role) && covers(g.unit, unit, tree));
}

/**
 * May the principal do `action` somewhere (used for lists, which then show only what `may` allows per item, and
 * for the route guard, before the unit is known).
 */
export function mayAnywhere(principal: Principal, action: Action): boolean {
  if (!scopeAllows(principal.scopes, action)) return false;
  const needed = ACTIONS[action];
  return principal.grants.some((g) => roleImplies(g.role, needed));
}

/** The units (and the organisation, as null) where the principal may do `action`: the tops of those subtrees. */
export function unitsWhere(principal: Principal, action: Action): (string | null)[] {
  if (!scopeAllows(principal.scopes, action)) return [];
  const needed = ACTIONS[action];
  return [...new Set(principal.grants.filter((g) => roleImplies(g.role, needed)).map((g) => g.unit))];
}

const key = (g: RoleGrant): string => `${g.role}\u0000${g.unit ?? ''}`;

/** The grants without duplicates, in a stable order (organisation first, then by unit, then by role). */
export function normalizeGrants(grants: readonly RoleGrant[]): RoleGrant[] {
  const unique = new Map(grants.map((g) => [key(g), { role: g.role, unit: g.unit }]));
  return [...unique.values()].sort(
    (a, b) =>
      (a.unit === null ? -1 : 0) - (b.unit === null ? -1 : 0) ||
      (a.unit ?? '').localeCompare(b.unit ?? '') ||
      ROLES.indexOf(a.role) - ROLES.indexOf(b.role),
  );
}

/**
 * The grants an admin adds or removes when replacing `before` with `after` that lie outside the subtrees they
 * administer. Empty: the change is allowed. An admin cannot grant or take away roles above their own subtree.
 */
export function grantsBeyondAdmin(
  admin: Principal,
  before: readonly RoleGrant[],
  after: readonly RoleGrant[],
  tree: UnitTree,
): RoleGrant[] {
  const was = new Set(before.map(key));
  const will = new Set(after.map(key));
  const changed = [...after.filter((g) => !was.has(key(g))), ...before.filter((g) => !will.has(key(g)))];
  return changed.filter((g) => !may(admin, 'users.manage', g.unit, tree));
}

/** Checks untrusted input (a request body, a CLI argument) for a list of grants. */
export function parseGrants(
  input: unknown,
  units?: UnitTree,
):
  | { ok: true; grants: RoleGrant[] }
  | { ok: false; issues: { path: string; message: string; code: string }[] } {
  if (!Array.isArray(input)) {
    return { ok: false, issues: [{ path: 'roles', code: 'type', message: 'roles must be a list.' }] };
  }
  const issues: { path: string; message: string; code: string }[] = [];
  const grants: RoleGrant[] = [];
  input.forEach((item: unknown, i) => {
    const path = `roles[${i}]`;
    if (item === null || typeof item !== 'object') {
      issues.push({ path, code: 'type', message: 'Each role is an object { role, unit }.' });
      return;
    }
    const { role, unit } = item as { role?: unknown; unit?: unknown };
    if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role)) {
      issues.push({
        path: `${path}.role`,
        code: 'role',
        message: `role must be one of ${ROLES.join(', ')}.`,
      });
      return;
    }
    if (unit !== null && typeof unit !== 'string') {
      issues.push({
        path: `${path}.unit`,
        code: 'type',
        message: 'unit is a unit id, or null for all units.',
      });
      return;
    }
    if (typeof unit === 'string' && units && !units.has(unit)) {
      issues.push({ path: `${path}.unit`, code: 'unknown-unit', message: `There is no unit "${unit}".` });
      return;
    }
    grants.push({ role: role as Role, unit: unit ?? null });
  });
  return issues.length ? { ok: false, issues } : { ok: true, grants: normalizeGrants(grants) };
}
