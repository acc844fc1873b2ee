/**
 * <svara-studio-survey-list> stories, one per example in survey-list.examples.ts (the same examples its tests and the axe check use).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { surveyListExamples } from '../../packages/studio/src/components/survey-list/survey-list.examples.js';
import type { SurveyListExample } from '../../packages/studio/src/components/survey-list/survey-list.examples.js';
import type { SvaraStudioSurveyList } from '../../packages/studio/src/components/survey-list/survey-list.js';
import { storyFromExample } from '../story-from-example.js';
import { studioStory } from './studio-story.js';

const meta = {
  ...studioStory,
  title: 'Studio/Survey list',
  component: 'svara-studio-survey-list',
  tags: ['autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

const story = (example: SurveyListExample): Story =>
  storyFromExample<SvaraStudioSurveyList>('svara-studio-survey-list', example);

export const Units = story(surveyListExamples.units);
