/**
 * <svara-studio-new-survey> stories, one per example in new-survey.examples.ts (the same examples its tests and the axe check use).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { newSurveyExamples } from '../../packages/studio/src/components/new-survey/new-survey.examples.js';
import type { NewSurveyExample } from '../../packages/studio/src/components/new-survey/new-survey.examples.js';
import type { SvaraStudioNewSurvey } from '../../packages/studio/src/components/new-survey/new-survey.js';
import { storyFromExample } from '../story-from-example.js';
import { studioStory } from './studio-story.js';

const meta = {
  ...studioStory,
  title: 'Studio/New survey',
  component: 'svara-studio-new-survey',
  tags: ['autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

const story = (example: NewSurveyExample): Story =>
  storyFromExample<SvaraStudioNewSurvey>('svara-studio-new-survey', example);

export const Form = story(newSurveyExamples.form);
