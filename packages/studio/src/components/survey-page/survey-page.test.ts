import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { expectNoAxeViolations } from '@svara/testing/axe';
import { saveScreenshot } from '@svara/testing/screenshot';
import { setLocale } from '@svara/elements/localization';
import { deepElements, settled } from '../../internal/focus.js';
import type { SvaraStudioSurveyPage } from './survey-page.js';
import { exampleSource, surveyPageExamples } from './survey-page.examples.js';
import type { SurveyPageExample } from './survey-page.examples.js';
import './survey-page.define.js';
import { exampleApi, exampleBackend } from '../../example-api.js';
import type { Draft } from '../../model/draft.js';
import type { DraftSession } from '../../model/draft-session.js';
import { examplePreviewUrl } from '../preview/preview.examples.js';

async function renderExample(example: SurveyPageExample): Promise<SvaraStudioSurveyPage> {
  await setLocale(example.locale ?? 'sv');
  localStorage.clear();
  const wrapper = await fixture<HTMLElement>(html`<main>${example.render()}</main>`);
  const page = wrapper.querySelector<SvaraStudioSurveyPage>('svara-studio-survey-page')!;
  await waitUntil(() => page.shadowRoot?.querySelector('h1'), 'the page never loaded');
  await settled(page.shadowRoot!);
  return page;
}

function deep<T extends Element>(root: ParentNode, predicate: (el: Element) => boolean): T | undefined {
  for (const el of deepElements(root)) if (predicate(el)) return el as T;
  return undefined;
}

describe('svara-studio-survey-page', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  describe('axe on every example', () => {
    for (const [key, example] of Object.entries(surveyPageExamples) as [string, SurveyPageExample][]) {
      it(`${key}: no violations`, async () => {
        await setViewport({ width: 1280, height: 900 });
        const page = await renderExample(example);
        await expectNoAxeViolations(page);
        await saveScreenshot(`studio-survey-page-${key}-1280`);
      });
    }
  });

  it('at 320 px the editor stacks above the preview', async () => {
    await setViewport({ width: 320, height: 900 });
    const page = await renderExample(surveyPageExamples.edit);
    await saveScreenshot('studio-survey-page-edit-320');
    const editor = page.shadowRoot!.querySelector('svara-studio-editor')!.getBoundingClientRect();
    const side = page.shadowRoot!.querySelector('.side')!.getBoundingClientRect();
    expect(side.top).to.be.greaterThan(editor.bottom - 1);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('Lägg till fråga by keyboard: focus is at once on the new question’s text, ready for typing', async () => {
    await setViewport({ width: 1280, height: 900 });
    await setLocale('sv');
    localStorage.clear();
    // Previews that never finish drawing (a frame that never says it is ready), as on a slow machine or with a
    // screen reader running: focus must not wait for them, or the author's next keys land on the button.
    const wrapper = await fixture<HTMLElement>(
      html`<main>
        <svara-studio-survey-page
          survey-id="exempel-edit"
          tab="edit"
          preview-url="about:blank"
          .source=${exampleSource()}
        ></svara-studio-survey-page>
      </main>`,
    );
    const page = wrapper.querySelector<SvaraStudioSurveyPage>('svara-studio-survey-page')!;
    await waitUntil(() => page.shadowRoot?.querySelector('svara-studio-editor'), 'the page never loaded');
    await waitUntil(
      () => deep(page.shadowRoot!, (el) => el.matches('[data-focus="add-question"]')),
      'no Lägg till fråga',
    );
    const add = deep<HTMLButtonElement>(page.shadowRoot!, (el) => el.matches('[data-focus="add-question"]'))!;
    add.focus();
    const focused = () => {
      let active: Element | null = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active;
    };
    const pressed = performance.now();
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => focused()?.localName === 'textarea',
      `focus is on ${focused()?.outerHTML.slice(0, 80)}`,
      { timeout: 1000, interval: 10 },
    );
    expect(performance.now() - pressed).to.be.below(1000);
    // The textarea is in the text field of the new (fifth) question, not in any other.
    let host: Element | null = focused();
    while (host && host.localName !== 'svara-studio-text-field')
      host = (host.getRootNode() as ShadowRoot).host ?? null;
    expect(host?.getAttribute('data-focus')).to.equal('questions[4].text');
    // What the author types next is the question's text, not more questions.
    await sendKeys({ type: 'Hur var det?' });
    const texts = [...deepElements(page.shadowRoot!)].filter(
      (el) => el.localName === 'svara-studio-question',
    );
    expect(texts).to.have.length(5);
    expect((focused() as HTMLTextAreaElement).value).to.equal('Hur var det?');
  });

  it('delete a question by keyboard, then undo: the question is back and focus is on Ångra', async () => {
    await setViewport({ width: 1280, height: 900 });
    const page = await renderExample(surveyPageExamples.edit);
    const remove = deep<HTMLButtonElement>(
      page.shadowRoot!,
      (el) => el.localName === 'button' && el.getAttribute('aria-label') === 'Ta bort: fråga 2',
    )!;
    remove.focus();
    await sendKeys({ press: 'Enter' });
    await settled(page.shadowRoot!);
    const undo = page.shadowRoot!.querySelector<HTMLButtonElement>('[data-focus="undo"]')!;
    await waitUntil(() => page.shadowRoot!.activeElement === undo, 'focus did not move to Ångra');
    expect(undo.textContent).to.contain('Ta bort fråga 2');
    expect(page.shadowRoot!.querySelector('[role="status"][aria-live]')!.textContent).to.contain(
      'Fråga 2 har tagits bort',
    );
    await sendKeys({ press: 'Enter' });
    await settled(page.shadowRoot!);
    const headings = [...deepElements(page.shadowRoot!)].filter(
      (el) => el.localName === 'button' && el.classList.contains('heading'),
    );
    expect(headings.map((h) => h.textContent!.replace(/\s+/g, ' ').trim())[1]).to.contain(
      'Socialsekreterarens',
    );
  });

  it('a save conflict: Behåll båda keeps the saved draft here and makes the author’s version a survey of its own', async () => {
    await setViewport({ width: 1280, height: 900 });
    await setLocale('sv');
    localStorage.clear();
    const backend = exampleBackend();
    const api = exampleApi(backend);
    await api.me();
    const wrapper = await fixture<HTMLElement>(
      html`<main>
        <svara-studio-survey-page
          survey-id="familjeenheten-barn"
          tab="json"
          preview-url=${examplePreviewUrl()}
          .api=${api}
          .me=${backend.me}
          .units=${backend.units}
        ></svara-studio-survey-page>
      </main>`,
    );
    const page = wrapper.querySelector<SvaraStudioSurveyPage>('svara-studio-survey-page')!;
    await waitUntil(() => page.shadowRoot?.querySelector('h1'), 'the page never loaded');
    const session = (page as unknown as { session: DraftSession }).session;
    await waitUntil(() => session.revision === 4, 'the draft never loaded');
    // Someone else saves while this author types.
    const stored = backend.surveys.get('familjeenheten-barn')!;
    const theirs = { ...stored.draft.definition, intro: { sv: 'Deras inledning.' } } as Draft;
    stored.draft = { ...stored.draft, definition: theirs, revision: 5, updatedBy: 'u2' };
    const mine = { ...session.draft, intro: { sv: 'Min inledning.' } } as Draft;
    session.commit(mine, { label: 'intro' });
    await session.save();
    await waitUntil(() => page.shadowRoot!.querySelector('section.conflict'), 'no conflict shown');
    const conflict = page.shadowRoot!.querySelector('section.conflict')!;
    expect(conflict.textContent).to.contain('Någon annan sparade utkastet medan du skrev');
    const keepBoth = [...conflict.querySelectorAll('button')].find((b) =>
      b.textContent!.includes('Behåll båda'),
    )!;
    keepBoth.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => backend.surveys.has('familjeenheten-barn-kopia'), 'no copy made');
    const copy = backend.surveys.get('familjeenheten-barn-kopia')!;
    expect((copy.draft.definition as Draft)['intro']).to.deep.equal({ sv: 'Min inledning.' });
    expect(copy.summary.ownerUnit).to.equal('familjeenheten');
    await waitUntil(() => !page.shadowRoot!.querySelector('section.conflict'), 'the conflict stayed');
    expect((session.draft as Draft)['intro']).to.deep.equal({ sv: 'Deras inledning.' });
    expect(stored.draft.definition).to.deep.equal(theirs);
    const link = page.shadowRoot!.querySelector<HTMLAnchorElement>('p.ok a')!;
    expect(link.getAttribute('href')).to.contain('/surveys/familjeenheten-barn-kopia/edit');
    await expectNoAxeViolations(page);
  });
});
