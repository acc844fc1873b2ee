/**
 * <svara-studio-pictogram-picker> stories, one per example in pictogram-picker.examples.ts (the same examples its tests and the axe check use).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { pictogramPickerExamples } from '../../packages/studio/src/components/pictogram-picker/pictogram-picker.examples.js';
import type { PictogramPickerExample } from '../../packages/studio/src/components/pictogram-picker/pictogram-picker.examples.js';
import type { SvaraStudioPictogramPicker } from '../../packages/studio/src/components/pictogram-picker/pictogram-picker.js';
import { storyFromExample } from '../story-from-example.js';
import { studioStory } from './studio-story.js';

const meta = {
  ...studioStory,
  title: 'Studio/Pictogram picker',
  component: 'svara-studio-pictogram-picker',
  tags: ['autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

const story = (example: PictogramPickerExample): Story =>
  storyFromExample<SvaraStudioPictogramPicker>('svara-studio-pictogram-picker', example);

export const None = story(pictogramPickerExamples.none);
export const Chosen = story(pictogramPickerExamples.chosen);
export const Searching = story(pictogramPickerExamples.searching);
