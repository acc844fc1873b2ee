/**
 * The editor's undo history: every change to the draft is a step that can be undone and redone, named in
 * words ("Ta bort fråga 3") so the Ångra button can say what it undoes. Typing in one field is one step, not
 * one per key: changes with the same `group` within {@link COALESCE_MS} of each other merge.
 */
import type { Draft } from './draft.js';

/** Typing pauses shorter than this stay in one undo step (ms). */
export const COALESCE_MS = 1500;

/** How many steps are kept. */
export const HISTORY_LIMIT = 200;

interface Step {
  /** The draft before the change. */
  before: Draft;
  /** The draft after it. */
  after: Draft;
  /** What the change was, for "Ångra: …". */
  label: string;
  group?: string | undefined;
  at: number;
}

export interface Change {
  /** What the change was, in words: "Ta bort fråga 3". */
  label: string;
  /** Consecutive changes with the same group (e.g. typing in one field) merge into one step. */
  group?: string;
}

export class EditHistory {
  private done: Step[] = [];
  private undone: Step[] = [];

  constructor(
    private draft: Draft,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** The draft as it is now. */
  get current(): Draft {
    return this.draft;
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  /** What Ångra would undo, or undefined. */
  get undoLabel(): string | undefined {
    return this.done.at(-1)?.label;
  }

  /** What Gör om would redo, or undefined. */
  get redoLabel(): string | undefined {
    return this.undone.at(-1)?.label;
  }

  /** Records a change to `next`. Nothing is recorded when `next` is the current draft. */
  commit(next: Draft, change: Change): void {
    if (next === this.draft) return;
    const at = this.now();
    const last = this.done.at(-1);
    if (last && change.group !== undefined && last.group === change.group && at - last.at < COALESCE_MS) {
      last.after = next;
      last.at = at;
    } else {
      this.done.push({ before: this.draft, after: next, label: change.label, group: change.group, at });
      if (this.done.length > HISTORY_LIMIT) this.done.shift();
    }
    this.undone = [];
    this.draft = next;
  }

  /** Replaces the whole draft without a step (a draft loaded from the server, or the other author's version). */
  reset(draft: Draft): void {
    this.draft = draft;
    this.done = [];
    this.undone = [];
  }

  /** Undoes the last step; returns its label, or undefined when there is nothing to undo. */
  undo(): string | undefined {
    const step = this.done.pop();
    if (!step) return undefined;
    this.undone.push(step);
    this.draft = step.before;
    return step.label;
  }

  /** Redoes the last undone step; returns its label, or undefined. */
  redo(): string | undefined {
    const step = this.undone.pop();
    if (!step) return undefined;
    this.done.push({ ...step, group: undefined });
    this.draft = step.after;
    return step.label;
  }
}
