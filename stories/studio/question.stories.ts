/**
 * <svara-studio-question> stories, one per example in question.examples.ts (the same examples its tests and the axe check use).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { questionExamples } from '../../packages/studio/src/components/question/question.examples.js';
import type { QuestionExample } from '../../packages/studio/src/components/question/question.examples.js';
import type { SvaraStudioQuestion } from '../../packages/studio/src/components/question/question.js';
import { storyFromExample } from '../story-from-example.js';
import { studioStory } from './studio-story.js';

const meta = {
  ...studioStory,
  title: 'Studio/Question',
  component: 'svara-studio-question',
  tags: ['autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

const story = (example: QuestionExample): Story =>
  storyFromExample<SvaraStudioQuestion>('svara-studio-question', example);

export const Closed = story(questionExamples.closed);
export const Scale = story(questionExamples.scale);
export const Choice = story(questionExamples.choice);
export const Conditional = story(questionExamples.conditional);
