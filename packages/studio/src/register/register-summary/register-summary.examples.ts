/** Examples of `<svara-studio-register-summary>`: the single source for its stories, tests and axe checks. */
import { html } from 'lit';
import type { StudioExample } from '../../examples.js';
import { exampleRegisterApi } from '../example-register.js';
import type { SvaraStudioRegisterSummary } from './register-summary.js';
import './register-summary.define.js';

export type RegisterSummaryExample = StudioExample<SvaraStudioRegisterSummary>;

/** The example register's "today" (example-register.ts): its last year is 2026, whatever the date of the run. */
const now = () => new Date('2027-03-01T10:00:00Z');
export const LAST_YEAR = 2026;

export const registerSummaryExamples = {
  lastYear: {
    title: 'Last year',
    description:
      "A unit's year: cases per category and quarter, what they concerned, feedback, actions, themes, print and publish.",
    render: () =>
      html`<svara-studio-register-summary
        unit="familj"
        year=${LAST_YEAR}
        .register=${exampleRegisterApi()}
        .now=${now}
      ></svara-studio-register-summary>`,
  },
  thisYear: {
    title: 'This year (not yet publishable)',
    description: 'A year that has not ended cannot be published; the page says so.',
    render: () =>
      html`<svara-studio-register-summary
        unit="familj"
        year=${LAST_YEAR + 1}
        .register=${exampleRegisterApi()}
        .now=${now}
      ></svara-studio-register-summary>`,
  },
  english: {
    title: 'English',
    description: 'Last year in English.',
    locale: 'en',
    render: () =>
      html`<svara-studio-register-summary
        unit="familj"
        year=${LAST_YEAR}
        .register=${exampleRegisterApi()}
        .now=${now}
      ></svara-studio-register-summary>`,
  },
  arabic: {
    title: 'Themes in Arabic',
    description:
      'The themes written in Arabic (a unit that serves Arabic speakers quotes them): the text runs right to left inside the Swedish page.',
    render: () =>
      html`<svara-studio-register-summary
        unit="familj"
        year=${LAST_YEAR}
        .register=${exampleRegisterApi()}
        .now=${now}
      ></svara-studio-register-summary>`,
    prepare: async (element) => {
      await element.ready;
      await element.updateComplete;
      const themes = element.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea[name="themes"]')!;
      themes.value = 'كان الموضوع المتكرر هو نقص المعلومات حول التغييرات.';
    },
  },
} satisfies Record<string, RegisterSummaryExample>;
