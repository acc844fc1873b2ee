/**
 * Helpers the widget, the collector and the results share: walking questions across pages, resolving texts
 * with fallback, resolving scales to options with labels, and evaluating `showIf`.
 */
import { DONT_KNOW, SKIPPED, scalePresets, isScalePresetName } from './presets.js';
import type { BuiltinPictogram, Display, PresetLabel } from './presets.js';
import type {
  Answer,
  Condition,
  Option,
  OptionValue,
  Page,
  Pictogram,
  Question,
  Scale,
  Survey,
  Text,
} from './schemas.js';

// ─── Texts ────────────────────────────────────────────────────────────────

/** A text resolved to one language. `lang` is the language actually used, for the element's `lang` attribute. */
export interface ResolvedText {
  text: string;
  lang: string;
}

function lookup(text: Text | undefined, lang: string, defaultLang: string): string | undefined {
  if (text === undefined) return undefined;
  if (typeof text === 'string') return lang === defaultLang ? text : undefined;
  return Object.hasOwn(text, lang) ? text[lang] : undefined;
}

/**
 * Resolves a Text to `lang`, falling back to the survey's main language `defaultLang`. Returns undefined only
 * when the text is absent (a parsed survey always has its main language).
 */
export function resolveText(
  text: Text | undefined,
  lang: string,
  defaultLang: string,
): ResolvedText | undefined {
  const exact = lookup(text, lang, defaultLang);
  if (exact !== undefined) return { text: exact, lang };
  const fallback = lookup(text, defaultLang, defaultLang);
  return fallback !== undefined ? { text: fallback, lang: defaultLang } : undefined;
}

export interface SelectTextOptions {
  /** The respondent's language. */
  lang: string;
  /** The survey's main language (`survey.lang`). */
  defaultLang: string;
  /** Prefer the plain-language variant. */
  plain?: boolean;
}

/**
 * Picks the text under `key` of an object that may have a `plain` variant (a question, option, page, survey
 * or privacy block). Language wins over plainness: plain in `lang`, then normal in `lang`, then plain in the
 * main language, then normal in the main language. Someone who reads Finnish cannot use plain Swedish.
 */
export function selectText<K extends string>(
  owner: { readonly [P in K]?: Text | undefined } & {
    readonly plain?: { readonly [P in K]?: Text | undefined } | undefined;
  },
  key: K,
  options: SelectTextOptions,
): ResolvedText | undefined {
  const { lang, defaultLang, plain = false } = options;
  const normal = owner[key];
  const simple = plain ? owner.plain?.[key] : undefined;
  const order: [Text | undefined, string][] = [
    [simple, lang],
    [normal, lang],
    [simple, defaultLang],
    [normal, defaultLang],
  ];
  for (const [text, l] of order) {
    const found = lookup(text, l, defaultLang);
    if (found !== undefined) return { text: found, lang: l };
  }
  return undefined;
}

/** The languages a survey is offered in: `languages`, or just `lang`. */
export function surveyLanguages(survey: Pick<Survey, 'lang' | 'languages'>): string[] {
  return survey.languages ?? [survey.lang];
}

// ─── Questions and pages ──────────────────────────────────────────────────

export interface QuestionEntry {
  question: Question;
  /** Position across the whole survey. */
  index: number;
  /** The page the question is on, when the survey has pages. */
  page?: Page;
  pageIndex?: number;
  /** Path of the question in the definition, as a list of keys. */
  path: (string | number)[];
}

/** Every question in order, across pages. */
export function* iterateQuestions(survey: Pick<Survey, 'questions' | 'pages'>): Generator<QuestionEntry> {
  let index = 0;
  if (survey.pages) {
    for (const [pageIndex, page] of survey.pages.entries()) {
      for (const [i, question] of page.questions.entries()) {
        yield { question, index: index++, page, pageIndex, path: ['pages', pageIndex, 'questions', i] };
      }
    }
  } else if (survey.questions) {
    for (const [i, question] of survey.questions.entries()) {
      yield { question, index: index++, path: ['questions', i] };
    }
  }
}

/** Every question in order, across pages. */
export function allQuestions(survey: Pick<Survey, 'questions' | 'pages'>): Question[] {
  return Array.from(iterateQuestions(survey), (entry) => entry.question);
}

/** The question with `id`, if any. */
export function findQuestion(survey: Pick<Survey, 'questions' | 'pages'>, id: string): Question | undefined {
  for (const { question } of iterateQuestions(survey)) if (question.id === id) return question;
  return undefined;
}

// ─── Scales ───────────────────────────────────────────────────────────────

/** One option of a resolved scale. Preset options carry labels in every UI language. */
export interface ScaleOption {
  value: OptionValue;
  /** Word label: a Text for custom options, labels in every UI language for presets. */
  text: Text;
  plain?: { text?: Text | undefined } | undefined;
  pictogram?: Pictogram | undefined;
  audio?: Record<string, string> | undefined;
}

export interface ResolvedScale {
  /** Preset name, or `custom` / `numeric`. */
  kind: string;
  options: ScaleOption[];
  /** The display the preset or scale shape suggests, before a question's own `display`. */
  display: Display;
  /** True when values are ordered numbers, so a mean is meaningful. */
  ordinal: boolean;
  minLabel?: Text | undefined;
  maxLabel?: Text | undefined;
}

const labelText = (label: PresetLabel): Text => ({ ...label });
const builtin = (name: BuiltinPictogram | undefined): Pictogram | undefined =>
  name === undefined ? undefined : { builtin: name };

/** The options, default display and ordinality of a scale. */
export function resolveScale(scale: Scale): ResolvedScale {
  if (typeof scale === 'string') {
    const preset = isScalePresetName(scale) ? scalePresets[scale] : scalePresets['smiley-5'];
    return {
      kind: preset.name,
      display: preset.display,
      ordinal: preset.ordinal,
      options: preset.options.map((o) => ({
        value: o.value,
        text: labelText(o.label),
        pictogram: builtin(o.pictogram),
      })),
    };
  }
  if ('options' in scale) {
    return {
      kind: 'custom',
      display: scale.options.every((o) => o.pictogram) ? 'pictogram' : 'text',
      ordinal: scale.options.every((o) => typeof o.value === 'number'),
      options: scale.options.map(copyOption),
    };
  }
  const options: ScaleOption[] = [];
  for (let v = scale.min; v <= scale.max && options.length <= 100; v++)
    options.push({ value: v, text: String(v) });
  return {
    kind: 'numeric',
    display: 'number',
    ordinal: true,
    options,
    minLabel: scale.minLabel,
    maxLabel: scale.maxLabel,
  };
}

function copyOption(o: Option): ScaleOption {
  return { value: o.value, text: o.text, plain: o.plain, pictogram: o.pictogram, audio: o.audio };
}

/** The options a scale, scale-group, choice or multi question offers (not the special codes). */
export function questionOptions(question: Question): ScaleOption[] {
  switch (question.type) {
    case 'scale':
    case 'scale-group':
      return resolveScale(question.scale).options;
    case 'choice':
    case 'multi':
      return question.options.map(copyOption);
    default:
      return [];
  }
}

/** How a question's options are shown: its own `display`, else the scale's default. */
export function questionDisplay(question: Question): Display {
  switch (question.type) {
    case 'scale':
    case 'scale-group':
      return question.display ?? resolveScale(question.scale).display;
    case 'choice':
    case 'multi':
      return question.display ?? 'text';
    default:
      return 'text';
  }
}

/**
 * True when a mean of the answers is meaningful: the scale's values are ordered numbers (smiley, agree-5,
 * numeric and all-number custom scales). Word scales (yes/partly/no) are reported as shares instead.
 * "dont_know" and "skipped" are never part of a mean.
 */
export function isOrdinal(subject: Question | Scale): boolean {
  if (typeof subject === 'object' && 'type' in subject) {
    return subject.type === 'scale' || subject.type === 'scale-group'
      ? resolveScale(subject.scale).ordinal
      : false;
  }
  return resolveScale(subject).ordinal;
}

/** True for the special codes "dont_know" and "skipped", which are never values on a scale. */
export function isSpecialCode(value: unknown): value is typeof DONT_KNOW | typeof SKIPPED {
  return value === DONT_KNOW || value === SKIPPED;
}

/** The special codes a question accepts. */
export function allowedSpecialCodes(question: Question): string[] {
  const codes: string[] = [];
  if ('allowDontKnow' in question && question.allowDontKnow) codes.push(DONT_KNOW);
  if ('allowSkip' in question && question.allowSkip) codes.push(SKIPPED);
  return codes;
}

// ─── Conditions ───────────────────────────────────────────────────────────

type AnswerLookup = (questionId: string) => Answer | undefined;

function toLookup(answers: Readonly<Record<string, unknown>> | AnswerLookup): AnswerLookup {
  if (typeof answers === 'function') return answers;
  return (id) => (Object.hasOwn(answers, id) ? (answers[id] as Answer) : undefined);
}

function matches(answer: Answer | undefined, expected: readonly (string | number | boolean)[]): boolean {
  if (answer === undefined) return false;
  if (Array.isArray(answer)) return answer.some((a) => expected.includes(a));
  if (typeof answer === 'object') return false;
  return expected.includes(answer);
}

/**
 * Evaluates a condition against answers. For multi questions, `equals` means "this option was chosen" and `in`
 * means "one of these was chosen". `answered` is true for any answer, including "dont_know" and "skipped".
 */
export function evaluateCondition(
  condition: Condition,
  answers: Readonly<Record<string, unknown>> | AnswerLookup,
): boolean {
  const get = toLookup(answers);
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, get));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, get));
  let answer = get(condition.question);
  if (condition.item !== undefined) {
    answer =
      answer !== null &&
      typeof answer === 'object' &&
      !Array.isArray(answer) &&
      Object.hasOwn(answer, condition.item)
        ? answer[condition.item]
        : undefined;
  }
  if (condition.answered !== undefined) {
    const isAnswered = answer !== undefined && !(Array.isArray(answer) && answer.length === 0);
    return condition.answered === isAnswered;
  }
  if (condition.equals !== undefined) return matches(answer, [condition.equals]);
  if (condition.in !== undefined) return matches(answer, condition.in);
  return false;
}

/**
 * The ids of the questions shown for these answers, in order. Answers to hidden questions are ignored, so a
 * question that depends on a hidden one behaves as if that one was never answered.
 */
export function visibleQuestionIds(
  survey: Pick<Survey, 'questions' | 'pages'>,
  answers: Readonly<Record<string, unknown>>,
): Set<string> {
  const visible = new Set<string>();
  const get: AnswerLookup = (id) =>
    visible.has(id) && Object.hasOwn(answers, id) ? (answers[id] as Answer) : undefined;
  const pageShown = new Map<Page, boolean>();
  for (const { question, page } of iterateQuestions(survey)) {
    if (page && !pageShown.has(page))
      pageShown.set(page, !page.showIf || evaluateCondition(page.showIf, get));
    if (page && !pageShown.get(page)) continue;
    if (!question.showIf || evaluateCondition(question.showIf, get)) visible.add(question.id);
  }
  return visible;
}

/** True when `question` is shown for these answers. */
export function isQuestionVisible(
  survey: Pick<Survey, 'questions' | 'pages'>,
  questionId: string,
  answers: Readonly<Record<string, unknown>>,
): boolean {
  return visibleQuestionIds(survey, answers).has(questionId);
}
