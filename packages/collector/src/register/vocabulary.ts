/**
 * The register's words: categories, statuses, channels, and the default lists of what a case concerns and who gave
 * it, in Swedish and English, as a unit's Excel file has them. Surveys add their own option values (with their
 * texts) to `concerns` and `givenBy`; category, status and channel are fixed.
 */
import { allQuestions, registerCategories } from '@svara/schema';
import type { Survey, Text } from '@svara/schema';

export type Label = { sv: string; en: string };
export interface Term {
  code: string;
  label: Label;
}

export const CATEGORIES = registerCategories;
export type Category = (typeof CATEGORIES)[number];
export const CATEGORY_LABELS: Record<Category, Label> = {
  synpunkt: { sv: 'Synpunkt', en: 'Comment' },
  klagomal: { sv: 'Klagomål', en: 'Complaint' },
  berom: { sv: 'Beröm', en: 'Praise' },
};

export const STATUSES = ['ny', 'under-utredning', 'atgardad', 'avslutad'] as const;
export type Status = (typeof STATUSES)[number];
export const STATUS_LABELS: Record<Status, Label> = {
  ny: { sv: 'Ny', en: 'New' },
  'under-utredning': { sv: 'Under utredning', en: 'Being looked into' },
  atgardad: { sv: 'Åtgärdad', en: 'Acted on' },
  avslutad: { sv: 'Avslutad', en: 'Closed' },
};

export const CHANNELS = ['digital', 'paper', 'oral', 'phone'] as const;
export type Channel = (typeof CHANNELS)[number];
export const CHANNEL_LABELS: Record<Channel, Label> = {
  digital: { sv: 'Digitalt', en: 'Digital' },
  paper: { sv: 'Papper', en: 'Paper' },
  oral: { sv: 'Lämnad muntligt', en: 'Given orally' },
  phone: { sv: 'Telefon', en: 'Phone' },
};

export const DEFAULT_CONCERNS: readonly Term[] = [
  { code: 'bemotande', label: { sv: 'Bemötande', en: 'How people were treated' } },
  { code: 'handlaggning', label: { sv: 'Handläggning och beslut', en: 'Case handling and decisions' } },
  { code: 'information', label: { sv: 'Information', en: 'Information' } },
  { code: 'tillganglighet', label: { sv: 'Tillgänglighet och väntetider', en: 'Access and waiting times' } },
  { code: 'stodet', label: { sv: 'Stödet eller insatsen', en: 'The support or service' } },
  { code: 'annat', label: { sv: 'Annat', en: 'Other' } },
];

export const DEFAULT_GIVEN_BY: readonly Term[] = [
  { code: 'klient', label: { sv: 'Brukare eller klient', en: 'Service user or client' } },
  { code: 'barn', label: { sv: 'Barn eller ungdom', en: 'Child or young person' } },
  { code: 'anhorig', label: { sv: 'Anhörig', en: 'Relative' } },
  { code: 'god-man', label: { sv: 'God man eller förvaltare', en: 'Guardian or trustee' } },
  { code: 'annan', label: { sv: 'Annan', en: 'Someone else' } },
];

/** Suggestions for "received by": roles, never names. Free text is allowed too. */
export const RECEIVED_BY_SUGGESTIONS: readonly Label[] = [
  { sv: 'Handläggare', en: 'Case worker' },
  { sv: 'Enhetschef', en: 'Unit manager' },
  { sv: 'Reception', en: 'Reception' },
  { sv: 'Personal i verksamheten', en: 'Staff at the service' },
];

export const isCategory = (value: unknown): value is Category =>
  typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);
export const isStatus = (value: unknown): value is Status =>
  typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
export const isChannel = (value: unknown): value is Channel =>
  typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);

/** A text of the survey as a label: its Swedish and English (or its main language for both). */
export function labelOf(text: Text | undefined, lang: string): Label {
  if (text === undefined) return { sv: '', en: '' };
  if (typeof text === 'string') return { sv: text, en: text };
  const main = text[lang] ?? Object.values(text)[0] ?? '';
  return { sv: text.sv ?? main, en: text.en ?? text.sv ?? main };
}

/** Codes of `terms` plus the option values a survey gives the field, each once, defaults first. */
function merged(defaults: readonly Term[], extra: Iterable<Term>): Term[] {
  const byCode = new Map(defaults.map((t) => [t.code, t]));
  for (const term of extra) if (!byCode.has(term.code)) byCode.set(term.code, term);
  return [...byCode.values()];
}

function* surveyTerms(surveys: Iterable<Survey>, field: 'concerns' | 'givenBy'): Generator<Term> {
  for (const survey of surveys) {
    if (!survey.register) continue;
    for (const question of allQuestions(survey)) {
      if (question.registerField !== field || question.type !== 'choice') continue;
      for (const option of question.options)
        yield { code: String(option.value), label: labelOf(option.text, survey.lang) };
    }
  }
}

export interface Vocabulary {
  categories: Term[];
  statuses: Term[];
  channels: Term[];
  concerns: Term[];
  givenBy: Term[];
  receivedBy: Label[];
}

/** Everything the studio offers in its lists, with the register surveys' own option values added. */
export function vocabulary(surveys: Iterable<Survey>): Vocabulary {
  const list = [...surveys];
  return {
    categories: CATEGORIES.map((code) => ({ code, label: CATEGORY_LABELS[code] })),
    statuses: STATUSES.map((code) => ({ code, label: STATUS_LABELS[code] })),
    channels: CHANNELS.map((code) => ({ code, label: CHANNEL_LABELS[code] })),
    concerns: merged(DEFAULT_CONCERNS, surveyTerms(list, 'concerns')),
    givenBy: merged(DEFAULT_GIVEN_BY, surveyTerms(list, 'givenBy')),
    receivedBy: [...RECEIVED_BY_SUGGESTIONS],
  };
}

/** The label of a code in a list, or the code itself. */
export function termLabel(terms: readonly Term[], code: string | null, locale: 'sv' | 'en'): string {
  if (code === null) return '';
  return terms.find((t) => t.code === code)?.label[locale] ?? code;
}
