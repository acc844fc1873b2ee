/**
 * An in-memory stand-in for the collector's staff API, for the studio's examples (Storybook, browser tests):
 * the same paths, bodies and status codes as API.md, with a few units, two surveys, a round with counts, people
 * and an audit log. It answers through `fetch`'s signature, so the real `StudioApi` client talks to it.
 * The real server is tested end to end against the studio in `test/e2e/studio*.spec.ts`.
 */
import type {
  AuditEntry,
  DraftRecord,
  Me,
  Round,
  RoundAction,
  SnapshotStatus,
  StaffUser,
  SurveySummary,
  Unit,
  VersionSummary,
} from './api/client.js';
import { StudioApi } from './api/client.js';
import { exampleDraft } from './examples.js';
import type { Draft } from './model/draft.js';

interface StoredSurvey {
  summary: SurveySummary;
  draft: DraftRecord;
  versions: (VersionSummary & { definition: Draft })[];
}

export interface ExampleBackend {
  me: Me;
  units: Unit[];
  surveys: Map<string, StoredSurvey>;
  rounds: Round[];
  users: StaffUser[];
  audit: AuditEntry[];
  /** "Ni sa – vi gör" of every round. */
  actions: RoundAction[];
  /** Published snapshots by round id. */
  snapshots: Map<string, SnapshotStatus>;
  /** Requests made, for tests: `PUT /api/staff/surveys/x/draft`. */
  requests: string[];
}

export function exampleUnits(): Unit[] {
  return [
    { id: 'kungsholmen', name: 'Kungsholmen', parent: null },
    { id: 'kungsholmen-soc', name: 'Socialtjänstavdelningen', parent: 'kungsholmen' },
    { id: 'familjeenheten', name: 'Familjeenheten', parent: 'kungsholmen-soc' },
    { id: 'stodenheten', name: 'Stöd- och serviceenheten', parent: 'kungsholmen-soc' },
    { id: 'sodermalm', name: 'Södermalm', parent: null },
    { id: 'sodermalm-familj', name: 'Familjeenheten Södermalm', parent: 'sodermalm' },
  ];
}

/** A backend with the example data; `me` is an admin (every screen shows) unless given. */
export function exampleBackend(me?: Partial<Me>): ExampleBackend {
  const draft = exampleDraft();
  const published = { ...exampleDraft(), questions: (exampleDraft()['questions'] as unknown[]).slice(0, 1) };
  return {
    me: {
      user: { id: 'u1', email: 'anna.andersson@stockholm.se', name: 'Anna Andersson' },
      roles: [{ role: 'admin', unit: null }],
      csrfToken: 'example-csrf',
      methods: ['oidc', 'password'],
      ...me,
    },
    units: exampleUnits(),
    surveys: new Map([
      [
        'familjeenheten-barn',
        {
          summary: {
            id: 'familjeenheten-barn',
            title: draft['title'] as SurveySummary['title'],
            ownerUnit: 'familjeenheten',
            status: 'open',
            latestVersion: 1,
            draft: {
              revision: 4,
              updatedAt: '2027-01-08T09:12:00Z',
              updatedBy: 'anna.andersson@stockholm.se',
            },
            rounds: [
              { id: 'r1', name: 'Våren 2027', opens: '2027-01-10', closes: '2027-03-31', status: 'open' },
            ],
            responses: 57,
          },
          draft: {
            definition: draft,
            revision: 4,
            updatedAt: '2027-01-08T09:12:00Z',
            updatedBy: 'anna.andersson@stockholm.se',
            approvals: [],
            acknowledged: [],
          },
          versions: [
            {
              version: 1,
              publishedAt: '2026-12-01T10:00:00Z',
              publishedBy: 'bo.berg@stockholm.se',
              changed: [],
              definition: published,
            },
          ],
        },
      ],
      [
        'bemotandekollen',
        {
          summary: {
            id: 'bemotandekollen',
            title: 'Bemötandekollen',
            ownerUnit: 'stodenheten',
            status: 'draft',
            latestVersion: null,
            draft: { revision: 1, updatedAt: '2027-01-05T14:00:00Z', updatedBy: 'bo.berg@stockholm.se' },
            rounds: [],
            responses: 0,
          },
          draft: {
            definition: {
              id: 'bemotandekollen',
              version: 1,
              lang: 'sv',
              title: 'Bemötandekollen',
              questions: [
                { id: 'respekt', type: 'scale', scale: 'yes-partly-no', text: 'Blev du bemött med respekt?' },
              ],
            },
            revision: 1,
            approvals: [],
            acknowledged: [],
          },
          versions: [],
        },
      ],
    ]),
    rounds: [
      {
        id: 'r1',
        surveyId: 'familjeenheten-barn',
        name: 'Våren 2027',
        opens: '2027-01-10',
        closes: '2027-03-31',
        acceptLateUntil: '2027-04-30',
        units: [
          { unitId: 'familjeenheten', invited: 60 },
          { unitId: 'sodermalm-familj', invited: null },
        ],
        status: 'open',
      },
    ],
    users: [
      {
        id: 'u1',
        email: 'anna.andersson@stockholm.se',
        name: 'Anna Andersson',
        roles: [{ role: 'admin', unit: null }],
        lastSignInAt: '2027-01-09T08:29:00Z',
      },
      {
        id: 'u2',
        email: 'bo.berg@stockholm.se',
        name: 'Bo Berg',
        roles: [{ role: 'publisher', unit: 'kungsholmen-soc' }],
        lastSignInAt: '2027-01-09T08:29:00Z',
      },
      {
        id: 'u3',
        email: 'cecilia.carlsson@stockholm.se',
        name: 'Cecilia Carlsson',
        roles: [{ role: 'editor', unit: 'familjeenheten' }],
        lastSignInAt: null,
      },
    ],
    audit: [
      {
        seq: 1,
        at: '2026-12-01T10:00:00Z',
        actor: 'bo.berg@stockholm.se',
        action: 'publish',
        target: 'familjeenheten-barn',
        detail: { version: 1 },
      },
      {
        seq: 2,
        at: '2027-01-09T08:30:00Z',
        actor: 'bo.berg@stockholm.se',
        action: 'round.open',
        target: 'r1',
        detail: { units: 2 },
      },
      {
        seq: 3,
        at: '2027-01-10T07:55:00Z',
        actor: 'anna.andersson@stockholm.se',
        action: 'sign-in',
        target: null,
        detail: { method: 'oidc' },
      },
    ],
    actions: [
      {
        id: 'a1',
        roundId: 'r0',
        unit: 'familjeenheten',
        heard: 'Många barn visste inte varför de träffade oss.',
        questions: ['vet-varfor'],
        action: 'Vi berättar i början av första mötet varför vi träffas, med bilder.',
        plain: 'Vi säger varför vi träffas. Vi visar bilder.',
        responsible: 'Enhetschef',
        status: 'pågår',
        when: '2027-02',
        history: [
          { status: 'planerad', at: '2026-12-10' },
          { status: 'pågår', at: '2027-01-08' },
        ],
        published: false,
      },
    ],
    snapshots: new Map(),
    requests: [],
  };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}): Response =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers },
  });

const problem = (status: number, detail: string) =>
  json(status, { type: `urn:svara:problem:${status}`, title: detail, status, detail });

/** A `fetch` that answers the staff API from `backend`. */
export function exampleFetch(backend: ExampleBackend): typeof fetch {
  return async (input, init) => {
    const url = new URL(String(input), 'http://studio.example');
    const method = (init?.method ?? 'GET').toUpperCase();
    const body =
      typeof init?.body === 'string' && init.body.startsWith('{') ? JSON.parse(init.body) : undefined;
    const path = url.pathname;
    backend.requests.push(`${method} ${path}`);
    const surveyMatch = /^\/api\/staff\/surveys\/([^/]+)(\/.*)?$/.exec(path);
    const roundMatch = /^\/api\/staff\/rounds\/([^/]+)(\/.*)?$/.exec(path);
    if (path === '/api/auth/me') return json(200, backend.me);
    if (path === '/api/auth/login')
      return json(200, { user: backend.me.user, csrfToken: backend.me.csrfToken });
    if (path === '/api/auth/logout') return json(204, undefined);
    if (path === '/api/staff/units' && method === 'GET') return json(200, backend.units);
    if (path === '/api/staff/units' && method === 'POST') {
      if (backend.units.some((u) => u.id === body.id))
        return problem(409, 'Det finns redan en enhet med det id:t.');
      backend.units.push(body);
      return json(201, body);
    }
    const unitMatch = /^\/api\/staff\/units\/([^/]+)$/.exec(path);
    if (unitMatch) {
      const id = decodeURIComponent(unitMatch[1]!);
      if (method === 'DELETE') {
        if (backend.units.some((u) => u.parent === id)) return problem(409, 'Enheten har enheter under sig.');
        backend.units = backend.units.filter((u) => u.id !== id);
        return json(204, undefined);
      }
      backend.units = backend.units.map((u) => (u.id === id ? { ...u, ...body } : u));
      return json(
        200,
        backend.units.find((u) => u.id === id),
      );
    }
    if (path === '/api/staff/surveys' && method === 'GET')
      return json(
        200,
        [...backend.surveys.values()].map((s) => s.summary),
      );
    if (path === '/api/staff/surveys' && method === 'POST') {
      if (backend.surveys.has(body.id)) return problem(409, 'Id:t är upptaget.');
      const summary: SurveySummary = {
        id: body.id,
        title: body.definition.title,
        ownerUnit: body.ownerUnit,
        status: 'draft',
        latestVersion: null,
        draft: { revision: 1, updatedAt: new Date().toISOString(), updatedBy: backend.me.user.email },
        rounds: [],
        responses: 0,
      };
      backend.surveys.set(body.id, {
        summary,
        draft: { definition: body.definition, revision: 1, approvals: [], acknowledged: [] },
        versions: [],
      });
      return json(201, summary);
    }
    if (surveyMatch) {
      const survey = backend.surveys.get(decodeURIComponent(surveyMatch[1]!));
      if (!survey) return problem(404, 'Enkäten finns inte.');
      const rest = surveyMatch[2] ?? '';
      if (rest === '')
        return json(200, {
          ...survey.summary,
          versions: survey.versions.map(({ definition: _d, ...v }) => v),
        });
      if (rest === '/draft' && method === 'GET')
        return json(200, survey.draft, { etag: `"${survey.draft.revision}"` });
      if (rest === '/draft' && method === 'PUT') {
        const ifMatch = new Headers(init?.headers).get('if-match');
        if (ifMatch !== `"${survey.draft.revision}"`)
          return json(409, {
            type: 'urn:svara:problem:conflict',
            status: 409,
            detail: 'Utkastet har ändrats.',
            current: survey.draft,
          });
        survey.draft = {
          ...survey.draft,
          definition: body.definition,
          acknowledged: body.acknowledged ?? [],
          revision: survey.draft.revision + 1,
          updatedAt: new Date().toISOString(),
          updatedBy: backend.me.user.email,
        };
        return json(200, { revision: survey.draft.revision });
      }
      if (rest === '/draft/approve') {
        if (survey.draft.updatedBy === backend.me.user.email)
          return problem(403, 'Du kan inte godkänna din egen version.');
        survey.draft.approvals = [
          ...survey.draft.approvals,
          { by: backend.me.user.email, at: new Date().toISOString(), revision: body.revision },
        ];
        return json(200, { approvals: survey.draft.approvals });
      }
      if (rest === '/publish') {
        const version = survey.versions.length + 1;
        survey.versions.push({
          version,
          publishedAt: new Date().toISOString(),
          publishedBy: backend.me.user.email,
          changed: [],
          definition: survey.draft.definition,
        });
        survey.summary = { ...survey.summary, latestVersion: version, status: 'open' };
        return json(201, { version, changed: [], diff: [] });
      }
      if (rest === '/versions')
        return json(
          200,
          survey.versions.map(({ definition: _d, ...v }) => v),
        );
      const versionMatch = /^\/versions\/(\d+)$/.exec(rest);
      if (versionMatch) return json(200, survey.versions[Number(versionMatch[1]) - 1]);
      if (rest === '/rounds' && method === 'GET')
        return json(
          200,
          backend.rounds.filter((r) => r.surveyId === survey.summary.id),
        );
      if (rest === '/rounds' && method === 'POST') {
        const round: Round = {
          ...body,
          id: `r${backend.rounds.length + 1}`,
          surveyId: survey.summary.id,
          status: 'open',
        };
        backend.rounds.push(round);
        return json(201, round);
      }
    }
    if (roundMatch) {
      const round = backend.rounds.find((r) => r.id === decodeURIComponent(roundMatch[1]!));
      if (!round) return problem(404, 'Omgången finns inte.');
      const rest = roundMatch[2] ?? '';
      const name = (id: string) => backend.units.find((u) => u.id === id)?.name ?? id;
      if (rest === '') return json(200, round);
      if (rest === '/close') {
        round.status = 'closed';
        return json(200, round);
      }
      if (rest === '/counts') {
        const responses = [41, 16, 7, 3];
        const units = round.units.map((u, i) => ({
          unitId: u.unitId,
          name: name(u.unitId),
          responses: responses[i % responses.length]!,
          invited: u.invited,
          responseRate: u.invited ? responses[i % responses.length]! / u.invited : null,
        }));
        const total = units.reduce((sum, u) => sum + u.responses, 0);
        const invited = units.every((u) => u.invited !== null)
          ? units.reduce((sum, u) => sum + (u.invited ?? 0), 0)
          : null;
        return json(200, {
          round: { id: round.id, name: round.name, status: round.status },
          units,
          total: { responses: total, invited, responseRate: invited ? total / invited : null },
        });
      }
      if (rest === '/snapshot') return json(200, snapshotOf(backend, round));
      if (rest === '/publish' && method === 'POST') {
        if (round.status === 'published')
          return problem(409, 'Resultaten för omgången är redan publicerade.');
        if (round.status !== 'closed')
          return problem(409, 'Omgången måste vara stängd innan resultaten kan publiceras.');
        round.status = 'published';
        const base = `/api/surveys/${round.surveyId}/rounds/${round.id}/results`;
        backend.snapshots.set(round.id, {
          ...snapshotOf(backend, round),
          status: 'published',
          publishedAt: new Date().toISOString(),
          publishedBy: backend.me.user.id,
          audit: { cells: 184, hidden: 12, witnesses: 3, exact: true },
          links: { json: `${base}.json`, csv: `${base}.csv`, page: `/r/${round.surveyId}/${round.id}` },
        });
        for (const action of backend.actions) if (action.roundId === round.id) action.published = true;
        return json(201, backend.snapshots.get(round.id));
      }
      if (rest === '/actions' && method === 'GET')
        return json(
          200,
          backend.actions.filter((a) => a.roundId === round.id),
        );
      if (rest === '/actions' && method === 'POST') {
        if (round.status === 'published')
          return problem(
            409,
            'Omgången är publicerad: nya åtgärder hör till nästa omgång. Ändra status på de publicerade.',
          );
        const texts = ['heard', 'action', 'responsible'] as const;
        const issues = texts
          .filter((field) => !String(body[field] ?? '').trim())
          .map((field) => ({ path: field, message: 'Skriv något här.', code: 'required' }));
        if (issues.length)
          return json(422, {
            type: 'urn:svara:problem:invalid',
            status: 422,
            detail: 'Åtgärden är inte komplett.',
            issues,
          });
        const action: RoundAction = {
          ...body,
          id: `a${backend.actions.length + 1}`,
          roundId: round.id,
          history: [{ status: body.status, at: new Date().toISOString().slice(0, 10) }],
          published: false,
        };
        backend.actions.push(action);
        return json(201, action);
      }
      const actionMatch = /^\/actions\/([^/]+)$/.exec(rest);
      if (actionMatch) {
        const action = backend.actions.find((a) => a.id === actionMatch[1] && a.roundId === round.id);
        if (!action) return problem(404, 'Åtgärden finns inte.');
        if (method === 'DELETE') {
          if (action.published)
            return problem(409, 'Åtgärden är publicerad. Den kan inte tas bort, bara få en ny status.');
          backend.actions = backend.actions.filter((a) => a !== action);
          return json(204, undefined);
        }
        const { note, ...change } = body as { note?: string } & Partial<RoundAction>;
        if (action.published && Object.keys(change).some((key) => key !== 'status'))
          return problem(409, 'Åtgärden är publicerad. Bara dess status kan ändras.');
        Object.assign(action, change);
        if (change.status)
          action.history = [
            ...action.history,
            { status: change.status, at: new Date().toISOString().slice(0, 10), ...(note ? { note } : {}) },
          ];
        return json(200, action);
      }
      if (rest === '/links')
        return json(
          200,
          round.units.map((u) => ({
            unitId: u.unitId,
            url: `https://svar.stockholm.se/s/${round.surveyId}/${u.unitId}`,
            embed: `<script type="module" src="https://svar.stockholm.se/svara-survey.js"></script>\n<svara-survey src="https://svar.stockholm.se/api/surveys/${round.surveyId}" unit="${u.unitId}"></svara-survey>`,
          })),
        );
    }
    if (path === '/api/staff/users' && method === 'GET') return json(200, backend.users);
    if (path === '/api/staff/users' && method === 'POST') {
      const user: StaffUser = {
        id: `u${backend.users.length + 1}`,
        email: body.email,
        name: body.name,
        roles: body.roles,
        lastSignInAt: null,
      };
      backend.users.push(user);
      return json(201, user);
    }
    const rolesMatch = /^\/api\/staff\/users\/([^/]+)\/roles$/.exec(path);
    if (rolesMatch) {
      const user = backend.users.find((u) => u.id === rolesMatch[1]);
      if (!user) return problem(404, 'Personen finns inte.');
      user.roles = body.roles;
      return json(200, user);
    }
    const userMatch = /^\/api\/staff\/users\/([^/]+)$/.exec(path);
    if (userMatch && method === 'DELETE') {
      backend.users = backend.users.map((u) =>
        u.id === userMatch[1] ? { ...u, disabledAt: new Date().toISOString() } : u,
      );
      return json(204, undefined);
    }
    if (path === '/api/staff/audit') return json(200, backend.audit);
    return problem(404, `There is no endpoint ${path}.`);
  };
}

/** Adds last autumn's round, closed and not yet published, before the open spring round (results examples). */
export function withClosedRound(backend: ExampleBackend): ExampleBackend {
  backend.rounds.unshift({
    id: 'r0',
    surveyId: 'familjeenheten-barn',
    name: 'Hösten 2026',
    opens: '2026-09-01',
    closes: '2026-11-30',
    acceptLateUntil: '2026-12-30',
    units: [
      { unitId: 'familjeenheten', invited: 50 },
      { unitId: 'sodermalm-familj', invited: 30 },
    ],
    status: 'closed',
  });
  return backend;
}

function snapshotOf(backend: ExampleBackend, round: Round): SnapshotStatus {
  return (
    backend.snapshots.get(round.id) ?? {
      roundId: round.id,
      surveyId: round.surveyId,
      status: round.status,
      publishedAt: null,
      publishedBy: null,
      respondents: null,
      units: round.units.length,
      audit: null,
      links: null,
    }
  );
}

/** A studio API client talking to the example backend. */
export function exampleApi(backend: ExampleBackend = exampleBackend()): StudioApi {
  const api = new StudioApi('', exampleFetch(backend));
  api.csrfToken = backend.me.csrfToken;
  return api;
}
