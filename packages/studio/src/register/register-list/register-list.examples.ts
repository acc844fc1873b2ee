/** Examples of `<svara-studio-register>`: the single source for its stories, tests and axe checks. */
import { html } from 'lit';
import type { StudioExample } from '../../examples.js';
import { exampleRegisterApi } from '../example-register.js';
import type { SvaraStudioRegister } from './register-list.js';
import './register-list.define.js';

export type RegisterExample = StudioExample<SvaraStudioRegister>;

export const registerExamples = {
  unit: {
    title: 'Register',
    description: "A unit's cases with filters, sortable columns, exports, the summary link and oral entry.",
    render: () =>
      html`<svara-studio-register
        unit="familj"
        year="2026"
        .register=${exampleRegisterApi()}
      ></svara-studio-register>`,
  },
  english: {
    title: 'Register (English)',
    description: 'The same in English.',
    locale: 'en',
    render: () =>
      html`<svara-studio-register
        unit="familj"
        year="2026"
        .register=${exampleRegisterApi()}
      ></svara-studio-register>`,
  },
  arabic: {
    title: 'Given orally in Arabic',
    description:
      'A case given orally, written down in Arabic as the person said it: the description runs right to left inside the Swedish page.',
    render: () =>
      html`<svara-studio-register
        unit="familj"
        year="2026"
        .register=${exampleRegisterApi()}
      ></svara-studio-register>`,
    prepare: async (element) => {
      await element.ready;
      await element.updateComplete;
      const description = element.shadowRoot!.querySelector<HTMLTextAreaElement>(
        'textarea[name="new-description"]',
      )!;
      description.value = 'انتظر والدي ثلاثة أسابيع حتى اتصل به أحد.';
    },
  },
} satisfies Record<string, RegisterExample>;
