/**
 * <svara-studio-translations> stories, one per example in translations.examples.ts (the same examples its tests and the axe check use).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { translationsExamples } from '../../packages/studio/src/components/translations/translations.examples.js';
import type { TranslationsExample } from '../../packages/studio/src/components/translations/translations.examples.js';
import type { SvaraStudioTranslations } from '../../packages/studio/src/components/translations/translations.js';
import { storyFromExample } from '../story-from-example.js';
import { studioStory } from './studio-story.js';

const meta = {
  ...studioStory,
  title: 'Studio/Translations',
  component: 'svara-studio-translations',
  tags: ['autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

const story = (example: TranslationsExample): Story =>
  storyFromExample<SvaraStudioTranslations>('svara-studio-translations', example);

export const Three = story(translationsExamples.three);
export const MissingOnly = story(translationsExamples.missingOnly);
