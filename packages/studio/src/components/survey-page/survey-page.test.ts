import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { expectNoAxeViolations } from '../../../../../test/a11y/axe.js';
import { saveScreenshot } from '../../../../../test/screenshot/screenshot.js';
import { setLocale } from '@svara/elements/localization';
import { deepElements, settled } from '../../internal/focus.js';
import type { SvaraStudioSurveyPage } from './survey-page.js';
import { surveyPageExamples } from './survey-page.examples.js';
import type { SurveyPageExample } from './survey-page.examples.js';
import './survey-page.define.js';

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
});
