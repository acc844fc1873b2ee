/**
 * The date checks of `<svara-date>`, apart from the validators every control uses, so that a page without a
 * date field never downloads them (the embed loads `<svara-date>` on demand).
 */
import { msg, str } from '@lit/localize';
import { getLocale } from '../localization.js';
import type { Validator } from './validators.js';

/** The messages of `<svara-date>` (see `messages` in validators.ts). */
export const dateMessages = {
  dateMissing: () =>
    msg('Skriv ett datum.', {
      id: 'elements.validation.dateMissing',
      desc: 'Error: a required date (three fields: day, month, year) is empty',
    }),
  dateIncomplete: () =>
    msg('Skriv dag, månad och år.', {
      id: 'elements.validation.dateIncomplete',
      desc: 'Error: one or two of the three date fields (day, month, year) are empty',
    }),
  dateYear: () =>
    msg('Skriv året med fyra siffror, till exempel 2026.', {
      id: 'elements.validation.dateYear',
      desc: 'Error: the year of a date is not written with four digits. Keep the example year 2026',
    }),
  dateNotReal: () =>
    msg('Det datumet finns inte. Kontrollera dag och månad.', {
      id: 'elements.validation.dateNotReal',
      desc: 'Error: the day and month typed do not make a real date (e.g. 31 April, or month 13)',
    }),
  realDate: () =>
    msg('Skriv ett datum som finns, till exempel 2026-03-31.', {
      id: 'elements.validation.realDate',
      desc: 'Error: the date does not exist or is written wrongly. Keep the example date 2026-03-31 as it is',
    }),
  dateFrom: (min: string) =>
    msg(str`Datumet måste vara ${min} eller senare.`, {
      id: 'elements.validation.dateFrom',
      desc: 'Error: the date is too early. ${min} is the earliest allowed date, written out, e.g. 1 mars 2026',
    }),
  dateUntil: (max: string) =>
    msg(str`Datumet måste vara ${max} eller tidigare.`, {
      id: 'elements.validation.dateUntil',
      desc: 'Error: the date is too late. ${max} is the latest allowed date, written out, e.g. 31 mars 2026',
    }),
};

/** ISO date `YYYY-MM-DD` → Date (UTC midnight), or null if it is not a real date. */
export function parseIsoDate(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    ? date
    : null;
}

function formatDate(date: Date): string {
  return new Intl.DateTimeFormat(getLocale(), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/**
 * Fails with `badInput` for a non-empty value that is not a real date, `rangeUnderflow` before `min` and
 * `rangeOverflow` after `max` (all ISO `YYYY-MM-DD`).
 */
export function dateRangeValidator(field: {
  value: () => string;
  min: () => string | undefined;
  max: () => string | undefined;
}): Validator {
  return {
    name: 'dateRange',
    check: () => {
      const value = field.value();
      if (value === '') return null;
      const date = parseIsoDate(value);
      if (!date) return { flags: { badInput: true }, message: dateMessages.realDate() };
      const min = parseIsoDate(field.min() ?? '');
      const max = parseIsoDate(field.max() ?? '');
      if (min && date < min)
        return { flags: { rangeUnderflow: true }, message: dateMessages.dateFrom(formatDate(min)) };
      if (max && date > max)
        return { flags: { rangeOverflow: true }, message: dateMessages.dateUntil(formatDate(max)) };
      return null;
    },
  };
}

/** A date typed in three fields, as typed (digits expected, but anything may be there). */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** Which of the three date fields the current problem is in (for `aria-invalid` and focus). */
export type DatePart = keyof DateParts;

/**
 * The problem with a date typed in three fields, or null when it is empty or a real date:
 * - `incomplete` (a field is empty) → `badInput`, "Skriv dag, månad och år.";
 * - `year` (not four digits) → `badInput`, "Skriv året med fyra siffror, till exempel 2026.";
 * - `notReal` (not digits, or no such day, e.g. 31 April) → `badInput`, "Det datumet finns inte. …".
 */
export function dateProblem(
  parts: DateParts,
): { kind: 'incomplete' | 'year' | 'notReal'; parts: DatePart[] } | null {
  const all: DatePart[] = ['day', 'month', 'year'];
  const empty = all.filter((part) => parts[part].trim() === '');
  if (empty.length === 3) return null;
  if (empty.length > 0) return { kind: 'incomplete', parts: empty };
  if (!/^\d{4}$/.test(parts.year.trim())) return { kind: 'year', parts: ['year'] };
  if (
    !/^\d{1,2}$/.test(parts.day.trim()) ||
    !/^\d{1,2}$/.test(parts.month.trim()) ||
    !parseIsoDate(isoDate(parts))
  ) {
    return { kind: 'notReal', parts: ['day', 'month'] };
  }
  return null;
}

/** `YYYY-MM-DD` from three fields (zero-padded), without checking that the date exists. */
export function isoDate(parts: DateParts): string {
  return `${parts.year.trim()}-${parts.month.trim().padStart(2, '0')}-${parts.day.trim().padStart(2, '0')}`;
}

/** Fails with `badInput` while a date typed in three fields is incomplete, has a wrong year, or does not exist. */
export function datePartsValidator(field: { parts: () => DateParts }): Validator {
  return {
    name: 'dateParts',
    check: () => {
      const problem = dateProblem(field.parts());
      if (!problem) return null;
      const message =
        problem.kind === 'incomplete'
          ? dateMessages.dateIncomplete()
          : problem.kind === 'year'
            ? dateMessages.dateYear()
            : dateMessages.dateNotReal();
      return { flags: { badInput: true }, message };
    },
  };
}
