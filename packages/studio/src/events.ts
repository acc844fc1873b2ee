/**
 * The studio's events. Editing components never keep their own copy of the draft: they compute the next draft
 * with the pure functions of `model/draft.ts` and announce it; the survey page records it in the undo history,
 * checks it, previews it and saves it.
 */
import type { Draft } from './model/draft.js';

/** Where to put focus after a change the editor makes (a new question's text, the Ångra button, …). */
export interface FocusRequest {
  /** A field path (`questions[3].text`), a question action (`questions[3]:move-up`), or `undo`. */
  target: string;
}

/** A change to the draft, with its name in the undo history ("Ta bort fråga 3"). */
export class StudioEditEvent extends Event {
  static readonly type = 'studio-edit';
  constructor(
    readonly draft: Draft,
    readonly label: string,
    /** Consecutive edits of one group (typing in one field) are one undo step. */
    readonly group?: string,
    /** What to say to screen readers once the change is made ("Fråga 3 är nu fråga 2."). */
    readonly announcement?: string,
    readonly focus?: FocusRequest,
  ) {
    super(StudioEditEvent.type, { bubbles: true, composed: true });
  }
}

/** The author moved into a question (or out of the questions): the previews show what is being edited. */
export class StudioFocusEvent extends Event {
  static readonly type = 'studio-focus';
  constructor(
    /** The question's id, or undefined for the survey's own texts (the start screen). */
    readonly questionId: string | undefined,
  ) {
    super(StudioFocusEvent.type, { bubbles: true, composed: true });
  }
}

/** Asks the app to go to a studio address (`/studio/surveys/x/edit`) without reloading the page. */
export class StudioNavigateEvent extends Event {
  static readonly type = 'studio-navigate';
  constructor(readonly path: string) {
    super(StudioNavigateEvent.type, { bubbles: true, composed: true });
  }
}

/** Acknowledges a warning or a preview (`lint:…`, `preview:child`) for the go-live checklist, or takes it back. */
export class StudioAcknowledgeEvent extends Event {
  static readonly type = 'studio-acknowledge';
  constructor(
    readonly key: string,
    readonly acknowledged: boolean,
  ) {
    super(StudioAcknowledgeEvent.type, { bubbles: true, composed: true });
  }
}

/** Asks the survey page to lead the author to a field: switch to the form, open its question, focus it. */
export class StudioRevealEvent extends Event {
  static readonly type = 'studio-reveal';
  constructor(readonly path: string) {
    super(StudioRevealEvent.type, { bubbles: true, composed: true });
  }
}

/** Something the page must do with the server: approve or publish the draft, close a round, … */
export class StudioRequestEvent extends Event {
  static readonly type = 'studio-request';
  constructor(
    readonly action: 'approve' | 'publish' | 'sign-in-again' | 'reload',
    readonly detail: Record<string, unknown> = {},
  ) {
    super(StudioRequestEvent.type, { bubbles: true, composed: true });
  }
}

/** A round's counts were fetched (again): the survey's own count of responses may have changed with them. */
export class StudioCountsEvent extends Event {
  static readonly type = 'studio-counts';
  constructor() {
    super(StudioCountsEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'studio-edit': StudioEditEvent;
    'studio-focus': StudioFocusEvent;
    'studio-navigate': StudioNavigateEvent;
    'studio-acknowledge': StudioAcknowledgeEvent;
    'studio-reveal': StudioRevealEvent;
    'studio-request': StudioRequestEvent;
    'studio-counts': StudioCountsEvent;
  }
}
