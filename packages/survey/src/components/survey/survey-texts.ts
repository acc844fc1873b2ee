/**
 * What the first screen needs of a definition, apart from the question controls (questions.ts, loaded after the
 * start screen): its texts in the respondent's language and direction, and what the toolbar offers (pictures,
 * plain-language texts).
 */
import { dirFor } from '@svara/elements/localization';
import { questionDisplay, selectText } from '@svara/schema';
import type { Question, Survey, Text } from '@svara/schema';

/**
 * `dir` for a text shown in another language than the widget's (`lang` set only then): its own direction, so
 * Swedish that falls back inside an Arabic widget reads "Jag vet varför vi träffades." and not ".Jag vet …".
 */
export const dirOf = (lang: string | undefined): 'ltr' | 'rtl' | undefined =>
  lang ? dirFor(lang) : undefined;

/** A text of the definition as shown: `lang` is set only when it fell back to another language than asked. */
export type TextLookup = (owner: object, key: string) => { text: string; lang?: string };

/** Looks up the definition's texts in `lang` (plain variants when `plain`), falling back to the survey's language. */
export function textLookup(survey: Survey, lang: string, plain: boolean): TextLookup {
  type Owner = Record<string, Text | undefined> & { plain?: Record<string, Text | undefined> };
  return (owner, key) => {
    const found = selectText(owner as Owner, key, { lang, defaultLang: survey.lang, plain });
    if (!found) return { text: '' };
    return found.lang === lang ? { text: found.text } : found;
  };
}

/** True when a choice question's options have pictograms to show (its display, or every option has one). */
export function choicePictures(question: Question): boolean {
  if (question.type !== 'choice' && question.type !== 'multi') return false;
  return question.display === 'pictogram' || question.options.every((option) => option.pictogram);
}

/** True when this question draws pictures: the faces of a scale, or the pictograms of a choice question. */
export function drawsPictures(question: Question): boolean {
  if (choicePictures(question)) return true;
  if (question.type !== 'scale' && question.type !== 'scale-group') return false;
  const display = questionDisplay(question);
  return display === 'smiley' || display === 'pictogram';
}

/** True when some text in the definition has a plain-language variant (otherwise "Lättläst" would do nothing). */
export function hasPlainVariants(survey: Survey): boolean {
  const owners: { plain?: unknown }[] = [survey, survey.privacy ?? {}, ...(survey.pages ?? [])];
  for (const question of survey.pages?.flatMap((page) => page.questions) ?? survey.questions ?? []) {
    owners.push(question);
    if ('options' in question) owners.push(...question.options);
    if ('items' in question) owners.push(...question.items);
    if (question.type === 'scale' && typeof question.scale === 'object' && 'options' in question.scale)
      owners.push(...question.scale.options);
  }
  return owners.some((owner) => owner.plain !== undefined);
}
