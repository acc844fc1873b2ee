/**
 * <svara-studio-scale-picker> stories, one per example in scale-picker.examples.ts (the same examples its tests and the axe check use).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { scalePickerExamples } from '../../packages/studio/src/components/scale-picker/scale-picker.examples.js';
import type { ScalePickerExample } from '../../packages/studio/src/components/scale-picker/scale-picker.examples.js';
import type { SvaraStudioScalePicker } from '../../packages/studio/src/components/scale-picker/scale-picker.js';
import { storyFromExample } from '../story-from-example.js';
import { studioStory } from './studio-story.js';

const meta = {
  ...studioStory,
  title: 'Studio/Scale picker',
  component: 'svara-studio-scale-picker',
  tags: ['autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

const story = (example: ScalePickerExample): Story =>
  storyFromExample<SvaraStudioScalePicker>('svara-studio-scale-picker', example);

export const Child = story(scalePickerExamples.child);
export const Adults = story(scalePickerExamples.adults);
