/**
 * <svara-studio-options> stories, one per example in options.examples.ts (the same examples its tests and the axe check use).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { optionsExamples } from '../../packages/studio/src/components/options/options.examples.js';
import type { OptionsExample } from '../../packages/studio/src/components/options/options.examples.js';
import type { SvaraStudioOptions } from '../../packages/studio/src/components/options/options.js';
import { storyFromExample } from '../story-from-example.js';
import { studioStory } from './studio-story.js';

const meta = {
  ...studioStory,
  title: 'Studio/Options',
  component: 'svara-studio-options',
  tags: ['autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

const story = (example: OptionsExample): Story =>
  storyFromExample<SvaraStudioOptions>('svara-studio-options', example);

export const Choice = story(optionsExamples.choice);
export const Published = story(optionsExamples.published);
