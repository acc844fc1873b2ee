import { expect, fixture, oneEvent } from '@open-wc/testing';
import { expectNoAxeViolations } from '@svara/testing/axe';
import { setLocale } from '@svara/elements/localization';
import type { SvaraEmail } from '@svara/elements';
import type { Me } from '../../api/client.js';
import type { SvaraStudioSignIn } from './sign-in.js';
import { safeReturnTo } from './sign-in.js';
import { signInExamples } from './sign-in.examples.js';
import type { SignInExample } from './sign-in.examples.js';
import './sign-in.define.js';

async function renderExample(example: SignInExample): Promise<SvaraStudioSignIn> {
  await setLocale(example.locale ?? 'sv');
  const element = await fixture<SvaraStudioSignIn>(example.render());
  await element.updateComplete;
  return element;
}

describe('svara-studio-sign-in', () => {
  describe('axe on every example', () => {
    for (const [key, example] of Object.entries(signInExamples) as [string, SignInExample][]) {
      it(`${key}: no violations`, async () => {
        await expectNoAxeViolations(await renderExample(example));
      });
    }
  });

  it('the city account link carries where to return', async () => {
    const element = await renderExample(signInExamples.signIn);
    expect(element.shadowRoot!.querySelector('a.button')!.getAttribute('href')).to.equal(
      '/auth/oidc/login?returnTo=%2Fstudio%2Fsurveys%2Ffamiljeenheten-barn%2Fedit',
    );
  });

  it('a local sign-in tells the app who signed in', async () => {
    const element = await renderExample(signInExamples.signIn);
    const form = element.shadowRoot!.querySelector('form')!;
    (form.querySelector('svara-email') as SvaraEmail).value = 'anna.andersson@stockholm.se';
    (form.querySelector('#password') as HTMLInputElement).value = 'ett långt lösenord';
    setTimeout(() => form.requestSubmit());
    const event = (await oneEvent(element, 'studio-signed-in')) as CustomEvent<Me>;
    expect(event.detail.user.email).to.equal('anna.andersson@stockholm.se');
  });

  it('returns only to studio addresses on this site', () => {
    expect(safeReturnTo('/studio/surveys/x/edit')).to.equal('/studio/surveys/x/edit');
    expect(safeReturnTo('https://evil.example/studio/')).to.equal('/studio/');
    expect(safeReturnTo('//evil.example/studio/')).to.equal('/studio/');
    expect(safeReturnTo('/studio/\\evil')).to.equal('/studio/');
    expect(safeReturnTo(null)).to.equal('/studio/');
  });
});
