/**
 * Small validator objects. A control composes the ones it needs; its {@link FormFieldController} runs them in
 * order and passes the first failure to `ElementInternals.setValidity` with a focusable anchor.
 *
 * Messages are OUR plain-language strings (`msg()`, translated in xliff/), computed at check time so they
 * follow the active locale. We never borrow a hidden native input's `validationMessage`: that one is in the
 * browser's language, not the form's, and not written in plain language.
 */
import { msg, str } from '@lit/localize';
import { getLocale } from '../localization.js';

/** A failed check: the ValidityState flags to set and the message to show. */
export interface ValidationFailure {
  flags: ValidityStateFlags;
  message: string;
}

/** One check. Returns null when the control passes it. */
export interface Validator {
  /** For debugging and tests, e.g. `required`. */
  readonly name: string;
  check(): ValidationFailure | null;
}

// Intl objects are slow to make (a page of questions asks for them many times while rendering): one per locale.
const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** Chooses the `one` or `other` form by the active locale's plural rules (GOV.UK style; lit/lit#1891). */
export function pluralForm(count: number): 'one' | 'other' {
  const locale = getLocale();
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(count) === 'one' ? 'one' : 'other';
}

/** A number written the way the active locale writes it (`2 000` in Swedish, `2,000` in English). */
export function formatNumber(value: number): string {
  const locale = getLocale();
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(value);
}

/** Fails with `valueMissing` when the field is required and empty. */
export function requiredValidator(field: {
  required: () => boolean;
  isEmpty: () => boolean;
  /** The plain-language message, e.g. {@link messages.chooseOne}. */
  message: () => string;
}): Validator {
  return {
    name: 'required',
    check: () =>
      field.required() && field.isEmpty()
        ? { flags: { valueMissing: true }, message: field.message() }
        : null,
  };
}

/** Fails with `rangeUnderflow` when fewer than `min` options are selected (an empty optional field passes). */
export function minSelectionsValidator(field: {
  min: () => number | undefined;
  count: () => number;
}): Validator {
  return {
    name: 'minSelections',
    check: () => {
      const min = field.min();
      const count = field.count();
      if (min === undefined || count === 0 || count >= min) return null;
      return { flags: { rangeUnderflow: true }, message: messages.chooseAtLeast(min) };
    },
  };
}

/** Fails with `rangeOverflow` when more than `max` options are selected. */
export function maxSelectionsValidator(field: {
  max: () => number | undefined;
  count: () => number;
}): Validator {
  return {
    name: 'maxSelections',
    check: () => {
      const max = field.max();
      if (max === undefined || field.count() <= max) return null;
      return { flags: { rangeOverflow: true }, message: messages.chooseAtMost(max) };
    },
  };
}

/** Fails with `tooLong` when the text has more than `max` characters (counted as the user sees them). */
export function maxLengthValidator(field: { max: () => number | undefined; text: () => string }): Validator {
  return {
    name: 'maxLength',
    check: () => {
      const max = field.max();
      if (max === undefined || characterCount(field.text()) <= max) return null;
      return { flags: { tooLong: true }, message: messages.tooLong(max) };
    },
  };
}

let graphemes: Intl.Segmenter | undefined;

/** Characters as a person counts them (grapheme clusters: an emoji or "å" is one). */
export function characterCount(text: string): number {
  // Latin text (Swedish, Finnish, English) with ordinary punctuation: every UTF-16 unit is one character. Anything
  // that may combine (accents typed separately, Arabic vowel marks, emoji, CR LF) is counted by the segmenter.
  if (/^[\t\n -\u02ff\u2010-\u205e\u20a0-\u20c0]*$/.test(text)) return text.length;
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let count = 0;
  for (const _ of graphemes.segment(text)) count++;
  return count;
}

/**
 * The plain-language validation messages every page with a form may show, one function each so they are read in
 * the active locale. Those only a date or an e-mail field says live beside their validators (`dateMessages`,
 * `emailMessages`), so that a page without such a field never downloads them; `@svara/elements` exports all of
 * them together as `messages`.
 */
export const messages = {
  chooseOne: () =>
    msg('Välj ett svar.', {
      id: 'elements.validation.chooseOne',
      desc: 'Error: a one-answer question has no answer',
    }),
  chooseAny: () =>
    msg('Välj minst ett svar.', {
      id: 'elements.validation.chooseAny',
      desc: 'Error: a question where several answers may be chosen has no answer',
    }),
  writeAnswer: () =>
    msg('Skriv ett svar.', {
      id: 'elements.validation.writeAnswer',
      desc: 'Error: a required text field is empty',
    }),
  chooseAtLeast: (min: number) =>
    pluralForm(min) === 'one'
      ? msg('Välj minst ett svar.', {
          id: 'elements.validation.chooseAtLeast_one',
          desc: 'Error: too few answers chosen; at least one is needed',
        })
      : msg(str`Välj minst ${min} svar.`, {
          id: 'elements.validation.chooseAtLeast_other',
          desc: 'Error: too few answers chosen. ${min} is the smallest number of answers (2 or more)',
        }),
  chooseAtMost: (max: number) =>
    pluralForm(max) === 'one'
      ? msg('Välj högst ett svar.', {
          id: 'elements.validation.chooseAtMost_one',
          desc: 'Error: too many answers chosen; only one is allowed',
        })
      : msg(str`Välj högst ${max} svar.`, {
          id: 'elements.validation.chooseAtMost_other',
          desc: 'Error: too many answers chosen. ${max} is the largest number of answers allowed (2 or more)',
        }),
  tooLong: (max: number) =>
    msg(str`Texten är för lång. Du kan skriva högst ${formatNumber(max)} tecken.`, {
      id: 'elements.validation.tooLong',
      desc: 'Error: the text is longer than allowed. ${max} is the number of characters allowed',
    }),
  /** `label`: the box's own words, so the message (and the error summary) says which box. */
  checkBox: (label = '') =>
    label
      ? msg(str`Kryssa i rutan ”${label}” för att gå vidare.`, {
          id: 'elements.validation.checkBoxNamed',
          desc: 'Error: a checkbox that must be ticked is not ticked. ${label} is the box’s own text (e.g. "Jag godkänner att ni sparar min e-postadress …"), quoted so the reader knows which box',
        })
      : msg('Du måste kryssa i rutan för att gå vidare.', {
          id: 'elements.validation.checkBox',
          desc: 'Error: a checkbox that must be ticked (e.g. to agree to how personal data is used) is not ticked',
        }),
  email: () =>
    msg('Skriv e-postadressen så här: namn@exempel.se', {
      id: 'elements.validation.email',
      desc: 'Error: the e-mail address is not in the right form. Keep an example address that fits the language',
    }),
};
