/**
 * The studio's client of the collector's staff API (/work/coord/API.md, documented in the collector's README):
 * JSON both ways, the session cookie (same origin), the CSRF token from `GET /api/auth/me` on every change, and
 * problem+json errors turned into {@link ApiError}s with the server's own plain message and issues.
 */
import type { Issue, Survey } from '@svara/schema';
import type { Draft } from '../model/draft.js';
import type { Approval } from '../model/checklist.js';

export type Role = 'admin' | 'editor' | 'publisher' | 'reader';

export interface User {
  id: string;
  email: string;
  name?: string | null;
}

export interface RoleGrant {
  role: Role;
  /** The unit (and everything below it); null: the whole organisation. */
  unit: string | null;
}

export interface Me {
  user: User;
  roles: RoleGrant[];
  csrfToken: string;
  methods: ('oidc' | 'password')[];
}

export interface Unit {
  id: string;
  name: string;
  parent: string | null;
}

export interface DraftSummary {
  revision: number;
  updatedAt: string;
  updatedBy: string;
}

export interface RoundSummary {
  id: string;
  name: string;
  opens: string;
  closes: string;
  status: RoundStatus;
  units?: { unitId: string; invited: number | null }[];
}

export type RoundStatus = 'planned' | 'open' | 'closed' | 'published';

export interface SurveySummary {
  id: string;
  title: Survey['title'];
  ownerUnit: string | null;
  status: 'draft' | 'open' | 'closed';
  latestVersion: number | null;
  draft: DraftSummary | null;
  rounds: RoundSummary[];
  responses: number;
}

export interface VersionSummary {
  version: number;
  publishedAt: string;
  publishedBy: string;
  changed: string[];
}

export interface SurveyDetail extends SurveySummary {
  versions: VersionSummary[];
}

export interface DraftRecord {
  definition: Draft;
  revision: number;
  updatedAt?: string;
  updatedBy?: string;
  approvals: Approval[];
  acknowledged: string[];
}

export interface PublishResult {
  version: number;
  changed: string[];
  diff?: { path: string; change: string; text?: string }[];
}

export interface Round {
  id: string;
  surveyId: string;
  name: string;
  opens: string;
  closes: string;
  acceptLateUntil?: string;
  units: { unitId: string; invited: number | null }[];
  status: RoundStatus;
}

export interface RoundCounts {
  round?: { id: string; name: string; status: RoundStatus };
  /** The units the caller may see: responses so far, how many were asked, the response rate (0–1). */
  units: {
    unitId: string;
    name: string;
    responses: number;
    invited: number | null;
    responseRate: number | null;
  }[];
  total: { responses: number; invited: number | null; responseRate: number | null };
}

export interface RoundLink {
  unitId: string;
  url: string;
  embed: string;
  /** The unit's A4 QR poster (paths on the collector). */
  poster?: { svg: string; pdf: string };
}

/** A round's results snapshot as staff see it (never distributions: those are on the public pages). */
export interface SnapshotStatus {
  roundId: string;
  surveyId: string;
  status: RoundStatus;
  publishedAt: string | null;
  publishedBy: string | null;
  /** How many answered, over every unit of the round. */
  respondents: number | null;
  /** The units in the snapshot (ids, or with names). */
  units: unknown[] | number | null;
  /** What the protection audit found: cells published, cells hidden to protect small groups. */
  audit: { cells: number; hidden: number; witnesses: number; exact: boolean } | null;
  /** The published results: the page, and open data. */
  links: { json: string; csv: string; page: string } | null;
}

export type ActionStatus = 'planerad' | 'pågår' | 'klar';

/** "Ni sa – vi gör": what the respondents said and what the unit does about it. */
export interface RoundAction {
  id: string;
  roundId: string;
  /** null: the whole survey. */
  unit: string | null;
  heard: Survey['title'];
  questions: string[];
  action: Survey['title'];
  plain?: Survey['title'];
  /** A role, never a name. */
  responsible: Survey['title'];
  status: ActionStatus;
  /** YYYY-MM or YYYY-MM-DD. */
  when?: string;
  history: { status: ActionStatus; at: string; note?: Survey['title'] }[];
  published: boolean;
  createdAt?: string;
  createdBy?: string;
  updatedAt?: string;
  updatedBy?: string;
}

export type NewAction = Pick<
  RoundAction,
  'unit' | 'heard' | 'questions' | 'action' | 'responsible' | 'status'
> &
  Partial<Pick<RoundAction, 'plain' | 'when'>>;

export interface StaffUser extends User {
  roles: RoleGrant[];
  createdAt?: string;
  /** Set when the account is disabled. */
  disabledAt?: string | null;
  /** Never set for an account an admin added that has not signed in yet. */
  lastSignInAt?: string | null;
  /** Has a local password. */
  password?: boolean;
  /** Is bound to an identity at the OIDC provider. */
  oidc?: boolean;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actor: string | null;
  actorId?: string | null;
  action: string;
  target: string | null;
  detail: unknown;
}

/** A problem response (RFC 9457), as the collector writes them. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  issues?: Issue[];
  [key: string]: unknown;
}

/** A request the server refused, or could not be made. `status` 0: no answer (offline, server down). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
    /** Seconds to wait before trying again (`Retry-After`, sign-in locked out). */
    readonly retryAfter?: number,
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
  }

  /** The session has ended (or never began): sign in again. */
  get unauthenticated(): boolean {
    return this.status === 401;
  }

  /** The problem's own name: `csrf` for `urn:svara:problem:csrf`. */
  get slug(): string {
    return String(this.problem.type ?? '').replace(/^urn:svara:problem:/, '');
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  body?: unknown;
  /** Raw body with its own type (CSV import). */
  text?: { body: string; type: string };
  headers?: Record<string, string>;
  /** Statuses that are answers, not errors (409 with both drafts). */
  accept?: number[];
}

export class StudioApi {
  /** The token the server gave with `me()` or `login()`; sent as `X-CSRF-Token` on every change. */
  csrfToken = '';

  constructor(
    /** The collector's origin ('' for the page's own). */
    readonly base = '',
    private readonly fetcher: typeof fetch = (input, init) => fetch(input, init),
    /** The language of the server's messages (`Accept-Language`). */
    public language: () => string = () => 'sv',
  ) {}

  async request<T>(
    method: Method,
    path: string,
    options: RequestOptions = {},
  ): Promise<{ status: number; data: T; headers: Headers }> {
    try {
      return await this.requestOnce<T>(method, path, options);
    } catch (error) {
      // A CSRF token the server no longer knows (the session was renewed in another tab): fetch the current one
      // and try once more, instead of telling the author to reload and risk what they typed.
      if (method === 'GET' || !(error instanceof ApiError) || error.slug !== 'csrf') throw error;
      if (!(await this.me())) throw new ApiError(401, error.problem);
      return this.requestOnce<T>(method, path, options);
    }
  }

  private async requestOnce<T>(
    method: Method,
    path: string,
    options: RequestOptions,
  ): Promise<{ status: number; data: T; headers: Headers }> {
    const headers: Record<string, string> = {
      Accept: 'application/json, application/problem+json',
      'Accept-Language': this.language(),
      ...options.headers,
    };
    let body: string | undefined;
    if (options.text) {
      headers['Content-Type'] = options.text.type;
      body = options.text.body;
    } else if (options.body !== undefined) {
      headers['Content-Type'] = 'application/json; charset=utf-8';
      body = JSON.stringify(options.body);
    }
    if (method !== 'GET' && this.csrfToken) headers['X-CSRF-Token'] = this.csrfToken;
    let response: Response;
    try {
      response = await this.fetcher(`${this.base}${path}`, {
        method,
        headers,
        body,
        credentials: 'same-origin',
      });
    } catch (error) {
      throw new ApiError(0, { title: 'offline', detail: String((error as Error)?.message ?? error) });
    }
    const type = response.headers.get('content-type') ?? '';
    const data = type.includes('json') ? await response.json().catch(() => undefined) : await response.text();
    if (!response.ok && !options.accept?.includes(response.status)) {
      const problem: Problem =
        data && typeof data === 'object' ? (data as Problem) : { title: String(data ?? '') };
      const retryAfter = Number(response.headers.get('retry-after'));
      throw new ApiError(
        response.status,
        problem,
        Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
      );
    }
    return { status: response.status, data: data as T, headers: response.headers };
  }

  private async get<T>(path: string): Promise<T> {
    return (await this.request<T>('GET', path)).data;
  }

  private async send<T>(method: Method, path: string, body?: unknown): Promise<T> {
    return (await this.request<T>(method, path, body === undefined ? {} : { body })).data;
  }

  // ── Authentication ──────────────────────────────────────────────────────────────────────────────────────
  /** Who is signed in, or undefined (401). */
  async me(): Promise<Me | undefined> {
    try {
      const me = await this.get<Me>('/api/auth/me');
      this.csrfToken = me.csrfToken;
      return me;
    } catch (error) {
      if (error instanceof ApiError && error.unauthenticated) return undefined;
      throw error;
    }
  }

  async login(email: string, password: string): Promise<Me> {
    const result = await this.send<{ user: User; csrfToken: string }>('POST', '/api/auth/login', {
      email,
      password,
    });
    this.csrfToken = result.csrfToken;
    return (
      (await this.me()) ?? {
        user: result.user,
        roles: [],
        csrfToken: result.csrfToken,
        methods: ['password'],
      }
    );
  }

  /** Where the browser goes to sign in with the city's identity provider. */
  oidcLoginUrl(returnTo: string): string {
    return `${this.base}/auth/oidc/login?returnTo=${encodeURIComponent(returnTo)}`;
  }

  async logout(everywhere = false): Promise<void> {
    await this.send('POST', everywhere ? '/api/auth/logout-everywhere' : '/api/auth/logout');
    this.csrfToken = '';
  }

  // ── Units ───────────────────────────────────────────────────────────────────────────────────────────────
  units(): Promise<Unit[]> {
    return this.get('/api/staff/units');
  }
  createUnit(unit: Unit): Promise<Unit> {
    return this.send('POST', '/api/staff/units', unit);
  }
  updateUnit(id: string, change: { name: string; parent: string | null }): Promise<Unit> {
    return this.send('PUT', `/api/staff/units/${encodeURIComponent(id)}`, change);
  }
  deleteUnit(id: string): Promise<void> {
    return this.send('DELETE', `/api/staff/units/${encodeURIComponent(id)}`);
  }
  async importUnits(csv: string): Promise<unknown> {
    return (
      await this.request('POST', '/api/staff/units/import', {
        text: { body: csv, type: 'text/csv; charset=utf-8' },
      })
    ).data;
  }

  // ── Surveys and drafts ──────────────────────────────────────────────────────────────────────────────────
  surveys(): Promise<SurveySummary[]> {
    return this.get('/api/staff/surveys');
  }
  survey(id: string): Promise<SurveyDetail> {
    return this.get(`/api/staff/surveys/${encodeURIComponent(id)}`);
  }
  createSurvey(id: string, ownerUnit: string | null, definition: Draft): Promise<SurveySummary> {
    return this.send('POST', '/api/staff/surveys', { id, ownerUnit, definition });
  }
  async draft(id: string): Promise<DraftRecord> {
    const draft = await this.get<Partial<DraftRecord>>(`/api/staff/surveys/${encodeURIComponent(id)}/draft`);
    return normaliseDraft(draft);
  }

  /**
   * Saves the draft over `revision`. A draft someone else saved meanwhile is not overwritten: the answer is
   * `{ conflict }` with their version, for the author to compare with their own.
   */
  async saveDraft(
    id: string,
    definition: Draft,
    acknowledged: readonly string[],
    revision: number,
  ): Promise<{ revision: number; issues?: Issue[] } | { conflict: DraftRecord }> {
    const { status, data } = await this.request<{
      revision: number;
      issues?: Issue[];
      current?: Partial<DraftRecord>;
    }>('PUT', `/api/staff/surveys/${encodeURIComponent(id)}/draft`, {
      body: { definition, acknowledged },
      headers: { 'If-Match': `"${revision}"` },
      accept: [409],
    });
    if (status === 409) return { conflict: normaliseDraft(data.current ?? {}) };
    return data;
  }

  approve(id: string, revision: number): Promise<unknown> {
    return this.send('POST', `/api/staff/surveys/${encodeURIComponent(id)}/draft/approve`, { revision });
  }
  publish(id: string, revision: number): Promise<PublishResult> {
    return this.send('POST', `/api/staff/surveys/${encodeURIComponent(id)}/publish`, { revision });
  }
  versions(id: string): Promise<VersionSummary[]> {
    return this.get(`/api/staff/surveys/${encodeURIComponent(id)}/versions`);
  }
  version(id: string, n: number): Promise<VersionSummary & { definition: Survey }> {
    return this.get(`/api/staff/surveys/${encodeURIComponent(id)}/versions/${n}`);
  }
  closeSurvey(id: string): Promise<unknown> {
    return this.send('POST', `/api/staff/surveys/${encodeURIComponent(id)}/close`);
  }
  reopenSurvey(id: string): Promise<unknown> {
    return this.send('POST', `/api/staff/surveys/${encodeURIComponent(id)}/reopen`);
  }

  // ── Rounds ──────────────────────────────────────────────────────────────────────────────────────────────
  rounds(surveyId: string): Promise<Round[]> {
    return this.get(`/api/staff/surveys/${encodeURIComponent(surveyId)}/rounds`);
  }
  createRound(surveyId: string, round: Omit<Round, 'id' | 'status' | 'surveyId'>): Promise<Round> {
    return this.send('POST', `/api/staff/surveys/${encodeURIComponent(surveyId)}/rounds`, round);
  }
  round(roundId: string): Promise<Round> {
    return this.get(`/api/staff/rounds/${encodeURIComponent(roundId)}`);
  }
  updateRound(roundId: string, change: Partial<Omit<Round, 'id' | 'status' | 'surveyId'>>): Promise<Round> {
    return this.send('PUT', `/api/staff/rounds/${encodeURIComponent(roundId)}`, change);
  }
  closeRound(roundId: string): Promise<Round> {
    return this.send('POST', `/api/staff/rounds/${encodeURIComponent(roundId)}/close`);
  }
  counts(roundId: string): Promise<RoundCounts> {
    return this.get(`/api/staff/rounds/${encodeURIComponent(roundId)}/counts`);
  }
  links(roundId: string): Promise<RoundLink[]> {
    return this.get(`/api/staff/rounds/${encodeURIComponent(roundId)}/links`);
  }
  posterUrl(roundId: string, unitId: string, format: 'svg' | 'pdf'): string {
    return `${this.base}/api/staff/rounds/${encodeURIComponent(roundId)}/units/${encodeURIComponent(unitId)}/poster.${format}`;
  }

  // ── Results: the snapshot of a closed round, "Ni sa – vi gör" ─────────────────────────────────────────────
  snapshot(roundId: string): Promise<SnapshotStatus> {
    return this.get(`/api/staff/rounds/${encodeURIComponent(roundId)}/snapshot`);
  }
  /** Computes, audits and stores the round's one snapshot (may take seconds). */
  publishRound(roundId: string): Promise<SnapshotStatus> {
    return this.send('POST', `/api/staff/rounds/${encodeURIComponent(roundId)}/publish`, {});
  }
  actions(roundId: string, unit?: string | null): Promise<RoundAction[]> {
    const query = unit === undefined ? '' : `?unit=${encodeURIComponent(unit ?? '-')}`;
    return this.get(`/api/staff/rounds/${encodeURIComponent(roundId)}/actions${query}`);
  }
  createAction(roundId: string, action: NewAction): Promise<RoundAction> {
    return this.send('POST', `/api/staff/rounds/${encodeURIComponent(roundId)}/actions`, action);
  }
  updateAction(
    roundId: string,
    actionId: string,
    change: Partial<NewAction> & { note?: string },
  ): Promise<RoundAction> {
    return this.send(
      'PATCH',
      `/api/staff/rounds/${encodeURIComponent(roundId)}/actions/${encodeURIComponent(actionId)}`,
      change,
    );
  }
  deleteAction(roundId: string, actionId: string): Promise<void> {
    return this.send(
      'DELETE',
      `/api/staff/rounds/${encodeURIComponent(roundId)}/actions/${encodeURIComponent(actionId)}`,
    );
  }

  // ── Users and audit ─────────────────────────────────────────────────────────────────────────────────────
  users(): Promise<StaffUser[]> {
    return this.get('/api/staff/users');
  }
  addUser(user: { email: string; name: string; roles: RoleGrant[] }): Promise<StaffUser> {
    return this.send('POST', '/api/staff/users', user);
  }
  setRoles(id: string, roles: RoleGrant[]): Promise<StaffUser> {
    return this.send('PUT', `/api/staff/users/${encodeURIComponent(id)}/roles`, { roles });
  }
  disableUser(id: string): Promise<void> {
    return this.send('DELETE', `/api/staff/users/${encodeURIComponent(id)}`);
  }
  audit(query: { from?: string; to?: string; action?: string } = {}): Promise<AuditEntry[]> {
    const params = new URLSearchParams(Object.entries(query).filter(([, v]) => v) as [string, string][]);
    return this.get(`/api/staff/audit${params.size ? `?${params}` : ''}`);
  }
  auditCsvUrl(query: { from?: string; to?: string; action?: string } = {}): string {
    const params = new URLSearchParams(Object.entries(query).filter(([, v]) => v) as [string, string][]);
    return `${this.base}/api/staff/audit.csv${params.size ? `?${params}` : ''}`;
  }
}

function normaliseDraft(draft: Partial<DraftRecord>): DraftRecord {
  return {
    definition: (draft.definition ?? {}) as Draft,
    revision: typeof draft.revision === 'number' ? draft.revision : 0,
    ...(draft.updatedAt ? { updatedAt: draft.updatedAt } : {}),
    ...(draft.updatedBy ? { updatedBy: draft.updatedBy } : {}),
    approvals: Array.isArray(draft.approvals) ? draft.approvals : [],
    acknowledged: Array.isArray(draft.acknowledged)
      ? draft.acknowledged.filter((a): a is string => typeof a === 'string')
      : [],
  };
}

/** True when `me` has `role` on `unit` (or above it), admin counting as every role. */
export function hasRole(
  me: Me | undefined,
  role: Role,
  unit: string | null,
  units: readonly Unit[] = [],
): boolean {
  if (!me) return false;
  const ancestors = new Set<string | null>([null]);
  const byId = new Map(units.map((u) => [u.id, u]));
  for (
    let current = unit;
    current !== null && !ancestors.has(current);
    current = byId.get(current)?.parent ?? null
  )
    ancestors.add(current);
  return me.roles.some(
    (grant) => (grant.role === role || grant.role === 'admin') && ancestors.has(grant.unit),
  );
}

/** True when `me` has `role` anywhere at all. */
export function hasAnyRole(me: Me | undefined, role: Role): boolean {
  return !!me?.roles.some((grant) => grant.role === role || grant.role === 'admin');
}
