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
import { storyFromExample } from '../story-from-example.js';

const meta = {
  title: 'Elements/Consent',
  component: 'svara-consent',
  tags: ['autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

const story = (example: ConsentExample): Story => storyFromExample<SvaraConsent>('svara-consent', example);

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
