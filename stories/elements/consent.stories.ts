/**
 * <svara-consent> stories, one per example in consent.examples.ts (the same examples the tests and axe check).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { consentExamples } from '../../packages/elements/src/components/consent/consent.examples.js';
import type {
  ConsentExample,
  ConsentExampleName,
} from '../../packages/elements/src/components/consent/consent.examples.js';
import type { SvaraConsent } from '../../packages/elements/src/components/consent/consent.js';

const meta = {
  title: 'Elements/Consent',
  component: 'svara-consent',
  tags: ['autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

function story(example: ConsentExample): Story {
  return {
    name: example.title,
    parameters: { docs: { description: { story: example.description } } },
    // An example written for one language pins the toolbar's locale (the preview's loader sets lang, dir and
    // svara's strings); the others follow the toolbar.
    ...(example.locale ? { globals: { locale: example.locale } } : {}),
    render: () => example.render(),
    play: async ({ canvasElement }) => {
      const element = canvasElement.querySelector<SvaraConsent>('svara-consent');
      if (element && example.prepare) {
        await element.updateComplete;
        await example.prepare(element);
      }
    },
  };
}

export const WithTerms = story(consentExamples.withTerms);
export const Optional = story(consentExamples.optional);
export const Checked = story(consentExamples.checked);
export const Invalid = story(consentExamples.invalid);
export const Disabled = story(consentExamples.disabled);
export const Large = story(consentExamples.large);
export const Arabic = story(consentExamples.arabic);

// Compile-time guard: every example has a story (a new example without one fails the typecheck).
const _everyExampleHasAStory = {
  withTerms: WithTerms,
  optional: Optional,
  checked: Checked,
  invalid: Invalid,
  disabled: Disabled,
  large: Large,
  arabic: Arabic,
} satisfies Record<ConsentExampleName, Story>;
