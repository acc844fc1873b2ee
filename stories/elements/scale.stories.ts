/**
 * <svara-scale> stories, one per example in scale.examples.ts (the same examples the tests and the axe checks
 * use): every state (empty, filled, invalid, disabled, large), each display (faces, words, numbers,
 * pictograms), 3 and 5 faces, every word preset, a numeric scale with named ends, a custom scale, and Arabic
 * right to left. Examples without a language of their own follow the toolbar, preset labels included.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { scaleExamples } from '../../packages/elements/src/components/scale/scale.examples.js';
import type {
  ScaleExample,
  ScaleExampleName,
} from '../../packages/elements/src/components/scale/scale.examples.js';
import type { SvaraScale } from '../../packages/elements/src/components/scale/scale.js';
import { storyFromExample } from '../story-from-example.js';

const meta = {
  title: 'Elements/Scale',
  component: 'svara-scale',
  tags: ['autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

const story = (example: ScaleExample): Story => storyFromExample<SvaraScale>('svara-scale', example);

export const FiveFaces = story(scaleExamples.fiveFaces);
export const AgreementFaces = story(scaleExamples.agreementFaces);
export const ThreeFaces = story(scaleExamples.threeFaces);
export const Filled = story(scaleExamples.filled);
export const Invalid = story(scaleExamples.invalid);
export const Disabled = story(scaleExamples.disabled);
export const Arabic = story(scaleExamples.arabic);
export const English = story(scaleExamples.english);
export const TextDisplay = story(scaleExamples.textDisplay);
export const NumbersShown = story(scaleExamples.numbersShown);
export const NumberDisplay = story(scaleExamples.numberDisplay);
export const PictogramDisplay = story(scaleExamples.pictogramDisplay);
export const YesPartlyNo = story(scaleExamples.yesPartlyNo);
export const YesSometimesNo = story(scaleExamples.yesSometimesNo);
export const YesNo = story(scaleExamples.yesNo);
export const NeverSometimesOften = story(scaleExamples.neverSometimesOften);
export const AllSomeNone = story(scaleExamples.allSomeNone);
export const Agree = story(scaleExamples.agree);
export const Grade = story(scaleExamples.grade);
export const Numeric = story(scaleExamples.numeric);
export const Custom = story(scaleExamples.custom);
export const ThreeFacesEnglish = story(scaleExamples.threeFacesEnglish);
export const ThreeFacesArabic = story(scaleExamples.threeFacesArabic);
export const Tinted = story(scaleExamples.tinted);
export const ArasaacPictograms = story(scaleExamples.arasaacPictograms);
export const BrokenPictograms = story(scaleExamples.brokenPictograms);
export const PlainLanguage = story(scaleExamples.plainLanguage);
export const PictogramsOff = story(scaleExamples.pictogramsOff);
export const ReadAloud = story(scaleExamples.readAloud);
export const ReadAloudReading = story(scaleExamples.readAloudReading);
export const ReadAloudNoVoice = story(scaleExamples.readAloudNoVoice);
export const ScanningAuto = story(scaleExamples.scanningAuto);
export const ScanningStep = story(scaleExamples.scanningStep);

// Compile-time guard: every example has a story (a new example without one fails the typecheck).
const _everyExampleHasAStory = {
  fiveFaces: FiveFaces,
  agreementFaces: AgreementFaces,
  threeFaces: ThreeFaces,
  filled: Filled,
  invalid: Invalid,
  disabled: Disabled,
  arabic: Arabic,
  english: English,
  textDisplay: TextDisplay,
  numbersShown: NumbersShown,
  numberDisplay: NumberDisplay,
  pictogramDisplay: PictogramDisplay,
  yesPartlyNo: YesPartlyNo,
  yesSometimesNo: YesSometimesNo,
  yesNo: YesNo,
  neverSometimesOften: NeverSometimesOften,
  allSomeNone: AllSomeNone,
  agree: Agree,
  grade: Grade,
  numeric: Numeric,
  custom: Custom,
  threeFacesEnglish: ThreeFacesEnglish,
  threeFacesArabic: ThreeFacesArabic,
  tinted: Tinted,
  arasaacPictograms: ArasaacPictograms,
  brokenPictograms: BrokenPictograms,
  plainLanguage: PlainLanguage,
  pictogramsOff: PictogramsOff,
  readAloud: ReadAloud,
  readAloudReading: ReadAloudReading,
  readAloudNoVoice: ReadAloudNoVoice,
  scanningAuto: ScanningAuto,
  scanningStep: ScanningStep,
} satisfies Record<ScaleExampleName, Story>;
