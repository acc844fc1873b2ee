/** Examples of `<svara-studio-review>`: the single source for its stories, tests and axe checks. */
import { html } from 'lit';
import type { StudioExample } from '../../examples.js';
import { exampleDraft } from '../../examples.js';
import { checkDraft } from '../../model/check.js';
import { setIn } from '../../model/draft.js';
import type { SvaraStudioReview } from './review.js';
import './review.define.js';

export type ReviewExample = StudioExample<SvaraStudioReview>;

export const reviewExamples = {
  warnings: {
    title: 'Varningar',
    description:
      'The children’s survey’s warnings: each with where it is, what to do, "Gå till fältet" and "Läst".',
    render: () => {
      const check = checkDraft(exampleDraft());
      return html`<svara-studio-review
        .findings=${check.warnings}
        .acknowledged=${new Set([check.warnings[0]!.key])}
      ></svara-studio-review>`;
    },
  },
  errors: {
    title: 'Fel',
    description: 'An invalid draft: errors first; they cannot be marked as read.',
    render: () => {
      const check = checkDraft(setIn(exampleDraft(), ['title'], ''));
      return html`<svara-studio-review .findings=${check.errors}></svara-studio-review>`;
    },
  },
  clean: {
    title: 'Inget att anmärka på',
    description: 'No errors and no warnings.',
    render: () => html`<svara-studio-review .findings=${[]}></svara-studio-review>`,
  },
} satisfies Record<string, ReviewExample>;
