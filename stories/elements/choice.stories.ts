/**
 * <svara-choice> stories, one per example in choice.examples.ts (the same examples the tests and axe check).
 * <svara-option> has no stories of its own: it renders nothing alone, and the examples that write options as
 * `<svara-option>` children (One Answer, Preselected, …) are its stories.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { choiceExamples } from '../../packages/elements/src/components/choice/choice.examples.js';
import type {
  ChoiceExample,
  ChoiceExampleName,
} from '../../packages/elements/src/components/choice/choice.examples.js';
import type { SvaraChoice } from '../../packages/elements/src/components/choice/choice.js';
import { storyFromExample } from '../story-from-example.js';

const meta = {
  title: 'Elements/Choice',
  component: 'svara-choice',
  tags: ['autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

const story = (example: ChoiceExample): Story => storyFromExample<SvaraChoice>('svara-choice', example);

export const OneAnswer = story(choiceExamples.oneAnswer);
export const Preselected = story(choiceExamples.preselected);
export const SeveralAnswers = story(choiceExamples.severalAnswers);
export const DontKnowAndSkip = story(choiceExamples.dontKnowAndSkip);
export const SeveralWithDontKnow = story(choiceExamples.severalWithDontKnow);
export const Invalid = story(choiceExamples.invalid);
export const Disabled = story(choiceExamples.disabled);
export const DisabledOption = story(choiceExamples.disabledOption);
export const Arabic = story(choiceExamples.arabic);
export const PictogramBuiltin = story(choiceExamples.pictogramBuiltin);
export const PictogramArasaac = story(choiceExamples.pictogramArasaac);
export const PictogramBroken = story(choiceExamples.pictogramBroken);
export const ReadAloudFocus = story(choiceExamples.readAloudFocus);
export const ScanningTwoSwitch = story(choiceExamples.scanningTwoSwitch);

// Compile-time guard: every example has a story (a new example without one fails the typecheck).
const _everyExampleHasAStory = {
  oneAnswer: OneAnswer,
  preselected: Preselected,
  severalAnswers: SeveralAnswers,
  dontKnowAndSkip: DontKnowAndSkip,
  severalWithDontKnow: SeveralWithDontKnow,
  invalid: Invalid,
  disabled: Disabled,
  disabledOption: DisabledOption,
  arabic: Arabic,
  pictogramBuiltin: PictogramBuiltin,
  pictogramArasaac: PictogramArasaac,
  pictogramBroken: PictogramBroken,
  readAloudFocus: ReadAloudFocus,
  scanningTwoSwitch: ScanningTwoSwitch,
} satisfies Record<ChoiceExampleName, Story>;
