/**
 * Examples of `<svara-results>`: the single source for its stories, its tests and the axe checks. The data is
 * shaped exactly as `GET /api/surveys/{id}/results` returns it (packages/collector/README.md).
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { SvaraLocale } from '@svara/elements/localization';
import type { ResultAction, Results, ResultOption, RoundSnapshot, Trend } from '../../types.js';
import './results.define.js';

export interface ResultsExample {
  /** Story name. */
  title: string;
  /** What the example shows, for the docs page. */
  description: string;
  /** UI language to activate before rendering (defaults to `sv`). */
  locale?: SvaraLocale;
  /** The JSON shown: one unit's results, a round's snapshot or a trend. */
  data: Results | RoundSnapshot | Trend;
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

// ─── A round's snapshot: Södermalm and two of its units, kön split, actions ─

const round2026 = { id: '2026', name: '2026', opens: '2026-03-01', closes: '2026-03-31' };
const kon = {
  question: 'kon',
  text: { sv: 'Är du …', en: 'Are you …' },
  groups: [
    { value: 'flicka', text: { sv: 'Flicka', en: 'Girl' } },
    { value: 'pojke', text: { sv: 'Pojke', en: 'Boy' } },
  ],
  othersHidden: true,
};
const question = {
  id: 'vet-varfor',
  type: 'scale' as const,
  published: true as const,
  text: { sv: 'Jag vet varför vi träffades.', en: 'I know why we met.' },
  display: 'smiley' as const,
  scale: 'smiley-5',
  ordinal: true,
  options: faces,
};
const counts = (values: (number | null)[]) => values.map((count, i) => ({ value: i + 1, count }));
const sadMerged = [{ values: [1, 2], text: { sv: 'Ledsen eller mycket ledsen', en: 'Sad or very sad' } }];

const heard: ResultAction = {
  id: 'a1',
  heard: { sv: 'Många av er visste inte varför vi träffades.', en: 'Many of you did not know why we met.' },
  questions: ['vet-varfor'],
  action: {
    sv: 'Före första mötet skickar vi en bildberättelse som förklarar varför vi ses och vad som händer.',
    en: 'Before the first meeting we send a picture story explaining why we meet and what happens.',
  },
  plain: {
    sv: 'Vi berättar med bilder varför vi ska träffas.',
    en: 'We tell you with pictures why we meet.',
  },
  responsible: { sv: 'Enhetschefen', en: 'The unit manager' },
  status: 'pågår',
  when: '2026-09',
  history: [{ status: 'pågår', at: '2026-05-04' }],
};
const lastYear: ResultAction = {
  id: 'a0',
  heard: {
    sv: 'Ni ville kunna prata med samma person varje gång.',
    en: 'You wanted to talk to the same person each time.',
  },
  questions: ['vet-varfor'],
  action: { sv: 'Varje barn har nu en fast kontaktperson.', en: 'Every child now has one contact person.' },
  plain: { sv: 'Du träffar samma person varje gång.', en: 'You meet the same person every time.' },
  responsible: { sv: 'Enhetschefen', en: 'The unit manager' },
  status: 'klar',
  when: '2025-12',
  history: [
    { status: 'pågår', at: '2025-06-02' },
    { status: 'klar', at: '2025-11-20' },
  ],
};

const unitResults = (
  unit: Results['unit'],
  respondents: number | null,
  total: Results['questions'][number] extends infer Q ? Q : never,
): Results => ({
  ...base,
  generatedAt: '2026-04-01T06:00:00.000Z',
  unit,
  round: round2026,
  respondents,
  by: kon,
  questions: [
    total,
    {
      id: 'kommentar',
      type: 'text',
      text: { sv: 'Vill du säga något mer?' },
      published: false,
      reason: 'free-text',
    },
  ],
});

export const roundSnapshot: RoundSnapshot = {
  format: 'svara-round-results/1',
  surveyId: 'familjeenheten-barn',
  surveyVersion: 2,
  round: round2026,
  minCount: 5,
  breakdown: 'kon',
  generatedAt: '2026-04-01T06:00:00.000Z',
  results: [
    {
      ...unitResults(
        { id: 'soder', name: 'Södermalm', parent: null, children: ['soder-fam', 'soder-ung'] },
        61,
        {
          ...question,
          total: { n: 61, counts: counts([null, null, 9, 20, 25]), dontKnow: null, mean: null },
          groups: [
            { group: 'flicka', n: 30, counts: counts([null, null, null, 11, 12]), dontKnow: 0, mean: null },
            { group: 'pojke', n: 29, counts: counts([null, null, null, 9, 13]), dontKnow: null, mean: null },
          ],
        },
      ),
    },
    {
      ...unitResults({ id: 'soder-fam', name: 'Familjeenheten Södermalm', parent: 'soder' }, 38, {
        ...question,
        merged: sadMerged,
        total: { n: 38, counts: counts([null, null, 6, 12, 14]), dontKnow: 0, mean: null, merged: [6] },
        groups: [
          {
            group: 'flicka',
            n: 20,
            counts: counts([null, null, null, 7, 8]),
            dontKnow: 0,
            mean: null,
            merged: [null],
          },
          {
            group: 'pojke',
            n: 18,
            counts: counts([null, null, null, 5, 6]),
            dontKnow: 0,
            mean: null,
            merged: [null],
          },
        ],
      }),
      actions: [heard],
      previousActions: {
        round: { id: '2025', name: '2025', opens: '2025-03-01', closes: '2025-03-31' },
        actions: [lastYear],
      },
    },
    {
      ...unitResults({ id: 'soder-ung', name: 'Ungdomsenheten Södermalm', parent: 'soder' }, 23, {
        ...question,
        total: { n: 23, counts: counts([null, null, 3, 8, 11]), dontKnow: null, mean: null },
        groups: [
          {
            group: 'flicka',
            n: null,
            counts: counts([null, null, null, null, null]),
            dontKnow: null,
            mean: null,
            tooFew: true,
          },
          {
            group: 'pojke',
            n: 11,
            counts: counts([null, null, null, null, null]),
            dontKnow: null,
            mean: null,
          },
        ],
      }),
    },
  ],
};

export const trend: Trend = {
  format: 'svara-trend/1',
  surveyId: 'familjeenheten-barn',
  unit: { id: 'soder-fam', name: 'Familjeenheten Södermalm', parent: 'soder' },
  lang: 'sv',
  title: base.title,
  minCount: 5,
  questions: [
    {
      id: 'vet-varfor',
      type: 'scale',
      text: { sv: 'Jag vet varför vi träffades.', en: 'I know why we met.' },
      ordinal: true,
      positive: { values: [4, 5], text: { sv: 'Glad eller mycket glad', en: 'Happy or very happy' } },
      points: [
        {
          round: { id: '2024', name: '2024' },
          n: null,
          positive: null,
          mean: null,
          text: { sv: 'Jag förstår varför vi träffades.' },
          reworded: false,
          tooFew: true,
        },
        {
          round: { id: '2025', name: '2025' },
          n: 31,
          positive: 0.581,
          mean: null,
          text: { sv: 'Jag förstår varför vi träffades.' },
          reworded: false,
        },
        {
          round: { id: '2026', name: '2026' },
          n: 38,
          positive: 0.684,
          mean: null,
          text: { sv: 'Jag vet varför vi träffades.', en: 'I know why we met.' },
          reworded: true,
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
  unit: {
    title: 'En enhet i en omgång',
    description:
      '`unit` picks one unit of a round\'s snapshot: its name and the round, the kön split, answers shown together ("Ledsen eller mycket ledsen") where each alone would be small, and "Ni sa – vi gör" with last round\'s actions and what became of them.',
    data: roundSnapshot,
    render: () => html`<svara-results unit="soder-fam" .data=${roundSnapshot}></svara-results>`,
  },
  compareUnits: {
    title: 'Jämför enheter',
    description:
      '`compare="units"`: the unit beside the units next to it and its parent (Södermalm), one chart each and one table with a column per unit. A unit where too few answered says so.',
    data: roundSnapshot,
    render: () =>
      html`<svara-results unit="soder-fam" compare="units" .data=${roundSnapshot}></svara-results>`,
  },
  compareRounds: {
    title: 'Över tid',
    description:
      '`compare="rounds"`: the share answering "Glad eller mycket glad" per round, from each round\'s own snapshot; a round with too few answers has no value, and the round where the question was worded differently is marked.',
    data: trend,
    render: () => html`<svara-results compare="rounds" .data=${trend}></svara-results>`,
  },
  child: {
    title: 'För barn (lättläst)',
    description:
      '`audience="child"`: the faces the children answered with, one short sentence per answer, a "Lyssna" button that reads them aloud, hidden counts said in plain words, and the actions in plain words.',
    data: roundSnapshot,
    render: () =>
      html`<svara-results audience="child" unit="soder-fam" .data=${roundSnapshot}></svara-results>`,
  },
  arabicUnit: {
    title: 'العربية: en enhet',
    description:
      'A unit in Arabic: right to left, with the Swedish texts (unit, question, actions) marked `lang="sv" dir="ltr"`.',
    locale: 'ar',
    data: roundSnapshot,
    render: () => html`<svara-results lang="ar" unit="soder-fam" .data=${roundSnapshot}></svara-results>`,
  },
} satisfies Record<string, ResultsExample>;

export type ResultsExampleName = keyof typeof resultsExamples;
