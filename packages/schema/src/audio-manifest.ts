/**
 * The audio manifest: recorded speech for a survey, looked up by the exact text spoken, per language.
 *
 * Read-aloud plays a recording instead of the device's speech synthesis whenever one exists for the text it is
 * about to read. Recordings are keyed by text, not by question, so question texts, plain-language variants,
 * option labels and the preset labels svara adds itself ("Mycket ledsen", "Vet inte") all get recordings
 * without any change to the survey definition. `svara audio` writes a manifest; the widget reads one.
 *
 * The format (`svara-audio/1`) is a public contract:
 *
 * ```json
 * {
 *   "format": "svara-audio/1",
 *   "survey": "familjeenheten-barn",
 *   "version": 1,
 *   "clips": {
 *     "sv": { "Jag vet varför vi träffades.": "sv/3f2a9c1e5b7d0a4c.wav" },
 *     "en": { "I know why we met.": "en/9b1c0d2e3f4a5b6c.wav" }
 *   }
 * }
 * ```
 *
 * - `format`: always `"svara-audio/1"`. A later, incompatible format gets a new name.
 * - `survey`, `version`: the survey id and definition version the clips were made for.
 * - `clips`: per language code (`sv`, `en`, `sv-SE`, …), a map from a text to the URL of its recording. Texts
 *   are compared after {@link audioText} (Unicode NFC, whitespace collapsed and trimmed). A URL is relative to
 *   the manifest's own URL (`sv/3f2a.wav`), a path on the same site (`/audio/x.wav`) or an `https://` address.
 *   Anything else (`http:`, `javascript:`, `data:`, `//host/…`) is refused.
 * - Readers ignore fields they do not know, so a generator may add its own (e.g. `generator`).
 *
 * No DOM and no Node APIs: browser and server share this module.
 */
import * as z from 'zod/mini';

import { formatPath } from './messages.js';
import type { Issue, Locale } from './messages.js';
import { DONT_KNOW, SKIPPED, specialLabels, uiLanguages } from './presets.js';
import type { UiLanguage } from './presets.js';
import { idSchema, langCodeSchema } from './schemas.js';
import type { Survey, Text } from './schemas.js';
import { iterateQuestions, resolveScale, resolveText, surveyLanguages } from './survey.js';
import { AUDIO_MANIFEST_FORMAT, CLIP_URL_PATTERN, audioLanguage, audioText } from './audio-lookup.js';

export {
  AUDIO_MANIFEST_FORMAT,
  CLIP_URL_PATTERN,
  audioLanguage,
  audioText,
  recordedAudioFor,
} from './audio-lookup.js';

const clipUrlSchema = z.string({ error: 'clip-url' }).check(z.regex(CLIP_URL_PATTERN, { error: 'clip-url' }));

/** The zod schema of a manifest. Unknown fields are allowed and dropped. */
export const audioManifestSchema = z.object({
  format: z.literal(AUDIO_MANIFEST_FORMAT, { error: 'format' }),
  survey: idSchema,
  version: z.int({ error: 'version' }).check(z.minimum(1, { error: 'version' })),
  clips: z.record(
    langCodeSchema,
    z.record(z.string().check(z.minLength(1, { error: 'text-empty' })), clipUrlSchema),
  ),
});

/** A parsed audio manifest. */
export type AudioManifest = z.output<typeof audioManifestSchema>;

export type AudioManifestResult = { ok: true; manifest: AudioManifest } | { ok: false; issues: Issue[] };

const messages: Record<Locale, Record<string, string>> = {
  sv: {
    format: `Det här är inget ljudmanifest: "format" ska vara "${AUDIO_MANIFEST_FORMAT}".`,
    'clip-url':
      'Adressen till en inspelning ska vara relativ till manifestet (sv/x.wav), en sökväg på samma webbplats (/x.wav) eller börja med https://.',
    version: '"version" ska vara ett heltal, 1 eller större.',
    'text-empty': 'En text får inte vara tom.',
    'lang-code': 'Ett språk anges med en språkkod som sv, en eller sv-SE.',
    id: '"survey" ska vara enkätens id (små bokstäver, siffror, - och _).',
    invalid: 'Värdet har fel form för ett ljudmanifest.',
  },
  en: {
    format: `This is not an audio manifest: "format" must be "${AUDIO_MANIFEST_FORMAT}".`,
    'clip-url':
      'A recording address must be relative to the manifest (sv/x.wav), a path on the same site (/x.wav) or start with https://.',
    version: '"version" must be a whole number, 1 or more.',
    'text-empty': 'A text must not be empty.',
    'lang-code': 'A language is given by a language code such as sv, en or sv-SE.',
    id: '"survey" must be the survey\'s id (lower-case letters, digits, - and _).',
    invalid: 'The value has the wrong shape for an audio manifest.',
  },
};

/**
 * Checks an audio manifest (usually from `JSON.parse` of a fetched `manifest.json`) and returns it typed, or
 * its problems with a path and a message (English by default). Never throws.
 */
export function parseAudioManifest(input: unknown, options: { locale?: Locale } = {}): AudioManifestResult {
  const result = z.safeParse(audioManifestSchema, input);
  if (result.success) {
    const clips: Record<string, Record<string, string>> = {};
    for (const [lang, byText] of Object.entries(result.data.clips)) {
      const normalised: Record<string, string> = {};
      for (const [text, url] of Object.entries(byText)) normalised[audioText(text)] = url;
      clips[lang] = normalised;
    }
    return { ok: true, manifest: { ...result.data, clips } };
  }
  const catalog = messages[options.locale ?? 'en'];
  return {
    ok: false,
    issues: result.error.issues.map((issue) => {
      const code = Object.hasOwn(catalog, issue.message) ? issue.message : 'invalid';
      return { code, path: formatPath(issue.path), message: catalog[code]! };
    }),
  };
}

/**
 * Every text a respondent can hear read aloud, per language, for the survey's languages (or `langs`): the
 * title, intro, privacy texts, page titles and thanks; each question's text and description; option labels,
 * scale-group items and numeric scale ends; the labels of preset scales in that language ("Mycket ledsen"); the
 * special answers a question offers ("Vet inte", "Vill inte svara"); plain-language variants of all of them.
 *
 * Texts are resolved as the widget resolves them (see {@link resolveText}): a text missing in a language falls
 * back to the survey's main language, and is then listed under the main language, because that is the language
 * it is read in. So the result can have keys that were not asked for. Texts are {@link audioText}-normalised,
 * each listed once per language, in the order they appear in the survey.
 */
export function audioTextsOf(
  survey: Survey,
  langs: readonly string[] = surveyLanguages(survey),
): Record<string, string[]> {
  const out = new Map<string, Set<string>>();
  const add = (lang: string, text: string): void => {
    const clean = audioText(text);
    if (clean === '') return;
    let set = out.get(lang);
    if (!set) out.set(lang, (set = new Set()));
    set.add(clean);
  };
  for (const lang of langs) out.set(lang, new Set());

  for (const lang of langs) {
    const texts = (...values: (Text | undefined)[]): void => {
      for (const value of values) {
        const found = resolveText(value, lang, survey.lang);
        if (found) add(found.lang, found.text);
      }
    };
    // Preset labels exist in svara's UI languages only; elsewhere the widget shows them in Swedish.
    const uiLang: UiLanguage = (uiLanguages as readonly string[]).includes(audioLanguage(lang))
      ? (audioLanguage(lang) as UiLanguage)
      : 'sv';
    const preset = (label: Readonly<Record<UiLanguage, string>>): void =>
      add(uiLang === audioLanguage(lang) ? lang : 'sv', label[uiLang]);

    texts(survey.title, survey.plain?.title, survey.intro, survey.plain?.intro);
    if (survey.privacy) {
      const { purpose, whoSees, anonymity, retention, contact, plain } = survey.privacy;
      texts(purpose, plain?.purpose, whoSees, plain?.whoSees, anonymity, plain?.anonymity);
      texts(retention, plain?.retention, contact, plain?.contact);
    }
    const pagesSeen = new Set<number>();
    for (const { question: q, page, pageIndex } of iterateQuestions(survey)) {
      if (page && pageIndex !== undefined && !pagesSeen.has(pageIndex)) {
        pagesSeen.add(pageIndex);
        texts(page.title, page.plain?.title);
      }
      texts(q.text, q.plain?.text, q.description, q.plain?.description);
      if (q.type === 'scale' || q.type === 'scale-group') {
        const scale = resolveScale(q.scale);
        for (const option of scale.options) {
          if (scale.kind === 'numeric') add(lang, String(option.value));
          else if (scale.kind === 'custom') texts(option.text, option.plain?.text);
          else preset(option.text as Readonly<Record<UiLanguage, string>>);
        }
        texts(scale.minLabel, scale.maxLabel);
      }
      if (q.type === 'choice' || q.type === 'multi') {
        for (const option of q.options) texts(option.text, option.plain?.text);
      }
      if (q.type === 'scale-group') {
        for (const item of q.items) texts(item.text, item.plain?.text);
      }
      if ('allowDontKnow' in q && q.allowDontKnow) preset(specialLabels[DONT_KNOW]);
      if ('allowSkip' in q && q.allowSkip) preset(specialLabels[SKIPPED]);
    }
    texts(survey.thanks, survey.plain?.thanks);
  }
  return Object.fromEntries([...out].map(([lang, set]) => [lang, [...set]]));
}
