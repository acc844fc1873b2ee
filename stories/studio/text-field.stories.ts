/**
 * <svara-studio-text-field> stories, one per example in text-field.examples.ts (the same examples its tests and the axe check use).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { textFieldExamples } from '../../packages/studio/src/components/text-field/text-field.examples.js';
import type { TextFieldExample } from '../../packages/studio/src/components/text-field/text-field.examples.js';
import type { SvaraStudioTextField } from '../../packages/studio/src/components/text-field/text-field.js';
import { storyFromExample } from '../story-from-example.js';
import { studioStory } from './studio-story.js';

const meta = {
  ...studioStory,
  title: 'Studio/Text field with lint',
  component: 'svara-studio-text-field',
  tags: ['autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

const story = (example: TextFieldExample): Story =>
  storyFromExample<SvaraStudioTextField>('svara-studio-text-field', example);

export const Clean = story(textFieldExamples.clean);
export const TooHard = story(textFieldExamples.tooHard);
export const Translation = story(textFieldExamples.translation);
export const Empty = story(textFieldExamples.empty);
