/**
 * <svara-studio-register-case> stories, one per example in register-case.examples.ts (the same examples its tests and
 * the axe check use).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { registerCaseExamples } from '../../packages/studio/src/register/register-case/register-case.examples.js';
import type { RegisterCaseExample } from '../../packages/studio/src/register/register-case/register-case.examples.js';
import type { SvaraStudioRegisterCase } from '../../packages/studio/src/register/register-case/register-case.js';
import { storyFromExample } from '../story-from-example.js';
import { studioStory } from './studio-story.js';

const meta = {
  ...studioStory,
  title: 'Studio/Register case',
  component: 'svara-studio-register-case',
  tags: ['autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

const story = (example: RegisterCaseExample): Story =>
  storyFromExample<SvaraStudioRegisterCase>('svara-studio-register-case', example);

export const Overdue = story(registerCaseExamples.overdue);
export const Erased = story(registerCaseExamples.erased);
export const Reader = story(registerCaseExamples.reader);
export const Arabic = story(registerCaseExamples.arabic);
export const English = story(registerCaseExamples.english);
