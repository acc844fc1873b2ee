/** Examples of `<svara-studio-question>`: the single source for its stories, tests and axe checks. */
import { html } from 'lit';
import type { StudioExample } from '../../examples.js';
import { exampleDraft } from '../../examples.js';
import { checkDraft } from '../../model/check.js';
import type { SvaraStudioQuestion } from './question.js';
import './question.define.js';

export type QuestionExample = StudioExample<SvaraStudioQuestion>;

const findings = () => {
  const check = checkDraft(exampleDraft());
  return [...check.errors, ...check.warnings];
};

export const questionExamples = {
  closed: {
    title: 'Stängd',
    description: 'A question as a heading that opens it: number, type, text and how many warnings it has.',
    render: () =>
      html`<svara-studio-question
        .draft=${exampleDraft()}
        .index=${1}
        .findings=${findings()}
      ></svara-studio-question>`,
  },
  scale: {
    title: 'Skala, öppen',
    description:
      'An open scale question for children with a too-hard statement: the warning next to the text, the faces to choose from.',
    render: () =>
      html`<svara-studio-question
        expanded
        .draft=${exampleDraft()}
        .index=${1}
        .findings=${findings()}
      ></svara-studio-question>`,
  },
  choice: {
    title: 'Ett svar, öppen',
    description: 'A choice question with its options and pictures.',
    render: () =>
      html`<svara-studio-question
        expanded
        .draft=${exampleDraft()}
        .index=${2}
        .findings=${findings()}
      ></svara-studio-question>`,
  },
  conditional: {
    title: 'Fritext med villkor',
    description: 'A text question shown only after some answers.',
    render: () =>
      html`<svara-studio-question
        expanded
        .draft=${exampleDraft()}
        .index=${3}
        .findings=${findings()}
      ></svara-studio-question>`,
  },
} satisfies Record<string, QuestionExample>;
