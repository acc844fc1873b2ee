/** Examples of `<svara-studio-json-view>`: the single source for its stories, tests and axe checks. */
import { html } from 'lit';
import type { StudioExample } from '../../examples.js';
import { exampleDraft } from '../../examples.js';
import { checkDraft } from '../../model/check.js';
import { setIn } from '../../model/draft.js';
import type { SvaraStudioJsonView } from './json-view.js';
import './json-view.define.js';

export type JsonViewExample = StudioExample<SvaraStudioJsonView>;

export const jsonViewExamples = {
  valid: {
    title: 'Giltig enkät',
    description: 'The draft as JSON, with a link to the JSON Schema.',
    render: () => html`<svara-studio-json-view .draft=${exampleDraft()}></svara-studio-json-view>`,
  },
  problems: {
    title: 'Med fel',
    description:
      'A definition with problems: each is listed with its path and a button to the field in the form.',
    render: () => {
      const draft = setIn(
        setIn(exampleDraft(), ['questions', 2, 'options'], [{ value: 'flicka', text: 'Flicka' }]),
        ['title'],
        '',
      );
      const check = checkDraft(draft);
      return html`<svara-studio-json-view
        .draft=${draft}
        .findings=${check.errors}
      ></svara-studio-json-view>`;
    },
  },
  syntax: {
    title: 'Inte JSON',
    description: 'Text that is not JSON yet: where the problem is, and the form stays as it was.',
    render: () => html`<svara-studio-json-view .draft=${exampleDraft()}></svara-studio-json-view>`,
    prepare: async (view) => {
      const area = view.shadowRoot!.querySelector('textarea')!;
      area.value = area.value.replace('"version": 1,', '"version": 1');
      area.dispatchEvent(new Event('input'));
      view.read();
      await view.updateComplete;
    },
  },
} satisfies Record<string, JsonViewExample>;
