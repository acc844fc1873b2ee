/** Examples of `<svara-studio-sign-in>`: the single source for its stories, tests and axe checks. */
import { html } from 'lit';
import type { StudioExample } from '../../examples.js';
import { exampleApi } from '../../example-api.js';
import type { SvaraStudioSignIn } from './sign-in.js';
import './sign-in.define.js';

export type SignInExample = StudioExample<SvaraStudioSignIn>;

export const signInExamples = {
  signIn: {
    title: 'Logga in',
    description: 'With the city’s account (OpenID Connect) or with e-mail and password.',
    render: () =>
      html`<svara-studio-sign-in
        return-to="/studio/surveys/familjeenheten-barn/edit"
        .api=${exampleApi()}
      ></svara-studio-sign-in>`,
  },
  expired: {
    title: 'Utloggad mitt i arbetet',
    description:
      'The session ended while writing: what was written is kept on this device and saved after signing in.',
    render: () => html`<svara-studio-sign-in expired .api=${exampleApi()}></svara-studio-sign-in>`,
  },
} satisfies Record<string, SignInExample>;
