/**
 * lintSurvey: warnings an author should fix before a respondent sees the survey. The survey is valid either
 * way; these are about being understood (plain language, few choices, pictures, translations).
 */
import { formatPath, languageName, message } from './messages.js';
import type { Issue, Locale, Params } from './messages.js';
import type { ParseOptions } from './parse-survey.js';
import type { Pictogram, Question, Survey, Text } from './schemas.js';
import {
  iterateQuestions,
  questionDisplay,
  questionOptions,
  resolveScale,
  surveyLanguages,
} from './survey.js';
import { iterateLocalized } from './walk.js';
import type { TextRole } from './walk.js';

export interface LixResult {
  /** words / sentences + 100 × long words / words, or 0 for a text without words. */
  lix: number;
  words: number;
  sentences: number;
  /** Words with more than 6 letters. */
  longWords: number;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
const LETTER = /\p{L}/gu;
const SENTENCE_END = /[.!?:…]+(?=\s|$)|\n\s*\n/u;

/** Splits a text into sentences (ended by . ! ? : or … followed by a space or the end, or a blank line). */
export function sentencesOf(text: string): string[] {
  return text
    .split(SENTENCE_END)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/** The words of a text: runs of letters and digits; `den/de` is two words, `e-post` one. */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

function countLix(words: string[], sentences: number): LixResult {
  const longWords = words.filter((w) => (w.match(LETTER)?.length ?? 0) > 6).length;
  const lix =
    words.length === 0 ? 0 : words.length / Math.max(1, sentences) + (100 * longWords) / words.length;
  return { lix, words: words.length, sentences, longWords };
}

/**
 * LIX (läsbarhetsindex, Björnsson): words / sentences + 100 × (words longer than 6 letters) / words. Under 30
 * is very easy, over 40 is hard.
 */
export function lix(text: string): LixResult {
  const sentences = sentencesOf(text);
  return countLix(sentences.flatMap(wordsOf), sentences.length);
}

/** Highest LIX per audience. */
export const lixLimits = { general: 40, child: 30, aac: 30 } as const;
/**
 * The languages LIX is measured in: it counts letters per word and was made for Swedish (and is used for the
 * Scandinavian languages, English and German). In Arabic, Finnish or Somali, long words say little about a text's
 * difficulty, so a survey written first in one of them gets no LIX warnings (its long sentences are still found).
 */
export const lixLanguages: readonly string[] = ['sv', 'da', 'nb', 'nn', 'no', 'en', 'de'];

/** True when LIX says something about a text in `lang` (a BCP 47 tag: `sv`, `sv-SE`). */
export const measuresLix = (lang: string): boolean =>
  lixLanguages.includes(lang.split('-')[0]!.toLowerCase());
export const MAX_SENTENCE_WORDS = 15;
export const MAX_OPTIONS_EASY = 5;

/** Negative words per language, for child and aac statements. */
export const negations: Readonly<Record<string, readonly string[]>> = {
  sv: ['inte', 'ej', 'icke', 'ingen', 'inget', 'inga', 'ingenting', 'ingenstans', 'aldrig', 'varken'],
  en: ['not', 'no', 'never', 'nobody', 'nothing', 'none', 'neither', 'nor', 'nowhere', 'cannot'],
  fi: ['ei', 'en', 'et', 'emme', 'ette', 'eivät', 'älä', 'älkää'],
};

/** Roles whose texts are sentences a respondent reads and are measured one by one. */
const proseRoles: ReadonlySet<TextRole> = /* @__PURE__ */ new Set([
  'intro',
  'thanks',
  'privacy',
  'question',
  'description',
  'item',
]);
/** Headings count towards the survey's overall LIX, but are too short to measure alone. */
const headingRoles: ReadonlySet<TextRole> = /* @__PURE__ */ new Set(['title', 'page-title']);

function inLang(text: Text, lang: string): string | undefined {
  if (typeof text === 'string') return text;
  return Object.hasOwn(text, lang) ? text[lang] : undefined;
}

const round = (n: number): number => Math.round(n * 10) / 10;

/**
 * A lint warning: an {@link Issue} with the values its message was made from (`lix`, `max`, `word`, …), so that
 * a tool such as the studio can word it for its own screens.
 */
export interface LintIssue extends Issue {
  params: Params;
}

/** Collects warnings for one locale. */
function collector(locale: Locale): {
  warnings: LintIssue[];
  add: (code: string, path: (string | number)[], params?: Params) => void;
} {
  const warnings: LintIssue[] = [];
  const add = (code: string, path: (string | number)[], params: Params = {}): void => {
    warnings.push({ code, path: formatPath(path), message: message(code, locale, params), params });
  };
  return { warnings, add };
}

/** Warnings for a parsed survey, each with a path and a plain message. */
export function lintSurvey(survey: Survey, options: ParseOptions = {}): LintIssue[] {
  const locale: Locale = options.locale ?? 'sv';
  const { warnings, add } = collector(locale);
  const audience = survey.audience ?? 'general';
  const easy = audience === 'child' || audience === 'aac';
  const maxLix = lixLimits[audience];
  const measured = measuresLix(survey.lang);
  const languages = surveyLanguages(survey);
  const allWords: string[] = [];
  let allSentences = 0;

  for (const entry of iterateLocalized(survey)) {
    if (entry.kind !== 'text') continue;
    // Translations
    const missing = languages.filter((l) =>
      typeof entry.value === 'string' ? l !== survey.lang : !Object.hasOwn(entry.value, l),
    );
    if (missing.length)
      add('missing-translation', entry.path, {
        languages: missing.map((l) => languageName(l, locale)).join(', '),
      });

    // Readability, in the main language
    const main = inLang(entry.value, survey.lang);
    if (main !== undefined && headingRoles.has(entry.role)) {
      allWords.push(...wordsOf(main));
      allSentences += 1;
    }
    if (main !== undefined && proseRoles.has(entry.role)) {
      const sentences = sentencesOf(main);
      const words = sentences.flatMap(wordsOf);
      allWords.push(...words);
      allSentences += Math.max(1, sentences.length);
      const result = countLix(words, sentences.length);
      if (measured && result.lix > maxLix) add('lix', entry.path, { lix: round(result.lix), max: maxLix });
      for (const sentence of sentences) {
        const count = wordsOf(sentence).length;
        if (count > MAX_SENTENCE_WORDS) {
          add('long-sentence', entry.path, {
            words: count,
            max: MAX_SENTENCE_WORDS,
            sentence: sentence.length > 80 ? `${sentence.slice(0, 77)}…` : sentence,
          });
        }
      }
    }

    // Negations in statements
    if (easy && (entry.role === 'question' || entry.role === 'item')) {
      const texts: [string, string][] =
        typeof entry.value === 'string' ? [[survey.lang, entry.value]] : Object.entries(entry.value);
      for (const [lang, text] of texts) {
        const list = Object.hasOwn(negations, lang) ? negations[lang]! : [];
        const found = wordsOf(text.toLowerCase()).find(
          (w) => list.includes(w) || (lang === 'en' && w.endsWith("n't")),
        );
        if (found)
          add('negation', [...entry.path, ...(typeof entry.value === 'string' ? [] : [lang])], {
            word: found,
          });
      }
    }
  }
  const overall = countLix(allWords, allSentences);
  if (measured && overall.lix > maxLix) add('lix-overall', [], { lix: round(overall.lix), max: maxLix });

  if (!survey.privacy?.purpose || !survey.privacy?.whoSees) {
    const what: string[] = [];
    if (!survey.privacy?.purpose)
      what.push(
        locale === 'sv' ? 'varför frågorna ställs ("purpose")' : 'why the questions are asked ("purpose")',
      );
    if (!survey.privacy?.whoSees)
      what.push(locale === 'sv' ? 'vem som ser svaren ("whoSees")' : 'who sees the answers ("whoSees")');
    add('missing-privacy', ['privacy'], { what: what.join(locale === 'sv' ? ' och ' : ' and ') });
  }

  for (const { question, path } of iterateQuestions(survey)) {
    const display = questionDisplay(question);
    const options = questionOptions(question);
    const isFaces =
      (question.type === 'scale' || question.type === 'scale-group') &&
      resolveScale(question.scale).display === 'smiley';
    if (isFaces && display === 'number') add('number-faces', [...path, 'display']);
    else if (audience === 'child' && display === 'number')
      add('number-child', [...path, 'display' in question && question.display ? 'display' : 'scale']);
    if (easy && options.length > MAX_OPTIONS_EASY) {
      add(
        'too-many-options',
        [...path, question.type === 'choice' || question.type === 'multi' ? 'options' : 'scale'],
        {
          count: options.length,
          max: MAX_OPTIONS_EASY,
        },
      );
    }
    if (easy && !question.plain?.text) add('missing-plain', [...path, 'plain']);
    if (audience === 'aac') {
      if (!question.pictogram) add('missing-pictogram', [...path, 'pictogram']);
      if (question.type === 'choice' || question.type === 'multi') {
        for (const [i, option] of question.options.entries()) {
          if (!option.pictogram) add('missing-pictogram', [...path, 'options', i, 'pictogram']);
        }
      }
      if (
        (question.type === 'scale' || question.type === 'scale-group') &&
        typeof question.scale === 'object' &&
        'options' in question.scale
      ) {
        for (const [i, option] of question.scale.options.entries()) {
          if (!option.pictogram) add('missing-pictogram', [...path, 'scale', 'options', i, 'pictogram']);
        }
      }
      if (question.type === 'scale-group') {
        for (const [i, item] of question.items.entries()) {
          if (!item.pictogram) add('missing-pictogram', [...path, 'items', i, 'pictogram']);
        }
      }
    }
  }
  return warnings;
}

// ─── Read-aloud, self-hosted pictograms and comparability ────────────────────────────────────────────────────

/**
 * Languages for which the devices respondents commonly use (iOS and macOS, Windows, Android with Google's speech
 * services) ship a speech-synthesis voice. Desktop Chrome on Linux may have none at all; recorded audio is the
 * only way to be sure.
 */
export const commonVoiceLanguages: readonly string[] = [
  'sv',
  'en',
  'fi',
  'da',
  'nb',
  'de',
  'fr',
  'es',
  'it',
  'nl',
  'pl',
  'pt',
  'ru',
  'uk',
  'ar',
  'tr',
  'el',
  'he',
  'zh',
  'ja',
  'ko',
  'hi',
];

export interface ReadAloudLintOptions extends ParseOptions {
  /** Languages a respondent's device can read aloud (default {@link commonVoiceLanguages}). */
  voices?: readonly string[];
}

const primaryLanguage = (tag: string): string => tag.toLowerCase().split(/[-_]/)[0] ?? tag;

/**
 * `no-voice`: a question that would be read aloud in a language no common device has a voice for, and that has
 * no recording in that language (neither the question nor every one of its own options and statements). One
 * warning per question and language, at the question's `audio`.
 */
export function lintReadAloud(survey: Survey, options: ReadAloudLintOptions = {}): LintIssue[] {
  const locale: Locale = options.locale ?? 'sv';
  const { warnings, add } = collector(locale);
  const voices = new Set((options.voices ?? commonVoiceLanguages).map(primaryLanguage));
  const silent = surveyLanguages(survey).filter((lang) => !voices.has(primaryLanguage(lang)));
  if (silent.length === 0) return warnings;
  for (const { question, path } of iterateQuestions(survey)) {
    const parts: { audio?: Record<string, string> | undefined }[] = [question];
    if (question.type === 'choice' || question.type === 'multi') parts.push(...question.options);
    if (question.type === 'scale-group') parts.push(...question.items);
    if (
      (question.type === 'scale' || question.type === 'scale-group') &&
      typeof question.scale === 'object' &&
      'options' in question.scale
    )
      parts.push(...question.scale.options);
    for (const lang of silent) {
      if (parts.every((part) => part.audio && Object.hasOwn(part.audio, lang))) continue;
      add('no-voice', [...path, 'audio'], { language: languageName(lang, locale), lang });
    }
  }
  return warnings;
}

/** Every pictogram reference of a survey's questions, options, scale options and statements, with its path. */
export function* iteratePictograms(
  survey: Pick<Survey, 'questions' | 'pages'>,
): Generator<{ pictogram: Pictogram; path: (string | number)[]; question: Question }> {
  for (const { question, path } of iterateQuestions(survey)) {
    if (question.pictogram) yield { pictogram: question.pictogram, path: [...path, 'pictogram'], question };
    const lists: [string[], { pictogram?: Pictogram | undefined }[]][] = [];
    if (question.type === 'choice' || question.type === 'multi') lists.push([['options'], question.options]);
    if (
      (question.type === 'scale' || question.type === 'scale-group') &&
      typeof question.scale === 'object' &&
      'options' in question.scale
    )
      lists.push([['scale', 'options'], question.scale.options]);
    if (question.type === 'scale-group') lists.push([['items'], question.items]);
    for (const [keys, list] of lists) {
      for (const [i, entry] of list.entries()) {
        if (entry.pictogram)
          yield { pictogram: entry.pictogram, path: [...path, ...keys, i, 'pictogram'], question };
      }
    }
  }
}

export interface PictogramLintOptions extends ParseOptions {
  /**
   * The ARASAAC ids this installation serves itself (from the manifest `svara pictograms fetch` writes). When
   * given, every other ARASAAC id is reported: the picture would be missing, and so would its attribution record.
   */
  hosted?: readonly number[];
}

const THIRD_PARTY_ARASAAC = /^https:\/\/([a-z0-9-]+\.)*arasaac\.org\//i;

/**
 * `pictogram-not-hosted`: an ARASAAC pictogram that is not among the self-hosted ones (only with `hosted`).
 * `pictogram-third-party`: an image loaded from arasaac.org itself, which would make the respondent's browser
 * contact a third party and shows the picture without its attribution — use `{"arasaac": id}` instead.
 */
export function lintPictograms(survey: Survey, options: PictogramLintOptions = {}): LintIssue[] {
  const locale: Locale = options.locale ?? 'sv';
  const { warnings, add } = collector(locale);
  const hosted = options.hosted ? new Set(options.hosted) : undefined;
  for (const { pictogram, path } of iteratePictograms(survey)) {
    if ('arasaac' in pictogram && hosted && !hosted.has(pictogram.arasaac))
      add('pictogram-not-hosted', path, { id: pictogram.arasaac });
    if ('src' in pictogram && THIRD_PARTY_ARASAAC.test(pictogram.src))
      add('pictogram-third-party', [...path, 'src'], { src: pictogram.src });
  }
  return warnings;
}
