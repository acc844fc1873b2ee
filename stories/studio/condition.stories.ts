/**
 * <svara-studio-condition> stories, one per example in condition.examples.ts (the same examples its tests and the axe check use).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { conditionExamples } from '../../packages/studio/src/components/condition/condition.examples.js';
import type { ConditionExample } from '../../packages/studio/src/components/condition/condition.examples.js';
import type { SvaraStudioCondition } from '../../packages/studio/src/components/condition/condition.js';
import { storyFromExample } from '../story-from-example.js';
import { studioStory } from './studio-story.js';

const meta = {
  ...studioStory,
  title: 'Studio/Condition (showIf)',
  component: 'svara-studio-condition',
  tags: ['autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

const story = (example: ConditionExample): Story =>
  storyFromExample<SvaraStudioCondition>('svara-studio-condition', example);

export const Conditional = story(conditionExamples.conditional);
export const Always = story(conditionExamples.always);
export const First = story(conditionExamples.first);
