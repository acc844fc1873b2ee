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
export const Unit = story(resultsExamples.unit);
export const CompareUnits = story(resultsExamples.compareUnits);
export const CompareRounds = story(resultsExamples.compareRounds);
export const Child = story(resultsExamples.child);
export const ArabicUnit = story(resultsExamples.arabicUnit);

// Compile-time guard: every example has a story (a new example without one fails the typecheck).
const _everyExampleHasAStory = {
  overall: Overall,
  byGroup: ByGroup,
  fewAnswers: FewAnswers,
  english: English,
  arabic: Arabic,
  unit: Unit,
  compareUnits: CompareUnits,
  compareRounds: CompareRounds,
  child: Child,
  arabicUnit: ArabicUnit,
} satisfies Record<ResultsExampleName, Story>;
