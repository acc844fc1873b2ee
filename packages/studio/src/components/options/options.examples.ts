/** Examples of `<svara-studio-options>`: the single source for its stories, tests and axe checks. */
import { html } from 'lit';
import type { StudioExample } from '../../examples.js';
import { exampleDraft } from '../../examples.js';
import { checkDraft } from '../../model/check.js';
import { setIn } from '../../model/draft.js';
import type { SvaraStudioOptions } from './options.js';
import './options.define.js';

export type OptionsExample = StudioExample<SvaraStudioOptions>;

const aacDraft = () => setIn(exampleDraft(), ['audience'], 'aac');

export const optionsExamples = {
  choice: {
    title: 'Svarsalternativ',
    description:
      'The options of a choice question for AAC users: one has a picture, the other is warned about.',
    render: () => {
      const draft = aacDraft();
      const check = checkDraft(draft);
      return html`<svara-studio-options
        audience="aac"
        .question=${3}
        .draft=${draft}
        .path=${['questions', 2, 'options']}
        .findings=${[...check.errors, ...check.warnings]}
      ></svara-studio-options>`;
    },
  },
  published: {
    title: 'Publicerade värden',
    description: 'Values published before are locked: changing them would make the answers incomparable.',
    render: () =>
      html`<svara-studio-options
        .question=${3}
        .draft=${exampleDraft()}
        .path=${['questions', 2, 'options']}
        .frozen=${new Set(['flicka', 'pojke'])}
      ></svara-studio-options>`,
  },
} satisfies Record<string, OptionsExample>;
