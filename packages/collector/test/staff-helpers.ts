/**
 * Test helpers for the staff API: staff named by a request header, requests with their replies parsed, and a
 * seeded random generator.
 */
import type { Collector } from '../src/collector.js';
import type { Role, Staff } from '../src/http/auth.js';
import { addAuthenticator } from '../src/http/auth.js';

/** Staff named by a header: `x-test-staff: id:role@unit,role@unit` (unit `*` = the whole organisation). */
export function testStaff(collector: Collector): void {
  addAuthenticator(collector.app.svara, (request) => {
    const value = request.headers['x-test-staff'];
    if (typeof value !== 'string') return null;
    const [id = '', grants = ''] = value.split(':');
    return {
      id,
      email: `${id}@stockholm.se`,
      name: id,
      roles: grants
        .split(',')
        .filter(Boolean)
        .map((grant) => {
          const [role, unit = '*'] = grant.split('@');
          return { role: role as Role, unit: unit === '*' ? null : unit };
        }),
      via: 'session',
    } satisfies Staff;
  });
}

/** The `x-test-staff` header naming `who` with `grants` (`role@unit,role@unit`; a role alone is organisation-wide). */
export const as = (who: string, grants: string) => ({ 'x-test-staff': `${who}:${grants}` });

export interface Reply {
  status: number;
  headers: Headers;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  text: string;
  bytes: Uint8Array;
}

/**
 * `call(method, path, body?, headers?)` against the collector at `base()` (asked each time: tests restart it). A
 * body goes as JSON, a string as it is (broken JSON, or CSV with its own `content-type` in `headers`); the reply's
 * body is parsed when it is JSON.
 */
export function caller(base: () => string) {
  return async (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Reply> => {
    const response = await fetch(`${base()}${path}`, {
      method,
      headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
      ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
    const bytes = new Uint8Array(await response.arrayBuffer());
    const text = Buffer.from(bytes).toString('utf8');
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    return { status: response.status, headers: response.headers, body: parsed, text, bytes };
  };
}

/** A seeded random number generator (xorshift32): the same numbers from the same seed. */
export function random(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}
