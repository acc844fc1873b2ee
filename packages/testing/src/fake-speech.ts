/**
 * A fake `speechSynthesis`, `SpeechSynthesisUtterance` and `Audio` for read-aloud tests and stories: it records
 * what would be spoken or played and never makes a sound. Utterances end only when the test says so
 * ({@link FakeSpeech.finish}), so a story can stay in the "reading" state.
 */
/**
 * What a read-aloud environment gives (the shape of `ReadAloudEnvironment` in @svara/elements, written here so
 * that the test helpers depend on no svara package).
 */
export interface SpeechEnvironment {
  speechSynthesis: Pick<SpeechSynthesis, 'speak' | 'cancel' | 'getVoices'> &
    Partial<Pick<SpeechSynthesis, 'addEventListener' | 'removeEventListener'>>;
  SpeechSynthesisUtterance: new (text?: string) => SpeechSynthesisUtterance;
  Audio: new (src?: string) => HTMLAudioElement;
}

export interface SpokenUtterance {
  text: string;
  lang: string;
  /** The language of the voice chosen, or null when none was set. */
  voice: string | null;
  rate: number;
}

export interface FakeSpeech {
  environment: SpeechEnvironment;
  /** Every utterance handed to `speak`, in order. */
  spoken: SpokenUtterance[];
  /** `cancel` and `speak:<text>` and `play:<url>` calls, in order. */
  calls: string[];
  /** The URLs of every `new Audio(url)` that was played. */
  played: string[];
  /** Ends the utterance or audio being spoken now (fires its `end`/`ended`). */
  finish(): void;
  /** Finishes everything that follows too, up to `limit` pieces. */
  finishAll(limit?: number): void;
}

function voice(lang: string, name: string): SpeechSynthesisVoice {
  return { lang, name, default: false, localService: true, voiceURI: name };
}

/** Voices like a Mac's or Windows' (Swedish, English, Arabic, Finnish). */
export const voicesWithSwedish = (): SpeechSynthesisVoice[] => [
  voice('en-US', 'Samantha'),
  voice('sv-SE', 'Alva'),
  voice('ar-SA', 'Maged'),
  voice('fi-FI', 'Satu'),
];

/** Voices like desktop Chrome on Linux: English only. */
export const voicesWithoutSwedish = (): SpeechSynthesisVoice[] => [
  voice('en-US', 'Google US English'),
  voice('en-GB', 'Google UK English Female'),
];

export function fakeSpeech(voices: SpeechSynthesisVoice[] = voicesWithSwedish()): FakeSpeech {
  const spoken: SpokenUtterance[] = [];
  const calls: string[] = [];
  const played: string[] = [];
  let ending: (() => void) | null = null;

  class FakeUtterance extends EventTarget {
    text: string;
    lang = '';
    voice: SpeechSynthesisVoice | null = null;
    rate = 1;
    pitch = 1;
    volume = 1;
    onend: ((event: Event) => void) | null = null;
    onerror: ((event: Event) => void) | null = null;
    constructor(text = '') {
      super();
      this.text = text;
    }
  }

  const synth = {
    speak(utterance: SpeechSynthesisUtterance) {
      calls.push(`speak:${utterance.text}`);
      spoken.push({
        text: utterance.text,
        lang: utterance.lang,
        voice: utterance.voice?.lang ?? null,
        rate: utterance.rate,
      });
      ending = () => utterance.onend?.(new Event('end') as SpeechSynthesisEvent);
    },
    cancel() {
      calls.push('cancel');
      ending = null;
    },
    getVoices: () => voices,
    addEventListener() {},
    removeEventListener() {},
  };

  class FakeAudio extends EventTarget {
    src: string;
    constructor(src = '') {
      super();
      this.src = src;
    }
    play() {
      calls.push(`play:${this.src}`);
      played.push(this.src);
      ending = () => this.dispatchEvent(new Event('ended'));
      return Promise.resolve();
    }
    pause() {
      calls.push(`pause:${this.src}`);
      if (played[played.length - 1] === this.src) ending = null;
    }
  }

  const finish = () => {
    const end = ending;
    ending = null;
    end?.();
  };
  return {
    environment: {
      speechSynthesis: synth as unknown as SpeechSynthesis,
      SpeechSynthesisUtterance: FakeUtterance as unknown as typeof SpeechSynthesisUtterance,
      Audio: FakeAudio as unknown as typeof Audio,
    },
    spoken,
    calls,
    played,
    finish,
    finishAll(limit = 100) {
      for (let i = 0; i < limit && ending; i++) finish();
    },
  };
}
