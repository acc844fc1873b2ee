/**
 * <svara-studio-survey-page> stories, one per example in survey-page.examples.ts (the same examples its tests and the axe check use).
 * Preview frames load the studio's build (`/studio/preview.html`, served beside Storybook when the studio is built).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { surveyPageExamples } from '../../packages/studio/src/components/survey-page/survey-page.examples.js';
import type { SurveyPageExample } from '../../packages/studio/src/components/survey-page/survey-page.examples.js';
import type { SvaraStudioSurveyPage } from '../../packages/studio/src/components/survey-page/survey-page.js';
import { useBuiltPreview } from '../../packages/studio/src/components/preview/preview.examples.js';
import { storyFromExample } from '../story-from-example.js';
import { studioStory } from './studio-story.js';

useBuiltPreview();

const meta = {
  ...studioStory,
  title: 'Studio/Survey page',
  component: 'svara-studio-survey-page',
  tags: ['autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

const story = (example: SurveyPageExample): Story =>
  storyFromExample<SvaraStudioSurveyPage>('svara-studio-survey-page', example);

export const Edit = story(surveyPageExamples.edit);
export const Json = story(surveyPageExamples.json);
export const Translations = story(surveyPageExamples.translations);
export const Preview = story(surveyPageExamples.preview);
export const Publish = story(surveyPageExamples.publish);
