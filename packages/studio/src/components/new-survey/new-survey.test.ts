import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectNoAxeViolations } from '@svara/testing/axe';
import { setLocale } from '@svara/elements/localization';
import { parseSurvey } from '@svara/schema';
import type { StudioNavigateEvent } from '../../events.js';
import { exampleApi, exampleBackend, exampleUnits } from '../../example-api.js';
import type { SvaraStudioNewSurvey } from './new-survey.js';
import { firstDraft } from './new-survey.js';
import { newSurveyExamples } from './new-survey.examples.js';
import type { NewSurveyExample } from './new-survey.examples.js';
import './new-survey.define.js';

async function renderExample(example: NewSurveyExample): Promise<SvaraStudioNewSurvey> {
  await setLocale(example.locale ?? 'sv');
  const element = await fixture<SvaraStudioNewSurvey>(example.render());
  await element.updateComplete;
  return element;
}

describe('svara-studio-new-survey', () => {
  describe('axe on every example', () => {
    for (const [key, example] of Object.entries(newSurveyExamples) as [string, NewSurveyExample][]) {
      it(`${key}: no violations`, async () => {
        await expectNoAxeViolations(await renderExample(example));
      });
    }
  });

  it('by keyboard: the id follows the title, creating goes to the editor', async () => {
    const backend = exampleBackend();
    const element = await fixture<SvaraStudioNewSurvey>(
      html`<svara-studio-new-survey
        .api=${exampleApi(backend)}
        .me=${backend.me}
        .units=${exampleUnits()}
      ></svara-studio-new-survey>`,
    );
    element.shadowRoot!.querySelector<HTMLElement>('svara-text')!.focus();
    await sendKeys({ type: 'Trygghet i Hässelby' });
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector<HTMLInputElement>('#id')!.value).to.equal('trygghet-i-hasselby');
    const select = element.shadowRoot!.querySelector<HTMLSelectElement>('#unit')!;
    select.value = 'familjeenheten';
    setTimeout(() => element.shadowRoot!.querySelector('form')!.requestSubmit());
    const event = (await oneEvent(element, 'studio-navigate')) as StudioNavigateEvent;
    expect(event.path).to.equal('/studio/surveys/trygghet-i-hasselby/edit');
    expect(backend.surveys.get('trygghet-i-hasselby')?.summary.ownerUnit).to.equal('familjeenheten');
  });

  it('the first draft is a real start: one question, waiting for its text', () => {
    const result = parseSurvey(firstDraft('x', 'X', 'child'));
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.issues.map((i) => i.path)).to.deep.equal(['questions[0].text']);
  });
});
