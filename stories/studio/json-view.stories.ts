/**
 * <svara-studio-json-view> stories, one per example in json-view.examples.ts (the same examples its tests and the axe check use).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { jsonViewExamples } from '../../packages/studio/src/components/json-view/json-view.examples.js';
import type { JsonViewExample } from '../../packages/studio/src/components/json-view/json-view.examples.js';
import type { SvaraStudioJsonView } from '../../packages/studio/src/components/json-view/json-view.js';
import { storyFromExample } from '../story-from-example.js';
import { studioStory } from './studio-story.js';

const meta = {
  ...studioStory,
  title: 'Studio/JSON view',
  component: 'svara-studio-json-view',
  tags: ['autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

const story = (example: JsonViewExample): Story =>
  storyFromExample<SvaraStudioJsonView>('svara-studio-json-view', example);

export const Valid = story(jsonViewExamples.valid);
export const Problems = story(jsonViewExamples.problems);
export const Syntax = story(jsonViewExamples.syntax);
