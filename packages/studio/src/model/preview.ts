/**
 * What each preview shows: the audiences, languages and modes a survey can be answered in, and the definition
 * and starting point the real `<svara-survey>` gets in each preview frame. No DOM.
 */
import { iterateLocalized, iterateQuestions, surveyLanguages } from '@svara/schema';
import type { Audience, Mode, Survey } from '@svara/schema';

/** `general`, `child`, `aac` (the audiences), `plain` (lättläst), `interview`, or `lang:ar` (a language). */
export type PreviewKind = Audience | 'plain' | 'interview' | `lang:${string}`;

export interface PreviewSpec {
  kind: PreviewKind;
  audience: Audience;
  /** The respondent's language. */
  lang: string;
  dir: 'ltr' | 'rtl';
  plain: boolean;
  /** Pictures on from the start (AAC). */
  pictograms: boolean;
  mode: Mode;
  /** Width of the frame in CSS pixels: children and AAC users answer on phones and tablets. */
  width: number;
}

const RTL = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ckb']);

/** Writing direction of a language tag. */
export function directionOf(lang: string): 'ltr' | 'rtl' {
  return RTL.has(lang.toLowerCase().split(/[-_]/)[0] ?? '') ? 'rtl' : 'ltr';
}

/** True when the survey has any plain-language variant. */
export function hasPlainVariants(survey: Survey): boolean {
  return [...iterateLocalized(survey)].some((entry) => entry.kind === 'text' && entry.plain);
}

/** Every preview the studio offers for a survey, its own audience first. */
export function previewKinds(survey: Survey): PreviewKind[] {
  const own = survey.audience ?? 'general';
  const audiences = [own, ...(['general', 'child', 'aac'] as const).filter((a) => a !== own)];
  const languages = surveyLanguages(survey).filter((lang) => lang !== survey.lang);
  return [...audiences, 'plain', ...languages.map((lang) => `lang:${lang}` as const), 'interview'];
}

/**
 * The previews an author must have looked at before going live: the survey's own audience, lättläst where
 * there are plain variants or the audience needs them, every other language, and the phone interview when
 * the survey is made for interviews.
 */
export function requiredPreviews(survey: Survey): PreviewKind[] {
  const own = survey.audience ?? 'general';
  const kinds: PreviewKind[] = [own];
  if (own !== 'general' || hasPlainVariants(survey)) kinds.push('plain');
  for (const lang of surveyLanguages(survey)) if (lang !== survey.lang) kinds.push(`lang:${lang}`);
  if (survey.modes?.includes('interview')) kinds.push('interview');
  return kinds;
}

/** How the widget is set up for one preview. */
export function previewSpec(kind: PreviewKind, survey: Survey): PreviewSpec {
  const own = survey.audience ?? 'general';
  const lang = kind.startsWith('lang:') ? kind.slice(5) : survey.lang;
  const audience: Audience = kind === 'general' || kind === 'child' || kind === 'aac' ? kind : own;
  const easy = audience !== 'general';
  return {
    kind,
    audience,
    lang,
    dir: directionOf(lang),
    plain: kind === 'plain',
    pictograms: audience === 'aac',
    mode: kind === 'interview' ? 'interview' : 'web',
    width: easy ? 360 : 480,
  };
}

export interface PreviewFocus {
  /** The question being edited; undefined shows the start screen. */
  questionId?: string | undefined;
}

export interface PreviewStart {
  /** The definition the widget gets (an id of its own, the focused question always shown). */
  definition: Survey;
  /** Which of the widget's screens to open: the start screen, or the screen with the question. */
  started: boolean;
  step: string;
}

/**
 * The definition and screen for a preview. The focused question is shown even when its `showIf` would hide
 * it, and the survey may be answered in the preview's mode; answers in a preview are never sent.
 */
export function previewStart(survey: Survey, spec: PreviewSpec, focus: PreviewFocus): PreviewStart {
  const show = <Q extends { id: string; showIf?: unknown }>(question: Q): Q => {
    if (question.id !== focus.questionId) return question;
    const { showIf: _hidden, ...shown } = question;
    return shown as Q;
  };
  const { modes: _modes, ...rest } = survey;
  const definition: Survey = {
    ...rest,
    id: `forhandsvisning-${spec.kind.replace(':', '-')}`,
    ...(survey.questions ? { questions: survey.questions.map(show) } : {}),
    ...(survey.pages
      ? {
          pages: survey.pages.map((page) => {
            if (!page.questions.some((q) => q.id === focus.questionId)) return page;
            const { showIf: _hidden, ...visible } = page;
            return { ...visible, questions: page.questions.map(show) };
          }),
        }
      : {}),
  };
  const entry = [...iterateQuestions(definition)].find((e) => e.question.id === focus.questionId);
  if (!entry) return { definition, started: false, step: '' };
  const step = spec.audience !== 'general' ? entry.question.id : entry.page ? `page:${entry.page.id}` : 'all';
  return { definition, started: true, step };
}

// ─── The messages between the studio and a preview frame (same origin, `postMessage`) ────────────────────────

/** The studio → frame: show this. `shown` numbers the messages to one frame, so its answer can name it. */
export interface PreviewShowMessage {
  type: 'svara-preview-show';
  spec: PreviewSpec;
  start: PreviewStart;
  shown: number;
}

/**
 * Frame → studio: loaded and listening; or its content's height, so the frame can be as tall as it. `shown` is
 * the last show message the height is of, once the widget has drawn it (0 before the first).
 */
export type PreviewFrameMessage =
  { type: 'svara-preview-ready' } | { type: 'svara-preview-height'; height: number; shown: number };

/** The widget's own session keys (`<svara-survey>` keeps answers in progress and settings under them). */
export function widgetSessionKeys(definition: Pick<Survey, 'id' | 'version'>): {
  answers: string;
  settings: string;
} {
  return {
    answers: `svara-survey:answers:${definition.id}@${definition.version}`,
    settings: `svara-survey:settings:${definition.id}`,
  };
}
