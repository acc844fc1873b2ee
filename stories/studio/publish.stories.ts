/**
 * <svara-studio-publish> stories, one per example in publish.examples.ts (the same examples its tests and the axe check use).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { publishExamples } from '../../packages/studio/src/components/publish/publish.examples.js';
import type { PublishExample } from '../../packages/studio/src/components/publish/publish.examples.js';
import type { SvaraStudioPublish } from '../../packages/studio/src/components/publish/publish.js';
import { storyFromExample } from '../story-from-example.js';
import { studioStory } from './studio-story.js';

const meta = {
  ...studioStory,
  title: 'Studio/Publish (go-live checklist)',
  component: 'svara-studio-publish',
  tags: ['autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

const story = (example: PublishExample): Story =>
  storyFromExample<SvaraStudioPublish>('svara-studio-publish', example);

export const NotReady = story(publishExamples.notReady);
export const Approved = story(publishExamples.approved);
