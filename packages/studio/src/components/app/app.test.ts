import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectNoAxeViolations } from '@svara/testing/axe';
import { setLocale } from '@svara/elements/localization';
import { deepElements } from '../../internal/focus.js';
import type { SvaraStudioApp } from './app.js';
import { appExamples } from './app.examples.js';
import type { AppExample } from './app.examples.js';
import './app.define.js';

const start = location.href;

async function renderExample(example: AppExample): Promise<SvaraStudioApp> {
  await setLocale(example.locale ?? 'sv');
  history.replaceState(null, '', example.path);
  const app = await fixture<SvaraStudioApp>(example.render());
  await waitUntil(
    () => app.shadowRoot!.querySelector('main')?.firstElementChild?.shadowRoot?.querySelector('h1'),
    'no screen',
    { timeout: 5000 },
  );
  return app;
}

/** The element that has focus, through shadow roots. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('svara-studio-app', () => {
  afterEach(async () => {
    history.replaceState(null, '', start);
    document.documentElement.lang = 'sv';
    await setLocale('sv');
  });

  describe('axe on every example', () => {
    for (const [key, example] of Object.entries(appExamples) as [string, AppExample][]) {
      it(`${key}: no violations`, async () => {
        await expectNoAxeViolations(await renderExample(example));
      });
    }
  });

  it('admins see every section; an editor sees the surveys and the register only', async () => {
    const admin = await renderExample(appExamples.surveys);
    const nav = (app: SvaraStudioApp) =>
      [...app.shadowRoot!.querySelectorAll('nav a')].map((a) => a.textContent!.trim());
    expect(nav(admin)).to.deep.equal(['Enkäter', 'Synpunkter', 'Enheter', 'Personer', 'Logg']);
    const editor = await renderExample(appExamples.editorOnly);
    expect(nav(editor)).to.deep.equal(['Enkäter', 'Synpunkter']);
  });

  it('following a link changes the address, the title and moves focus to the new screen’s heading', async () => {
    const app = await renderExample(appExamples.surveys);
    const list = app.shadowRoot!.querySelector('svara-studio-survey-list')!;
    await waitUntil(() => list.shadowRoot!.querySelector('.surveys a'));
    list.shadowRoot!.querySelector<HTMLAnchorElement>('.surveys a')!.click();
    await waitUntil(
      () => location.pathname === '/studio/surveys/familjeenheten-barn/edit',
      'the address did not change',
    );
    await waitUntil(() => focused()?.localName === 'h1', 'focus did not move to the heading', {
      timeout: 5000,
    });
    expect(focused()!.textContent).to.equal('Vad tyckte du om att träffa oss?');
    expect(document.title).to.equal('Vad tyckte du om att träffa oss? – svara studio');
    history.back();
    await waitUntil(
      () => app.shadowRoot!.querySelector('svara-studio-survey-list'),
      'back did not return to the list',
    );
  });

  it('switches the studio to English and back', async () => {
    const app = await renderExample(appExamples.surveys);
    const button = [...app.shadowRoot!.querySelectorAll('button')].find(
      (b) => b.textContent!.trim() === 'English',
    )!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => document.documentElement.lang === 'en', 'the page did not switch to English');
    await app.updateComplete;
    const list = app.shadowRoot!.querySelector('svara-studio-survey-list')!;
    await list.updateComplete;
    expect(list.shadowRoot!.querySelector('h1')!.textContent!.trim()).to.equal('Surveys');
    expect(
      [...deepElements(app.shadowRoot!)].some(
        (el) => el.localName === 'button' && el.textContent!.trim() === 'Svenska',
      ),
    ).to.equal(true);
  });
});
