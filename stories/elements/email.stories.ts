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

const meta = {
  title: 'Elements/E-mail',
  component: 'svara-email',
  tags: ['autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

function story(example: EmailExample): Story {
  return {
    name: example.title,
    parameters: { docs: { description: { story: example.description } } },
    // An example written for one language pins the toolbar's locale (the preview's loader sets lang, dir and
    // svara's strings); the others follow the toolbar.
    ...(example.locale ? { globals: { locale: example.locale } } : {}),
    render: () => example.render(),
    play: async ({ canvasElement }) => {
      const element = canvasElement.querySelector<SvaraEmail>('svara-email');
      if (element && example.prepare) {
        await element.updateComplete;
        await example.prepare(element);
      }
    },
  };
}

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
