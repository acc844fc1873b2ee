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
    expect(document.title).to.equal('Skriv – Vad tyckte du om att träffa oss? – svara studio');
    history.back();
    await waitUntil(
      () => app.shadowRoot!.querySelector('svara-studio-survey-list'),
      'back did not return to the list',
    );
  });

  it('every screen names the page in the title as its heading does; a link moves focus to the new heading', async () => {
    const app = await renderExample(appExamples.register);
    const screen = () => app.shadowRoot!.querySelector('main')!.firstElementChild!;
    const follow = async (link: HTMLAnchorElement, title: string) => {
      link.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => document.title === title, `the title never became "${title}"`, { timeout: 5000 });
      await waitUntil(() => focused()?.localName === 'h1', 'focus did not move to the heading');
      expect(screen().shadowRoot!.querySelector('h1')).to.equal(focused());
    };
    await waitUntil(() => document.title === 'Synpunkter, klagomål och beröm – svara studio', 'no title');
    const caseLink = () =>
      screen().shadowRoot!.querySelector<HTMLAnchorElement>('tbody a[href$="/register/4"]');
    await waitUntil(caseLink, 'no cases');
    await follow(caseLink()!, 'Ärende 4: Klagomål – svara studio');
    expect(location.pathname).to.equal('/studio/register/4');
    const back = [...screen().shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')].find(
      (a) => a.textContent!.trim() === 'Alla ärenden',
    )!;
    await follow(back, 'Synpunkter, klagomål och beröm – svara studio');
    await waitUntil(
      () => screen().shadowRoot!.querySelector('a[href*="/register/summary"]'),
      'no summary link',
    );
    const summary = screen().shadowRoot!.querySelector<HTMLAnchorElement>('a[href*="/register/summary"]')!;
    await follow(summary, `${summary.textContent!.trim()} – svara studio`);
    expect(document.title).to.match(/^Sammanställning \d{4} – svara studio$/);
    // The studio in English names the page in English too.
    const english = [...app.shadowRoot!.querySelectorAll('button')].find(
      (b) => b.textContent!.trim() === 'English',
    )!;
    english.click();
    await waitUntil(() => /^Summary \d{4} – svara studio$/.test(document.title), 'the title stayed Swedish', {
      timeout: 5000,
    });
  });

  it('a survey’s tabs name themselves in the title', async () => {
    const app = await renderExample(appExamples.editor);
    await waitUntil(
      () => document.title === 'Skriv – Vad tyckte du om att träffa oss? – svara studio',
      'no title',
      {
        timeout: 5000,
      },
    );
    const page = app.shadowRoot!.querySelector('svara-studio-survey-page')!;
    const tab = page.shadowRoot!.querySelector<HTMLAnchorElement>('a[href$="/preview"]')!;
    tab.click();
    await waitUntil(
      () => document.title === 'Förhandsvisning – Vad tyckte du om att träffa oss? – svara studio',
      'the title did not follow the tab',
      { timeout: 5000 },
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
