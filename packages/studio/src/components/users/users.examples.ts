/** Examples of `<svara-studio-users>`: the single source for its stories, tests and axe checks. */
import { html } from 'lit';
import type { StudioExample } from '../../examples.js';
import { exampleApi, exampleUnits } from '../../example-api.js';
import type { SvaraStudioUsers } from './users.js';
import './users.define.js';

export type UsersExample = StudioExample<SvaraStudioUsers>;

export const usersExamples = {
  people: {
    title: 'Personer och roller',
    description: 'Three people, one not signed in yet; roles per unit; add a person by e-mail.',
    render: () =>
      html`<svara-studio-users .api=${exampleApi()} .units=${exampleUnits()}></svara-studio-users>`,
  },
} satisfies Record<string, UsersExample>;
