/**
 * Examples of `<svara-results>`: the single source for its stories, its tests and the axe checks. The data is
 * shaped exactly as `GET /api/surveys/{id}/results` returns it (packages/collector/README.md).
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { SvaraLocale } from '@svara/elements/localization';
import type { Results, ResultOption } from '../../types.js';
import './results.define.js';

export interface ResultsExample {
  /** Story name. */
  title: string;
  /** What the example shows, for the docs page. */
  description: string;
  /** UI language to activate before rendering (defaults to `sv`). */
  locale?: SvaraLocale;
  /** The results JSON shown. */
  data: Results;
  /** The markup a developer would write (a static page passes `data`; a city page uses `src`). */
  render(): TemplateResult;
}

const faces: ResultOption[] = [
  { value: 1, text: { sv: 'Mycket ledsen', en: 'Very sad' }, pictogram: { builtin: 'face-very-sad' } },
  { value: 2, text: { sv: 'Ledsen', en: 'Sad' }, pictogram: { builtin: 'face-sad' } },
  { value: 3, text: { sv: 'Mittemellan', en: 'In between' }, pictogram: { builtin: 'face-neutral' } },
  { value: 4, text: { sv: 'Glad', en: 'Happy' }, pictogram: { builtin: 'face-happy' } },
  { value: 5, text: { sv: 'Mycket glad', en: 'Very happy' }, pictogram: { builtin: 'face-very-happy' } },
];

const base = {
  surveyId: 'familjeenheten-barn',
  surveyVersion: 1,
  lang: 'sv',
  title: { sv: 'Vad tyckte du om att träffa oss?', en: 'What did you think of meeting us?' },
  generatedAt: '2026-11-22T10:00:00.000Z',
  minCount: 5,
};

/** Everyone, no breakdown: a smiley scale with one hidden count, a choice with "vet inte"/"hoppa över", a multi. */
export const overall: Results = {
  ...base,
  respondents: 42,
  invited: 120,
  responseRate: 0.35,
  questions: [
    {
      id: 'vet-varfor',
      type: 'scale',
      published: true,
      text: { sv: 'Jag vet varför vi träffades.', en: 'I know why we met.' },
      display: 'smiley',
      scale: 'smiley-5',
      ordinal: true,
      options: faces,
      total: {
        n: 42,
        counts: [
          { value: 1, count: null },
          { value: 2, count: null },
          { value: 3, count: 6 },
          { value: 4, count: 12 },
          { value: 5, count: 18 },
        ],
        dontKnow: 0,
        mean: null,
      },
    },
    {
      id: 'lyssnade',
      type: 'choice',
      published: true,
      text: { sv: 'Lyssnade vi på dig?', en: 'Did we listen to you?' },
      display: 'text',
      ordinal: false,
      options: [
        { value: 'ja', text: { sv: 'Ja', en: 'Yes' } },
        { value: 'delvis', text: { sv: 'Delvis', en: 'Partly' } },
        { value: 'nej', text: { sv: 'Nej', en: 'No' } },
      ],
      total: {
        n: 42,
        counts: [
          { value: 'ja', count: 30 },
          { value: 'delvis', count: 7 },
          { value: 'nej', count: 0 },
        ],
        dontKnow: 5,
        skipped: 0,
      },
    },
    {
      id: 'hjalp',
      type: 'multi',
      published: true,
      text: { sv: 'Vad hjälpte dig?', en: 'What helped you?' },
      display: 'text',
      ordinal: false,
      options: [
        { value: 'prata', text: { sv: 'Att prata', en: 'Talking' } },
        { value: 'lek', text: { sv: 'Att leka', en: 'Playing' } },
      ],
      total: {
        n: 40,
        counts: [
          { value: 'prata', count: 28 },
          { value: 'lek', count: 21 },
        ],
      },
    },
    {
      id: 'kommentar',
      type: 'text',
      published: false,
      reason: 'free-text',
      text: { sv: 'Vill du säga något mer?' },
    },
  ],
};

/** The smiley question split by "Är du …": one chart per group, and a numeric scale with a mean. */
export const byGroup: Results = {
  ...base,
  respondents: 69,
  invited: 120,
  responseRate: 0.575,
  by: {
    question: 'kon',
    text: { sv: 'Är du …', en: 'Are you …' },
    groups: [
      { value: 'flicka', text: { sv: 'Flicka', en: 'Girl' } },
      { value: 'pojke', text: { sv: 'Pojke', en: 'Boy' } },
    ],
    othersHidden: true,
  },
  questions: [
    {
      id: 'vet-varfor',
      type: 'scale',
      published: true,
      text: { sv: 'Jag vet varför vi träffades.', en: 'I know why we met.' },
      display: 'smiley',
      scale: 'smiley-5',
      ordinal: true,
      options: faces,
      total: {
        n: 69,
        counts: [
          { value: 1, count: 0 },
          { value: 2, count: 5 },
          { value: 3, count: 9 },
          { value: 4, count: 10 },
          { value: 5, count: 45 },
        ],
        mean: 4.38,
      },
      groups: [
        {
          group: 'flicka',
          n: 31,
          counts: [
            { value: 1, count: 0 },
            { value: 2, count: null },
            { value: 3, count: null },
            { value: 4, count: 6 },
            { value: 5, count: 19 },
          ],
          mean: null,
        },
        {
          group: 'pojke',
          n: 33,
          counts: [
            { value: 1, count: 0 },
            { value: 2, count: null },
            { value: 3, count: 5 },
            { value: 4, count: null },
            { value: 5, count: 24 },
          ],
          mean: null,
        },
      ],
    },
    {
      id: 'betyg',
      type: 'scale',
      published: true,
      text: { sv: 'Hur nöjd är du, från 1 till 5?', en: 'How satisfied are you, from 1 to 5?' },
      display: 'text',
      scale: 'numeric',
      ordinal: true,
      options: [1, 2, 3, 4, 5].map((value) => ({ value, text: String(value) })),
      total: {
        n: 69,
        counts: [
          { value: 1, count: 0 },
          { value: 2, count: 6 },
          { value: 3, count: 14 },
          { value: 4, count: 20 },
          { value: 5, count: 29 },
        ],
        mean: 4.04,
      },
      groups: null,
    },
    {
      id: 'kon',
      type: 'choice',
      published: true,
      text: { sv: 'Är du …', en: 'Are you …' },
      display: 'text',
      ordinal: false,
      options: [
        { value: 'flicka', text: { sv: 'Flicka', en: 'Girl' } },
        { value: 'pojke', text: { sv: 'Pojke', en: 'Boy' } },
        { value: 'annat', text: { sv: 'Annat', en: 'Other' } },
      ],
      total: {
        n: 69,
        counts: [
          { value: 'flicka', count: 31 },
          { value: 'pojke', count: 33 },
          { value: 'annat', count: null },
        ],
        skipped: null,
      },
    },
  ],
};

/** Few answers: the respondents themselves are hidden; a scale group with one table per statement. */
export const fewAnswers: Results = {
  ...base,
  respondents: null,
  invited: 40,
  responseRate: null,
  questions: [
    {
      id: 'trygg',
      type: 'scale-group',
      published: true,
      text: { sv: 'Hur känns det?', en: 'How does it feel?' },
      display: 'smiley',
      scale: 'smiley-3',
      ordinal: true,
      options: [faces[0]!, faces[2]!, faces[4]!],
      items: [
        {
          id: 'hemma',
          text: { sv: 'Hemma', en: 'At home' },
          total: {
            n: null,
            counts: [
              { value: 1, count: null },
              { value: 3, count: null },
              { value: 5, count: null },
            ],
            mean: null,
          },
        },
      ],
    },
  ],
};

export const resultsExamples = {
  overall: {
    title: 'Alla svar',
    description:
      'Everyone, with the response rate; a smiley scale with faces beside the answers and two counts hidden; a choice with "Vet inte" and "Vill inte svara" apart; a multi-choice question. The free-text question is not shown.',
    data: overall,
    render: () => html`<svara-results .data=${overall}></svara-results>`,
  },
  byGroup: {
    title: 'Uppdelat efter grupp',
    description:
      '`by="kon"`: one chart per group (each with its own summary for screen readers) and one table with a column per group. A question whose split cannot be published safely says so.',
    data: byGroup,
    render: () => html`<svara-results by="kon" .data=${byGroup}></svara-results>`,
  },
  fewAnswers: {
    title: 'Få svar',
    description:
      'Fewer than 5 answered: every number is replaced by the plain sentence, never by a 0 or a blank.',
    data: fewAnswers,
    render: () => html`<svara-results .data=${fewAnswers}></svara-results>`,
  },
  english: {
    title: 'English',
    description: 'The same results in English: the UI strings and the texts the survey has in English.',
    locale: 'en',
    data: overall,
    render: () => html`<svara-results lang="en" .data=${overall}></svara-results>`,
  },
  arabic: {
    title: 'العربية (RTL)',
    description:
      'Arabic: right to left, bars grow from the right, numbers formatted for Arabic; the question texts stay in Swedish (marked `lang="sv" dir="ltr"`) because the survey has no Arabic.',
    locale: 'ar',
    data: byGroup,
    render: () => html`<svara-results lang="ar" by="kon" .data=${byGroup}></svara-results>`,
  },
} satisfies Record<string, ResultsExample>;

export type ResultsExampleName = keyof typeof resultsExamples;
