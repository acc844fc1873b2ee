import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { matchRoute } from '../src/router.js';

describe('matchRoute', () => {
  const name = (path: string) => {
    const route = matchRoute(path);
    return [route.name, route.params];
  };

  test('every studio address has a screen', () => {
    assert.deepEqual(name('/studio/'), ['surveys', {}]);
    assert.deepEqual(name('/studio'), ['surveys', {}]);
    assert.deepEqual(name('/studio/surveys/new'), ['new-survey', {}]);
    assert.deepEqual(name('/studio/surveys/familjeenheten-barn'), ['survey', { id: 'familjeenheten-barn' }]);
    assert.deepEqual(name('/studio/surveys/familjeenheten-barn/rounds'), [
      'survey',
      { id: 'familjeenheten-barn', tab: 'rounds' },
    ]);
    assert.deepEqual(name('/studio/users'), ['users', {}]);
    assert.deepEqual(name('/studio/units/'), ['units', {}]);
    assert.deepEqual(name('/studio/audit'), ['audit', {}]);
    assert.equal(
      matchRoute('/studio/sign-in?returnTo=%2Fstudio%2Fusers').query.get('returnTo'),
      '/studio/users',
    );
  });

  test('anything else is not found, and nothing outside the studio is taken over', () => {
    assert.equal(matchRoute('/studio/surveys/Bad Id').name, 'not-found');
    assert.equal(matchRoute('/studio/surveys/x/delete').name, 'not-found');
    assert.equal(matchRoute('/s/familjeenheten-barn/kungsholmen').name, 'not-found');
    assert.equal(matchRoute('/studiox/').name, 'not-found');
  });
});
