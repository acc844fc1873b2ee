/**
 * The widget's own read-aloud and switch scanning, for what the question controls do not cover: the start
 * screen, the receipt and screens without a choice or scale. Loaded on demand, only when a respondent turns on
 * "Lyssna" or "Styr med kontakt", so the first load of the embed stays small.
 */
import type { ReactiveControllerHost } from 'lit';
import { ReadAloudController, ScanningController, addRecordedSpeech, scanMode } from '@svara/elements';
import type { ReadAloudEnvironment, ScanClock, ScanMode } from '@svara/elements';
import { AUDIO_MANIFEST_FORMAT, recordedAudioFor } from '@svara/schema';

export { addRecordedSpeech };

export interface Assist {
  reader: ReadAloudController;
  scanner: ScanningController;
}

export interface AssistOptions {
  speech(): ReadAloudEnvironment | undefined;
  scanMode(): ScanMode;
  scanInterval(): number;
  clock(): ScanClock;
  scanItems(): HTMLElement[];
  /** The scan highlight moved to `item` (to read it aloud). */
  highlighted(item: HTMLElement): void;
}

export function createAssist(host: ReactiveControllerHost & HTMLElement, options: AssistOptions): Assist {
  return {
    reader: new ReadAloudController(host, { environment: options.speech }),
    scanner: new ScanningController(host, {
      mode: () => scanMode(options.scanMode()),
      items: options.scanItems,
      interval: options.scanInterval,
      clock: options.clock,
      highlighted: options.highlighted,
    }),
  };
}

type Clips = Record<string, Record<string, string>>;

const isClips = (value: unknown): value is Clips =>
  !!value &&
  typeof value === 'object' &&
  Object.values(value).every(
    (byText) =>
      !!byText && typeof byText === 'object' && Object.values(byText).every((url) => typeof url === 'string'),
  );

/**
 * Fetches an audio manifest made by `svara audio` and adds its recordings for the whole page (texts without a
 * recording are still read by the device's voice). Returns a function that removes them again. A manifest that
 * cannot be fetched or has the wrong shape adds nothing and says so in the console for the web editor: the
 * respondent still hears the device's voice.
 */
export async function loadRecordings(manifestUrl: string, signal?: AbortSignal): Promise<() => void> {
  try {
    const url = new URL(manifestUrl, document.baseURI).href;
    const response = await fetch(url, {
      credentials: 'omit',
      headers: { Accept: 'application/json' },
      signal,
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const manifest = (await response.json()) as { format?: unknown; clips?: unknown };
    if (manifest?.format !== AUDIO_MANIFEST_FORMAT || !isClips(manifest.clips))
      throw new Error(`not a ${AUDIO_MANIFEST_FORMAT} manifest`);
    const clips = manifest.clips;
    return addRecordedSpeech((text, lang) => recordedAudioFor({ clips }, url, lang, text));
  } catch (error) {
    if (!signal?.aborted) console.warn(`svara: no recorded speech from ${manifestUrl}: ${String(error)}`);
    return () => undefined;
  }
}
