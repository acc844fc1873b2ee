import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import {
  ACTIONS,
  ROLES,
  SCOPES,
  ancestry,
  grantsBeyondAdmin,
  may,
  mayAnywhere,
  normalizeGrants,
  parseGrants,
  unitsWhere,
} from '../../src/auth/roles.js';
import type { Action, Principal, Role, RoleGrant, UnitTree } from '../../src/auth/roles.js';

// Kungsholmen → Socialtjänstavdelningen → Familjeenheten, Stöd- och serviceenheten; Norrmalm → Barnenheten.
const tree: UnitTree = new Map([
  ['kungsholmen', null],
  ['social', 'kungsholmen'],
  ['familj', 'social'],
  ['stod', 'social'],
  ['norrmalm', null],
  ['barn', 'norrmalm'],
]);

const as = (...grants: RoleGrant[]): Principal => ({ grants });
const actionsOf = (role: Role): Action[] =>
  (Object.keys(ACTIONS) as Action[]).filter((a) => {
    const needed = ACTIONS[a];
    return role === 'admin' || needed === role || needed === 'reader';
  });

describe('roles: who may do what where', () => {
  it('a role on a unit reaches that unit and every unit below it, nothing above or beside it', () => {
    const p = as({ role: 'publisher', unit: 'social' });
    assert.equal(may(p, 'surveys.publish', 'social', tree), true);
    assert.equal(may(p, 'surveys.publish', 'familj', tree), true);
    assert.equal(may(p, 'surveys.publish', 'stod', tree), true);
    assert.equal(may(p, 'surveys.publish', 'kungsholmen', tree), false, 'not the parent');
    assert.equal(may(p, 'surveys.publish', 'barn', tree), false, 'not another branch');
    assert.equal(may(p, 'surveys.publish', null, tree), false, 'not organisation-wide things');
  });

  it('an organisation-wide role (unit null) reaches every unit and things without a unit', () => {
    const p = as({ role: 'reader', unit: null });
    for (const unit of [...tree.keys(), null])
      assert.equal(may(p, 'counts.read', unit, tree), true, String(unit));
    assert.equal(may(p, 'surveys.publish', 'familj', tree), false);
  });

  it('each role may exactly its own actions and the reader’s; admin may all of them', () => {
    for (const role of ROLES) {
      const p = as({ role, unit: 'familj' });
      for (const action of Object.keys(ACTIONS) as Action[]) {
        assert.equal(may(p, action, 'familj', tree), actionsOf(role).includes(action), `${role} → ${action}`);
      }
    }
  });

  it('editor and publisher are independent (four eyes): neither implies the other', () => {
    assert.equal(may(as({ role: 'editor', unit: null }), 'drafts.approve', 'familj', tree), false);
    assert.equal(may(as({ role: 'publisher', unit: null }), 'drafts.edit', 'familj', tree), false);
  });

  it('no roles: nothing anywhere', () => {
    for (const action of Object.keys(ACTIONS) as Action[]) {
      assert.equal(may(as(), action, 'familj', tree), false);
      assert.equal(mayAnywhere(as(), action), false);
    }
  });

  it('an unknown unit is reached only by organisation-wide grants; a cycle in the data does not hang', () => {
    assert.equal(may(as({ role: 'admin', unit: 'social' }), 'units.manage', 'ghost', tree), false);
    assert.equal(may(as({ role: 'admin', unit: null }), 'units.manage', 'ghost', tree), true);
    const cyclic: UnitTree = new Map([
      ['a', 'b'],
      ['b', 'a'],
    ]);
    assert.deepEqual(ancestry('a', cyclic), ['a', 'b', null]);
    assert.equal(may(as({ role: 'reader', unit: 'x' }), 'counts.read', 'a', cyclic), false);
  });

  it('API token scopes narrow the user’s roles and never widen them', () => {
    const admin: RoleGrant = { role: 'admin', unit: null };
    assert.equal(may({ grants: [admin], scopes: ['export'] }, 'responses.export', 'familj', tree), true);
    assert.equal(may({ grants: [admin], scopes: ['export'] }, 'counts.read', 'familj', tree), false);
    assert.equal(may({ grants: [admin], scopes: ['read'] }, 'counts.read', 'familj', tree), true);
    assert.equal(may({ grants: [admin], scopes: ['read'] }, 'responses.export', 'familj', tree), false);
    assert.equal(may({ grants: [admin], scopes: ['read'] }, 'surveys.publish', 'familj', tree), false);
    assert.equal(may({ grants: [admin], scopes: ['publish'] }, 'surveys.publish', 'familj', tree), true);
    assert.equal(may({ grants: [admin], scopes: ['publish'] }, 'users.manage', null, tree), false);
    assert.equal(may({ grants: [admin], scopes: ['edit'] }, 'drafts.edit', 'familj', tree), true);
    assert.equal(may({ grants: [admin], scopes: ['admin'] }, 'users.manage', null, tree), true);
    const reader: RoleGrant = { role: 'reader', unit: 'familj' };
    assert.equal(may({ grants: [reader], scopes: [...SCOPES] }, 'surveys.publish', 'familj', tree), false);
    assert.equal(may({ grants: [reader], scopes: [] }, 'counts.read', 'familj', tree), false);
  });

  it('unitsWhere lists the tops of the subtrees where an action is allowed', () => {
    const p = as({ role: 'reader', unit: 'barn' }, { role: 'publisher', unit: 'social' });
    assert.deepEqual(unitsWhere(p, 'counts.read').sort(), ['barn', 'social']);
    assert.deepEqual(unitsWhere(p, 'surveys.publish'), ['social']);
    assert.deepEqual(unitsWhere({ ...p, scopes: ['export'] }, 'counts.read'), []);
  });

  it('an admin may grant and take away roles only inside the subtrees they administer', () => {
    const admin = as({ role: 'admin', unit: 'social' });
    const before: RoleGrant[] = [{ role: 'reader', unit: 'barn' }];
    assert.deepEqual(
      grantsBeyondAdmin(admin, before, [...before, { role: 'editor', unit: 'familj' }], tree),
      [],
    );
    assert.deepEqual(
      grantsBeyondAdmin(admin, before, [...before, { role: 'editor', unit: 'kungsholmen' }], tree),
      [{ role: 'editor', unit: 'kungsholmen' }],
    );
    assert.deepEqual(
      grantsBeyondAdmin(admin, before, [], tree),
      [{ role: 'reader', unit: 'barn' }],
      'removing',
    );
    assert.deepEqual(
      grantsBeyondAdmin(admin, [], [{ role: 'admin', unit: null }], tree),
      [{ role: 'admin', unit: null }],
      'no self-promotion to the organisation',
    );
  });

  it('parseGrants checks untrusted input and names the path of each problem', () => {
    assert.deepEqual(parseGrants([{ role: 'reader', unit: 'familj' }], tree), {
      ok: true,
      grants: [{ role: 'reader', unit: 'familj' }],
    });
    const bad = parseGrants([{ role: 'owner', unit: null }, { role: 'reader', unit: 'ghost' }, 'x'], tree);
    assert.equal(bad.ok, false);
    assert.deepEqual(!bad.ok && bad.issues.map((i) => i.path), [
      'roles[0].role',
      'roles[1].unit',
      'roles[2]',
    ]);
    assert.equal(parseGrants('admin').ok, false);
  });

  it('normalizeGrants drops duplicates and sorts organisation-wide first', () => {
    assert.deepEqual(
      normalizeGrants([
        { role: 'reader', unit: 'familj' },
        { role: 'admin', unit: null },
        { role: 'reader', unit: 'familj' },
        { role: 'editor', unit: 'barn' },
      ]),
      [
        { role: 'admin', unit: null },
        { role: 'editor', unit: 'barn' },
        { role: 'reader', unit: 'familj' },
      ],
    );
  });
});
