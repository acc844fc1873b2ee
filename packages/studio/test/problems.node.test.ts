import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { ApiError, StudioApi } from '../src/api/client.js';
import { problemText } from '../src/api/problems.js';

const problem = (status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/problem+json', ...headers },
  });

describe('problemText: what the studio says when a request fails', () => {
  test('no answer at all is said in plain words, never "Failed to fetch"', () => {
    const text = problemText(new ApiError(0, { title: 'offline', detail: 'TypeError: Failed to fetch' }));
    assert.match(text, /når inte servern/);
    assert.doesNotMatch(text, /fetch|TypeError/);
  });

  test('a server error hides its technical detail and says the work is kept', () => {
    const text = problemText(new ApiError(500, { detail: 'SQLITE_BUSY: database is locked' }));
    assert.match(text, /gick fel på servern/);
    assert.doesNotMatch(text, /SQLITE/);
  });

  test('the collector’s own plain detail and its issues are shown as they are', () => {
    const text = problemText(
      new ApiError(422, {
        detail: 'Enkäten kan inte publiceras.',
        issues: [{ path: 'questions[0].scale', message: 'Skalan får inte ändras.', code: 'incomparable' }],
      }),
    );
    assert.equal(text, 'Enkäten kan inte publiceras. questions[0].scale: Skalan får inte ändras.');
  });

  test('locked out: how long to wait, from Retry-After', () => {
    assert.match(problemText(new ApiError(429, { detail: 'x' }, 300)), /Vänta 5 min/);
  });

  test('a signed-out author is told to sign in again; a missing role without detail is named', () => {
    assert.match(problemText(new ApiError(401, {})), /Logga in igen/);
    assert.match(problemText(new ApiError(403, {})), /behörighet/);
    assert.match(problemText(new Error('boom')), /Ladda om sidan/);
  });
});

describe('StudioApi: the CSRF header', () => {
  test('every change carries X-CSRF-Token; a stale token is renewed from /api/auth/me and the change made once more', async () => {
    const seen: { method: string; path: string; csrf: string | null }[] = [];
    let token = 'first';
    const fetcher = async (input: RequestInfo | URL, init?: RequestInit) => {
      const path = String(input);
      const headers = new Headers(init?.headers);
      seen.push({ method: init?.method ?? 'GET', path, csrf: headers.get('x-csrf-token') });
      if (path === '/api/auth/me')
        return Response.json({
          user: { id: 'u', email: 'a@b.se' },
          roles: [],
          csrfToken: token,
          methods: [],
        });
      if (headers.get('x-csrf-token') !== token)
        return problem(403, { type: 'urn:svara:problem:csrf', detail: 'Sidan behöver laddas om.' });
      return Response.json({ id: 'ny', name: 'Ny', parent: null }, { status: 201 });
    };
    const api = new StudioApi('', fetcher);
    await api.me();
    token = 'second'; // the session was renewed elsewhere
    const unit = await api.createUnit({ id: 'ny', name: 'Ny', parent: null });
    assert.equal(unit.id, 'ny');
    assert.deepEqual(
      seen.map((r) => `${r.method} ${r.path} ${r.csrf}`),
      [
        'GET /api/auth/me null',
        'POST /api/staff/units first',
        'GET /api/auth/me null',
        'POST /api/staff/units second',
      ],
    );
  });

  test('a 403 that is not about CSRF is not retried', async () => {
    let posts = 0;
    const api = new StudioApi('', async (input, init) => {
      if (String(input) === '/api/auth/me')
        return Response.json({ user: { id: 'u', email: 'a@b.se' }, roles: [], csrfToken: 't', methods: [] });
      if (init?.method === 'POST') posts++;
      return problem(403, { type: 'urn:svara:problem:forbidden', detail: 'Du saknar rollen.' });
    });
    await api.me();
    await assert.rejects(api.approve('s', 1), (error: ApiError) => error.status === 403);
    assert.equal(posts, 1);
  });
});
