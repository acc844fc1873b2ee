/**
 * <svara-studio-editor> stories, one per example in editor.examples.ts (the same examples its tests and the axe check use).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { editorExamples } from '../../packages/studio/src/components/editor/editor.examples.js';
import type { EditorExample } from '../../packages/studio/src/components/editor/editor.examples.js';
import type { SvaraStudioEditor } from '../../packages/studio/src/components/editor/editor.js';
import { storyFromExample } from '../story-from-example.js';
import { studioStory } from './studio-story.js';

const meta = {
  ...studioStory,
  title: 'Studio/Editor',
  component: 'svara-studio-editor',
  tags: ['autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

const story = (example: EditorExample): Story =>
  storyFromExample<SvaraStudioEditor>('svara-studio-editor', example);

export const Child = story(editorExamples.child);
export const English = story(editorExamples.english);
