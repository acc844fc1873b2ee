/**
 * ARASAAC pictograms, self-hosted: where the respondent's browser finds them, the attribution the licence
 * requires, and which ids a survey uses. No DOM and no network here (the `svara pictograms fetch` command
 * downloads; this module only builds addresses).
 *
 * The respondent's browser never contacts a third party: ids resolve against a base URL on the city's own
 * site, by default `/pictograms/arasaac`, in ARASAAC's static layout `{base}/{id}/{id}_500.png`.
 */
import { iterateQuestions, questionOptions } from '@svara/schema';
import type { Pictogram, Survey } from '@svara/schema';

/** The default self-hosted base: a path on the page's own site. */
export const DEFAULT_ARASAAC_BASE = '/pictograms/arasaac';

/** Builds the address of pictogram `id` under `base`. */
export type ArasaacUrlBuilder = (id: number, base: string) => string;

/** ARASAAC's static layout: `{base}/{id}/{id}_500.png`. */
export const arasaacLayout: ArasaacUrlBuilder = (id, base) =>
  `${base.replace(/\/+$/, '')}/${id}/${id}_500.png`;

export interface PictogramConfig {
  /** Where the self-hosted ARASAAC pictograms are (default `/pictograms/arasaac`). */
  arasaacBase: string;
  /** How an id becomes an address under the base (default: ARASAAC's static layout). */
  arasaacUrl: ArasaacUrlBuilder;
}

const config: PictogramConfig = { arasaacBase: DEFAULT_ARASAAC_BASE, arasaacUrl: arasaacLayout };

/**
 * Sets where ARASAAC pictograms are served from, for every `<svara-pictogram>` on the page that has no `base`
 * of its own. Call it once, before the first pictogram renders; it returns the configuration now in force.
 *
 * ```ts
 * configurePictograms({ arasaacBase: 'https://svar.stockholm.se/pictograms/arasaac' });
 * ```
 */
export function configurePictograms(options: Partial<PictogramConfig>): Readonly<PictogramConfig> {
  if (options.arasaacBase !== undefined) config.arasaacBase = options.arasaacBase;
  if (options.arasaacUrl !== undefined) config.arasaacUrl = options.arasaacUrl;
  return { ...config };
}

/** The configuration in force. */
export function pictogramConfig(): Readonly<PictogramConfig> {
  return { ...config };
}

/** The self-hosted address of ARASAAC pictogram `id` (under `base`, else the configured base). */
export function arasaacUrl(id: number, base?: string): string {
  return config.arasaacUrl(id, base ?? config.arasaacBase);
}

/**
 * What the ARASAAC licence (CC BY-NC-SA 4.0) requires to be shown wherever its pictograms are: the author, the
 * origin, the licence and the owner. `<svara-pictogram-attribution>` shows it in the survey's language; this is
 * the untranslated record, also written into the fetch command's manifest.
 */
export const ARASAAC_ATTRIBUTION = {
  author: 'Sergio Palao',
  origin: 'ARASAAC',
  originUrl: 'https://arasaac.org',
  licence: 'CC BY-NC-SA 4.0',
  licenceUrl: 'https://creativecommons.org/licenses/by-nc-sa/4.0/',
  owner: 'Government of Aragón',
  text: 'Pictograms: Sergio Palao. Origin: ARASAAC (https://arasaac.org). Licence: CC BY-NC-SA 4.0. Owner: Government of Aragón.',
} as const;

/** The ARASAAC id of a pictogram reference, or undefined. */
export function arasaacId(pictogram: Pictogram | undefined | null): number | undefined {
  return pictogram && 'arasaac' in pictogram ? pictogram.arasaac : undefined;
}

/**
 * Every ARASAAC id a survey definition uses (questions, their options, scale options, scale-group items), once
 * each, in order of first use.
 */
export function arasaacIdsInSurvey(survey: Pick<Survey, 'questions' | 'pages'>): number[] {
  const ids = new Set<number>();
  const add = (pictogram: Pictogram | undefined) => {
    const id = arasaacId(pictogram);
    if (id !== undefined) ids.add(id);
  };
  for (const { question } of iterateQuestions(survey)) {
    add(question.pictogram);
    for (const option of questionOptions(question)) add(option.pictogram);
    if (question.type === 'scale-group') for (const item of question.items) add(item.pictogram);
  }
  return [...ids];
}
