/**
 * <svara-studio-review> stories, one per example in review.examples.ts (the same examples its tests and the axe check use).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { reviewExamples } from '../../packages/studio/src/components/review/review.examples.js';
import type { ReviewExample } from '../../packages/studio/src/components/review/review.examples.js';
import type { SvaraStudioReview } from '../../packages/studio/src/components/review/review.js';
import { storyFromExample } from '../story-from-example.js';
import { studioStory } from './studio-story.js';

const meta = {
  ...studioStory,
  title: 'Studio/Review (findings)',
  component: 'svara-studio-review',
  tags: ['autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

const story = (example: ReviewExample): Story =>
  storyFromExample<SvaraStudioReview>('svara-studio-review', example);

export const Warnings = story(reviewExamples.warnings);
export const Errors = story(reviewExamples.errors);
export const Clean = story(reviewExamples.clean);
