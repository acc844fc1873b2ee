/**
 * <svara-studio-units> stories, one per example in units.examples.ts (the same examples its tests and the axe check use).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { unitsExamples } from '../../packages/studio/src/components/units/units.examples.js';
import type { UnitsExample } from '../../packages/studio/src/components/units/units.examples.js';
import type { SvaraStudioUnits } from '../../packages/studio/src/components/units/units.js';
import { storyFromExample } from '../story-from-example.js';
import { studioStory } from './studio-story.js';

const meta = {
  ...studioStory,
  title: 'Studio/Units',
  component: 'svara-studio-units',
  tags: ['autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

const story = (example: UnitsExample): Story =>
  storyFromExample<SvaraStudioUnits>('svara-studio-units', example);

export const Tree = story(unitsExamples.tree);
