/**
 * The widget's own read-aloud and switch scanning, for what the question controls do not cover: the start
 * screen, the receipt and screens without a choice or scale. Loaded on demand, only when a respondent turns on
 * "Lyssna" or "Styr med kontakt", so the first load of the embed stays small.
 */
import type { ReactiveControllerHost } from 'lit';
import { ReadAloudController, ScanningController, addRecordedSpeech, scanMode } from '@svara/elements';
import type { ReadAloudEnvironment, ScanClock, ScanMode } from '@svara/elements';

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
