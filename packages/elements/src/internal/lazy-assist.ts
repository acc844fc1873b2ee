/**
 * Loads read-aloud and switch scanning (`assist-chunk.ts`) for a question control the first time it needs them: when
 * `read-aloud` or `scanning` turns on, or a script calls `readQuestion()` or `startScanning()`. Until then the
 * control draws no "Lyssna" or "Börja skanna" button, and a survey of plain questions never downloads them.
 *
 * Once loaded, the controllers and styles are exactly those the control had before they were lazy. The host
 * awaits {@link LazyAssist.pending} in its `updateComplete`, so `await el.updateComplete` after turning an
 * assist on means its button is there.
 */
import { adoptStyles } from 'lit';
import type { CSSResultGroup, CSSResultOrNative, ReactiveController, ReactiveElement } from 'lit';
import type { ReadAloudController, ReadAloudOptions } from '../controllers/read-aloud-controller.js';
import type { ScanningController, ScanningOptions } from '../controllers/scanning-controller.js';
import type * as Assist from './assist-chunk.js';

export type AssistParts = typeof Assist;

export interface LazyAssistOptions {
  /** True when the host shows read-aloud or scanning now (its attributes), so the parts are loaded. */
  wanted(): boolean;
  reader: ReadAloudOptions;
  scanner: ScanningOptions;
  /** The host's complete styles, in cascade order, with the assist's styles in their place. */
  styles(parts: AssistParts): CSSResultGroup;
}

const flatten = (styles: CSSResultGroup): CSSResultOrNative[] =>
  Array.isArray(styles)
    ? styles.flatMap((group: CSSResultGroup) => flatten(group))
    : [styles as CSSResultOrNative];

/** What is there once loaded. */
export interface LoadedAssist {
  parts: AssistParts;
  reader: ReadAloudController;
  scanner: ScanningController;
}

export class LazyAssist implements ReactiveController {
  /** The controllers and parts; undefined until loaded. */
  loaded?: LoadedAssist;
  /** Set while loading. */
  pending?: Promise<LoadedAssist | undefined>;
  /** A load failed (offline): it is tried again only when asked for explicitly, never on every update. */
  private failed = false;
  /** Bumped by {@link cancel}, so a request made before the parts arrived is dropped when it was cancelled. */
  private readonly generations = { read: 0, scan: 0 };

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: LazyAssistOptions,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    if (!this.loaded && !this.pending && !this.failed && this.options.wanted()) void this.load();
  }

  /** Loads the parts (once); resolves to undefined if they could not be loaded. */
  load(): Promise<LoadedAssist | undefined> {
    if (this.loaded) return Promise.resolve(this.loaded);
    this.pending ??= import('./assist-chunk.js').then(
      (parts) => {
        this.pending = undefined;
        const loaded: LoadedAssist = {
          parts,
          reader: new parts.ReadAloudController(this.host, this.options.reader),
          scanner: new parts.ScanningController(this.host, this.options.scanner),
        };
        this.loaded = loaded;
        if (this.host.renderRoot instanceof ShadowRoot)
          adoptStyles(this.host.renderRoot, flatten(this.options.styles(parts)));
        this.host.requestUpdate();
        return loaded;
      },
      (error: unknown) => {
        this.pending = undefined;
        this.failed = true;
        console.warn('svara: read-aloud and scanning could not be loaded', error);
        return undefined;
      },
    );
    return this.pending;
  }

  /**
   * Runs `action` at once when the parts are loaded (synchronously: a scan starts in the same task), else once
   * they are, unless {@link cancel} was called for the same `kind` in between.
   */
  async run(kind: 'read' | 'scan', action: (loaded: LoadedAssist) => unknown): Promise<void> {
    if (this.loaded) {
      await action(this.loaded);
      return;
    }
    const generation = this.generations[kind];
    const loaded = await this.load();
    if (loaded && generation === this.generations[kind]) await action(loaded);
  }

  /** Drops a `read` or `scan` request still waiting for the parts. */
  cancel(kind: 'read' | 'scan'): void {
    this.generations[kind]++;
  }
}
