/**
 * Finding a recording in an audio manifest (`svara-audio/1`, see `audio-manifest.ts`), without zod: the widget
 * loads this on demand when a respondent turns on "Lyssna", and must not pull the schema validator with it.
 */

/** The value of a manifest's `format` field. */
export const AUDIO_MANIFEST_FORMAT = 'svara-audio/1';

/** A clip URL: relative to the manifest (`sv/x.wav`, `./x.wav`, `../x.wav`), same-site (`/x.wav`) or https. */
export const CLIP_URL_PATTERN =
  /^(?:https:\/\/[^\s/?#]+[/?#]|\/(?!\/)|\.{1,2}\/|(?![A-Za-z][A-Za-z0-9+.-]*:)[^\s/])\S*$/;

/** A text as manifests key it: Unicode NFC, runs of whitespace made one space, trimmed. */
export function audioText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

const ISO_639_2: Readonly<Record<string, string>> = { swe: 'sv', eng: 'en', fin: 'fi', ara: 'ar' };

/** The language a tag is matched by: its primary subtag, lower-case (`sv-SE`, `sv_SE`, `SV`, `swe` → `sv`). */
export function audioLanguage(tag: string | null | undefined): string {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return ISO_639_2[primary] ?? primary;
}

/**
 * The absolute URL of the recording of `text` in `lang`, or undefined when the manifest has none.
 *
 * - `manifestUrl` is the absolute URL the manifest was fetched from (in a browser:
 *   `new URL(attribute, document.baseURI)`); relative clip URLs are resolved against it.
 * - `lang` is the language the text is read in (`sv`, `sv-SE`, …); it matches a manifest language with the same
 *   primary subtag, so `sv-SE` finds clips under `sv` and the other way round. An exact key wins.
 * - `text` is compared after {@link audioText}.
 *
 * ```ts
 * const manifest = parseAudioManifest(await (await fetch(url)).json());
 * if (manifest.ok) recordedAudioFor(manifest.manifest, url, 'sv', 'Mycket ledsen');
 * // → 'https://svar.example/api/surveys/familjeenheten-barn/audio/sv/1a2b….wav'
 * ```
 */
export function recordedAudioFor(
  manifest: { clips: Readonly<Record<string, Readonly<Record<string, string>>>> },
  manifestUrl: string | URL,
  lang: string,
  text: string,
): string | undefined {
  const wanted = audioLanguage(lang);
  if (wanted === '') return undefined;
  const key = audioText(text);
  const langs = Object.keys(manifest.clips).sort((a, b) => Number(b === lang) - Number(a === lang));
  for (const code of langs) {
    if (audioLanguage(code) !== wanted) continue;
    const clips = manifest.clips[code]!;
    if (!Object.hasOwn(clips, key)) continue;
    const url = clips[key]!;
    if (!CLIP_URL_PATTERN.test(url)) return undefined;
    try {
      return new URL(url, manifestUrl).href;
    } catch {
      return undefined;
    }
  }
  return undefined;
}
