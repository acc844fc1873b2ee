/**
 * Lyssna (read-aloud) and Styr med kontakt (switch scanning) for `<svara-survey>`, loaded on demand when a
 * respondent first turns one on, so the first load of the embed stays small. The question controls read and scan
 * themselves; this module starts them on each new screen, adds "Tillbaka" and "Fortsätt" to their scan, and reads
 * and scans what they do not cover (the start screen, the receipt, a text question) with its own controllers.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import {
  ReadAloudController,
  ScanningController,
  addRecordedSpeech,
  scanMode,
  speechLanguage,
} from '@svara/elements';
import type { ReadAloudItem, ScanMode } from '@svara/elements';
import { AUDIO_MANIFEST_FORMAT, recordedAudioFor } from '@svara/schema';
import type { SvaraSurvey } from './survey.js';

/** The question controls that read themselves aloud and scan their own options. */
interface GroupControl extends HTMLElement {
  readonly updateComplete: Promise<unknown>;
  readQuestion(): Promise<void>;
  stopReading(): void;
  startScanning(): void;
  stopScanning(): void;
  registerScanTarget(target: HTMLElement): () => void;
}

const isGroupControl = (element: Element | null | undefined): element is GroupControl =>
  !!element && typeof (element as Partial<GroupControl>).readQuestion === 'function';

/** Which key is the switch, and what it does, for the scan mode in use (said under the toolbar). */
function switchHelp(mode: Exclude<ScanMode, 'off'>): string {
  switch (mode) {
    case 'step':
      return msg(
        'Styr med kontakt: tryck kort på mellanslag eller Enter för att flytta ringen. Håll in för att välja.',
        {
          id: 'survey.scanning.helpStep',
          desc: 'Under the toolbar while switch control is on (step mode): a short press on Space or Enter moves the highlight ring, a long press chooses',
        },
      );
    case 'two-switch':
      return msg('Styr med kontakt: mellanslag flyttar ringen. Enter väljer.', {
        id: 'survey.scanning.helpTwoSwitch',
        desc: 'Under the toolbar while switch control is on (two switches): Space moves the highlight ring, Enter chooses',
      });
    default:
      return msg('Styr med kontakt: tryck på mellanslag eller Enter när ringen är runt det du vill välja.', {
        id: 'survey.scanning.helpAuto',
        desc: 'Under the toolbar while switch control is on (one switch, the highlight ring moves by itself): press Space or Enter when the ring is around what you want',
      });
  }
}

const readItem = (key: string, text: string, lang: string): ReadAloudItem => ({
  key,
  text: text.replace(/\s+/g, ' ').trim(),
  lang,
});

export class WidgetAssist {
  private readonly reader: ReadAloudController;
  private readonly scanner: ScanningController;
  private scanTargetRemovers: (() => void)[] = [];
  /** The recordings of `audio-manifest`, once loaded (for the manifest URL they came from). */
  private recordings?: { url: string; loaded: Promise<() => void> };
  /** The language Lyssna has no voice for on this device ('' when it has one, or when recordings speak). */
  private missingVoice = '';

  constructor(private readonly host: SvaraSurvey) {
    this.reader = new ReadAloudController(host, { environment: () => host.speech });
    this.scanner = new ScanningController(host, {
      mode: () => scanMode(host.assistState.scanning ? host.scanMode : 'off'),
      items: () => this.scanItems(),
      interval: () => host.scanInterval,
      clock: () => host.clock,
      highlighted: (item) => {
        if (host.assistState.readAloud)
          void this.reader.read([readItem('scan', item.textContent ?? '', host.assistState.lang)]);
      },
    });
  }

  /**
   * What the widget shows under its toolbar, where Lyssna and Styr med kontakt are turned on: that this device
   * cannot read the survey's language aloud, and which key is the switch.
   */
  get note(): TemplateResult | typeof nothing {
    const { readAloud, scanning } = this.host.assistState;
    const noVoice = readAloud && this.missingVoice;
    return html`${
      noVoice
        ? html`<p class="note" role="status">
            ${msg(
              str`Uppläsning på ${languageName(noVoice, this.host.lang)} finns inte på den här enheten.`,
              {
                id: 'survey.readAloud.noVoice',
                desc: 'Under the toolbar after Lyssna is turned on, when the device has no voice for the survey’s language. ${…} is the language name as written inside a sentence in this language (e.g. "svenska", "Swedish")',
              },
            )}
          </p>`
        : nothing
    }${scanning ? html`<p class="note">${switchHelp(this.host.scanMode)}</p>` : nothing}`;
  }

  private get root(): ParentNode {
    return this.host.renderRoot;
  }

  /** Reads the new screen aloud and starts scanning on it, as the respondent's settings say. */
  async start(): Promise<void> {
    const { readAloud, scanning, screen, lang } = this.host.assistState;
    if (readAloud) {
      await this.loadRecordings();
      void this.checkVoice(lang);
    }
    const groups = screen === 'questions' ? this.groupControls() : [];
    const group = groups[0];
    await Promise.all(groups.map((control) => control.updateComplete));
    // Browsers speak only after the respondent has pressed or clicked something on the page.
    const mayRead =
      (navigator as { userActivation?: { hasBeenActive: boolean } }).userActivation?.hasBeenActive ?? true;
    if (readAloud && mayRead) {
      this.reader.stop(); // still reading the screen before: one voice at a time
      if (group) void group.readQuestion();
      else void this.reader.read(this.screenTexts());
    }
    this.releaseScanTargets();
    if (scanning) {
      if (group) {
        // Every control's scan reaches "Tillbaka" and "Fortsätt"; an answer moves the scan to the next control.
        for (const control of groups)
          for (const button of this.navigationButtons())
            this.scanTargetRemovers.push(control.registerScanTarget(button));
        group.startScanning();
      } else {
        this.scanner.start();
      }
    }
  }

  /** An answer was chosen in `control`: while scanning, the scan moves on to the next question on the screen. */
  answered(control: Element | null): void {
    if (!isGroupControl(control)) return;
    const groups = this.groupControls();
    groups[groups.indexOf(control) + 1]?.startScanning();
  }

  /** Stops reading and/or scanning everywhere in the widget. */
  stop(what: { reading: boolean; scanning: boolean }): void {
    if (what.reading) {
      this.reader.stop();
      for (const control of this.groupControls()) control.stopReading();
    }
    if (what.scanning) {
      this.scanner.stop();
      this.releaseScanTargets();
      for (const control of this.groupControls()) control.stopScanning();
    }
  }

  /** The widget left the page. */
  disconnect(): void {
    this.releaseScanTargets();
    void this.recordings?.loaded.then((remove) => remove());
    this.recordings = undefined;
  }

  /** Finds out whether the device can read `lang` aloud; says so under the toolbar when it cannot. */
  private async checkVoice(lang: string): Promise<void> {
    const synth = this.host.speech?.speechSynthesis ?? globalThis.speechSynthesis;
    let voices = synth?.getVoices() ?? [];
    if (synth && voices.length === 0 && synth.addEventListener) {
      // Chromium loads its voices late: wait a moment for them, as the read-aloud controller does.
      await new Promise((done) => {
        synth.addEventListener!('voiceschanged', done, { once: true });
        setTimeout(done, 1000);
      });
      voices = synth.getVoices();
    }
    const wanted = speechLanguage(lang);
    const missing = this.recordings || voices.some((v) => speechLanguage(v.lang) === wanted) ? '' : wanted;
    if (missing !== this.missingVoice) {
      this.missingVoice = missing;
      this.host.requestUpdate();
    }
  }

  private async loadRecordings(): Promise<void> {
    const url = this.host.audioManifest;
    if (this.recordings?.url !== url) {
      void this.recordings?.loaded.then((remove) => remove());
      this.recordings = url ? { url, loaded: loadRecordings(url) } : undefined;
    }
    await this.recordings?.loaded;
  }

  private groupControls(): GroupControl[] {
    return [...this.root.querySelectorAll('[data-question]')].filter(isGroupControl);
  }

  private releaseScanTargets(): void {
    for (const remove of this.scanTargetRemovers.splice(0)) remove();
  }

  /** "Fortsätt"/"Skicka" first (the scan jumps there after an answer), then "Tillbaka". */
  private navigationButtons(): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>('.navigation button:not([disabled])')].reverse();
  }

  /** What the widget's own scan moves through on a screen without a scanning control: its buttons, then "Styr med kontakt" (to stop). */
  private scanItems(): HTMLElement[] {
    const screen = this.root.querySelector('.screen');
    const buttons = [...(screen?.querySelectorAll<HTMLElement>('button:not([disabled])') ?? [])];
    const stop = this.root.querySelector<HTMLElement>('[data-toggle="scanning"]');
    return stop ? [...buttons, stop] : buttons;
  }

  /** The texts of a screen without a question control, in reading order, each in its own language. */
  private screenTexts(): ReadAloudItem[] {
    const screen = this.root.querySelector('.screen');
    if (!screen) return [];
    const blocks = screen.querySelectorAll<HTMLElement>('h2, p, dt, dd, label, legend, button.primary');
    return [...blocks]
      .filter((block) => block.textContent?.trim())
      .map((block, i) =>
        readItem(
          `screen-${i}`,
          block.textContent ?? '',
          block.closest('[lang]')?.getAttribute('lang') || this.host.assistState.lang,
        ),
      );
  }
}

/** A language's name in the UI's language ("svenska", "Swedish"), or its code when the browser cannot name it. */
function languageName(lang: string, uiLang: string): string {
  try {
    return new Intl.DisplayNames([uiLang || 'sv'], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
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
export async function loadRecordings(manifestUrl: string): Promise<() => void> {
  try {
    const url = new URL(manifestUrl, document.baseURI).href;
    const response = await fetch(url, { credentials: 'omit', headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const manifest = (await response.json()) as { format?: unknown; clips?: unknown };
    if (manifest?.format !== AUDIO_MANIFEST_FORMAT || !isClips(manifest.clips))
      throw new Error(`not a ${AUDIO_MANIFEST_FORMAT} manifest`);
    const clips = manifest.clips;
    return addRecordedSpeech((text, lang) => recordedAudioFor({ clips }, url, lang, text));
  } catch (error) {
    console.warn(`svara: no recorded speech from ${manifestUrl}: ${String(error)}`);
    return () => undefined;
  }
}
