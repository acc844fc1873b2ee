/**
 * <svara-studio-users> stories, one per example in users.examples.ts (the same examples its tests and the axe check use).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { usersExamples } from '../../packages/studio/src/components/users/users.examples.js';
import type { UsersExample } from '../../packages/studio/src/components/users/users.examples.js';
import type { SvaraStudioUsers } from '../../packages/studio/src/components/users/users.js';
import { storyFromExample } from '../story-from-example.js';
import { studioStory } from './studio-story.js';

const meta = {
  ...studioStory,
  title: 'Studio/People and roles',
  component: 'svara-studio-users',
  tags: ['autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

const story = (example: UsersExample): Story =>
  storyFromExample<SvaraStudioUsers>('svara-studio-users', example);

export const People = story(usersExamples.people);
