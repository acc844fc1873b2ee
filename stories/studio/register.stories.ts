/**
 * <svara-studio-register> stories, one per example in register-list.examples.ts (the same examples its tests and the
 * axe check use).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { registerExamples } from '../../packages/studio/src/register/register-list/register-list.examples.js';
import type { RegisterExample } from '../../packages/studio/src/register/register-list/register-list.examples.js';
import type { SvaraStudioRegister } from '../../packages/studio/src/register/register-list/register-list.js';
import { storyFromExample } from '../story-from-example.js';
import { studioStory } from './studio-story.js';

const meta = {
  ...studioStory,
  title: 'Studio/Register',
  component: 'svara-studio-register',
  tags: ['autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

const story = (example: RegisterExample): Story =>
  storyFromExample<SvaraStudioRegister>('svara-studio-register', example);

export const Unit = story(registerExamples.unit);
export const English = story(registerExamples.english);
export const Arabic = story(registerExamples.arabic);
