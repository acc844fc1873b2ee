/**
 * <svara-email> stories, one per example in email.examples.ts (the same examples the tests and axe check).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { emailExamples } from '../../packages/elements/src/components/email/email.examples.js';
import type {
  EmailExample,
  EmailExampleName,
} from '../../packages/elements/src/components/email/email.examples.js';
import type { SvaraEmail } from '../../packages/elements/src/components/email/email.js';
import { storyFromExample } from '../story-from-example.js';

const meta = {
  title: 'Elements/E-mail',
  component: 'svara-email',
  tags: ['autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

const story = (example: EmailExample): Story => storyFromExample<SvaraEmail>('svara-email', example);

export const Required = story(emailExamples.required);
export const Optional = story(emailExamples.optional);
export const Missing = story(emailExamples.missing);
export const WrongForm = story(emailExamples.wrongForm);
export const Disabled = story(emailExamples.disabled);
export const Large = story(emailExamples.large);
export const Arabic = story(emailExamples.arabic);

// Compile-time guard: every example has a story (a new example without one fails the typecheck).
const _everyExampleHasAStory = {
  required: Required,
  optional: Optional,
  missing: Missing,
  wrongForm: WrongForm,
  disabled: Disabled,
  large: Large,
  arabic: Arabic,
} satisfies Record<EmailExampleName, Story>;
