/**
 * Examples of `<svara-studio-text-field>`: the single source for its stories, tests and axe checks.
 */
import { html } from 'lit';
import type { StudioExample } from '../../examples.js';
import { exampleDraft } from '../../examples.js';
import { checkDraft } from '../../model/check.js';
import type { SvaraStudioTextField } from './text-field.js';
import './text-field.define.js';

export type TextFieldExample = StudioExample<SvaraStudioTextField>;

/** The examples' draft and its findings, made when an example renders (the stories' Arabic variant differs). */
const withFindings = () => {
  const draft = exampleDraft();
  const check = checkDraft(draft);
  return { draft, findings: [...check.errors, ...check.warnings] };
};

export const textFieldExamples = {
  clean: {
    title: 'En lätt mening',
    description:
      'A statement for children under the LIX limit: the meter shows its LIX beside the limit, no warning.',
    render: () => {
      const { draft, findings } = withFindings();
      return html`
        <svara-studio-text-field
          label="Frågans text"
          .draft=${draft}
          .path=${['questions', 0, 'text']}
          .findings=${findings}
          measure
          audience="child"
        ></svara-studio-text-field>
      `;
    },
  },
  tooHard: {
    title: 'En för svår mening',
    description:
      'The same field with a statement too hard for children: the warning is above the field and part of its description; the meter shows LIX over the limit.',
    render: () => {
      const { draft, findings } = withFindings();
      return html`
        <svara-studio-text-field
          label="Frågans text"
          hint="Ett påstående som barnet svarar på med ansikten."
          .draft=${draft}
          .path=${['questions', 1, 'text']}
          .findings=${findings}
          measure
          audience="child"
        ></svara-studio-text-field>
      `;
    },
  },
  translation: {
    title: 'Arabisk översättning',
    description:
      'The field for one language: Arabic is written right to left, the missing translation is named.',
    render: () => {
      const { draft, findings } = withFindings();
      return html`
        <svara-studio-text-field
          label="Frågans text på arabiska"
          language="ar"
          .draft=${draft}
          .path=${['questions', 0, 'text']}
          .findings=${findings}
        ></svara-studio-text-field>
      `;
    },
  },
  empty: {
    title: 'Tom obligatorisk text',
    description: 'A required text left empty is an error next to the field.',
    render: () => {
      const empty = { ...exampleDraft(), title: '' };
      const check = checkDraft(empty);
      return html`
        <svara-studio-text-field
          label="Rubrik"
          .draft=${empty}
          .path=${['title']}
          .findings=${check.errors}
        ></svara-studio-text-field>
      `;
    },
  },
} satisfies Record<string, TextFieldExample>;
