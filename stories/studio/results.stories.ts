/**
 * <svara-studio-results> stories, one per example in results.examples.ts (the same examples its tests and the axe check use).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { resultsExamples } from '../../packages/studio/src/components/results/results.examples.js';
import type { ResultsExample } from '../../packages/studio/src/components/results/results.examples.js';
import type { SvaraStudioResults } from '../../packages/studio/src/components/results/results.js';
import { storyFromExample } from '../story-from-example.js';
import { studioStory } from './studio-story.js';

const meta = {
  ...studioStory,
  title: 'Studio/Results and Ni sa – vi gör',
  component: 'svara-studio-results',
  tags: ['autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

const story = (example: ResultsExample): Story =>
  storyFromExample<SvaraStudioResults>('svara-studio-results', example);

export const Closed = story(resultsExamples.closed);
export const Published = story(resultsExamples.published);
