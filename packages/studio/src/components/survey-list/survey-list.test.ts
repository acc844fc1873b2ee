import { expect, fixture, waitUntil } from '@open-wc/testing';
import { expectNoAxeViolations } from '@svara/testing/axe';
import { setLocale } from '@svara/elements/localization';
import type { SvaraStudioSurveyList } from './survey-list.js';
import { surveyStatus } from './survey-list.js';
import { surveyListExamples } from './survey-list.examples.js';
import type { SurveyListExample } from './survey-list.examples.js';
import './survey-list.define.js';

async function renderExample(example: SurveyListExample): Promise<SvaraStudioSurveyList> {
  await setLocale(example.locale ?? 'sv');
  const element = await fixture<SvaraStudioSurveyList>(example.render());
  await waitUntil(() => element.shadowRoot!.querySelector('.surveys'), 'the list never loaded');
  return element;
}

describe('svara-studio-survey-list', () => {
  describe('axe on every example', () => {
    for (const [key, example] of Object.entries(surveyListExamples) as [string, SurveyListExample][]) {
      it(`${key}: no violations`, async () => {
        await expectNoAxeViolations(await renderExample(example));
      });
    }
  });

  it('groups the surveys by unit with status and responses', async () => {
    const element = await renderExample(surveyListExamples.units);
    const sections = [...element.shadowRoot!.querySelectorAll('section')].map((s) =>
      s.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(sections[0]).to.match(
      /^Kungsholmen › Socialtjänstavdelningen › Familjeenheten Vad tyckte du om att träffa oss\? Omgång öppen till 2027-03-31 57 svar/,
    );
    expect(sections[1]).to.match(/Stöd- och serviceenheten Bemötandekollen Utkast 0 svar/);
  });

  it('a published survey with a newer draft says so', () => {
    const status = surveyStatus(
      {
        id: 'x',
        title: 'X',
        ownerUnit: null,
        status: 'open',
        latestVersion: 2,
        draft: { revision: 3, updatedAt: '', updatedBy: '' },
        rounds: [],
        responses: 0,
      },
      '2027-01-01',
    );
    expect(status).to.equal('Publicerad v2, med utkast');
  });
});
