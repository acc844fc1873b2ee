/**
 * What `<svara-survey>` keeps for a reload in the same tab: the answers in progress and the respondent's
 * toolbar settings, in `sessionStorage` only (never `localStorage`: a shared computer keeps nothing once the tab
 * is closed). Keys: `svara-survey:answers:{id}@{version}` (answers to another version are not restored) and
 * `svara-survey:settings:{id}`. Blocked storage or a full quota never breaks the survey: nothing is kept.
 */
import type { Answers, Survey } from '@svara/schema';

const PREFIX = 'svara-survey:';

/** The respondent's toolbar switches: Lättläst, Bildstöd, Svarar med stöd, Lyssna, Styr med kontakt. */
export interface Switches {
  plain: boolean;
  pictograms: boolean;
  withSupport: boolean;
  readAloud: boolean;
  scanning: boolean;
}

/** The toolbar as the respondent left it: the switches and the language. */
export type Settings = Partial<Switches> & { lang?: string };

/** Answers in progress and where the respondent was. */
export interface Progress {
  answers: Answers;
  /** The key of the step on screen (steps.ts). */
  step: string;
  /** False while the start screen is shown. */
  started: boolean;
}

function storage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null; // storage blocked: nothing survives a reload, nothing breaks
  }
}

function read(key: string): unknown {
  try {
    const raw = storage()?.getItem(key);
    return raw ? (JSON.parse(raw) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

function write(key: string, value: unknown): void {
  try {
    storage()?.setItem(key, JSON.stringify(value));
  } catch {
    // Quota or blocked storage: the answers stay on the screen, they just don't survive a reload.
  }
}

function remove(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // as above
  }
}

/** One survey's keys in this tab's `sessionStorage`. */
export class SessionStore {
  readonly progressKey: string;
  readonly settingsKey: string;

  constructor(survey: Pick<Survey, 'id' | 'version'>) {
    this.progressKey = `${PREFIX}answers:${survey.id}@${survey.version}`;
    this.settingsKey = `${PREFIX}settings:${survey.id}`;
  }

  /** The settings as saved (unchecked JSON: the widget reads each one with a default). */
  loadSettings(): Settings | undefined {
    return read(this.settingsKey) as Settings | undefined;
  }

  saveSettings(settings: Settings): void {
    write(this.settingsKey, settings);
  }

  /** The progress as saved (unchecked JSON: the widget checks what it uses). */
  loadProgress(): Partial<Progress> | undefined {
    return read(this.progressKey) as Partial<Progress> | undefined;
  }

  saveProgress(progress: Progress): void {
    write(this.progressKey, progress);
  }

  /** The response is finished (sent or safely queued) or started over: its answers are forgotten. */
  clearProgress(): void {
    remove(this.progressKey);
  }
}
