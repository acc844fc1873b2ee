/** Test helpers for the staff API: staff named by a request header, and a seeded random generator. */
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

export function random(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}
