/**
 * The shared anatomy of svara's group controls (`<svara-choice>`, `<svara-scale>`): a `<fieldset>` of native
 * radios or checkboxes in one shadow root, with what {@link SvaraFormElement} gives every control and:
 * - "Vet inte" and "Vill inte svara" (`allow-dont-know`, `allow-skip`), `plain` and `pictograms`;
 * - read-aloud and switch scanning, loaded on demand ({@link LazyAssist}), with their public API
 *   (`readQuestion()`, `stopReading()`, `startScanning()`, `stopScanning()`, `registerScanTarget()`);
 * - focus on the chosen option (roving tabindex) and the legend as the scroll target of the error summary;
 * - the top of the group: the legend (with the error in its name), the "Lyssna" and "Börja skanna" buttons,
 *   the hint and the visible error.
 *
 * A subclass holds its answer and its options: it creates its `field` (value, validators, anchor) and `roving`
 * controllers, renders the `<fieldset>` with {@link SvaraGroupElement.renderTop} and its options, lists what
 * "Lyssna" reads ({@link SvaraGroupElement.readAloudItems}) and calls {@link SvaraGroupElement.chosenByUser}
 * when the user changes the answer.
 */
import { html, nothing } from 'lit';
import type { CSSResultGroup, PropertyValues, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { ReadAloudEnvironment, ReadAloudItem } from '../controllers/read-aloud-controller.js';
import type { RovingTabindexController } from '../controllers/roving-tabindex-controller.js';
import type { ScanClock } from '../controllers/scanning-controller.js';
import { emitValueEvents } from '../events.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { groupStyles } from '../styles/group.styles.js';
import { hostLanguage, readAloudMode, scanKeys, scanMode } from './assist-attributes.js';
import { SvaraFormElement } from './form-element.js';
import { renderErrorMessage, renderLegendError } from './group-templates.js';
import { LazyAssist } from './lazy-assist.js';
import type { OnOff } from './presentation.js';

/** A text "Lyssna" reads; `value` ties an option's text to its input. */
export type GroupReadAloudItem = ReadAloudItem & { value?: string };

export abstract class SvaraGroupElement extends SvaraFormElement {
  // ── Controllers ─────────────────────────────────────────────────────────────────────────────────────────
  /** Arrow keys, Home/End and the one tab stop of the options. */
  protected abstract readonly roving: RovingTabindexController<HTMLInputElement>;

  /** Read-aloud and scanning: loaded when `read-aloud` or `scanning` turns on (or a script asks for them). */
  protected readonly assist = new LazyAssist(this, {
    wanted: () => readAloudMode(this.readAloud) !== 'off' || scanMode(this.scanning) !== 'off',
    reader: {
      environment: () => this.speech,
      rate: () => this.readAloudRate,
    },
    scanner: {
      mode: () => scanMode(this.scanning),
      items: () => this.scanItems(),
      interval: () => this.scanInterval,
      keys: () => scanKeys(this.scanKeys),
      clock: () => this.scanClock,
      highlighted: (item) => this.readHighlighted(item),
      // A chosen answer (one-answer questions): on to the page's first registered button, e.g. "Fortsätt".
      next: (item) =>
        item instanceof HTMLInputElement && item.type === 'radio'
          ? this.scanTargets.find((target) => target.isConnected)
          : undefined,
    },
    styles: (parts) => [
      sharedStyles,
      groupStyles,
      parts.readAloudStyles,
      this.ownStyles,
      parts.scanningStyles,
    ],
  });

  /** The control's own styles (after the shared and group styles; the assist's go around them). */
  protected abstract readonly ownStyles: CSSResultGroup;

  /** Buttons of the page (e.g. "Nästa") scanned after the options; see {@link registerScanTarget}. */
  private scanTargets: HTMLElement[] = [];

  // ── Internal state ──────────────────────────────────────────────────────────────────────────────────────
  /** Set once the value was changed by the user or a script; from then on `value` (attribute) is only the default. */
  protected dirty = false;

  // ── Properties ──────────────────────────────────────────────────────────────────────────────────────────
  /** Offers "Vet inte", apart from the other answers (stored as `dont_know`). */
  @property({ type: Boolean, attribute: 'allow-dont-know' }) allowDontKnow = false;

  /** Offers "Vill inte svara", apart from the other answers (stored as `skipped`). */
  @property({ type: Boolean, attribute: 'allow-skip' }) allowSkip = false;

  /**
   * Pictograms on (default) or off (`pictograms="off"`): off, a pictogram display shows its words only. The
   * respondent's or support person's choice; a scale's faces are the smiley display's own and stay.
   */
  @property({ reflect: true }) pictograms: OnOff = 'on';

  /** Uses the plain-language variant of each option's text, where there is one. */
  @property({ type: Boolean, reflect: true }) plain = false;

  /**
   * Read-aloud (uppläsning): `read-aloud` (or `read-aloud="on"`) adds a "Lyssna" button next to the question that reads the
   * question and then its options; `read-aloud="focus"` also reads each option when it receives focus.
   * Recorded audio (`audio`, each option's `audio`) is used before speech synthesis.
   */
  @property({ attribute: 'read-aloud' }) readAloud?: 'on' | 'focus' | 'off' | '';

  /** Speaking rate of read-aloud, 0.5–2 (default 1). */
  @property({ type: Number, attribute: 'read-aloud-rate' }) readAloudRate = 1;

  /** Recorded speech of the question per language, from the definition (`{sv: '/audio/q1.mp3'}`). */
  @property({ attribute: false }) audio?: Record<string, string>;

  /**
   * Switch scanning, off by default: `auto` (one switch, the highlight moves every `scan-interval` ms and the
   * switch selects), `step` (a short press moves, a long press ≥ 400 ms selects) or `two-switch` (the first key
   * of `scan-keys` moves, the second selects). A "Börja skanna" / "Sluta skanna" button starts and stops it
   * (also `startScanning()`, `stopScanning()`, and Escape).
   */
  @property({ reflect: true }) scanning: 'off' | 'auto' | 'step' | 'two-switch' = 'off';

  /** Auto-scan interval in ms (default 1500); the first item dwells twice as long. */
  @property({ type: Number, attribute: 'scan-interval' }) scanInterval = 1500;

  /** The switch keys (`event.key` names, `Space` for the space bar), default `Space Enter`. */
  @property({ attribute: 'scan-keys' }) scanKeys = 'Space Enter';

  /** Replaces the clock of scanning (`now`, `setTimeout`, `clearTimeout`) (tests). */
  @property({ attribute: false }) scanClock?: ScanClock;

  /** Replaces the browser's `speechSynthesis`, `SpeechSynthesisUtterance` and `Audio` (tests, demos). */
  @property({ attribute: false }) speech?: ReadAloudEnvironment;

  // ── Getters ─────────────────────────────────────────────────────────────────────────────────────────────
  /** The element to scroll into view when leading the user to this question (the legend). */
  get scrollTarget(): HTMLElement {
    return this.renderRoot.querySelector('legend') ?? this;
  }

  // ── Lifecycle ───────────────────────────────────────────────────────────────────────────────────────────
  /** Also waits for read-aloud and scanning when they just turned on, and for the render that shows them. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.assist.pending) {
      await this.assist.pending;
      complete = (await super.getUpdateComplete()) && complete;
    }
    return complete;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('scanning') && scanMode(this.scanning) === 'off' && this.assist.loaded?.scanner.active) {
      this.assist.loaded.scanner.stop();
    }
  }

  // ── Event handlers ──────────────────────────────────────────────────────────────────────────────────────
  private readonly handleReadAloudClick = (): void => {
    const reader = this.assist.loaded?.reader;
    if (reader?.reading) reader.stop();
    else void this.readQuestion();
  };

  private readonly handleScanClick = (): void => {
    if (this.assist.loaded?.scanner.active) this.stopScanning();
    else this.startScanning();
  };

  /** With `read-aloud="focus"`, reads the option that got focus. */
  protected handleFocusIn(event: FocusEvent): void {
    if (readAloudMode(this.readAloud) !== 'focus') return;
    const input = event.composedPath()[0];
    if (!(input instanceof HTMLInputElement)) return;
    const item = this.readAloudItems().find((candidate) => candidate.value === input.value);
    if (item) void this.assist.run('read', ({ reader }) => reader.read([item]));
  }

  // ── Public methods ──────────────────────────────────────────────────────────────────────────────────────
  /** Focuses the chosen option (or the first one). Used by the error summary with `{preventScroll: true}`. */
  override focus(options?: FocusOptions): void {
    const target = this.focusTarget();
    if (target) target.focus(options);
    else super.focus(options);
  }

  /** Starts switch scanning (when `scanning` is not `off`), from the first option. */
  startScanning(): void {
    void this.assist.run('scan', ({ scanner }) => scanner.start());
  }

  /**
   * Reads the question and then its options aloud, as the "Lyssna" button does. Call it from a user action (a
   * click or key press): browsers speak only after the user has interacted with the page.
   */
  readQuestion(): Promise<void> {
    return this.assist.run('read', ({ reader }) => reader.read(this.readAloudItems()));
  }

  /** Stops reading aloud. */
  stopReading(): void {
    this.assist.cancel('read');
    this.assist.loaded?.reader.stop();
  }

  /** Stops switch scanning. */
  stopScanning(): void {
    this.assist.cancel('scan');
    this.assist.cancel('read');
    this.assist.loaded?.scanner.stop();
    this.assist.loaded?.reader.stop();
  }

  /**
   * Adds a button of the page (e.g. "Nästa") to the scan, after the options; returns a function that removes
   * it again. After the switch chooses an answer of a one-answer question, the highlight moves straight to the
   * first button registered.
   */
  registerScanTarget(target: HTMLElement): () => void {
    this.scanTargets = [...this.scanTargets, target];
    return () => {
      this.scanTargets = this.scanTargets.filter((t) => t !== target);
    };
  }

  // ── Subclass hooks ──────────────────────────────────────────────────────────────────────────────────────
  /** The question, then every option shown (special answers included), as "Lyssna" reads them. */
  protected abstract readAloudItems(): GroupReadAloudItem[];

  /** What {@link focus} focuses: the option with the tab stop. */
  protected focusTarget(): HTMLElement | undefined {
    return this.roving.activeItem();
  }

  /**
   * The user (pointer, Space, arrow key or switch) changed the answer: it is no longer the default, errors may
   * show, and `input` and `change` fire when the answer is really different (`changed`).
   */
  protected chosenByUser(changed: boolean): void {
    this.dirty = true;
    this.field.markInteracted();
    this.requestUpdate();
    if (changed) void emitValueEvents(this);
  }

  // ── Helpers ─────────────────────────────────────────────────────────────────────────────────────────────
  protected inputs(): HTMLInputElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLInputElement>('input')];
  }

  /** What scanning moves through: the enabled options, the registered buttons, then "Sluta skanna". */
  private scanItems(): HTMLElement[] {
    const stop = this.renderRoot.querySelector<HTMLElement>('[part="scan-button"]');
    return [
      ...this.inputs().filter((input) => !input.disabled),
      ...this.scanTargets.filter((target) => target.isConnected),
      ...(stop ? [stop] : []),
    ];
  }

  /** True when the scan ring is on the option with this value. */
  protected isScanned(value: string): boolean {
    const item = this.assist.loaded?.scanner.current;
    return item instanceof HTMLInputElement && item.value === value;
  }

  /** True while "Lyssna" reads the option at `index` (its label is highlighted). */
  protected isRead(index: number): boolean {
    return this.assist.loaded?.reader.current?.key === `option-${index}`;
  }

  /** With read-aloud on, reads the option or button the scan highlight moved to. */
  private readHighlighted(item: HTMLElement): void {
    if (readAloudMode(this.readAloud) === 'off') return;
    const option =
      item instanceof HTMLInputElement
        ? this.readAloudItems().find((candidate) => candidate.value === item.value)
        : undefined;
    void this.assist.loaded?.reader.read([
      option ?? { key: 'scan', text: item.textContent?.trim() ?? '', lang: hostLanguage(this) },
    ]);
  }

  // ── Render helpers ──────────────────────────────────────────────────────────────────────────────────────
  /**
   * The top of the `<fieldset>`: the legend (the question, and while shown the error, so it is heard with the
   * group's name), the "Lyssna" and "Börja skanna" buttons when on, the hint and the visible error.
   */
  protected renderTop(): TemplateResult {
    const failure = this.field.validationFailure;
    const showError = this.field.showError;
    const assist = this.assist.loaded;
    const reading = assist?.reader.current?.key;
    return html`<legend part="label" class="label ${reading === 'question' ? 'reading' : ''}">
        <slot name="label">${this.label}</slot>${showError ? renderLegendError(failure?.message) : nothing}
      </legend>
      ${
        readAloudMode(this.readAloud) !== 'off' && assist
          ? assist.parts.renderReadAloud(assist.reader, this.handleReadAloudClick)
          : nothing
      }
      ${
        scanMode(this.scanning) !== 'off' && assist
          ? html`<div part="scanning" class="read-aloud">
              ${assist.parts.renderScanButton(assist.scanner, this.handleScanClick)}
            </div>`
          : nothing
      }
      ${this.renderHint()} ${showError ? renderErrorMessage(failure?.message, true) : nothing}`;
  }
}
