/**
 * <svara-results> stories, one per example in results.examples.ts (the same examples the tests and axe check).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { resultsExamples } from '../../packages/results/src/components/results/results.examples.js';
import type {
  ResultsExample,
  ResultsExampleName,
} from '../../packages/results/src/components/results/results.examples.js';
import { storyFromExample } from '../story-from-example.js';

const meta = {
  title: 'Results/Results',
  component: 'svara-results',
  tags: ['autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

const story = (example: ResultsExample): Story => storyFromExample('svara-results', example);

export const Overall = story(resultsExamples.overall);
export const ByGroup = story(resultsExamples.byGroup);
export const FewAnswers = story(resultsExamples.fewAnswers);
export const English = story(resultsExamples.english);
export const Arabic = story(resultsExamples.arabic);

// Compile-time guard: every example has a story (a new example without one fails the typecheck).
const _everyExampleHasAStory = {
  overall: Overall,
  byGroup: ByGroup,
  fewAnswers: FewAnswers,
  english: English,
  arabic: Arabic,
} satisfies Record<ResultsExampleName, Story>;
