/**
 * <svara-studio-preview> stories, one per example in preview.examples.ts (the same examples its tests and the axe check use).
 * Preview frames load the studio's build (`/studio/preview.html`, served beside Storybook when the studio is built).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { previewExamples } from '../../packages/studio/src/components/preview/preview.examples.js';
import type { PreviewExample } from '../../packages/studio/src/components/preview/preview.examples.js';
import type { SvaraStudioPreview } from '../../packages/studio/src/components/preview/preview.js';
import { useBuiltPreview } from '../../packages/studio/src/components/preview/preview.examples.js';
import { storyFromExample } from '../story-from-example.js';
import { studioStory } from './studio-story.js';

useBuiltPreview();

const meta = {
  ...studioStory,
  title: 'Studio/Preview per audience',
  component: 'svara-studio-preview',
  tags: ['autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

const story = (example: PreviewExample): Story =>
  storyFromExample<SvaraStudioPreview>('svara-studio-preview', example);

export const ChildAndArabic = story(previewExamples.childAndArabic);
export const AacAndInterview = story(previewExamples.aacAndInterview);
export const StartScreen = story(previewExamples.startScreen);
export const Stale = story(previewExamples.stale);
