/**
 * The page of the real read-aloud test (run.mjs): two questions with "Lyssna", bundled with esbuild from the
 * elements' sources. `#speech` has no recordings, so it is read by the browser's speech synthesis. `#recorded`
 * is read from recordings only: its question text and "Bra" from the audio manifest that `svara audio` made
 * (through `addRecordedSpeech` and `recordedAudioFor`, as the widget does), "Dåligt" from its own `audio` field,
 * which wins over the manifest.
 */
import { addRecordedSpeech } from '@svara/elements';
import type { SvaraChoice } from '@svara/elements';
import '@svara/elements/define';
import { parseAudioManifest, recordedAudioFor } from '@svara/schema';

const manifestUrl = new URL('audio/manifest.json', location.href);
const parsed = parseAudioManifest(await (await fetch(manifestUrl)).json());
if (!parsed.ok) throw new Error(parsed.issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n'));
const manifest = parsed.manifest;
addRecordedSpeech((text, lang) => recordedAudioFor(manifest, manifestUrl, lang, text));

const speech = document.querySelector<SvaraChoice>('#speech')!;
speech.options = [
  { value: 'ja', label: 'Ja' },
  { value: 'nej', label: 'Nej' },
];
const recorded = document.querySelector<SvaraChoice>('#recorded')!;
recorded.options = [
  { value: 'bra', label: 'Bra' },
  { value: 'daligt', label: 'Dåligt', audio: { sv: 'own/daligt.wav' } },
];
await Promise.all([speech.updateComplete, recorded.updateComplete]);
document.body.dataset.ready = 'true';
