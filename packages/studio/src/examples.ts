/**
 * What every studio example shares: its shape (the single source for a component's stories, tests and axe
 * checks) and the drafts examples are written with — the family unit's children's survey as an author writes it.
 */
import type { TemplateResult } from 'lit';
import { arasaacLayout, configurePictograms } from '@svara/pictograms';
import { fixtureArasaacUrl } from '@svara/testing/pictograms';
import type { Draft } from './model/draft.js';
import type { CatalogueEntry } from './model/pictograms.js';
import { provideHostedPictograms } from './model/pictograms.js';

/**
 * The self-hosted ARASAAC pictograms of the examples, with Swedish keywords: stand-in images drawn by the project
 * (nothing in examples, stories or tests reaches arasaac.org or fetches a manifest).
 */
export const exampleHostedPictograms: CatalogueEntry[] = [
  { pictogram: { arasaac: 5584 }, keywords: { sv: ['ja', 'tumme upp'], en: ['yes'] }, source: 'arasaac' },
  { pictogram: { arasaac: 5526 }, keywords: { sv: ['nej'], en: ['no'] }, source: 'arasaac' },
  { pictogram: { arasaac: 7180 }, keywords: { sv: ['vet inte'], en: ["don't know"] }, source: 'arasaac' },
];

configurePictograms({ arasaacUrl: fixtureArasaacUrl(arasaacLayout) });
provideHostedPictograms(exampleHostedPictograms);

export interface StudioExample<E extends Element = Element> {
  /** Story name. */
  title: string;
  /** What the example shows, for the docs page. */
  description: string;
  /** UI language to activate before rendering (defaults to `sv`). */
  locale?: 'sv' | 'en';
  /** The markup a developer would write. */
  render(): TemplateResult;
  /** Brings the element into the documented state after rendering. */
  prepare?(element: E): void | Promise<void>;
}

/** The language the examples' survey is written in first (see `setExampleSurveyLanguage`). */
let surveyLanguage: 'sv' | 'ar' = 'sv';

/**
 * Arabic (the stories' Arabic variant): the examples' survey is then the same children's survey written by an
 * Arabic-speaking unit, Arabic first and Swedish beside it — the studio's own words stay Swedish (it speaks
 * Swedish and English), and each survey text carries its own `lang` and `dir`.
 */
export function setExampleSurveyLanguage(lang: 'sv' | 'ar'): void {
  surveyLanguage = lang;
}

/** The children's survey of the family unit, while it is being written: one statement is still too hard. */
export function exampleDraft(): Draft {
  return surveyLanguage === 'ar' ? arabicDraft() : swedishDraft();
}

/** The survey's Swedish texts in Arabic, for the Arabic-first example. */
const ARABIC: Readonly<Record<string, string>> = {
  'Vad tyckte du om att träffa oss?': 'ما رأيك في لقائنا؟',
  'Du får svara på några frågor. Det går fort.': 'ستجيب عن بعض الأسئلة. لن يستغرق ذلك وقتًا طويلًا.',
  'Tack för att du svarade!': 'شكرًا لأنك أجبت!',
  'Vi vill veta vad du tycker. Då kan vi bli bättre.': 'نريد أن نعرف رأيك. هكذا نصبح أفضل.',
  'Bara vi som jobbar med enkäten ser svaren.': 'نحن الذين نعمل على الاستبيان فقط نرى الإجابات.',
  'Ring Familjeenheten på 08-123 45 67.': 'اتصل بوحدة الأسرة على الرقم 08-123 45 67.',
  'Vi sparar svaren i två år.': 'نحتفظ بالإجابات لمدة سنتين.',
  'Jag vet varför vi träffades.': 'أعرف لماذا التقينا.',
  'Vet du varför vi träffades?': 'هل تعرف لماذا التقينا؟',
  'Socialsekreterarens kommunikationsförmåga motsvarade förväntningarna.':
    'كانت مهارات التواصل لدى الأخصائي الاجتماعي على مستوى التوقعات.',
  'Lyssnade de vuxna på dig?': 'هل استمع إليك الكبار؟',
  'Är du': 'هل أنت',
  Flicka: 'بنت',
  Pojke: 'ولد',
  'Vill du säga något mer?': 'هل تريد أن تقول شيئًا آخر؟',
  'Vill du säga mer?': 'هل تريد أن تقول المزيد؟',
};

/**
 * The same survey written in Arabic first: every text in Arabic, with Swedish beside it where the Swedish survey
 * had a translation (so the same texts still lack one); one statement still too hard.
 */
function arabicDraft(): Draft {
  const translate = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(translate);
    if (!value || typeof value !== 'object') return value;
    const record = value as Record<string, unknown>;
    if (typeof record['sv'] === 'string' && Object.keys(record).every((key) => /^[a-z]{2}$/.test(key))) {
      const sv = record['sv'];
      const ar = ARABIC[sv] ?? sv;
      return record['en'] === undefined ? { ar } : { ar, sv };
    }
    return Object.fromEntries(Object.entries(record).map(([key, inner]) => [key, translate(inner)]));
  };
  return { ...(translate(swedishDraft()) as Draft), lang: 'ar', languages: ['ar', 'sv'] };
}

function swedishDraft(): Draft {
  return {
    id: 'familjeenheten-barn',
    version: 1,
    lang: 'sv',
    languages: ['sv', 'en', 'ar'],
    audience: 'child',
    title: { sv: 'Vad tyckte du om att träffa oss?', en: 'What did you think of meeting us?' },
    intro: {
      sv: 'Du får svara på några frågor. Det går fort.',
      en: 'You can answer a few questions. It is quick.',
    },
    thanks: { sv: 'Tack för att du svarade!', en: 'Thank you for answering!' },
    privacy: {
      anonymous: true,
      purpose: {
        sv: 'Vi vill veta vad du tycker. Då kan vi bli bättre.',
        en: 'We want to know what you think.',
      },
      whoSees: {
        sv: 'Bara vi som jobbar med enkäten ser svaren.',
        en: 'Only we who work with the survey see the answers.',
      },
      contact: { sv: 'Ring Familjeenheten på 08-123 45 67.' },
      retention: { sv: 'Vi sparar svaren i två år.', en: 'We keep the answers for two years.' },
    },
    questions: [
      {
        id: 'vet-varfor',
        type: 'scale',
        scale: 'smiley-5',
        text: { sv: 'Jag vet varför vi träffades.', en: 'I know why we met.' },
        plain: { text: { sv: 'Vet du varför vi träffades?', en: 'Do you know why we met?' } },
        allowDontKnow: true,
        allowSkip: true,
      },
      {
        id: 'lyssnade',
        type: 'scale',
        scale: 'smiley-5',
        text: { sv: 'Socialsekreterarens kommunikationsförmåga motsvarade förväntningarna.' },
        plain: { text: { sv: 'Lyssnade de vuxna på dig?' } },
      },
      {
        id: 'kon',
        type: 'choice',
        breakdown: true,
        text: { sv: 'Är du', en: 'Are you' },
        plain: { text: { sv: 'Är du', en: 'Are you' } },
        options: [
          { value: 'flicka', text: { sv: 'Flicka', en: 'Girl' }, pictogram: { builtin: 'some' } },
          { value: 'pojke', text: { sv: 'Pojke', en: 'Boy' } },
        ],
      },
      {
        id: 'mer',
        type: 'text',
        text: { sv: 'Vill du säga något mer?', en: 'Do you want to say anything else?' },
        plain: { text: { sv: 'Vill du säga mer?' } },
        showIf: { question: 'lyssnade', in: [1, 2] },
      },
    ],
  };
}
