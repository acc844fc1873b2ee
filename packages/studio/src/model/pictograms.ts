/**
 * The pictures an author can choose from, searchable by Swedish (or English) word: svara's own drawings, and the
 * ARASAAC pictograms this installation hosts itself — listed in the manifest `svara pictograms fetch` writes
 * (`{base}/manifest.json`), whose entries may carry `keywords: { sv: [...], en: [...] }`. The respondent's
 * browser only ever loads the self-hosted files, so only those are offered.
 */
import { builtinPictograms } from '@svara/schema';
import type { BuiltinPictogram, Pictogram } from '@svara/schema';

export interface CatalogueEntry {
  pictogram: Pictogram;
  /** Words it is found by, per language; the first one names it. */
  keywords: Record<string, string[]>;
  /** `builtin` (svara's own drawing, no attribution needed) or `arasaac` (CC BY-NC-SA, attribution shown). */
  source: 'builtin' | 'arasaac';
}

/** Words for svara's own drawings. */
const BUILTIN_KEYWORDS: Record<BuiltinPictogram, { sv: string[]; en: string[] }> = {
  'face-very-sad': { sv: ['mycket ledsen', 'ansikte', 'gråter', 'sur'], en: ['very sad', 'face', 'crying'] },
  'face-sad': { sv: ['ledsen', 'ansikte', 'sur'], en: ['sad', 'face'] },
  'face-neutral': {
    sv: ['mittemellan', 'ansikte', 'varken eller', 'neutral'],
    en: ['in between', 'face', 'neutral'],
  },
  'face-happy': { sv: ['glad', 'ansikte', 'nöjd'], en: ['happy', 'face'] },
  'face-very-happy': { sv: ['mycket glad', 'ansikte', 'skrattar'], en: ['very happy', 'face', 'laughing'] },
  yes: { sv: ['ja', 'tumme upp'], en: ['yes'] },
  no: { sv: ['nej'], en: ['no'] },
  partly: { sv: ['delvis', 'lite', 'ibland'], en: ['partly', 'a little'] },
  sometimes: { sv: ['ibland', 'kalender'], en: ['sometimes', 'calendar'] },
  never: { sv: ['aldrig', 'kalender'], en: ['never', 'calendar'] },
  often: { sv: ['ofta', 'kalender'], en: ['often', 'calendar'] },
  all: { sv: ['alla', 'personer'], en: ['all', 'everyone', 'people'] },
  some: { sv: ['några', 'personer'], en: ['some', 'people'] },
  none: { sv: ['ingen', 'inga', 'personer'], en: ['none', 'nobody', 'people'] },
  poor: { sv: ['bristande', 'dåligt'], en: ['poor', 'bad'] },
  approved: { sv: ['godkänt', 'bra'], en: ['approved', 'good'] },
  'very-good': { sv: ['mycket bra', 'utmärkt'], en: ['very good', 'excellent'] },
  'dont-know': { sv: ['vet inte', 'frågetecken'], en: ["don't know", 'question mark'] },
  skip: { sv: ['hoppa över', 'vill inte svara', 'pil'], en: ['skip', 'no answer', 'arrow'] },
};

/** svara's own drawings, in the schema's order. */
export function builtinCatalogue(): CatalogueEntry[] {
  return builtinPictograms.map((name) => ({
    pictogram: { builtin: name },
    keywords: BUILTIN_KEYWORDS[name],
    source: 'builtin' as const,
  }));
}

interface ManifestEntry {
  id?: unknown;
  keywords?: unknown;
}

/** The ARASAAC entries of a pictogram manifest (`svara pictograms fetch`), keywords where it has them. */
export function arasaacCatalogue(manifest: unknown): CatalogueEntry[] {
  const list = (manifest as { pictograms?: unknown } | null)?.pictograms;
  if (!Array.isArray(list)) return [];
  const entries: CatalogueEntry[] = [];
  for (const item of list as ManifestEntry[]) {
    if (typeof item?.id !== 'number' || !Number.isInteger(item.id) || item.id <= 0) continue;
    const keywords: Record<string, string[]> = {};
    if (item.keywords && typeof item.keywords === 'object') {
      for (const [lang, words] of Object.entries(item.keywords as Record<string, unknown>)) {
        if (Array.isArray(words)) keywords[lang] = words.filter((w): w is string => typeof w === 'string');
      }
    }
    entries.push({ pictogram: { arasaac: item.id }, keywords, source: 'arasaac' });
  }
  return entries;
}

/** The word that names an entry in `lang` (falling back to Swedish, then the ARASAAC number). */
export function entryName(entry: CatalogueEntry, lang: string): string {
  const word = entry.keywords[lang]?.[0] ?? entry.keywords['sv']?.[0];
  if (word) return word;
  return 'arasaac' in entry.pictogram ? `ARASAAC ${entry.pictogram.arasaac}` : '';
}

const fold = (text: string): string => text.toLocaleLowerCase('sv').trim();

/**
 * The entries that match `query`: a word that starts with it (in any language, Swedish first), or its ARASAAC
 * number. Entries whose first word matches come first. An empty query gives everything.
 */
export function searchCatalogue(
  entries: readonly CatalogueEntry[],
  query: string,
  lang = 'sv',
): CatalogueEntry[] {
  const q = fold(query);
  if (q === '') return [...entries];
  const score = (entry: CatalogueEntry): number => {
    if ('arasaac' in entry.pictogram && String(entry.pictogram.arasaac) === q) return 0;
    const own = [...(entry.keywords[lang] ?? []), ...(lang === 'sv' ? [] : (entry.keywords['sv'] ?? []))].map(
      fold,
    );
    const all = Object.values(entry.keywords).flat().map(fold);
    if (own[0]?.startsWith(q)) return 1;
    if (own.some((w) => w.split(/\s+/).some((part) => part.startsWith(q)) || w.startsWith(q))) return 2;
    if (all.some((w) => w.includes(q))) return 3;
    return -1;
  };
  return entries
    .map((entry, order) => ({ entry, order, rank: score(entry) }))
    .filter((x) => x.rank >= 0)
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map((x) => x.entry);
}

/** True when two pictogram references name the same picture. */
export function samePictogram(a: Pictogram | undefined, b: Pictogram | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

let hosted: Promise<CatalogueEntry[]> | undefined;

/**
 * The self-hosted ARASAAC pictograms of this installation (`{base}/manifest.json`), fetched once. An
 * installation without any gives an empty list: authors then choose among svara's own drawings.
 */
export function loadHostedPictograms(
  base = '/pictograms/arasaac',
  fetcher: typeof fetch = fetch,
): Promise<CatalogueEntry[]> {
  hosted ??= fetcher(`${base.replace(/\/+$/, '')}/manifest.json`, { credentials: 'same-origin' })
    .then((response) => (response.ok ? response.json() : null))
    .then(arasaacCatalogue)
    .catch(() => []);
  return hosted;
}

/** Uses these entries as the hosted pictograms instead of fetching the manifest (examples, tests). */
export function provideHostedPictograms(entries: CatalogueEntry[]): void {
  hosted = Promise.resolve(entries);
}

/** Forgets the fetched list (tests; after `svara pictograms fetch` added some). */
export function forgetHostedPictograms(): void {
  hosted = undefined;
}
