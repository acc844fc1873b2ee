/** Examples of `<svara-studio-register-case>`: the single source for its stories, tests and axe checks. */
import { html } from 'lit';
import type { StudioExample } from '../../examples.js';
import { exampleRegisterApi, exampleRegisterCases } from '../example-register.js';
import type { SvaraStudioRegisterCase } from './register-case.js';
import './register-case.define.js';

export type RegisterCaseExample = StudioExample<SvaraStudioRegisterCase>;

const at = (id: number, options: { reader?: boolean; arabic?: boolean } = {}) => {
  const cases = exampleRegisterCases();
  if (options.arabic)
    cases[0] = {
      ...cases[0]!,
      // A respondent who wrote in Arabic: the text runs right to left inside the Swedish page.
      description: 'انتظر والدي ثلاثة أسابيع حتى اتصل به أحد.',
    };
  return html`<svara-studio-register-case
    case-id=${id}
    base="/studio"
    .register=${exampleRegisterApi(cases, options)}
  ></svara-studio-register-case>`;
};

export const registerCaseExamples = {
  overdue: {
    title: 'Overdue complaint',
    description:
      'A digital complaint that asks for an answer and has waited longer than the unit allows; contact details behind a button; the form to record what was done; erasure on request; the history.',
    render: () => at(1),
  },
  erased: {
    title: 'Personal data erased',
    description: 'A case on paper whose personal data were erased on request: the case and its action stay.',
    render: () => at(4),
  },
  reader: {
    title: 'As a reader',
    description: 'A reader of the unit: no contact details, no form, no erasure.',
    render: () => at(1, { reader: true }),
  },
  arabic: {
    title: 'Written in Arabic',
    description: 'The description in Arabic runs right to left inside the Swedish page.',
    render: () => at(1, { arabic: true }),
  },
  english: {
    title: 'English',
    description: 'The same case in English.',
    locale: 'en',
    render: () => at(1),
  },
} satisfies Record<string, RegisterCaseExample>;
