/**
 * <svara-studio-register-summary> stories, one per example in register-summary.examples.ts (the same examples its
 * tests and the axe check use).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { registerSummaryExamples } from '../../packages/studio/src/register/register-summary/register-summary.examples.js';
import type { RegisterSummaryExample } from '../../packages/studio/src/register/register-summary/register-summary.examples.js';
import type { SvaraStudioRegisterSummary } from '../../packages/studio/src/register/register-summary/register-summary.js';
import { storyFromExample } from '../story-from-example.js';
import { studioStory } from './studio-story.js';

const meta = {
  ...studioStory,
  title: 'Studio/Register summary',
  component: 'svara-studio-register-summary',
  tags: ['autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

const story = (example: RegisterSummaryExample): Story =>
  storyFromExample<SvaraStudioRegisterSummary>('svara-studio-register-summary', example);

export const LastYear = story(registerSummaryExamples.lastYear);
export const ThisYear = story(registerSummaryExamples.thisYear);
export const English = story(registerSummaryExamples.english);
export const Arabic = story(registerSummaryExamples.arabic);
