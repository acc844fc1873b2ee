/**
 * <svara-text> stories, one per example in text.examples.ts (the same examples the tests and axe check).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { textExamples } from '../../packages/elements/src/components/text/text.examples.js';
import type {
  TextExample,
  TextExampleName,
} from '../../packages/elements/src/components/text/text.examples.js';
import type { SvaraText } from '../../packages/elements/src/components/text/text.js';
import { storyFromExample } from '../story-from-example.js';

const meta = {
  title: 'Elements/Text',
  component: 'svara-text',
  tags: ['autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

const story = (example: TextExample): Story => storyFromExample<SvaraText>('svara-text', example);

export const Short = story(textExamples.short);
export const Multiline = story(textExamples.multiline);
export const Prefilled = story(textExamples.prefilled);
export const NearLimit = story(textExamples.nearLimit);
export const OverLimit = story(textExamples.overLimit);
export const Invalid = story(textExamples.invalid);
export const Numeric = story(textExamples.numeric);
export const Disabled = story(textExamples.disabled);
export const Large = story(textExamples.large);
export const Arabic = story(textExamples.arabic);

// Compile-time guard: every example has a story (a new example without one fails the typecheck).
const _everyExampleHasAStory = {
  short: Short,
  multiline: Multiline,
  prefilled: Prefilled,
  nearLimit: NearLimit,
  overLimit: OverLimit,
  invalid: Invalid,
  numeric: Numeric,
  disabled: Disabled,
  large: Large,
  arabic: Arabic,
} satisfies Record<TextExampleName, Story>;
