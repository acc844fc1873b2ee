/**
 * Rate limits and secrets (issue #14, items 5 and 6): invalid requests have a bucket of their own, IPv6 counts
 * by /64, X-Forwarded-For is believed only for the configured number of proxy hops, the admin token must be
 * long, and wrong bearer tokens are throttled per client and logged. On SQLite and PostgreSQL.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';

import { main } from '../../src/cli.js';
import type { App } from '../../src/http/app.js';
import { createLogger } from '../../src/http/logging.js';
import { addressKey } from '../../src/http/rate-limit.js';
import { EXAMPLES, childSubmission, tempDir } from '../helpers.js';
import { appsOnFreshStore, onBothDatabases } from '../test-collector.js';
import type { DatabaseKind } from '../test-collector.js';

const SURVEY = 'familjeenheten-barn';
const ADMIN_TOKEN = 'admin-token-Vb8nQ2xR7kLm4Tz9Wp3Y';

function suite(kind: DatabaseKind): void {
  const app = appsOnFreshStore(kind);
  const post = (on: App, body: unknown, remoteAddress: string, headers: Record<string, string> = {}) =>
    on.inject({
      method: 'POST',
      url: `/api/surveys/${SURVEY}/responses`,
      remoteAddress,
      headers: { 'content-type': 'application/json', ...headers },
      payload: typeof body === 'string' ? body : JSON.stringify(body),
    });

  test('60 garbage bodies from one client do not cost the next client on the same address its 201s', async () => {
    // The invalid bucket refills slowly here, so that a slow machine does not refill it during the test.
    const limited = await app({
      rateLimit: { perMinute: 120, burst: 60 },
      invalidRateLimit: { perMinute: 1, burst: 60 },
    });
    const school = '192.0.2.10';
    for (let i = 0; i < 60; i++) assert.equal((await post(limited, '{"garbage":', school)).statusCode, 400);
    for (let i = 0; i < 10; i++) {
      const reply = await post(limited, childSubmission(), school);
      assert.equal(reply.statusCode, 201, reply.body);
    }
    // More garbage is refused by its own bucket, while valid submissions still get through.
    assert.equal((await post(limited, '{"garbage":', school)).statusCode, 429);
    assert.equal((await post(limited, childSubmission(), school)).statusCode, 201);
  });

  test('IPv6 counts by /64: addresses in one /64 share a bucket, the next /64 has its own', async () => {
    assert.equal(addressKey('2001:db8:1:2::9'), addressKey('2001:db8:1:2:ffff:1:2:3'));
    assert.notEqual(addressKey('2001:db8:1:2::9'), addressKey('2001:db8:1:3::9'));
    assert.equal(addressKey('::ffff:192.0.2.1'), '192.0.2.1');
    const limited = await app({ rateLimit: { perMinute: 60, burst: 3 } });
    const statuses = [];
    for (let i = 1; i <= 4; i++)
      statuses.push((await post(limited, childSubmission(), `2001:db8:1:2::${i}`)).statusCode);
    assert.deepEqual(statuses, [201, 201, 201, 429]);
    assert.equal((await post(limited, childSubmission(), '2001:db8:1:3::1')).statusCode, 201);
  });

  test('--trust-proxy N takes the N-th X-Forwarded-For hop from the right; forged hops do not help', async () => {
    const behindOne = await app({ rateLimit: { perMinute: 60, burst: 2 }, trustProxy: 1 });
    const statuses = [];
    for (let i = 0; i < 3; i++) {
      // The proxy (127.0.0.1) appends the client's real address; the client forged the rest.
      const forged = `10.9.${i}.1, 198.51.100.7`;
      statuses.push(
        (await post(behindOne, childSubmission(), '127.0.0.1', { 'x-forwarded-for': forged })).statusCode,
      );
    }
    assert.deepEqual(statuses, [201, 201, 429]);
    assert.equal(
      (await post(behindOne, childSubmission(), '127.0.0.1', { 'x-forwarded-for': '198.51.100.8' }))
        .statusCode,
      201,
    );

    // Two proxies: the outer one saw the client; the inner one (the socket) appended the outer's address.
    const behindTwo = await app({ rateLimit: { perMinute: 60, burst: 2 }, trustProxy: 2 });
    const two = [];
    for (let i = 0; i < 3; i++) {
      const chain = `203.0.113.${i}, 198.51.100.9, 10.0.0.5`;
      two.push(
        (await post(behindTwo, childSubmission(), '10.0.0.6', { 'x-forwarded-for': chain })).statusCode,
      );
    }
    assert.deepEqual(two, [201, 201, 429]);

    // A client on the internet that connects directly cannot choose its address by sending the header.
    const direct = [];
    for (let i = 0; i < 3; i++) {
      direct.push(
        (await post(behindOne, childSubmission(), '203.0.113.50', { 'x-forwarded-for': `10.1.1.${i}` }))
          .statusCode,
      );
    }
    assert.deepEqual(direct, [201, 201, 429]);
  });

  test('wrong bearer tokens: each logged, and from the 10th on the address is locked out with 429', async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = createLogger({
      stream: { write: (l: string) => lines.push(JSON.parse(l) as Record<string, unknown>) },
    });
    const guarded = await app({ adminToken: ADMIN_TOKEN, logger });
    const exportAs = (token: string, remoteAddress: string) =>
      guarded.inject({
        method: 'GET',
        url: `/api/surveys/${SURVEY}/export.json`,
        remoteAddress,
        headers: { authorization: `Bearer ${token}` },
      });
    const statuses = [];
    for (let i = 0; i < 11; i++) statuses.push((await exportAs(`guess-${i}`, '192.0.2.66')).statusCode);
    assert.deepEqual(statuses, [...Array(10).fill(401), 429]);
    // Locked: even the right token waits, from that address only.
    assert.equal((await exportAs(ADMIN_TOKEN, '192.0.2.66')).statusCode, 429);
    assert.equal((await exportAs(ADMIN_TOKEN, '192.0.2.67')).statusCode, 200);
    const failures = lines.filter((l) => l.msg === 'bearer authentication failed');
    assert.equal(failures.length, 10);
    assert.equal(failures[0]!.level, 'warn');
    assert.equal(failures[0]!.address, '192.0.2.66');
    assert.doesNotMatch(JSON.stringify(lines), /guess-/, 'tokens are never logged');
  });
}

onBothDatabases('limits', suite);

describe('svara serve refuses weak secrets', () => {
  for (const [name, value] of [
    ['SVARA_ADMIN_TOKEN', 'zq'],
    ['SVARA_ADMIN_TOKEN', 'a'.repeat(40)],
    ['SVARA_METRICS_TOKEN', 'short'],
  ] as const) {
    test(`${name}=${value.slice(0, 8)}… stops start-up`, async () => {
      const dir = tempDir();
      let err = '';
      try {
        const code = await main(
          ['serve', '--surveys', EXAMPLES, '--db', join(dir.dir, 'svara.sqlite'), '--port', '0'],
          {
            stdout: { write: () => true },
            stderr: { write: (t: string) => (err += t) },
            env: { [name]: value },
            cwd: dir.dir,
            stopped: () => Promise.resolve(),
          },
        );
        assert.equal(code, 2);
        assert.match(err, new RegExp(`${name} .*(32|random)`));
      } finally {
        dir.remove();
      }
    });
  }
});
