/**
 * The `feeling-scale` lint rule, apart from `lintSurvey` so that the main entry stays small
 * (`@svara/schema/lint-feelings`): faces labelled with feelings (`smiley-5`, `smiley-3`: Mycket ledsen … Mycket
 * glad) after a statement that is not about a feeling ("Jag vet varför vi träffades.") ask a child how a fact
 * feels; `smiley-agree-5` asks how true it is. A word list decides what is about a feeling: its limits are in the
 * schema README ("The limits of feeling-scale").
 */
import { formatPath } from './messages.js';
import type { Locale } from './messages.js';
import { isFaceScale } from './presets.js';
import type { Survey, Text } from './schemas.js';
import { iterateQuestions, questionOptions } from './survey.js';
import { wordsOf } from './lint.js';
import type { LintIssue } from './lint.js';

/**
 * Words that make a statement about a feeling, per language: whole words and word beginnings (Swedish and
 * Finnish inflect). A word list, not an understanding of the sentence.
 */
export const feelingWords: Readonly<
  Record<string, { readonly words: readonly string[]; readonly stems: readonly string[] }>
> = {
  sv: {
    words: [
      ...['glad', 'glada', 'glatt', 'arg', 'arga', 'argt', 'oro', 'mår', 'må', 'mådde', 'bra', 'kul'],
      ...['dålig', 'dåligt', 'dåliga', 'lugn', 'lugnt', 'ensam', 'stolt', 'hatar', 'hur'],
    ],
    stems: [
      ...['känn', 'känd', 'känsl', 'tyck', 'gilla', 'gläd', 'ledsen', 'ledsn', 'rädd', 'trygg', 'otrygg'],
      ...['orolig', 'nöjd', 'missnöjd', 'trivs', 'trivd', 'trivas', 'rolig', 'tråkig', 'jobbig', 'skön'],
      ...['stressad', 'besvik', 'älska', 'upplev'],
    ],
  },
  en: {
    words: [
      ...['sad', 'glad', 'safe', 'unsafe', 'good', 'bad', 'fun', 'mad', 'hate', 'think', 'thought', 'calm'],
      ...['proud', 'like', 'liked', 'love', 'loved', 'scared', 'afraid', 'upset', 'how'],
    ],
    stems: [
      ...['feel', 'felt', 'enjoy', 'happy', 'happi', 'unhapp', 'worr', 'pleased', 'satisf', 'comfort'],
      ...['lonel', 'angr'],
    ],
  },
  fi: {
    words: ['hyvä', 'hyvin', 'huono', 'huonosti', 'kiva', 'kivaa', 'miten', 'kuinka'],
    stems: [
      ...['tunn', 'tunt', 'tunte', 'pidä', 'pidin', 'piti', 'ilo', 'surul', 'vihai', 'pelo', 'pelk'],
      ...['turval', 'mukav', 'tyytyv', 'huoles', 'yksinäi'],
    ],
  },
};

/** True when `text` (in `lang`) has a word of the feeling list; undefined when there is no list for `lang`. */
export function speaksOfFeeling(text: string, lang: string): boolean | undefined {
  const list = Object.hasOwn(feelingWords, lang) ? feelingWords[lang]! : undefined;
  if (!list) return undefined;
  return wordsOf(text.toLowerCase()).some(
    (word) => list.words.includes(word) || list.stems.some((stem) => word.startsWith(stem)),
  );
}

const messages: Record<Locale, (first: string, last: string) => string> = {
  sv: (first, last) =>
    `Påståendet handlar inte om en känsla, men svaras med ansikten för känslor (${first} … ${last}). Använd skalan "smiley-agree-5" (Stämmer inte alls … Stämmer helt), eller fråga hur det kändes.`,
  en: (first, last) =>
    `The statement is not about a feeling, but is answered with faces for feelings (${first} … ${last}). Use the scale "smiley-agree-5" (Not true at all … Completely true), or ask how it felt.`,
};

const inLang = (text: Text, lang: string): string | undefined =>
  typeof text === 'string' ? text : Object.hasOwn(text, lang) ? text[lang] : undefined;

/**
 * `feeling-scale` warnings: one per statement (a question's text, or each statement of a scale group, in the
 * survey's main language) answered with faces labelled with feelings that has no word of `feelingWords`.
 */
export function lintFeelings(survey: Survey, options: { locale?: Locale } = {}): LintIssue[] {
  const locale: Locale = options.locale ?? 'sv';
  const warnings: LintIssue[] = [];
  for (const { question, path } of iterateQuestions(survey)) {
    if (question.type !== 'scale' && question.type !== 'scale-group') continue;
    if (!isFaceScale(question.scale) || question.scale === 'smiley-agree-5') continue;
    const statements: [Text, (string | number)[]][] =
      question.type === 'scale-group'
        ? question.items.map((item, i) => [item.text, [...path, 'items', i, 'text']])
        : [[question.text, [...path, 'text']]];
    const labels = questionOptions(question).map((option) => inLang(option.text, locale) ?? '');
    for (const [text, where] of statements) {
      const main = inLang(text, survey.lang);
      if (main === undefined || speaksOfFeeling(main, survey.lang) !== false) continue;
      const params = { first: labels[0] ?? '', last: labels.at(-1) ?? '' };
      warnings.push({
        code: 'feeling-scale',
        path: formatPath(where),
        message: messages[locale](params.first, params.last),
        params,
      });
    }
  }
  return warnings;
}
