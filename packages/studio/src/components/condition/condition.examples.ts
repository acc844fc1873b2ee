/** Examples of `<svara-studio-condition>`: the single source for its stories, tests and axe checks. */
import { html } from 'lit';
import type { StudioExample } from '../../examples.js';
import { exampleDraft } from '../../examples.js';
import type { SvaraStudioCondition } from './condition.js';
import './condition.define.js';

export type ConditionExample = StudioExample<SvaraStudioCondition>;

export const conditionExamples = {
  conditional: {
    title: 'Visas efter vissa svar',
    description:
      'The last question is shown only when question 2 was answered with one of the two sad faces.',
    render: () =>
      html`<svara-studio-condition .draft=${exampleDraft()} .index=${3}></svara-studio-condition>`,
  },
  always: {
    title: 'Visas alltid',
    description: 'A question without a condition.',
    render: () =>
      html`<svara-studio-condition .draft=${exampleDraft()} .index=${2}></svara-studio-condition>`,
  },
  first: {
    title: 'Första frågan',
    description: 'The first question has nothing before it to depend on.',
    render: () =>
      html`<svara-studio-condition .draft=${exampleDraft()} .index=${0}></svara-studio-condition>`,
  },
} satisfies Record<string, ConditionExample>;
