/**
 * SVARA_ADMIN_TOKEN is a bootstrap (issue #14 item 6, the lead's decision): while no staff account exists it is the
 * organisation's admin, so the first admin can be made over HTTP; once one exists it only keeps the export
 * endpoints working (the public contract), also after a restart. On SQLite and PostgreSQL.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';

import type { App } from '../../src/http/app.js';
import { appsOnFreshStore, onBothDatabases } from '../test-collector.js';
import type { DatabaseKind } from '../test-collector.js';

const SURVEY = 'familjeenheten-barn';
const ADMIN_TOKEN = 'admin-token-Vb8nQ2xR7kLm4Tz9Wp3Y-bootstrap';
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

function suite(kind: DatabaseKind): void {
  const app = appsOnFreshStore(kind);
  const start = () => app({ adminToken: ADMIN_TOKEN, rateLimit: false });
  const call = (app: App, method: 'GET' | 'POST', url: string, token = ADMIN_TOKEN, payload?: unknown) =>
    app.inject({
      method,
      url,
      headers: { ...bearer(token), ...(payload ? { 'content-type': 'application/json' } : {}) },
      ...(payload ? { payload: JSON.stringify(payload) } : {}),
    });

  test('before the first account the token is the admin; afterwards it only exports, also after a restart', async () => {
    const app = await start();
    // Bootstrap: no account yet, so the token may make the first admin over HTTP.
    assert.equal((await call(app, 'GET', '/api/staff/users')).statusCode, 200);
    const made = await call(app, 'POST', '/api/staff/users', ADMIN_TOKEN, {
      email: 'first-admin@stad.example',
      name: 'Första admin',
      roles: [{ role: 'admin', unit: null }],
    });
    assert.equal(made.statusCode, 201, made.body);

    // An account exists: staff routes refuse the shared token; exports keep working.
    const refused = {
      'GET /api/staff/users': await call(app, 'GET', '/api/staff/users'),
      'POST /api/staff/users': await call(app, 'POST', '/api/staff/users', ADMIN_TOKEN, {
        email: 'second-admin@stad.example',
        roles: [{ role: 'admin', unit: null }],
      }),
      'GET /api/staff/audit': await call(app, 'GET', '/api/staff/audit'),
      'POST /api/staff/surveys': await call(app, 'POST', '/api/staff/surveys', ADMIN_TOKEN, {
        id: 'by-the-shared-token',
      }),
      'GET /api/staff/surveys/…/versions': await call(app, 'GET', `/api/staff/surveys/${SURVEY}/versions`),
    };
    for (const [route, response] of Object.entries(refused))
      assert.equal(response.statusCode, 403, `${route}: ${response.body}`);
    assert.equal((await call(app, 'GET', `/api/surveys/${SURVEY}/export.csv`)).statusCode, 200);
    assert.equal((await call(app, 'GET', `/api/surveys/${SURVEY}/export.json`)).statusCode, 200);
    assert.equal(await app.accounts.accounts.count(), 1, 'no second admin was made with the shared token');

    // The admin it made is a real one: their own token can do what the shared one no longer may.
    const admin = await app.accounts.accounts.byEmail('first-admin@stad.example');
    const { secret } = await app.accounts.tokens.create(admin!.id, 'test', ['admin']);
    assert.equal((await call(app, 'GET', '/api/staff/users', secret)).statusCode, 200);

    // A restarted server knows from the database that accounts exist.
    const restarted = await start();
    assert.equal((await call(restarted, 'GET', '/api/staff/users')).statusCode, 403);
    assert.equal((await call(restarted, 'GET', `/api/surveys/${SURVEY}/export.csv`)).statusCode, 200);
  });
}

onBothDatabases('the shared admin token', suite);
