/**
 * <svara-survey> stories, one per example in survey.examples.ts (the same examples the tests and axe check):
 * the start screen, a question screen per audience, Lyssna and Styr med kontakt, the error summary, each receipt, interview mode, Arabic
 * and a broken definition. The widget loads the city's definitions from examples/surveys with `src`, and sends
 * to a fake collector (`transport`), so nothing leaves Storybook.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { surveyExamples } from '../../packages/survey/src/components/survey/survey.examples.js';
import type { SurveyExample } from '../../packages/survey/src/components/survey/survey.examples.js';
import type { SvaraSurvey } from '../../packages/survey/src/components/survey/survey.js';
import { storyFromExample } from '../story-from-example.js';

const meta = {
  title: 'Survey/Survey',
  component: 'svara-survey',
  tags: ['autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

const story = (example: SurveyExample): Story => storyFromExample<SvaraSurvey>('svara-survey', example);

export const StartScreen = story(surveyExamples.start);
export const ChildQuestion = story(surveyExamples.childQuestion);
export const AacQuestion = story(surveyExamples.aacQuestion);
export const Listening = story(surveyExamples.listening);
export const SwitchScanning = story(surveyExamples.switchScanning);
export const GeneralPage = story(surveyExamples.generalPage);
export const ScaleGroup = story(surveyExamples.scaleGroup);
export const ErrorSummary = story(surveyExamples.errorSummary);
export const Delivered = story(surveyExamples.delivered);
export const Queued = story(surveyExamples.queued);
export const Rejected = story(surveyExamples.rejected);
export const Interview = story(surveyExamples.interview);
export const Arabic = story(surveyExamples.arabic);
export const Unavailable = story(surveyExamples.unavailable);
