/**
 * <svara-date> stories, one per example in date.examples.ts (the same examples the tests and axe check).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { dateExamples } from '../../packages/elements/src/components/date/date.examples.js';
import type {
  DateExample,
  DateExampleName,
} from '../../packages/elements/src/components/date/date.examples.js';
import type { SvaraDate } from '../../packages/elements/src/components/date/date.js';
import { storyFromExample } from '../story-from-example.js';

const meta = {
  title: 'Elements/Date',
  component: 'svara-date',
  tags: ['autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

const story = (example: DateExample): Story => storyFromExample<SvaraDate>('svara-date', example);

export const Happened = story(dateExamples.happened);
export const Birthday = story(dateExamples.birthday);
export const Missing = story(dateExamples.missing);
export const Incomplete = story(dateExamples.incomplete);
export const NotReal = story(dateExamples.notReal);
export const OutOfRange = story(dateExamples.outOfRange);
export const Disabled = story(dateExamples.disabled);
export const Large = story(dateExamples.large);
export const Arabic = story(dateExamples.arabic);

// Compile-time guard: every example has a story (a new example without one fails the typecheck).
const _everyExampleHasAStory = {
  happened: Happened,
  birthday: Birthday,
  missing: Missing,
  incomplete: Incomplete,
  notReal: NotReal,
  outOfRange: OutOfRange,
  disabled: Disabled,
  large: Large,
  arabic: Arabic,
} satisfies Record<DateExampleName, Story>;
