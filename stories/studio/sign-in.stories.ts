/**
 * <svara-studio-sign-in> stories, one per example in sign-in.examples.ts (the same examples its tests and the axe check use).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { signInExamples } from '../../packages/studio/src/components/sign-in/sign-in.examples.js';
import type { SignInExample } from '../../packages/studio/src/components/sign-in/sign-in.examples.js';
import type { SvaraStudioSignIn } from '../../packages/studio/src/components/sign-in/sign-in.js';
import { storyFromExample } from '../story-from-example.js';
import { studioStory } from './studio-story.js';

const meta = {
  ...studioStory,
  title: 'Studio/Sign-in',
  component: 'svara-studio-sign-in',
  tags: ['autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

const story = (example: SignInExample): Story =>
  storyFromExample<SvaraStudioSignIn>('svara-studio-sign-in', example);

export const SignIn = story(signInExamples.signIn);
export const Expired = story(signInExamples.expired);
