/**
 * <svara-error-summary> stories, one per example in error-summary.examples.ts (the same examples the tests and
 * axe check). Each story is a whole form: try submitting it with answers missing.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { errorSummaryExamples } from '../../packages/elements/src/components/error-summary/error-summary.examples.js';
import type {
  ErrorSummaryExample,
  ErrorSummaryExampleName,
} from '../../packages/elements/src/components/error-summary/error-summary.examples.js';
import type { SvaraErrorSummary } from '../../packages/elements/src/components/error-summary/error-summary.js';
import { storyFromExample } from '../story-from-example.js';

const meta = {
  title: 'Elements/Error summary',
  component: 'svara-error-summary',
  tags: ['autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

const story = (example: ErrorSummaryExample): Story =>
  storyFromExample<SvaraErrorSummary>('svara-error-summary', example);

export const AfterSubmit = story(errorSummaryExamples.afterSubmit);
export const BeforeSubmit = story(errorSummaryExamples.beforeSubmit);
export const WithDescription = story(errorSummaryExamples.withDescription);
export const OutsideTheForm = story(errorSummaryExamples.outsideTheForm);
export const NativeControls = story(errorSummaryExamples.nativeControls);
export const Arabic = story(errorSummaryExamples.arabic);

// Compile-time guard: every example has a story (a new example without one fails the typecheck).
const _everyExampleHasAStory = {
  afterSubmit: AfterSubmit,
  beforeSubmit: BeforeSubmit,
  withDescription: WithDescription,
  outsideTheForm: OutsideTheForm,
  nativeControls: NativeControls,
  arabic: Arabic,
} satisfies Record<ErrorSummaryExampleName, Story>;
