import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { expectNoAxeViolations } from '@svara/testing/axe';
import { setLocale } from '@svara/elements/localization';
import type { SvaraEmail, SvaraText } from '@svara/elements';
import { exampleApi, exampleBackend, exampleUnits } from '../../example-api.js';
import type { SvaraStudioUsers } from './users.js';
import { usersExamples } from './users.examples.js';
import type { UsersExample } from './users.examples.js';
import { expectFitsNarrow } from '../../internal/layout-checks.js';
import './users.define.js';

async function renderExample(example: UsersExample): Promise<SvaraStudioUsers> {
  await setLocale(example.locale ?? 'sv');
  const element = await fixture<SvaraStudioUsers>(example.render());
  await waitUntil(() => element.shadowRoot!.querySelector('.users li'), 'never loaded');
  return element;
}

describe('svara-studio-users', () => {
  describe('axe on every example', () => {
    for (const [key, example] of Object.entries(usersExamples) as [string, UsersExample][]) {
      it(`${key}: no violations`, async () => {
        await expectNoAxeViolations(await renderExample(example));
      });
    }
  });

  it('fits 320 px: a long unit name in the list of units does not widen the screen', async () => {
    await expectFitsNarrow(() => renderExample(usersExamples.people));
  });

  it('lists roles per unit in words, and who has not signed in yet', async () => {
    const element = await renderExample(usersExamples.people);
    const text = element.shadowRoot!.querySelector('.users')!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Publicerare för Kungsholmen › Socialtjänstavdelningen');
    expect(text).to.contain('Administratör för hela organisationen');
    expect(text).to.contain('cecilia.carlsson@stockholm.se · Har inte loggat in än');
  });

  it('adds a person by e-mail with a role on a unit', async () => {
    const backend = exampleBackend();
    const element = await fixture<SvaraStudioUsers>(
      html`<svara-studio-users .api=${exampleApi(backend)} .units=${exampleUnits()}></svara-studio-users>`,
    );
    await waitUntil(() => element.shadowRoot!.querySelector('.users li'));
    const form = element.shadowRoot!.querySelector('form')!;
    (form.querySelector('[name="name"]') as SvaraText).value = 'Dan Dahl';
    (form.querySelector('svara-email') as SvaraEmail).value = 'dan.dahl@stockholm.se';
    (form.querySelector('#role-new') as HTMLSelectElement).value = 'publisher';
    (form.querySelector('#unit-new') as HTMLSelectElement).value = 'familjeenheten';
    await Promise.all(
      [...form.querySelectorAll('svara-text, svara-email')].map((el) => (el as SvaraText).updateComplete),
    );
    form.requestSubmit();
    await waitUntil(() => backend.users.length === 4, 'not added');
    expect(backend.users[3]).to.deep.include({
      email: 'dan.dahl@stockholm.se',
      roles: [{ role: 'publisher', unit: 'familjeenheten' }],
    });
  });

  it('changes a person’s roles', async () => {
    const backend = exampleBackend();
    const element = await fixture<SvaraStudioUsers>(
      html`<svara-studio-users .api=${exampleApi(backend)} .units=${exampleUnits()}></svara-studio-users>`,
    );
    await waitUntil(() => element.shadowRoot!.querySelector('.users li'));
    const bo = element.shadowRoot!.querySelectorAll('.users > li')[1]!;
    [...bo.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Ändra roller')!.click();
    await element.updateComplete;
    (bo.querySelector('#role-u2') as HTMLSelectElement).value = 'reader';
    (bo.querySelector('#unit-u2') as HTMLSelectElement).value = 'sodermalm';
    [...bo.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Lägg till roll')!.click();
    await element.updateComplete;
    [...bo.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Spara rollerna')!.click();
    await waitUntil(() => backend.users[1]!.roles.length === 2, 'roles not saved');
    expect(backend.users[1]!.roles).to.deep.equal([
      { role: 'publisher', unit: 'kungsholmen-soc' },
      { role: 'reader', unit: 'sodermalm' },
    ]);
  });
});
