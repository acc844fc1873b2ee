/**
 * <svara-pictogram> and <svara-pictogram-attribution> stories, one per example in pictogram.examples.ts (the
 * same examples the tests and the axe checks use): svara's own drawings, small and large, a named pictogram,
 * self-hosted ARASAAC pictograms (stand-in images drawn by the project) with their attribution, and images
 * that cannot be loaded.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { pictogramExamples } from '../../packages/pictograms/src/components/pictogram/pictogram.examples.js';
import type {
  PictogramExample,
  PictogramExampleName,
} from '../../packages/pictograms/src/components/pictogram/pictogram.examples.js';
import { storyFromExample } from '../story-from-example.js';

const meta = {
  title: 'Pictograms/Pictogram',
  component: 'svara-pictogram',
  tags: ['autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

const story = (example: PictogramExample): Story => storyFromExample('svara-pictogram', example);

export const Builtin = story(pictogramExamples.builtin);
export const BuiltinLarge = story(pictogramExamples.builtinLarge);
export const Named = story(pictogramExamples.named);
export const Arasaac = story(pictogramExamples.arasaac);
export const Broken = story(pictogramExamples.broken);
export const AttributionOpen = story(pictogramExamples.attributionOpen);

// Compile-time guard: every example has a story (a new example without one fails the typecheck).
const _everyExampleHasAStory = {
  builtin: Builtin,
  builtinLarge: BuiltinLarge,
  named: Named,
  arasaac: Arasaac,
  broken: Broken,
  attributionOpen: AttributionOpen,
} satisfies Record<PictogramExampleName, Story>;
void _everyExampleHasAStory;
