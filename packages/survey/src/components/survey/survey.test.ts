import { expect, fixture, html } from '@open-wc/testing';
import { setLocale } from '@svara/elements/localization';
import type { SvaraSurvey } from './survey.js';
import { surveyExamples } from './survey.examples.js';
import type { SurveyExample } from './survey.examples.js';

async function renderExample(example: SurveyExample): Promise<SvaraSurvey> {
  const wrapper = await fixture<HTMLElement>(html`<main>${example.render()}</main>`);
  const survey = wrapper.querySelector<SvaraSurvey>('svara-survey')!;
  await example.prepare?.(survey);
  return survey;
}

afterEach(async () => {
  sessionStorage.clear();
  await setLocale('sv');
});

describe('svara-survey smoke', () => {
  it('start', async () => {
    const survey = await renderExample(surveyExamples.delivered);
    console.log(survey.shadowRoot!.textContent);
    expect(survey.shadowRoot!.textContent).to.contain('Tack');
  });
});
