/**
 * One author's session with one draft: the undo history, the checks, what has been acknowledged, and saving —
 * to the server every few seconds while typing, and to this device's storage on every change, so that neither a
 * closed tab nor an expired session loses a word. A save over someone else's newer save is never made
 * silently: the session stops in `conflict` with both versions until the author chooses.
 *
 * No DOM beyond `localStorage` (given, so tests can use their own) and timers.
 */
import type { Survey } from '@svara/schema';
import type { DraftRecord } from '../api/client.js';
import { ApiError } from '../api/client.js';
import type { CheckContext, CheckResult } from './check.js';
import { checkDraft } from './check.js';
import type { Approval } from './checklist.js';
import type { Draft } from './draft.js';
import type { Change } from './history.js';
import { EditHistory } from './history.js';
import { problemText } from '../api/problems.js';

/** Saves to the server this long after the last change (ms). */
export const AUTOSAVE_DELAY_MS = 2000;

export interface DraftSource {
  load(): Promise<DraftRecord>;
  save(
    definition: Draft,
    acknowledged: readonly string[],
    revision: number,
  ): Promise<{ revision: number } | { conflict: DraftRecord }>;
}

export type SaveState =
  /** Everything is on the server. */
  | 'saved'
  /** Changes wait for the next save. */
  | 'pending'
  | 'saving'
  /** The session ended: changes are kept on this device until the author signs in again. */
  | 'signed-out'
  /** The server could not be reached: kept on this device, tried again. */
  | 'offline'
  /** Someone else saved meanwhile: both versions are shown. */
  | 'conflict'
  /** The server refused the save for another reason. */
  | 'failed';

/** What is kept on this device for a draft. */
export interface LocalCopy {
  definition: Draft;
  acknowledged: string[];
  /** The server revision the copy was made on. */
  baseRevision: number;
  /** When it was written (ms since epoch). */
  savedAt: number;
  /** True while it has changes the server does not have. */
  unsaved: boolean;
}

export interface Conflict {
  /** This author's version. */
  mine: Draft;
  /** The version on the server. */
  theirs: DraftRecord;
}

export interface SessionOptions {
  source: DraftSource;
  /** The survey's id: the key of the local copy. */
  surveyId: string;
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  context?: () => CheckContext;
  /** Called after every change of state, for the page to render. */
  onChange?: () => void;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

const localKey = (surveyId: string) => `svara-studio:draft:${surveyId}`;

export class DraftSession {
  history: EditHistory;
  check: CheckResult;
  acknowledged = new Set<string>();
  revision = 0;
  updatedAt?: string | undefined;
  updatedBy?: string | undefined;
  approvals: Approval[] = [];
  state: SaveState = 'saved';
  conflict?: Conflict | undefined;
  /** Set when a local copy newer than the server's draft was brought back on load. */
  restored = false;
  /** The server's message when a save failed. */
  problem = '';
  /** The last valid definition, for previews while the draft is invalid. */
  lastPreviewable?: Survey | undefined;

  private timer: unknown;
  private saving?: Promise<void>;

  constructor(private readonly options: SessionOptions) {
    this.history = new EditHistory({}, options.now);
    this.check = checkDraft({}, options.context?.());
  }

  get draft(): Draft {
    return this.history.current;
  }

  /** Changes not yet on the server. */
  get unsaved(): boolean {
    return this.state !== 'saved';
  }

  // ── Loading ─────────────────────────────────────────────────────────────────────────────────────────────
  /** Loads the server's draft, and brings back what this device kept and the server does not have. */
  async load(): Promise<void> {
    const record = await this.options.source.load();
    const local = this.readLocal();
    this.apply(record);
    if (local?.unsaved) {
      if (local.baseRevision === record.revision) {
        // Written on the draft the server still has: the author's unsaved work, brought back and saved.
        this.history.reset(local.definition);
        this.acknowledged = new Set(local.acknowledged);
        this.restored = true;
        this.recheck();
        this.state = 'pending';
        this.schedule(0);
      } else {
        this.recheck();
        this.conflict = { mine: local.definition, theirs: record };
        this.state = 'conflict';
      }
    }
    this.changed();
  }

  private apply(record: DraftRecord): void {
    this.history.reset(record.definition);
    this.acknowledged = new Set(record.acknowledged);
    this.revision = record.revision;
    this.updatedAt = record.updatedAt;
    this.updatedBy = record.updatedBy;
    this.approvals = record.approvals;
    this.state = 'saved';
    this.recheck();
  }

  // ── Editing ─────────────────────────────────────────────────────────────────────────────────────────────
  commit(next: Draft, change: Change): void {
    this.history.commit(next, change);
    this.edited();
  }

  undo(): string | undefined {
    const label = this.history.undo();
    if (label !== undefined) this.edited();
    return label;
  }

  redo(): string | undefined {
    const label = this.history.redo();
    if (label !== undefined) this.edited();
    return label;
  }

  acknowledge(key: string, on: boolean): void {
    if (on) this.acknowledged.add(key);
    else this.acknowledged.delete(key);
    this.acknowledged = new Set(this.acknowledged);
    this.edited(false);
  }

  /** Checks again (after the context changed: a newly loaded previous version, the hosted pictograms). */
  recheck(): void {
    this.check = checkDraft(this.draft, this.options.context?.());
    if (this.check.previewable) this.lastPreviewable = this.check.previewable;
  }

  private edited(recheck = true): void {
    if (recheck) this.recheck();
    this.writeLocal(true);
    if (this.state !== 'conflict') {
      this.state = this.state === 'signed-out' ? 'signed-out' : 'pending';
      this.schedule(AUTOSAVE_DELAY_MS);
    }
    this.changed();
  }

  // ── Saving ──────────────────────────────────────────────────────────────────────────────────────────────
  private schedule(ms: number): void {
    const clear = this.options.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>));
    const set = this.options.setTimer ?? ((fn, delay) => setTimeout(fn, delay));
    if (this.timer !== undefined) clear(this.timer);
    this.timer = set(() => {
      this.timer = undefined;
      void this.save();
    }, ms);
  }

  /** Saves now (also what the page calls when the tab is hidden). Resolves when the save has an answer. */
  async save(): Promise<void> {
    if (this.saving) {
      await this.saving;
      if (this.state === 'pending') return this.save();
      return;
    }
    if (this.state === 'saved' || this.state === 'conflict') return;
    this.saving = this.saveOnce().finally(() => (this.saving = undefined));
    return this.saving;
  }

  private async saveOnce(): Promise<void> {
    const definition = this.draft;
    const acknowledged = [...this.acknowledged];
    this.state = 'saving';
    this.changed();
    try {
      const result = await this.options.source.save(definition, acknowledged, this.revision);
      if ('conflict' in result) {
        this.conflict = { mine: this.draft, theirs: result.conflict };
        this.state = 'conflict';
      } else {
        this.revision = result.revision;
        this.updatedAt = new Date(this.options.now?.() ?? Date.now()).toISOString();
        this.problem = '';
        // Typed while saving: another save follows.
        const newer = this.draft !== definition || [...this.acknowledged].join() !== acknowledged.join();
        this.state = newer ? 'pending' : 'saved';
        this.writeLocal(newer);
        if (newer) this.schedule(AUTOSAVE_DELAY_MS);
      }
    } catch (error) {
      const status = error instanceof ApiError ? error.status : 0;
      this.problem = problemText(error);
      this.state = status === 401 ? 'signed-out' : status === 0 || status >= 500 ? 'offline' : 'failed';
      if (this.state === 'offline') this.schedule(AUTOSAVE_DELAY_MS * 5);
    }
    this.changed();
  }

  /** Signed in again: save what was kept meanwhile. */
  resume(): void {
    if (this.state === 'signed-out' || this.state === 'offline' || this.state === 'failed') {
      this.state = 'pending';
      this.schedule(0);
      this.changed();
    }
  }

  // ── Conflicts ───────────────────────────────────────────────────────────────────────────────────────────
  /** Keeps this author's version: saved over the other one, which stays in the undo history. */
  keepMine(): void {
    const conflict = this.conflict;
    if (!conflict) return;
    this.conflict = undefined;
    this.revision = conflict.theirs.revision;
    this.approvals = conflict.theirs.approvals;
    this.updatedBy = conflict.theirs.updatedBy;
    this.history.reset(conflict.theirs.definition);
    this.history.commit(conflict.mine, { label: 'keep-mine' });
    this.state = 'pending';
    this.recheck();
    this.writeLocal(true);
    this.schedule(0);
    this.changed();
  }

  /** Takes the version on the server; this author's version stays in the undo history (Ångra brings it back). */
  takeTheirs(): void {
    const conflict = this.conflict;
    if (!conflict) return;
    this.conflict = undefined;
    this.apply(conflict.theirs);
    this.history.reset(conflict.mine);
    this.history.commit(conflict.theirs.definition, { label: 'take-theirs' });
    this.writeLocal(false);
    this.changed();
  }

  // ── This device's copy ──────────────────────────────────────────────────────────────────────────────────
  private get storage(): SessionOptions['storage'] {
    if (this.options.storage !== undefined) return this.options.storage;
    try {
      return globalThis.localStorage ?? null;
    } catch {
      return null;
    }
  }

  readLocal(): LocalCopy | undefined {
    try {
      const raw = this.storage?.getItem(localKey(this.options.surveyId));
      const copy = raw ? (JSON.parse(raw) as LocalCopy) : undefined;
      return copy && typeof copy.definition === 'object' ? copy : undefined;
    } catch {
      return undefined;
    }
  }

  private writeLocal(unsaved: boolean): void {
    const copy: LocalCopy = {
      definition: this.draft,
      acknowledged: [...this.acknowledged],
      baseRevision: this.revision,
      savedAt: this.options.now?.() ?? Date.now(),
      unsaved,
    };
    try {
      this.storage?.setItem(localKey(this.options.surveyId), JSON.stringify(copy));
    } catch {
      // Storage full or blocked: the server copy is what is left.
    }
  }

  /** Stops saving (the page is going away; the local copy stays). */
  dispose(): void {
    const clear = this.options.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>));
    if (this.timer !== undefined) clear(this.timer);
    this.timer = undefined;
  }

  private changed(): void {
    this.options.onChange?.();
  }
}

/** A draft kept only in memory (and this device's storage): examples, tests, and the studio without a server. */
export class MemoryDraftSource implements DraftSource {
  saves = 0;
  constructor(public record: DraftRecord) {}
  async load(): Promise<DraftRecord> {
    return structuredClone(this.record);
  }
  async save(definition: Draft, acknowledged: readonly string[], revision: number) {
    if (revision !== this.record.revision) return { conflict: structuredClone(this.record) };
    this.saves++;
    this.record = { ...this.record, definition, acknowledged: [...acknowledged], revision: revision + 1 };
    return { revision: this.record.revision };
  }
}
