/**
 * <svara-studio-rounds> stories, one per example in rounds.examples.ts (the same examples its tests and the axe check use).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { roundsExamples } from '../../packages/studio/src/components/rounds/rounds.examples.js';
import type { RoundsExample } from '../../packages/studio/src/components/rounds/rounds.examples.js';
import type { SvaraStudioRounds } from '../../packages/studio/src/components/rounds/rounds.js';
import { storyFromExample } from '../story-from-example.js';
import { studioStory } from './studio-story.js';

const meta = {
  ...studioStory,
  title: 'Studio/Rounds and links',
  component: 'svara-studio-rounds',
  tags: ['autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

const story = (example: RoundsExample): Story =>
  storyFromExample<SvaraStudioRounds>('svara-studio-rounds', example);

export const Open = story(roundsExamples.open);
export const Unpublished = story(roundsExamples.unpublished);
