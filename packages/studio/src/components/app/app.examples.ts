/**
 * Examples of `<svara-studio-app>`: the single source for its stories, tests and axe checks. The app talks to the
 * in-memory example API and follows the address bar, so an example sets the address it starts at.
 */
import { html } from 'lit';
import type { StudioExample } from '../../examples.js';
import { StudioApi } from '../../api/client.js';
import { exampleApi, exampleBackend, exampleFetch } from '../../example-api.js';
import { exampleRegisterFetch } from '../../register/example-register.js';
import type { SvaraStudioApp } from './app.js';
import './app.define.js';

export type AppExample = StudioExample<SvaraStudioApp> & { path: string };

/** The in-memory staff API with the register's (`/api/register/…`) beside it, as the collector serves both. */
function exampleApiWithRegister(): StudioApi {
  const backend = exampleBackend();
  const staff = exampleFetch(backend);
  const register = exampleRegisterFetch();
  const api = new StudioApi('', (input, init) =>
    new URL(String(input), 'http://studio.example').pathname.startsWith('/api/register/')
      ? register(input, init)
      : staff(input, init),
  );
  api.csrfToken = backend.me.csrfToken;
  return api;
}

export const appExamples = {
  surveys: {
    title: 'Enkäterna',
    description: 'An admin signed in: the header with every section, the surveys per unit.',
    path: '/studio/',
    render: () => html`<svara-studio-app .api=${exampleApi()}></svara-studio-app>`,
  },
  editor: {
    title: 'En enkät',
    description: 'A survey opened in the editor, from its own address.',
    path: '/studio/surveys/familjeenheten-barn/edit',
    render: () => html`<svara-studio-app .api=${exampleApi()}></svara-studio-app>`,
  },
  editorOnly: {
    title: 'Som redaktör',
    description: 'An editor of one unit: no admin sections in the header.',
    path: '/studio/',
    render: () =>
      html`<svara-studio-app
        .api=${exampleApi(exampleBackend({ roles: [{ role: 'editor', unit: 'familjeenheten' }] }))}
      ></svara-studio-app>`,
  },
  register: {
    title: 'Synpunkter',
    description: 'The register of comments, complaints and praise, from its own address.',
    path: '/studio/register',
    render: () => html`<svara-studio-app .api=${exampleApiWithRegister()}></svara-studio-app>`,
  },
} satisfies Record<string, AppExample>;
