import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { localized, msg, str } from '@lit/localize';
import { LocaleController, normalizeLocale } from '@svara/elements/localization';
import { iterateQuestions, selectText, surveyLanguages, visibleQuestionIds } from '@svara/schema';
import type { Answers, Issue, Mode, Page, Question, Survey, SubmissionMeta, Text } from '@svara/schema';
import { startOutbox, systemClock } from '../../transport/outbox.js';
import type { Clock, Outbox, OutboxOptions, SubmitResult } from '../../transport/outbox.js';
import type { ProblemDetails, SubmissionDraft } from '../../transport/events.js';
import type { SvaraSubmitErrorEvent, SvaraSubmittedEvent } from '../../transport/events.js';
import type { Transport } from '../../transport/send.js';
import type { ReadAloudEnvironment, ScanMode } from '@svara/elements';
import type { WidgetAssist } from './assist.js';
import { checkDefinitionShape } from './definition.js';
import type { DefinitionCheck } from './definition.js';
import { answerFromControl, drawsPictures, hasPlainVariants, renderQuestion } from './questions.js';
import type { Presentation } from './questions.js';
import { styles } from './survey.styles.js';
import { loadControlsFor } from './lazy-controls.js';
import { takeEarlyDefinition } from './early-fetch.js';

/** How long a kiosk waits without any input before it starts over (ms). */
export const KIOSK_IDLE_MS = 2 * 60 * 1000;
/** How long a kiosk shows the receipt before it starts over (ms). */
export const KIOSK_RECEIPT_MS = 15 * 1000;
/** Seconds a respondent needs per question, for "Det tar ungefär N minuter". */
const SECONDS_PER_QUESTION = 20;

type Screen = 'loading' | 'unavailable' | 'start' | 'questions' | 'sending' | 'receipt';
type ReceiptKind = 'delivered' | 'queued' | 'memory' | 'rejected' | 'invalid';

interface Receipt {
  kind: ReceiptKind;
  submissionId: string;
  status?: number | undefined;
  problem?: ProblemDetails | undefined;
}

interface Step {
  key: string;
  page?: Page | undefined;
  questions: Question[];
}

interface Settings {
  lang?: string;
  plain?: boolean;
  pictograms?: boolean;
  withSupport?: boolean;
  readAloud?: boolean;
  scanning?: boolean;
}

type Toggle = 'plainOn' | 'pictogramsOn' | 'withSupport' | 'readAloudOn' | 'scanningOn';

const SESSION_PREFIX = 'svara-survey:';

function session(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null; // storage blocked: nothing survives a reload, nothing breaks
  }
}

function readJson<T>(key: string): T | undefined {
  try {
    const raw = session()?.getItem(key);
    return raw ? (JSON.parse(raw) as T) : undefined;
  } catch {
    return undefined;
  }
}

function writeJson(key: string, value: unknown): void {
  try {
    session()?.setItem(key, JSON.stringify(value));
  } catch {
    // Quota or blocked storage: the answers stay on the screen, they just don't survive a reload.
  }
}

function removeKey(key: string): void {
  try {
    session()?.removeItem(key);
  } catch {
    // as above
  }
}

const primary = (tag: string | null | undefined): string =>
  (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';

/** The messages of a problem response's `issues` (the reference collector's format), at most five. */
function problemMessages(problem: ProblemDetails | undefined): string[] {
  const issues = problem?.['issues'];
  if (!Array.isArray(issues)) return [];
  return issues
    .map((issue: unknown) => (issue as { message?: unknown } | null)?.message)
    .filter((message): message is string => typeof message === 'string' && message.trim() !== '')
    .slice(0, 5);
}

/** The language's own name ("Svenska", "English", "Suomi", "العربية"), capitalised as a button label. */
function autonym(lang: string): string {
  try {
    const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
    return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
  } catch {
    return lang;
  }
}

/**
 * The embeddable survey: a respondent — a child with smileys, an AAC user with a support person, an adult who
 * wants plain Swedish, a screen-reader, keyboard or switch user, or staff interviewing by phone — answers a
 * survey defined with `@svara/schema`, and the answers reach the server exactly once.
 *
 * ```html
 * <script type="module" src="https://svar.example/svara-survey.js"></script>
 * <svara-survey src="https://svar.example/api/surveys/familjeenheten-barn"></svara-survey>
 * ```
 *
 * The way through: a start screen (title, how long it takes, why we ask, who sees the answers, whether it is
 * anonymous, "Börja svara"), then the questions — one per screen for `child` and `aac` audiences (or with
 * `one-per-screen`), otherwise one screen per page — with "Fråga 3 av 10" as text, "Tillbaka" and "Fortsätt"
 * (never auto-advance), then "Skicka" and a receipt. On every screen change focus moves to the new screen's
 * heading. A failed "Fortsätt" shows `<svara-error-summary>` and moves focus to it. `showIf` questions appear
 * and disappear as answers change; other answers are kept, and answers to hidden questions are not sent.
 *
 * The toolbar is the respondent's: "Lyssna" (read-aloud: each new screen is read, and each answer as it gets
 * focus), "Lättläst" (plain variants), "Bildstöd" (faces, when the survey has any), the survey's languages, and
 * for support persons "Svarar med stöd" (recorded as `answeredBy: with-support`) and "Styr med kontakt" (switch
 * scanning: one question per screen; the highlight moves through the answers, "Tillbaka" and "Fortsätt", and
 * one switch — Space or Enter — selects; `scan-mode` picks step or two-switch scanning). Settings and answers
 * in progress last for the browser session only (sessionStorage), never in a kiosk.
 *
 * Survey texts are always rendered as text. No cookies are sent (`credentials: 'omit'`), nothing is loaded
 * from third parties, and the widget works under a strict CSP with Trusted Types (Lit's policy `lit-html`).
 *
 * @summary An embeddable survey that every respondent can finish, with an outbox that never loses an answer.
 * @tag svara-survey
 *
 * @csspart base - The widget's outer box.
 * @csspart toolbar - The respondent's toolbar.
 * @csspart toggle - Each toolbar toggle button.
 * @csspart heading - The heading of each screen (focused on screen changes).
 * @csspart progress - "Fråga 3 av 10" / "Sida 2 av 3".
 * @csspart button - The navigation buttons.
 * @csspart primary-button - "Börja svara", "Fortsätt", "Skicka".
 * @csspart receipt - The receipt after sending.
 *
 * @cssprop --svara-color-text - Text colour.
 * @cssprop --svara-color-accent - Buttons and pressed toggles.
 * @cssprop --svara-color-surface - Background.
 * @cssprop --svara-color-border - Borders.
 * @cssprop --svara-focus-color - Focus outline colour.
 *
 * @fires svara-submit - Before a submission is stored; cancelable, the host may change `submission` and `headers` (SvaraSubmitEvent).
 * @fires svara-queued - The submission is saved on this device and will be sent (SvaraQueuedEvent).
 * @fires svara-submitted - The server confirmed the submission with a 2xx (SvaraSubmittedEvent).
 * @fires svara-submit-error - The server refused it, or the device could not store it (SvaraSubmitErrorEvent).
 */
@localized()
export class SvaraSurvey extends LitElement {
  // ── Static configuration ────────────────────────────────────────────────────────────────────────────────
  static override styles = styles;

  /**
   * How definitions are checked before they are shown. Default: a small shape check (the collector validated
   * the definition with `parseSurvey` when it was published). `useFullValidation()` from
   * `./full-validation.js` switches to the schema's full `parseSurvey`.
   */
  static checkDefinition: DefinitionCheck = checkDefinitionShape;

  // ── Controllers ─────────────────────────────────────────────────────────────────────────────────────────
  private readonly locale = new LocaleController(this);

  // ── Queries ─────────────────────────────────────────────────────────────────────────────────────────────
  @query('[data-screen-heading]') private screenHeading?: HTMLElement;

  // ── Internal state ──────────────────────────────────────────────────────────────────────────────────────
  @state() private screen: Screen = 'loading';
  @state() private survey?: Survey;
  @state() private issues: Issue[] = [];
  @state() private problem = '';
  @state() private answers: Answers = {};
  @state() private stepKey = '';
  @state() private textLang = 'sv';
  @state() private plainOn = false;
  @state() private pictogramsOn = false;
  @state() private withSupport = false;
  @state() private readAloudOn = false;
  @state() private scanningOn = false;
  @state() private receipt?: Receipt;
  /** Said by the status line: a receipt that changed while it was shown ("Tack! Dina svar är skickade."). */
  @state() private statusLine = '';
  /** What a bot typed into the honeypot field (people never see it). */
  private honeypot = '';
  private outbox?: Outbox;
  private loadController?: AbortController;
  private idleTimer: unknown;
  private receiptTimer: unknown;
  /** The screen changed: focus its heading after the next render. */
  private focusHeading = false;
  /** The screen changed or an assist turned on: read it aloud / start scanning after the next render. */
  private assistScreen = false;
  /** Lyssna and Styr med kontakt (assist.ts), loaded when a respondent first turns one on. */
  private assist?: Promise<WidgetAssist>;

  // ── Properties ──────────────────────────────────────────────────────────────────────────────────────────
  /** Where the definition is loaded from (fetched without cookies). Ignored when `definition` is set. */
  @property() src = '';

  /** Where answers are posted. Default: `{src}/responses`. */
  @property() endpoint = '';

  /** The definition as an object, instead of `src`. */
  @property({ attribute: false }) definition?: unknown;

  /** Overrides the definition's audience: `child` and `aac` get one question per screen and 44 px targets. */
  @property() audience?: 'general' | 'child' | 'aac';

  /** `web` (default); `kiosk`: keeps nothing and starts over after sending or 2 minutes idle; `interview`. */
  @property() mode: Mode = 'web';

  /** Shows pictures (faces) where the survey has them, from the start. */
  @property({ type: Boolean }) pictograms = false;

  /** Uses plain-language variants from the start. */
  @property({ type: Boolean }) plain = false;

  /** Starts with "Lyssna" on: each screen is read aloud (after the respondent's first press or click). */
  @property({ type: Boolean, attribute: 'read-aloud' }) readAloud = false;

  /** Starts with "Styr med kontakt" (switch scanning) on. */
  @property({ type: Boolean }) scanning = false;

  /** How switch scanning works: `auto` (one switch, default), `step` (short press moves, long press selects), `two-switch`. */
  @property({ attribute: 'scan-mode' }) scanMode: Exclude<ScanMode, 'off'> = 'auto';

  /** How long the scan highlight stays on each item in `auto` mode, in ms (default 1500; the first item twice as long). */
  @property({ type: Number, attribute: 'scan-interval' }) scanInterval = 1500;

  /** Replaces the browser's `speechSynthesis`, `SpeechSynthesisUtterance` and `Audio` (tests, demos). */
  @property({ attribute: false }) speech?: ReadAloudEnvironment;

  /**
   * Recorded speech made by `svara audio`: the URL of its `manifest.json` (the collector serves it at
   * `/api/surveys/{id}/audio/manifest.json`). With "Lyssna" on, texts that have a recording are played from it,
   * so read-aloud does not depend on the device's voices; the rest is read by the device.
   */
  @property({ attribute: 'audio-manifest' }) audioManifest = '';

  /** One question per screen for every audience. */
  @property({ type: Boolean, attribute: 'one-per-screen' }) onePerScreen = false;

  /** Extra request headers for submissions (stored with each one; no short-lived tokens). */
  @property({ attribute: false }) headers: Record<string, string> = {};

  /** Replaces `fetch` for submissions (a host's own API client). */
  @property({ attribute: false }) transport?: Transport;

  /** Outbox options for tests and special hosts (database name, clock, IndexedDB factory). */
  @property({ attribute: false }) outboxOptions: Omit<OutboxOptions, 'target' | 'transport' | 'headers'> = {};

  /** Time source for the kiosk's idle reset and for switch scanning (injectable for tests). */
  @property({ attribute: false }) clock: Clock = systemClock;

  // ── Getters ─────────────────────────────────────────────────────────────────────────────────────────────
  /** What Lyssna and Styr med kontakt need to know (assist.ts). @internal */
  get assistState(): { readAloud: boolean; scanning: boolean; screen: string; lang: string } {
    return {
      readAloud: this.readAloudOn,
      scanning: this.scanningOn,
      screen: this.screen,
      lang: this.lang || this.textLang,
    };
  }

  private get effectiveAudience(): string {
    return this.audience ?? this.survey?.audience ?? 'general';
  }

  private get easy(): boolean {
    return this.effectiveAudience === 'child' || this.effectiveAudience === 'aac';
  }

  private get sessionKey(): string {
    return this.survey ? `${SESSION_PREFIX}answers:${this.survey.id}@${this.survey.version}` : '';
  }

  private get settingsKey(): string {
    return this.survey ? `${SESSION_PREFIX}settings:${this.survey.id}` : '';
  }

  private get keepsNothing(): boolean {
    return this.mode === 'kiosk';
  }

  private get visibleIds(): Set<string> {
    return this.survey ? visibleQuestionIds(this.survey, this.answers) : new Set();
  }

  /** The screens of questions, for the current answers (a `showIf` may add or remove some). */
  get steps(): Step[] {
    const survey = this.survey;
    if (!survey) return [];
    const visible = this.visibleIds;
    const entries = [...iterateQuestions(survey)].filter((entry) => visible.has(entry.question.id));
    if (this.easy || this.onePerScreen || this.scanningOn)
      return entries.map(({ question, page }) => ({ key: question.id, page, questions: [question] }));
    if (survey.pages)
      return survey.pages
        .map((page) => ({
          key: `page:${page.id}`,
          page,
          questions: entries.filter((entry) => entry.page === page).map((entry) => entry.question),
        }))
        .filter((step) => step.questions.length > 0);
    return [{ key: 'all', questions: entries.map((entry) => entry.question) }];
  }

  private get stepIndex(): number {
    const steps = this.steps;
    const index = steps.findIndex((step) => step.key === this.stepKey);
    return index >= 0 ? index : 0;
  }

  /** The answers that would be sent now: those of visible questions only. */
  get visibleAnswers(): Answers {
    const visible = this.visibleIds;
    return Object.fromEntries(Object.entries(this.answers).filter(([id]) => visible.has(id)));
  }

  /** What is recorded about how the survey was answered. */
  get meta(): SubmissionMeta {
    return {
      answeredBy: this.mode === 'interview' ? 'interviewer' : this.withSupport ? 'with-support' : 'self',
      mode: this.mode,
      plain: this.plainOn,
      pictograms: this.pictogramsOn,
      readAloud: this.readAloudOn,
    };
  }

  // ── Lifecycle ───────────────────────────────────────────────────────────────────────────────────────────
  override connectedCallback(): void {
    super.connectedCallback();
    this.outbox = startOutbox({
      ...this.outboxOptions,
      target: this,
      transport: this.transport,
      headers: this.headers,
    });
    this.addEventListener('svara-submitted', this.handleSubmitted);
    this.addEventListener('svara-submit-error', this.handleSubmitError);
    for (const type of ['pointerdown', 'keydown', 'input']) this.addEventListener(type, this.handleActivity);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    void this.assist?.then((assist) => assist.disconnect());
    this.assist = undefined;
    this.outbox?.stop();
    this.outbox = undefined;
    this.loadController?.abort();
    this.clearTimers();
    this.removeEventListener('svara-submitted', this.handleSubmitted);
    this.removeEventListener('svara-submit-error', this.handleSubmitError);
    for (const type of ['pointerdown', 'keydown', 'input'])
      this.removeEventListener(type, this.handleActivity);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.outbox) {
      if (changed.has('transport')) this.outbox.transport = this.transport;
      if (changed.has('headers')) this.outbox.headers = { ...this.headers };
    }
    if (changed.has('definition') || changed.has('src')) void this.load();
  }

  /** Also waits for svara's strings in the widget's language (locale files load on demand). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    await this.locale.ready;
    return result;
  }

  protected override async updated(): Promise<void> {
    if (this.focusHeading) {
      this.focusHeading = false;
      await this.updateComplete;
      this.screenHeading?.focus();
    }
    if (this.assistScreen) {
      this.assistScreen = false;
      await this.updateComplete;
      if (this.readAloudOn || this.scanningOn) {
        this.assist ??= import('./assist.js').then(({ WidgetAssist }) => new WidgetAssist(this));
        await (await this.assist).start();
      }
    }
  }

  // ── Event handlers ──────────────────────────────────────────────────────────────────────────────────────
  private handleActivity = (): void => {
    if (this.mode !== 'kiosk') return;
    if (this.idleTimer !== undefined) this.clock.clearTimeout(this.idleTimer);
    this.idleTimer = this.clock.setTimeout(() => {
      this.idleTimer = undefined;
      if (this.screen !== 'start' || Object.keys(this.answers).length > 0) this.startOver(false);
    }, KIOSK_IDLE_MS);
  };

  private handleSubmitted = (event: SvaraSubmittedEvent): void => {
    if (this.receipt?.submissionId === event.submissionId && this.receipt.kind !== 'delivered') {
      this.receipt = { kind: 'delivered', submissionId: event.submissionId };
      if (this.screen === 'receipt') this.statusLine = this.receiptSpeech(this.receipt);
    }
  };

  private handleSubmitError = (event: SvaraSubmitErrorEvent): void => {
    if (this.receipt?.submissionId === event.submissionId && event.reason === 'rejected') {
      this.receipt = {
        kind: 'rejected',
        submissionId: event.submissionId,
        status: event.status,
        problem: event.problem,
      };
      if (this.screen === 'receipt') this.statusLine = this.receiptSpeech(this.receipt);
    }
  };

  private handleAnswer(event: Event): void {
    const control = (event.target as Element).closest<HTMLElement>('[data-question]');
    const id = control?.dataset['question'];
    const question = this.survey && id ? this.findQuestion(id) : undefined;
    if (!control || !question) return;
    const next = answerFromControl(question, control, this.answers[question.id]);
    const answers = { ...this.answers };
    if (next === undefined) delete answers[question.id];
    else answers[question.id] = next;
    this.answers = answers;
    this.saveProgress();
    if (this.scanningOn && event.type === 'change')
      void this.assist?.then((assist) => assist.answered(control));
  }

  private handleStart(): void {
    this.screen = 'questions';
    this.stepKey = this.steps[0]?.key ?? '';
    this.focusHeading = this.assistScreen = true;
    this.statusLine = '';
    this.saveProgress();
  }

  private handleBack(): void {
    if (this.screen === 'sending') return;
    const index = this.stepIndex;
    if (index === 0) this.screen = 'start';
    else this.stepKey = this.steps[index - 1]!.key;
    this.focusHeading = this.assistScreen = true;
    this.statusLine = '';
    this.saveProgress();
  }

  /** Runs only when every control is valid: the error summary stops invalid submits before they reach us. */
  private handleNext(event: SubmitEvent): void {
    event.preventDefault();
    if (this.screen === 'sending') return;
    const steps = this.steps;
    const index = this.stepIndex;
    if (index < steps.length - 1) {
      this.stepKey = steps[index + 1]!.key;
      this.focusHeading = this.assistScreen = true;
      this.statusLine = '';
      this.saveProgress();
    } else {
      void this.send();
    }
  }

  private toggle(setting: Toggle): void {
    const question = this.steps[this.stepIndex]?.questions[0]?.id;
    this[setting] = !this[setting];
    if (setting === 'scanningOn' && this.screen === 'questions' && question) {
      // One question per screen while scanning: stay on the question the respondent was at.
      this.stepKey = this.steps.find((step) => step.questions.some((q) => q.id === question))?.key ?? '';
      this.saveProgress();
    }
    if (setting === 'readAloudOn' || setting === 'scanningOn') {
      void this.assist?.then((assist) =>
        assist.stop({ reading: !this.readAloudOn, scanning: !this.scanningOn }),
      );
      this.assistScreen = true; // read the screen / start scanning now: the press is the user action browsers need
    }
    this.saveSettings();
  }

  private chooseLanguage(lang: string): void {
    this.textLang = lang;
    this.lang = lang; // LocaleController follows: svara's strings and `dir` (Arabic is right to left)
    this.saveSettings();
  }

  private handleCorrect(): void {
    // The rejected entry stays in the outbox until a new submission replaces it.
    if (this.receipt?.kind === 'rejected') void this.outbox?.discard(this.receipt.submissionId);
    this.receipt = undefined;
    this.screen = 'questions';
    this.stepKey = this.steps[0]?.key ?? '';
    this.focusHeading = this.assistScreen = true;
    this.statusLine = '';
  }

  // ── Public methods ──────────────────────────────────────────────────────────────────────────────────────
  /**
   * Starts a fresh response: clears the answers (and, in a kiosk, a rejected submission that was shown) and
   * shows the start screen. Kiosks call this after sending and after 2 minutes without input; interviews offer
   * it after each submission.
   */
  startOver(focus = true): void {
    this.clearTimers();
    if (this.receipt?.kind === 'rejected' && this.keepsNothing)
      void this.outbox?.discard(this.receipt.submissionId);
    this.receipt = undefined;
    this.answers = {};
    this.stepKey = '';
    this.screen = this.survey ? 'start' : this.screen;
    if (this.keepsNothing) {
      this.plainOn = this.plain;
      this.withSupport = false;
      this.readAloudOn = this.readAloud;
      this.scanningOn = this.scanning;
      // The next person starts with the page's settings: a scan left running would keep Space and Enter.
      void this.assist?.then((assist) =>
        assist.stop({ reading: !this.readAloudOn, scanning: !this.scanningOn }),
      );
      this.pictogramsOn = this.initialPictograms();
      if (this.survey) this.chooseLanguage(this.initialLang(this.survey, null));
    }
    removeKey(this.sessionKey);
    this.focusHeading = focus;
    this.assistScreen = true;
  }

  // ── Private helpers ─────────────────────────────────────────────────────────────────────────────────────
  private findQuestion(id: string): Question | undefined {
    for (const { question } of iterateQuestions(this.survey!)) if (question.id === id) return question;
    return undefined;
  }

  private clearTimers(): void {
    if (this.idleTimer !== undefined) this.clock.clearTimeout(this.idleTimer);
    if (this.receiptTimer !== undefined) this.clock.clearTimeout(this.receiptTimer);
    this.idleTimer = this.receiptTimer = undefined;
  }

  private messageLocale(): 'sv' | 'en' {
    return primary(this.lang) === 'sv' || primary(this.lang) === '' ? 'sv' : 'en';
  }

  private async load(): Promise<void> {
    this.loadController?.abort();
    const controller = new AbortController();
    this.loadController = controller;
    let input: unknown = this.definition;
    if (input === undefined) {
      if (!this.src) return;
      this.screen = 'loading';
      try {
        const response = await (takeEarlyDefinition(this.src) ??
          fetch(this.src, {
            credentials: 'omit',
            headers: { Accept: 'application/json' },
            signal: controller.signal,
          }));
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        input = await response.json();
      } catch (error) {
        if (controller.signal.aborted) return;
        this.fail(
          `${msg('Kunde inte hämta enkäten från', { id: 'survey.editor.fetchFailed', desc: 'For the web editor: loading the definition failed; followed by the address and the error' })} ${this.src}: ${String((error as Error)?.message ?? error)}`,
          [],
        );
        return;
      }
    }
    if (controller.signal.aborted) return;
    const result = SvaraSurvey.checkDefinition(input, this.messageLocale());
    if (!result.ok) return this.fail('', result.issues);
    const survey = result.survey;
    if (survey.modes && !survey.modes.includes(this.mode)) {
      return this.fail(
        msg(str`Enkäten får inte användas i läget "${this.mode}".`, {
          id: 'survey.editor.modeNotAllowed',
          desc: 'For the web editor: the survey definition does not allow this mode (web, kiosk or interview)',
        }),
        [],
      );
    }
    this.survey = survey;
    void loadControlsFor(survey);
    this.issues = [];
    this.problem = '';
    this.restore(survey);
  }

  private fail(problem: string, issues: Issue[]): void {
    this.survey = undefined;
    this.problem = problem;
    this.issues = issues;
    this.screen = 'unavailable';
  }

  private initialPictograms(): boolean {
    const survey = this.survey;
    if (!survey) return false;
    // Faces are how the definition shows its smiley scales; `pictograms` asks for them explicitly. Until
    // @svara/pictograms exists there is nothing else to draw, so both start with the pictures on.
    return [...iterateQuestions(survey)].some(({ question }) => drawsPictures(question));
  }

  private initialLang(survey: Survey, saved: string | null | undefined): string {
    const languages = surveyLanguages(survey);
    const asked = primary(saved ?? this.getAttribute('lang') ?? this.ownerDocument.documentElement.lang);
    if (languages.includes(asked)) return asked;
    // A svara UI language the survey has no texts in (e.g. Arabic): the UI follows it, texts fall back.
    if (asked !== '' && normalizeLocale(asked) === asked) return asked;
    return survey.lang;
  }

  private restore(survey: Survey): void {
    const settings = this.keepsNothing ? undefined : readJson<Settings>(this.settingsKey);
    this.plainOn = settings?.plain ?? this.plain;
    this.pictogramsOn = settings?.pictograms ?? this.initialPictograms();
    this.withSupport = settings?.withSupport ?? false;
    this.readAloudOn = settings?.readAloud ?? this.readAloud;
    this.scanningOn = settings?.scanning ?? this.scanning;
    this.assistScreen = true;
    this.chooseLanguage(this.initialLang(survey, settings?.lang));
    const saved = this.keepsNothing
      ? undefined
      : readJson<{ answers: Answers; step: string; started: boolean }>(this.sessionKey);
    this.answers = saved?.answers && typeof saved.answers === 'object' ? saved.answers : {};
    this.stepKey = saved?.step ?? '';
    this.screen = saved?.started ? 'questions' : 'start';
  }

  private saveProgress(): void {
    if (this.keepsNothing || !this.survey) return;
    writeJson(this.sessionKey, {
      answers: this.answers,
      step: this.stepKey,
      started: this.screen === 'questions',
    });
  }

  private saveSettings(): void {
    if (this.keepsNothing || !this.survey) return;
    writeJson(this.settingsKey, {
      lang: this.textLang,
      plain: this.plainOn,
      pictograms: this.pictogramsOn,
      withSupport: this.withSupport,
      readAloud: this.readAloudOn,
      scanning: this.scanningOn,
    } satisfies Settings);
  }

  private async send(): Promise<void> {
    const survey = this.survey;
    if (!survey || !this.outbox) return;
    this.screen = 'sending';
    const languages = surveyLanguages(survey);
    const draft: SubmissionDraft = {
      surveyId: survey.id,
      surveyVersion: survey.version,
      lang: languages.includes(this.textLang) ? this.textLang : survey.lang,
      answers: this.visibleAnswers,
      meta: this.meta,
      // Only a bot fills the hidden field; the collector answers 201 as usual and throws the submission away.
      ...(this.honeypot.trim() ? { honeypot: this.honeypot } : {}),
    };
    const endpoint = this.endpoint || `${this.src.replace(/\/+$/, '')}/responses`;
    const result: SubmitResult = await this.outbox.submit(draft, { endpoint });
    switch (result.outcome) {
      case 'cancelled':
        this.screen = 'questions'; // the host vetoed it and says why itself
        return;
      case 'delivered':
        this.receipt = { kind: 'delivered', submissionId: result.submissionId };
        break;
      case 'queued':
        this.receipt = { kind: result.persisted ? 'queued' : 'memory', submissionId: result.submissionId };
        break;
      case 'rejected':
        this.receipt = {
          kind: 'rejected',
          submissionId: result.submissionId,
          status: result.status,
          problem: result.problem,
        };
        break;
      case 'invalid':
        this.receipt = { kind: 'invalid', submissionId: result.submissionId };
        break;
    }
    this.screen = 'receipt';
    this.focusHeading = this.assistScreen = true;
    this.statusLine = this.receiptSpeech(this.receipt!);
    if (this.receipt?.kind !== 'rejected') {
      // Sent or safely queued: this response is finished. An interview starts a fresh one.
      this.answers = {};
      this.stepKey = '';
      this.honeypot = '';
      removeKey(this.sessionKey);
    }
    if (this.mode === 'kiosk') {
      this.receiptTimer = this.clock.setTimeout(() => {
        this.receiptTimer = undefined;
        this.startOver(false);
      }, KIOSK_RECEIPT_MS);
    }
  }

  // ── Render ──────────────────────────────────────────────────────────────────────────────────────────────
  protected override render(): TemplateResult {
    return html`<div part="base" class="base" @change=${this.handleAnswer} @input=${this.handleAnswer}>
      ${this.renderScreen()}
      <p class="visually-hidden" role="status">${this.statusLine}</p>
    </div>`;
  }

  private renderScreen(): TemplateResult {
    switch (this.screen) {
      case 'loading':
        return html`<p class="loading" role="status">
          ${msg('Enkäten laddas …', { id: 'survey.loading', desc: 'Shown while the survey is loading' })}
        </p>`;
      case 'unavailable':
        return this.renderUnavailable();
      case 'start':
        return this.renderStart();
      case 'questions':
      case 'sending':
        return this.renderQuestions();
      case 'receipt':
        return this.renderReceipt();
    }
  }

  /** A text of the definition in the chosen language (plain when asked); `lang` only when it fell back. */
  private text(owner: object, key: string): { text: string; lang?: string } {
    const survey = this.survey!;
    type Owner = Record<string, Text | undefined> & { plain?: Record<string, Text | undefined> };
    const found = selectText(owner as Owner, key, {
      lang: this.textLang,
      defaultLang: survey.lang,
      plain: this.plainOn,
    });
    if (!found) return { text: '' };
    return found.lang === this.textLang ? { text: found.text } : found;
  }

  private renderUnavailable(): TemplateResult {
    return html`<section class="screen" aria-labelledby="heading">
      <h2 id="heading" part="heading" tabindex="-1" data-screen-heading>
        ${msg('Enkäten kan inte visas just nu', {
          id: 'survey.unavailable',
          desc: 'Heading for respondents when the survey cannot be loaded or its definition is broken',
        })}
      </h2>
      <p>
        ${msg('Försök igen senare. Det är inte ditt fel.', {
          id: 'survey.unavailableHelp',
          desc: 'Under the heading: the survey cannot be shown',
        })}
      </p>
      ${
        this.issues.length > 0 || this.problem
          ? html`<details class="editor">
              <summary>
                ${msg('För den som gör enkäten: vad som är fel', {
                  id: 'survey.editor.summary',
                  desc: 'Disclosure for the web editor with the technical problems of the definition',
                })}
              </summary>
              ${this.problem ? html`<p>${this.problem}</p>` : nothing}
              ${
                this.issues.length > 0
                  ? html`<ul>
                      ${this.issues.map(
                        (issue) => html`<li><code>${issue.path || '(root)'}</code>: ${issue.message}</li>`,
                      )}
                    </ul>`
                  : nothing
              }
            </details>`
          : nothing
      }
    </section>`;
  }

  private renderToolbar(): TemplateResult {
    const survey = this.survey!;
    const languages = surveyLanguages(survey);
    const showPlain = hasPlainVariants(survey);
    const showPictures = [...iterateQuestions(survey)].some(({ question }) => drawsPictures(question));
    // Staff who interview read the questions themselves and answer on the keyboard.
    const respondent = this.mode !== 'interview';
    const toggle = (label: string, setting: Toggle, name = '') =>
      html`<button
        type="button"
        part="toggle"
        class="toggle"
        data-toggle=${ifDefined(name || undefined)}
        aria-pressed=${this[setting] ? 'true' : 'false'}
        @click=${() => this.toggle(setting)}
      >
        ${label}
      </button>`;
    return html`<div
      part="toolbar"
      class="toolbar"
      role="group"
      aria-label=${msg('Visa enkäten på ditt sätt', {
        id: 'survey.toolbar',
        desc: 'Name of the group of settings buttons the respondent controls',
      })}
    >
      ${
        respondent
          ? toggle(
              msg('Lyssna', {
                id: 'survey.toolbar.readAloud',
                desc: 'Toggle button: read each screen and each answer aloud',
              }),
              'readAloudOn',
            )
          : nothing
      }
      ${
        showPictures
          ? toggle(
              msg('Bildstöd', {
                id: 'survey.toolbar.pictograms',
                desc: 'Toggle button: show pictures (faces, pictograms) with the answers',
              }),
              'pictogramsOn',
            )
          : nothing
      }
      ${
        showPlain
          ? toggle(
              msg('Lättläst', { id: 'survey.toolbar.plain', desc: 'Toggle button: use easy-to-read texts' }),
              'plainOn',
            )
          : nothing
      }
      ${
        languages.length > 1
          ? html`<div
              class="languages"
              role="group"
              aria-label=${msg('Språk', { id: 'survey.toolbar.language', desc: 'Name of the language buttons' })}
            >
              ${languages.map(
                (lang) =>
                  html`<button
                    type="button"
                    part="toggle"
                    class="toggle"
                    lang=${lang}
                    aria-pressed=${this.textLang === lang ? 'true' : 'false'}
                    @click=${() => this.chooseLanguage(lang)}
                  >
                    ${autonym(lang)}
                  </button>`,
              )}
            </div>`
          : nothing
      }
      ${
        respondent
          ? html`${toggle(
              msg('Svarar med stöd', {
                id: 'survey.toolbar.withSupport',
                desc: 'Toggle button for support persons: the respondent answers with help from someone',
              }),
              'withSupport',
            )}
            ${toggle(
              msg('Styr med kontakt', {
                id: 'survey.toolbar.scanning',
                desc: 'Toggle button for support persons: answer with one switch (a highlight moves through the answers and the switch chooses)',
              }),
              'scanningOn',
              'scanning',
            )}`
          : nothing
      }
    </div>`;
  }

  private renderStart(): TemplateResult {
    const survey = this.survey!;
    const title = this.text(survey, 'title');
    const intro = this.text(survey, 'intro');
    const privacy = survey.privacy;
    const purpose = privacy ? this.text(privacy, 'purpose') : { text: '' };
    const whoSees = privacy ? this.text(privacy, 'whoSees') : { text: '' };
    const contact = privacy ? this.text(privacy, 'contact') : { text: '' };
    const count = [...iterateQuestions(survey)].length;
    const minutes = Math.max(1, Math.round((count * SECONDS_PER_QUESTION) / 60));
    const duration =
      new Intl.PluralRules(this.lang || 'sv').select(minutes) === 'one'
        ? msg(str`Det tar ungefär ${minutes} minut.`, {
            id: 'survey.duration_one',
            desc: 'Start screen: how long answering takes, singular (${minutes} is 1)',
          })
        : msg(str`Det tar ungefär ${minutes} minuter.`, {
            id: 'survey.duration_other',
            desc: 'Start screen: how long answering takes, plural (${minutes} is a number of minutes, not 1). Arabic: phrase it so the number needs no noun agreement (2 has its own form)',
          });
    return html`${this.renderToolbar()}
      <section class="screen" aria-labelledby="heading">
        <h2 id="heading" part="heading" tabindex="-1" data-screen-heading lang=${ifDefined(title.lang)}>
          ${title.text}
        </h2>
        ${this.mode === 'interview' ? this.renderInterviewPrompt('start') : nothing}
        ${intro.text ? html`<p lang=${ifDefined(intro.lang)}>${intro.text}</p>` : nothing}
        <p class="duration">${duration}</p>
        ${
          privacy
            ? html`<dl class="privacy">
                ${
                  purpose.text
                    ? html`<dt>
                          ${msg('Varför vi frågar', { id: 'survey.privacy.why', desc: 'Start screen: heading of why the survey is done' })}
                        </dt>
                        <dd lang=${ifDefined(purpose.lang)}>${purpose.text}</dd>`
                    : nothing
                }
                ${
                  whoSees.text
                    ? html`<dt>
                          ${msg('Vem som ser svaren', { id: 'survey.privacy.whoSees', desc: 'Start screen: heading of who sees the answers' })}
                        </dt>
                        <dd lang=${ifDefined(whoSees.lang)}>${whoSees.text}</dd>`
                    : nothing
                }
                <dt>
                  ${msg('Är det anonymt?', { id: 'survey.privacy.anonymousHeading', desc: 'Start screen: heading of whether answers are anonymous' })}
                </dt>
                <dd>
                  ${
                    privacy.anonymous
                      ? msg('Ja. Vi vet inte vem som har svarat.', {
                          id: 'survey.privacy.anonymous',
                          desc: 'Start screen: the answers are anonymous',
                        })
                      : msg('Nej. Vi kan se vem som har svarat.', {
                          id: 'survey.privacy.notAnonymous',
                          desc: 'Start screen: the answers are not anonymous',
                        })
                  }
                </dd>
                ${
                  contact.text
                    ? html`<dt>
                          ${msg('Frågor om enkäten', { id: 'survey.privacy.contact', desc: 'Start screen: heading of whom to contact' })}
                        </dt>
                        <dd lang=${ifDefined(contact.lang)}>${contact.text}</dd>`
                    : nothing
                }
              </dl>`
            : nothing
        }
        <button type="button" part="button primary-button" class="primary" @click=${this.handleStart}>
          ${msg('Börja svara', { id: 'survey.start', desc: 'Button on the start screen that shows the first question' })}
        </button>
      </section>`;
  }

  private renderInterviewPrompt(where: 'start' | 'question'): TemplateResult {
    return html`<p class="interviewer">
      <strong
        >${msg('Till dig som intervjuar:', { id: 'survey.interview.label', desc: 'Label before instructions for staff who interview' })}</strong
      >
      ${
        where === 'start'
          ? msg(
              'Läs upp varför vi frågar, vem som ser svaren och om det är anonymt. Fråga om personen vill svara.',
              {
                id: 'survey.interview.start',
                desc: 'Instruction for the interviewer on the start screen',
              },
            )
          : msg('Läs upp frågan och svarsalternativen. Fyll i det svar personen ger.', {
              id: 'survey.interview.question',
              desc: 'Instruction for the interviewer on each question screen',
            })
      }
    </p>`;
  }

  private renderQuestions(): TemplateResult {
    const survey = this.survey!;
    const steps = this.steps;
    const index = this.stepIndex;
    const step = steps[index];
    if (!step) return html``;
    const last = index === steps.length - 1;
    const sending = this.screen === 'sending';
    const onePerScreen = this.easy || this.onePerScreen || this.scanningOn;
    const position = index + 1;
    const total = steps.length;
    const title = this.text(survey, 'title');
    const pageTitle = step.page ? this.text(step.page, 'title') : { text: '' };
    const heading = onePerScreen
      ? msg(str`Fråga ${position} av ${total}`, {
          id: 'survey.progress.question',
          desc: 'Heading of a question screen: ${position} is this question, ${total} the number of questions',
        })
      : pageTitle.text || title.text;
    const progress =
      !onePerScreen && total > 1
        ? msg(str`Sida ${position} av ${total}`, {
            id: 'survey.progress.page',
            desc: 'Progress on a page of questions: ${position} is this page, ${total} the number of pages',
          })
        : '';
    const presentation = {
      lang: this.textLang,
      plain: this.plainOn,
      pictograms: this.pictogramsOn,
      large: this.easy || this.scanningOn,
      readAloud: this.readAloudOn,
      scanning: this.scanningOn ? this.scanMode : 'off',
      scanInterval: this.scanInterval,
      scanClock: this.clock,
      speech: this.speech,
    } satisfies Presentation;
    // The form has no name of its own: named by its heading (aria-labelledby), Orca said each screen's name twice.
    return html`${this.renderToolbar()}
    ${keyed(
      step.key,
      html`<form class="screen" novalidate @submit=${this.handleNext}>
        ${
          onePerScreen || step.page
            ? html`<p class="survey-title" lang=${ifDefined(title.lang)}>${title.text}</p>`
            : nothing
        }
        <h2 id="heading" part="heading progress" tabindex="-1" data-screen-heading>${heading}</h2>
        ${progress ? html`<p part="progress" class="progress">${progress}</p>` : nothing}
        ${this.mode === 'interview' ? this.renderInterviewPrompt('question') : nothing}
        <svara-error-summary></svara-error-summary>
        ${step.questions.map((question) => renderQuestion(survey, question, this.answers, presentation))}
        <div class="navigation">
          <button
            type="button"
            part="button"
            class="secondary"
            aria-disabled=${sending ? 'true' : 'false'}
            @click=${this.handleBack}
          >
            ${msg('Tillbaka', { id: 'survey.back', desc: 'Button: go back to the previous screen' })}
          </button>
          <!-- aria-disabled, not disabled, while sending: a disabled button loses focus, and then Orca did not
               say the receipt's heading when it got focus -->
          <button
            type="submit"
            part="button primary-button"
            class="primary"
            aria-disabled=${sending ? 'true' : 'false'}
          >
            ${
              last
                ? msg('Skicka', { id: 'survey.send', desc: 'Button on the last screen: send the answers' })
                : msg('Fortsätt', { id: 'survey.next', desc: 'Button: go on to the next screen' })
            }
          </button>
        </div>
        ${last ? this.renderHoneypot() : nothing}
        <p class="sending" role="status">
          ${sending ? msg('Skickar …', { id: 'survey.sending', desc: 'Shown while the answers are being sent' }) : ''}
        </p>
      </form>`,
    )}`;
  }

  /**
   * A field only bots fill in: off screen, hidden from assistive technology and out of the tab order, so people
   * never meet it. Sent as the collector's top-level `honeypot` when filled.
   */
  private renderHoneypot(): TemplateResult {
    return html`<div class="honeypot" aria-hidden="true">
      <label>
        ${msg('Lämna det här fältet tomt', { id: 'survey.honeypot', desc: 'Label of a hidden anti-spam field that people never see; bots fill it in' })}
        <input
          type="text"
          name="website"
          tabindex="-1"
          autocomplete="off"
          .value=${this.honeypot}
          @input=${(event: Event) => (this.honeypot = (event.target as HTMLInputElement).value)}
        />
      </label>
    </div>`;
  }

  /** The receipt as the status line says it: heading, explanation and the survey's thanks, in that order. */
  private receiptSpeech(receipt: Receipt): string {
    const { heading, body } = this.receiptMessage(receipt);
    const thanks =
      receipt.kind === 'delivered' || receipt.kind === 'queued' ? this.text(this.survey!, 'thanks').text : '';
    return [heading, body, thanks].filter(Boolean).join(' ');
  }

  private receiptMessage(receipt: Receipt): { heading: string; body: string } {
    switch (receipt.kind) {
      case 'delivered':
        return {
          heading: msg('Tack! Dina svar är skickade.', {
            id: 'survey.receipt.delivered',
            desc: 'Receipt: the answers reached the server',
          }),
          body: '',
        };
      case 'queued':
        return {
          heading: msg('Dina svar är sparade på den här enheten och skickas när du har internet.', {
            id: 'survey.receipt.queued',
            desc: 'Receipt: no connection; the answers are stored on this device and sent later',
          }),
          body: msg('Du kan stänga sidan. Svaren skickas nästa gång du öppnar en sida med enkäten.', {
            id: 'survey.receipt.queuedHelp',
            desc: 'Under the queued receipt: closing the page is safe',
          }),
        };
      case 'memory':
        return {
          heading: msg('Dina svar är inte skickade än.', {
            id: 'survey.receipt.memory',
            desc: 'Receipt: the answers could not be stored on the device and are not sent yet',
          }),
          body: msg('Stäng inte sidan förrän det står att svaren är skickade.', {
            id: 'survey.receipt.memoryHelp',
            desc: 'Under the memory receipt: keep the page open until the answers are sent',
          }),
        };
      case 'rejected':
        return {
          heading: msg('Dina svar kunde inte tas emot.', {
            id: 'survey.receipt.rejected',
            desc: 'Receipt: the server refused the answers',
          }),
          body:
            receipt.status === 413
              ? msg('Svaren är för långa. Skriv kortare och skicka igen.', {
                  id: 'survey.receipt.tooLarge',
                  desc: 'Why the server refused: the answers are too long',
                })
              : msg(
                  'Något i svaren stämmer inte med enkäten. Det är inte ditt fel. Gå tillbaka och försök igen, eller kontakta den som gav dig enkäten.',
                  {
                    id: 'survey.receipt.rejectedHelp',
                    desc: 'Why the server refused (400/415/422): the answers do not match the survey; what to do',
                  },
                ),
        };
      case 'invalid':
        return {
          heading: msg('Dina svar kunde inte skickas.', {
            id: 'survey.receipt.invalid',
            desc: 'Receipt: a program error stopped the sending',
          }),
          body: msg('Det är ett fel i sidan, inte i dina svar. Kontakta den som gav dig enkäten.', {
            id: 'survey.receipt.invalidHelp',
            desc: 'Under the invalid receipt',
          }),
        };
    }
  }

  private renderReceipt(): TemplateResult {
    const receipt = this.receipt!;
    const survey = this.survey!;
    const { heading, body } = this.receiptMessage(receipt);
    const thanks =
      receipt.kind === 'delivered' || receipt.kind === 'queued' ? this.text(survey, 'thanks') : { text: '' };
    // The collector's own messages per problem (in the browser's language) say more than its general `detail`.
    const issues = receipt.kind === 'rejected' ? problemMessages(receipt.problem) : [];
    const detail =
      receipt.kind !== 'rejected' || issues.length > 0
        ? ''
        : (receipt.problem?.detail ?? receipt.problem?.title ?? '');
    // Not a live region itself: a whole section inserted live reached Orca in pieces, in no fixed order, and
    // Orca says nothing when its heading gets focus. The widget's status line says it as one text (send()).
    return html`<section part="receipt" class="screen receipt ${receipt.kind}">
      <h2 id="heading" part="heading" tabindex="-1" data-screen-heading>${heading}</h2>
      ${body ? html`<p>${body}</p>` : nothing}
      ${thanks.text ? html`<p lang=${ifDefined(thanks.lang)}>${thanks.text}</p>` : nothing}
      ${
        detail
          ? html`<p class="detail">
              ${msg('Servern svarade:', { id: 'survey.receipt.serverSaid', desc: 'Before the server’s own explanation of a refusal' })}
              ${detail}
            </p>`
          : nothing
      }
      ${
        issues.length > 0
          ? html`<div class="detail">
              <p>
                ${msg('Servern svarade:', { id: 'survey.receipt.serverSaid', desc: 'Before the server’s own explanation of a refusal' })}
              </p>
              <ul>
                ${issues.map((message) => html`<li>${message}</li>`)}
              </ul>
            </div>`
          : nothing
      }
      ${
        receipt.kind === 'rejected' && !this.keepsNothing
          ? html`<button type="button" part="button" class="secondary" @click=${this.handleCorrect}>
              ${msg('Gå tillbaka till frågorna', { id: 'survey.receipt.correct', desc: 'Button after a refusal: back to the questions to try again' })}
            </button>`
          : nothing
      }
      ${
        this.mode === 'interview'
          ? html`<button
              type="button"
              part="button primary-button"
              class="primary"
              @click=${() => this.startOver()}
            >
              ${msg('Starta en ny intervju', { id: 'survey.interview.new', desc: 'Button after sending an interview: start a fresh response' })}
            </button>`
          : nothing
      }
      ${
        this.mode === 'kiosk'
          ? html`<p>
                ${msg('Enkäten börjar snart om för nästa person.', { id: 'survey.kiosk.resetSoon', desc: 'Kiosk receipt: the survey starts over for the next person' })}
              </p>
              <button
                type="button"
                part="button primary-button"
                class="primary"
                @click=${() => this.startOver()}
              >
                ${msg('Börja om', { id: 'survey.kiosk.startOver', desc: 'Kiosk button: start over for the next person' })}
              </button>`
          : nothing
      }
    </section>`;
  }
}
