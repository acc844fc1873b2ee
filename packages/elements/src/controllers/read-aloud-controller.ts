/**
 * Read-aloud (uppläsning) for a question and its options.
 *
 * - Recorded audio from the definition (a URL per language) takes precedence over speech synthesis.
 * - Otherwise the Web Speech API speaks with a voice whose language matches the text's (`sv-SE`, `sv_SE` and
 *   `swe` all mean `sv`; voices are matched by language prefix). When the device has no such voice, nothing is
 *   spoken and {@link ReadAloudController.missingLanguage} says which language is missing, so the host can say
 *   so plainly instead of reading Swedish with an English voice.
 * - Texts are spoken one sentence at a time, no utterance over {@link MAX_UTTERANCE} characters (Chrome cuts
 *   long utterances off after about 14 s), and the synthesiser is cancelled before each new utterance.
 * - Reading starts only from {@link ReadAloudController.read}, which the host calls on a user action; one call
 *   to {@link ReadAloudController.stop} stops it. {@link ReadAloudController.current} tells the host which text
 *   and sentence is being read, so it can highlight it.
 *
 * `speechSynthesis`, `SpeechSynthesisUtterance` and `Audio` come from {@link ReadAloudEnvironment}, so tests
 * and stories can give fakes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The longest utterance handed to the synthesiser, in characters. */
export const MAX_UTTERANCE = 200;

/** How long to wait for a browser that loads its voices late (`voiceschanged`) before deciding there are none. */
const VOICES_WAIT_MS = 1000;

/** What the controller needs from the browser; every part can be replaced (tests, stories). */
export interface ReadAloudEnvironment {
  speechSynthesis?: Pick<SpeechSynthesis, 'speak' | 'cancel' | 'getVoices'> &
    Partial<Pick<SpeechSynthesis, 'addEventListener' | 'removeEventListener'>>;
  SpeechSynthesisUtterance?: new (text?: string) => SpeechSynthesisUtterance;
  Audio?: new (src?: string) => HTMLAudioElement;
}

/** One text to read: the question or an option. */
export interface ReadAloudItem {
  /** The host's name for it (`question`, `option-0`, …), given back in {@link ReadAloudController.current}. */
  key: string;
  text: string;
  /** The text's language as in the definition (`sv`, `sv-SE`, `swe`, …). */
  lang: string;
  /** Recorded speech per language, from the definition. */
  audio?: Record<string, string> | undefined;
}

/** What is being read now. */
export interface ReadAloudPosition {
  key: string;
  /** The sentence being spoken (the whole text for recorded audio). */
  sentence: string;
}

export interface ReadAloudOptions {
  environment(): ReadAloudEnvironment | undefined;
  /** Speaking rate, 0.5–2 (1 is normal). */
  rate?(): number;
}

type Chunk =
  | { kind: 'audio'; key: string; text: string; url: string }
  | { kind: 'speech'; key: string; text: string; lang: string };

const THREE_LETTER: Record<string, string> = {
  swe: 'sv',
  eng: 'en',
  fin: 'fi',
  ara: 'ar',
  nor: 'no',
  nob: 'nb',
  dan: 'da',
  deu: 'de',
  ger: 'de',
  fra: 'fr',
  fre: 'fr',
  spa: 'es',
  som: 'so',
  per: 'fa',
  fas: 'fa',
  tir: 'ti',
  pol: 'pl',
  tur: 'tr',
};

/** `sv-SE`, `sv_SE`, `SV`, `swe` → `sv`; `''` for nothing. */
export function speechLanguage(tag: string | null | undefined): string {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return THREE_LETTER[primary] ?? primary;
}

/** The recorded audio for `lang` (keys normalised too), if any. */
export function audioFor(audio: Record<string, string> | undefined, lang: string): string | undefined {
  if (!audio) return undefined;
  const wanted = speechLanguage(lang);
  return Object.entries(audio).find(([key]) => speechLanguage(key) === wanted)?.[1];
}

/** Finds recorded speech for a text the definition does not give audio for (e.g. from `svara audio`'s manifest). */
export type RecordedSpeechLookup = (text: string, lang: string) => string | undefined;

const recordedSpeech = new Set<RecordedSpeechLookup>();

/**
 * Adds a page-wide source of recorded speech, consulted (in the order added) for every text without its own
 * `audio`: a survey widget adds the lookup of its audio manifest, so preset labels and plain variants are read
 * from recordings too. Returns a function that removes it again.
 */
export function addRecordedSpeech(lookup: RecordedSpeechLookup): () => void {
  recordedSpeech.add(lookup);
  return () => recordedSpeech.delete(lookup);
}

function recordedFor(text: string, lang: string): string | undefined {
  for (const lookup of recordedSpeech) {
    const url = lookup(text.trim(), lang);
    if (url) return url;
  }
  return undefined;
}

/** The sentences of `text`, each at most `max` characters (long ones broken at commas, then at spaces). */
export function splitSentences(text: string, lang = 'sv', max = MAX_UTTERANCE): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean === '') return [];
  let sentences: string[];
  if (typeof Intl.Segmenter === 'function') {
    const segmenter = new Intl.Segmenter(speechLanguage(lang) || undefined, { granularity: 'sentence' });
    sentences = [...segmenter.segment(clean)].map((part) => part.segment.trim());
  } else {
    sentences = clean.split(/(?<=[.!?؟])\s+/);
  }
  return sentences.filter((s) => s !== '').flatMap((sentence) => breakLong(sentence, max));
}

function breakLong(sentence: string, max: number): string[] {
  if (sentence.length <= max) return [sentence];
  const parts: string[] = [];
  let rest = sentence;
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    const comma = Math.max(window.lastIndexOf(', '), window.lastIndexOf('، '), window.lastIndexOf('; '));
    const space = window.lastIndexOf(' ');
    const cut = comma > max / 3 ? comma + 1 : space > 0 ? space : max;
    parts.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest !== '') parts.push(rest);
  return parts;
}

export class ReadAloudController implements ReactiveController {
  /** True while reading (recorded audio or speech). */
  reading = false;
  /** What is being read now, for the host's highlight; null when nothing is. */
  current: ReadAloudPosition | null = null;
  /** The language (normalised, e.g. `sv`) the last request could not be read in for want of a voice. */
  missingLanguage: string | null = null;

  private queue: Chunk[] = [];
  /** Bumped by every read and stop, so late callbacks of a cancelled utterance or audio do nothing. */
  private generation = 0;
  private audio: HTMLAudioElement | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ReadAloudOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.stop();
  }

  /** Reads `items` in order. Call it only on a user action (a click, a key, focus). Stops any reading first. */
  async read(items: readonly ReadAloudItem[]): Promise<void> {
    this.stop();
    this.missingLanguage = null;
    const generation = this.generation;
    const chunks = this.chunksOf(items);
    if (chunks.length === 0) return;

    const env = this.env();
    const speechLangs = new Set(chunks.flatMap((c) => (c.kind === 'speech' ? [c.lang] : [])));
    if (speechLangs.size > 0) {
      const voices = await this.voices();
      if (generation !== this.generation) return;
      const missing = [...speechLangs].find((lang) => !voices.some((v) => speechLanguage(v.lang) === lang));
      if (missing !== undefined || !env.speechSynthesis || !env.SpeechSynthesisUtterance) {
        // Never read a text with another language's voice: say so instead (the host shows it).
        this.missingLanguage = missing ?? [...speechLangs][0]!;
        this.host.requestUpdate();
        return;
      }
    }
    this.queue = chunks;
    this.reading = true;
    this.next(generation);
  }

  /** Stops reading at once (speech and recorded audio). */
  stop(): void {
    this.generation++;
    const wasReading = this.reading;
    this.queue = [];
    this.reading = false;
    this.current = null;
    if (this.audio) {
      this.audio.pause();
      this.audio = null;
    }
    if (wasReading) this.env().speechSynthesis?.cancel();
    if (wasReading || this.missingLanguage) {
      this.missingLanguage = null;
      this.host.requestUpdate();
    }
  }

  private env(): ReadAloudEnvironment {
    const given = this.options.environment() ?? {};
    const global = globalThis as Partial<typeof globalThis>;
    return {
      speechSynthesis: given.speechSynthesis ?? global.speechSynthesis,
      SpeechSynthesisUtterance: given.SpeechSynthesisUtterance ?? global.SpeechSynthesisUtterance,
      Audio: given.Audio ?? global.Audio,
    };
  }

  private chunksOf(items: readonly ReadAloudItem[]): Chunk[] {
    return items.flatMap((item): Chunk[] => {
      const lang = speechLanguage(item.lang);
      const url = audioFor(item.audio, lang) ?? recordedFor(item.text, lang);
      if (url && this.env().Audio) return [{ kind: 'audio', key: item.key, text: item.text.trim(), url }];
      return splitSentences(item.text, lang).map((text) => ({ kind: 'speech', key: item.key, text, lang }));
    });
  }

  /** The device's voices; waits a moment for browsers that load them late. */
  private async voices(): Promise<SpeechSynthesisVoice[]> {
    const synth = this.env().speechSynthesis;
    if (!synth) return [];
    const now = synth.getVoices();
    if (now.length > 0 || !synth.addEventListener) return now;
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        synth.removeEventListener?.('voiceschanged', done);
        resolve();
      };
      const timer = setTimeout(done, VOICES_WAIT_MS);
      synth.addEventListener!('voiceschanged', done);
    });
    return synth.getVoices();
  }

  private next(generation: number): void {
    if (generation !== this.generation) return;
    const chunk = this.queue.shift();
    if (!chunk) {
      this.reading = false;
      this.current = null;
      this.host.requestUpdate();
      return;
    }
    this.current = { key: chunk.key, sentence: chunk.text };
    this.host.requestUpdate();
    if (chunk.kind === 'audio') this.play(chunk, generation);
    else this.speak(chunk, generation);
  }

  private play(chunk: Extract<Chunk, { kind: 'audio' }>, generation: number): void {
    const env = this.env();
    env.speechSynthesis?.cancel();
    const audio = new env.Audio!(chunk.url);
    this.audio = audio;
    let finished = false;
    const onward = () => {
      if (finished) return;
      finished = true;
      if (this.audio === audio) this.audio = null;
      this.next(generation);
    };
    audio.addEventListener('ended', onward, { once: true });
    audio.addEventListener('error', onward, { once: true });
    void Promise.resolve(audio.play()).catch(onward);
  }

  private speak(chunk: Extract<Chunk, { kind: 'speech' }>, generation: number): void {
    const env = this.env();
    const synth = env.speechSynthesis!;
    const voice = synth.getVoices().find((v) => speechLanguage(v.lang) === chunk.lang);
    const utterance = new env.SpeechSynthesisUtterance!(chunk.text);
    utterance.lang = voice?.lang ?? chunk.lang;
    if (voice) utterance.voice = voice;
    utterance.rate = Math.min(2, Math.max(0.5, this.options.rate?.() ?? 1));
    utterance.onend = () => this.next(generation);
    utterance.onerror = () => this.next(generation);
    synth.cancel();
    synth.speak(utterance);
  }
}
