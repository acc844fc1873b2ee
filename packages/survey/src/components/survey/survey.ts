import { LitElement, html, nothing, render } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { LocaleController, normalizeLocale } from '@svara/elements/localization';
import { iterateQuestions, surveyLanguages } from '@svara/schema';
import type { Answers, Issue, Mode, Survey, SubmissionMeta } from '@svara/schema';
import { systemClock } from '../../transport/clock.js';
import type { Clock } from '../../transport/clock.js';
import type { OutboxOptions } from '../../transport/outbox.js';
import type { Transport } from '../../transport/send.js';
import type { ReadAloudEnvironment, ScanMode } from '@svara/elements';
import * as steps from './steps.js';
import type { Step } from './steps.js';
import { SessionStore } from './session-store.js';
import type { Settings, Switches } from './session-store.js';
import { KioskTimer } from './kiosk-timer.js';
import { SendingController } from './sending-controller.js';
import type { Receipt } from './sending-controller.js';
import { checkDefinitionShape } from './definition.js';
import type { DefinitionCheck } from './definition.js';
import { fetchDefinition } from './early-fetch.js';
import { inlineDefinitionScript, parseInlineDefinition } from './inline-definition.js';
import { loadControlsFor } from './lazy-controls.js';
import { styles } from './survey.styles.js';
import { drawsPictures, textLookup } from './survey-texts.js';
import type { TextLookup } from './survey-texts.js';
import type { Presentation } from './questions.js';
import type * as QuestionsChunk from './lazy-questions.js';
import type * as Interview from './interview.js';
import { renderStartScreen } from './start-screen.js';
import { serverScreen } from './server-rendered.js';
import { cannotShowMessage, renderCannotShow } from './cannot-show.js';
import { renderToolbar } from './toolbar.js';
import type { renderUnavailableScreen } from './unavailable-screen.js';
import type { WidgetAssist } from './widget-assist.js';

type Screen = 'loading' | 'unavailable' | 'start' | 'questions' | 'sending' | 'receipt';

/**
 * The collector's `?unit=` answer is the definition plus `context` ({ unit: { id, name }, round: { id, … } | null }):
 * the definition without it (a definition has no such field), and the unit and round to stamp into answers.
 */
function withoutContext(
  input: unknown,
  unit: string,
): { definition: unknown; context: { unit?: string | undefined; round?: string | undefined } } {
  const { context, ...definition } = (input ?? {}) as {
    context?: { unit?: { id?: string }; round?: { id?: string } | null };
  };
  return context
    ? { definition, context: { unit: context.unit?.id ?? unit, round: context.round?.id } }
    : { definition: input, context: unit ? { unit } : {} };
}

/**
 * The question screens, their controls, the outbox and the receipt (lazy-questions.ts), once a widget in the page
 * has loaded them. Each widget requests them once its first screen is painted (see `#questionsReady`), so the
 * start screen does not wait for them.
 */
let questionsChunk: typeof QuestionsChunk | undefined;

const loadingText = (): string =>
  msg('Enkäten laddas …', { id: 'survey.loading', desc: 'Shown while the survey is loading' });

const primary = (tag: string | null | undefined): string =>
  (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';

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
 * Or with the definition in the page, so the first screen needs no request (`src` then only names where answers
 * go; a `<` inside the JSON is written `\u003c`, so that `</script` cannot end the block):
 *
 * ```html
 * <svara-survey src="https://svar.example/api/surveys/familjeenheten-barn">
 *   <script type="application/json">{ "id": "familjeenheten-barn", "version": 3, … }</script>
 * </svara-survey>
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
  readonly #locale = new LocaleController(this);

  readonly #sending = new SendingController(this, (receipt) => {
    if (this.screen === 'receipt') this.statusLine = this.#receiptSpeech(receipt);
  });

  readonly #kiosk = new KioskTimer(this, () => {
    if (this.screen !== 'start' || Object.keys(this.answers).length > 0) this.startOver(false);
  });

  // ── Queries ─────────────────────────────────────────────────────────────────────────────────────────────
  @query('[data-screen-heading]') private screenHeading?: HTMLElement;

  // ── Internal state ──────────────────────────────────────────────────────────────────────────────────────
  @state() private screen: Screen = 'loading';
  @state() private survey?: Survey;
  @state() private issues: Issue[] = [];
  /** Why the definition could not be fetched: its address and the error (for the web editor). */
  @state() private problem = '';
  /** The definition's `modes` when it does not allow this widget's `mode` (the unavailable screen says so). */
  @state() private allowedModes?: readonly Mode[] | undefined;
  @state() private answers: Answers = {};
  @state() private stepKey = '';
  @state() private textLang = 'sv';
  /** The respondent's toolbar switches, as the page's attributes start them or as the respondent left them. */
  @state() private switches: Switches = {
    plain: false,
    pictograms: false,
    withSupport: false,
    readAloud: false,
    scanning: false,
  };
  /** The toolbar's "Inställningar" is open (it opens by itself when the page turns on support or scanning). */
  @state() private settingsOpen = false;
  /** In an interview, "Skicka" found this many questions without an answer and asks first (0: not asking). */
  @state() private unanswered = 0;
  /** Said by the status line: a receipt that changed while it was shown ("Dina svar är skickade."). */
  @state() private statusLine = '';
  /**
   * How many of the screen's questions are rendered: a new screen renders its first two with its heading, then
   * two more per task, so that no task after "Börja svara" or "Fortsätt" is long (issue #17). `updateComplete`
   * waits for the whole screen.
   */
  @state() private shown = 2;
  /** What a bot typed into the honeypot field (people never see it). */
  #honeypot = '';
  /** The answers and settings kept for a reload in this tab (see {@link kept}). */
  #session?: SessionStore;
  #loadController?: AbortController;
  /** The screen changed: focus its heading after the next render. */
  #focusHeading = false;
  /** The screen changed or an assist turned on: read it aloud / start scanning after the next render. */
  #assistScreen = false;
  /** Where the survey is answered, from the collector's `context` (`?unit=`): stamped into each submission. */
  #context: { unit?: string | undefined; round?: string | undefined } = {};
  /** What an interview adds (interview.ts): loaded with the definition when `mode` is `interview`. */
  #interview?: typeof Interview | undefined;
  /** The first screen was painted: the question screens are requested ({@link #questionsReady}). */
  #questionsLoad?: Promise<unknown>;
  /** "Börja svara" was pressed before the question screens had arrived: shows the first one when they have. */
  #beginning?: Promise<void> | undefined;
  /** The screen for a survey that cannot be shown (unavailable-screen.ts), loaded the first time it is. */
  #unavailableScreen?: typeof renderUnavailableScreen;
  /** Lyssna and Styr med kontakt (widget-assist.ts), loaded when a respondent first turns one on. */
  #assist?: Promise<WidgetAssist>;
  /** Lyssna or Styr med kontakt starting on the screen just rendered: `updateComplete` waits for it. */
  #starting?: Promise<void>;
  /** A toolbar switch was used on the hosted page's start screen: the widget shows its own (read aloud, plain, …). */
  #ownStartScreen = false;
  /** The same, once loaded: what it says under the toolbar. */
  #assisting?: WidgetAssist;

  // ── Properties ──────────────────────────────────────────────────────────────────────────────────────────
  /**
   * Where the definition is loaded from (fetched without cookies). Not fetched when `definition` is set or the
   * element holds the definition in a `<script type="application/json">` child; it still names where answers go.
   */
  @property() src = '';

  /**
   * The unit (enhet) the answers are about, for city pages that embed one unit's survey: the definition is
   * loaded as `{src}?unit=…` (the collector adds the unit and the round running there now), and each submission
   * is stamped with `unit` and that `round` (not personal data). With `definition` instead of `src`, only `unit`.
   */
  @property() unit = '';

  /** Where answers are posted. Default: `{src}/responses`. */
  @property() endpoint = '';

  /** The definition as an object, instead of `src` (and instead of an inline `<script type="application/json">`). */
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
  /** What Lyssna and Styr med kontakt need to know (widget-assist.ts). @internal */
  get assistState(): { readAloud: boolean; scanning: boolean; screen: string; lang: string } {
    return {
      readAloud: this.switches.readAloud,
      scanning: this.switches.scanning,
      screen: this.screen,
      lang: this.lang || this.textLang,
    };
  }

  /** Children and AAC users (the definition's audience, or the `audience` attribute): large and one at a time. */
  get #childOrAac(): boolean {
    return steps.isChildOrAac(this.audience ?? this.survey?.audience ?? 'general');
  }

  get #oneQuestionPerScreen(): boolean {
    return this.#childOrAac || this.onePerScreen || this.switches.scanning;
  }

  /** The screens of questions, for the current answers (a `showIf` may add or remove some). */
  get steps(): Step[] {
    return this.survey ? steps.surveySteps(this.survey, this.answers, this.#oneQuestionPerScreen) : [];
  }

  /** The answers that would be sent now: those of visible questions only. */
  get visibleAnswers(): Answers {
    return this.survey ? steps.answersToSend(this.survey, this.answers) : {};
  }

  /** What is recorded about how the survey was answered. */
  get meta(): SubmissionMeta {
    const { withSupport, plain, pictograms, readAloud } = this.switches;
    return {
      answeredBy: this.mode === 'interview' ? 'interviewer' : withSupport ? 'with-support' : 'self',
      mode: this.mode,
      plain,
      pictograms,
      readAloud,
    };
  }

  /** The definition's texts as the respondent wants them (language, plain variants). */
  get #text(): TextLookup {
    return textLookup(this.survey!, this.textLang, this.switches.plain);
  }

  // ── Lifecycle ───────────────────────────────────────────────────────────────────────────────────────────
  override connectedCallback(): void {
    super.connectedCallback();
    // Another widget in the page has loaded the outbox already: it sends what an earlier visit left at once.
    if (questionsChunk) this.#sending.useOutbox(questionsChunk.startOutbox);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    void this.#assist?.then((assist) => assist.disconnect());
    this.#assist = undefined;
    this.#loadController?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('definition') || changed.has('src') || changed.has('unit')) void this.#load();
  }

  /**
   * Also waits for svara's strings in the widget's language (locale files load on demand), and for Lyssna or
   * Styr med kontakt to start on the screen just rendered (their chunk arrives when it arrives): what a test or a
   * picture sees after `await survey.updateComplete` does not depend on the network.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await this.#rendered();
    await this.#starting;
    return this.isUpdatePending ? this.#rendered() : result;
  }

  /** The whole screen is rendered (see {@link shown}) in the widget's language. */
  async #rendered(): Promise<boolean> {
    await this.#beginning;
    if ((this.screen === 'questions' || this.screen === 'sending') && !questionsChunk)
      await this.#questionsReady();
    let result = await super.getUpdateComplete();
    while (this.#renderingQuestions)
      result = await new Promise((resolve) => setTimeout(resolve)).then(() => super.getUpdateComplete());
    await this.#locale.ready;
    return result;
  }

  /** Questions of the screen are still to be rendered (see {@link shown}). */
  get #renderingQuestions(): boolean {
    return (
      this.screen === 'questions' &&
      this.shown < (this.steps[steps.stepIndex(this.steps, this.stepKey)]?.questions.length ?? 0)
    );
  }

  // Lit ignores what updated() returns, on purpose here: the steps after a render (focus the heading, then start
  // read-aloud or scanning) run in order without holding up the next update. (A wrapper method costs embed bytes.)
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  protected override async updated(): Promise<void> {
    if (this.#renderingQuestions) setTimeout(() => (this.shown += 2));
    // The first screen is there: the next ones load after it is painted (a frame, or 100 ms in a hidden tab).
    if (!this.#questionsLoad && this.screen !== 'loading') {
      this.#questionsLoad = new Promise((painted) => {
        requestAnimationFrame(painted);
        setTimeout(painted, 100);
      }).then(() => new Promise((later) => setTimeout(later)));
      void this.#questionsLoad.then(() => this.#questionsReady());
    }
    const assist = this.#assistScreen;
    this.#assistScreen = false;
    let started = (): void => {};
    if (assist) this.#starting = new Promise<void>((done) => (started = done));
    if (this.#focusHeading) {
      this.#focusHeading = false;
      // The heading comes with the first questions: focused in the task of the click, not after the whole screen.
      await super.getUpdateComplete();
      await this.#locale.ready;
      this.screenHeading?.focus();
    }
    if (assist) {
      try {
        await this.#rendered();
        if (this.switches.readAloud || this.switches.scanning) {
          this.#assist ??= import('./widget-assist.js').then(
            ({ WidgetAssist }) => (this.#assisting = new WidgetAssist(this)),
          );
          await (await this.#assist).start();
          this.requestUpdate(); // what it says under the toolbar
        }
      } finally {
        started();
      }
    }
  }

  // ── Event handlers ──────────────────────────────────────────────────────────────────────────────────────
  #handleAnswer(event: Event): void {
    const control = (event.target as Element).closest<HTMLElement>('[data-question]');
    const id = control?.dataset['question'];
    const question = this.survey && id ? steps.findQuestion(this.survey, id) : undefined;
    if (!control || !question) return;
    const answer = questionsChunk!.answerFromControl(question, control, this.answers[question.id]);
    this.answers = steps.withAnswer(this.answers, question.id, answer);
    this.unanswered = 0;
    this.#saveProgress();
    if (this.switches.scanning && event.type === 'change')
      void this.#assist?.then((assist) => assist.answered(control));
  }

  #readScreen = (): void => {
    this.#assistScreen = true;
    this.requestUpdate();
  };

  #handleStart = (): void => {
    const start = (): void => this.#showStep(this.steps[0]?.key ?? '');
    if (questionsChunk) return start();
    // Pressed before the question screens arrived (a slow network): say so, and start when they are here.
    this.statusLine = loadingText();
    this.#beginning ??= this.#questionsReady().then(() => {
      this.#beginning = undefined;
      if (this.screen === 'start') start();
    });
  };

  #handleBack = (): void => {
    if (this.screen === 'sending') return;
    const previous = steps.previousStepKey(this.steps, this.stepKey);
    if (previous === undefined) this.#showScreen('start');
    else this.#showStep(previous);
  };

  /** Runs only when every control is valid: the error summary stops invalid submits before they reach us. */
  #handleNext = (event: SubmitEvent): void => {
    event.preventDefault();
    if (this.screen === 'sending') return;
    const next = steps.nextStepKey(this.steps, this.stepKey);
    if (next !== undefined) return this.#showStep(next);
    // An interviewer asks before sending blanks: a question skipped by mistake cannot be asked again later.
    this.unanswered ||= this.#unansweredQuestions().length;
    if (!this.unanswered) return void this.#send();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#confirm')?.focus());
  };

  #unansweredQuestions(): { step: string; id: string }[] {
    return this.#interview?.unansweredQuestions(this.steps, this.answers) ?? [];
  }

  /** "Visa frågorna utan svar": focus on the first question without an answer (its screen first, if another). */
  #showUnanswered = (): void => {
    const first = this.#unansweredQuestions()[0]!;
    this.unanswered = 0;
    if (first.step !== this.stepKey) return this.#showStep(first.step);
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`[data-question="${first.id}"]`)?.focus(),
    );
  };

  #handleCorrect = (): void => {
    // The rejected entry stays in the outbox until a new submission replaces it.
    this.#sending.clear(true);
    this.#showStep(this.steps[0]?.key ?? '', false);
  };

  #toggle = (setting: keyof Switches | 'settings'): void => {
    if (setting === 'settings') return void (this.settingsOpen = !this.settingsOpen);
    this.#ownStartScreen = true;
    const question = this.steps[steps.stepIndex(this.steps, this.stepKey)]?.questions[0]?.id;
    this.switches = { ...this.switches, [setting]: !this.switches[setting] };
    if (setting === 'scanning' && this.screen === 'questions' && question) {
      // One question per screen while scanning: stay on the question the respondent was at.
      this.stepKey = steps.stepKeyOf(this.steps, question);
      this.#saveProgress();
    }
    if (setting === 'readAloud' || setting === 'scanning') {
      this.#stopAssist();
      this.#assistScreen = true; // read the screen / start scanning now: the press is the user action browsers need
    }
    this.#saveSettings();
  };

  #chooseLanguage = (lang: string): void => {
    this.textLang = lang;
    this.lang = lang; // LocaleController follows: svara's strings and `dir` (Arabic is right to left)
    this.#saveSettings();
  };

  // ── Public methods ──────────────────────────────────────────────────────────────────────────────────────
  /**
   * Starts a fresh response: clears the answers (and, in a kiosk, a rejected submission that was shown) and
   * shows the start screen. Kiosks call this after sending and after 2 minutes without input; interviews offer
   * it after each submission.
   */
  startOver(focus = true): void {
    this.#kiosk.clear();
    this.#sending.clear(this.#keepsNothing);
    this.answers = {};
    this.stepKey = '';
    this.screen = this.survey ? 'start' : this.screen;
    if (this.#keepsNothing) {
      // The next person starts with the page's settings: a scan left running would keep Space and Enter.
      this.#applySettings(undefined);
      this.#stopAssist();
    }
    this.#session?.clearProgress();
    this.#focusHeading = focus;
    this.#assistScreen = true;
  }

  // ── Private helpers ─────────────────────────────────────────────────────────────────────────────────────
  /** A kiosk keeps nothing between people: no answers or settings in sessionStorage, no going back after a refusal. */
  get #keepsNothing(): boolean {
    return this.mode === 'kiosk';
  }

  /** Where answers and settings are kept for a reload: nowhere in a kiosk. */
  get #kept(): SessionStore | undefined {
    return this.#keepsNothing ? undefined : this.#session;
  }

  /** Shows another screen: its heading gets focus, and it is read aloud or scanned when those are on. */
  #showScreen(screen: Screen, save = true): void {
    this.screen = screen;
    this.unanswered = 0;
    this.#focusHeading = this.#assistScreen = true;
    this.statusLine = '';
    this.shown = 2;
    if (save) this.#saveProgress();
  }

  #showStep(key: string, save = true): void {
    this.stepKey = key;
    this.#showScreen('questions', save);
  }

  #stopAssist(): void {
    void this.#assist?.then((assist) =>
      assist.stop({ reading: !this.switches.readAloud, scanning: !this.switches.scanning }),
    );
  }

  #messageLocale(): 'sv' | 'en' {
    return primary(this.lang) === 'sv' || primary(this.lang) === '' ? 'sv' : 'en';
  }

  async #load(): Promise<void> {
    this.#loadController?.abort();
    const controller = new AbortController();
    this.#loadController = controller;
    this.allowedModes = undefined;
    let input: unknown = this.definition;
    const inline = input === undefined ? inlineDefinitionScript(this) : null;
    if (inline) {
      const parsed = parseInlineDefinition(inline);
      if (!parsed.ok) return this.#fail('', parsed.issues);
      input = parsed.input;
    } else if (input === undefined) {
      if (!this.src) return;
      this.screen = 'loading';
      try {
        input = await fetchDefinition(this.src, this.unit, controller.signal);
      } catch (error) {
        if (controller.signal.aborted) return;
        // What the web editor reads behind the disclosure: the address and the error.
        this.#fail(`${this.src}: ${String((error as Error)?.message ?? error)}`, []);
        return;
      }
    }
    if (controller.signal.aborted) return;
    ({ definition: input, context: this.#context } = withoutContext(input, this.unit));
    const result = SvaraSurvey.checkDefinition(input, this.#messageLocale());
    if (!result.ok) return this.#fail('', result.issues);
    const survey = result.survey;
    if (survey.modes && !survey.modes.includes(this.mode)) {
      this.allowedModes = survey.modes;
      return this.#fail('', []);
    }
    if (this.mode === 'interview') {
      this.#interview ??= await import('./interview.js').catch(() => undefined);
      if (controller.signal.aborted) return;
    }
    this.survey = survey;
    if (questionsChunk) void loadControlsFor(survey); // else with the question screens
    this.issues = [];
    this.problem = '';
    this.#restore(survey);
  }

  #fail(problem: string, issues: Issue[]): void {
    this.survey = undefined;
    this.#session = undefined;
    this.problem = problem;
    this.issues = issues;
    this.screen = 'unavailable';
    // The web editor's console names the problem too (the screen hides it behind a disclosure).
    if (problem || issues.length) console.warn('<svara-survey> cannot show the survey:', problem || issues);
  }

  #initialLang(survey: Survey, saved: string | null | undefined): string {
    const languages = surveyLanguages(survey);
    const asked = primary(saved ?? this.getAttribute('lang') ?? this.ownerDocument.documentElement.lang);
    if (languages.includes(asked)) return asked;
    // A svara UI language the survey has no texts in (e.g. Arabic): the UI follows it, texts fall back.
    if (asked !== '' && normalizeLocale(asked) === asked) return asked;
    return survey.lang;
  }

  /** The toolbar as saved, or (`undefined`) as the page's attributes and the definition start it. */
  #applySettings(saved: Settings | undefined): void {
    const { lang, ...switches } = saved ?? {};
    const survey = this.survey;
    this.switches = {
      plain: this.plain,
      // Faces are how the definition shows its smiley scales: they start with the pictures on.
      pictograms: !!survey && [...iterateQuestions(survey)].some(({ question }) => drawsPictures(question)),
      withSupport: false,
      readAloud: this.readAloud,
      scanning: this.scanning,
      ...switches,
    };
    this.settingsOpen = this.switches.withSupport || this.switches.scanning;
    if (survey) this.#chooseLanguage(this.#initialLang(survey, lang));
  }

  #restore(survey: Survey): void {
    this.#session = new SessionStore(survey);
    this.#applySettings(this.#kept?.loadSettings());
    this.#assistScreen = true;
    const saved = this.#kept?.loadProgress();
    this.answers = saved?.answers && typeof saved.answers === 'object' ? saved.answers : {};
    this.stepKey = saved?.step ?? '';
    this.screen = saved?.started ? 'questions' : 'start';
  }

  #saveProgress(): void {
    this.#kept?.saveProgress({
      answers: this.answers,
      step: this.stepKey,
      started: this.screen === 'questions',
    });
  }

  #saveSettings(): void {
    this.#kept?.saveSettings({ lang: this.textLang, ...this.switches });
  }

  /**
   * The question screens (lazy-questions.ts) and the form-only controls this survey asks for (lazy-controls.ts).
   * Never rejects: when the network dropped, it tries again whenever the browser says it is back online.
   */
  async #questionsReady(): Promise<void> {
    while (!questionsChunk) {
      try {
        questionsChunk = await import('./lazy-questions.js');
        this.requestUpdate();
      } catch {
        await new Promise((online) => addEventListener('online', online, { once: true }));
      }
    }
    this.#sending.useOutbox(questionsChunk.startOutbox);
    if (this.survey) await loadControlsFor(this.survey);
    if (this.screen === 'start') (globalThis.requestIdleCallback ?? setTimeout)(() => this.#warmUp());
  }

  /**
   * While the start screen is read: the first question screen rendered once, hidden, and thrown away, so that
   * "Börja svara" (and the tasks that draw the rest of the screen) find its templates, the controls' styles and
   * their number formats prepared (issue #17: no long task after the
   * click). Not while Lyssna or Styr med kontakt is on: they collect what the screen holds.
   */
  #warmUp(): void {
    const survey = this.survey;
    if (!survey || this.screen !== 'start' || this.switches.readAloud || this.switches.scanning) return;
    const box = document.createElement('div');
    box.hidden = true;
    this.renderRoot.append(box);
    const ignore = (): void => {};
    render(
      questionsChunk!.renderQuestionScreen({
        survey,
        steps: this.steps,
        index: 0,
        onePerScreen: this.#oneQuestionPerScreen,
        shown: Infinity, // every control of the screen: each type's template, styles and Intl formats
        sending: false,
        answers: this.answers,
        presentation: this.#presentation,
        text: this.#text,
        honeypot: '',
        honeypotChanged: ignore,
        back: ignore,
        next: ignore,
      }),
      box,
    );
    setTimeout(() => {
      render(nothing, box);
      box.remove();
    });
  }

  async #send(): Promise<void> {
    const survey = this.survey;
    if (!survey) return;
    this.screen = 'sending';
    await this.#questionsReady(); // the outbox is in place (it came with the screen that has "Skicka")
    const receipt = await this.#sending.send(
      {
        surveyId: survey.id,
        surveyVersion: survey.version,
        lang: steps.submissionLang(survey, this.textLang),
        answers: this.visibleAnswers,
        meta: this.meta,
        ...this.#context,
        // Only a bot fills the hidden field; the collector answers 201 as usual and throws the submission away.
        ...(this.#honeypot.trim() ? { honeypot: this.#honeypot } : {}),
      },
      this.endpoint || `${this.src.replace(/\/+$/, '')}/responses`,
    );
    if (!receipt) {
      this.screen = 'questions'; // the host vetoed it and says why itself
      return;
    }
    this.#showScreen('receipt', false);
    this.statusLine = this.#receiptSpeech(receipt);
    if (receipt.kind !== 'rejected') {
      // Sent or safely queued: this response is finished. An interview starts a fresh one.
      this.answers = {};
      this.stepKey = '';
      this.#honeypot = '';
      this.#session?.clearProgress();
    }
    this.#kiosk.receiptShown();
  }

  #receiptSpeech(receipt: Receipt): string {
    return questionsChunk!.receiptSpeech(receipt, this.#text(this.survey!, 'thanks').text);
  }

  // ── Render ──────────────────────────────────────────────────────────────────────────────────────────────
  protected override render(): TemplateResult {
    // The hosted page's own start screen, shown as it is (under the widget's toolbar) until "Börja svara" brings
    // the widget's questions, or a toolbar switch asks for the widget's own start screen (server-rendered.ts).
    const server = serverScreen(
      this,
      this.screen === 'questions' || this.#ownStartScreen,
      () => this.screen === 'start' && (this.#handleStart(), true),
      this.screen === 'start',
    );
    if (server && this.screen !== 'start') return html`<slot></slot>`;
    return html`<div
      part="base"
      class="base ${this.switches.scanning ? 'scanning' : ''}"
      @change=${this.#handleAnswer}
      @input=${this.#handleAnswer}
    >
      ${this.#renderScreen(!!server)}
      <p class="visually-hidden" role="status">${this.statusLine}</p>
    </div>`;
  }

  #renderScreen(serverStart: boolean): unknown {
    const survey = this.survey;
    const mode = this.mode;
    const loading = html`<p class="loading" role="status">${loadingText()}</p>`;
    switch (this.screen) {
      case 'loading':
        return loading;
      case 'unavailable':
        // Rare, and wordy in every language: loaded when first needed, so that it stays out of the first load.
        if (!this.#unavailableScreen) {
          // Without the network its chunk may not come, and no network is the commonest reason for this screen.
          void import('./unavailable-screen.js')
            .then(
              ({ renderUnavailableScreen }) => renderUnavailableScreen,
              () => renderCannotShow,
            )
            .then((render) => {
              this.#unavailableScreen = render;
              this.requestUpdate();
            });
          return nothing;
        }
        return this.#unavailableScreen({
          fetchFailed: this.problem,
          issues: this.issues,
          mode,
          allowedModes: this.allowedModes,
          cannotShow: cannotShowMessage(),
        });
      case 'start':
        return html`${this.#renderToolbar()}
        ${
          serverStart
            ? html`<slot></slot>`
            : renderStartScreen({
                survey: survey!,
                lang: this.lang,
                text: this.#text,
                interview: this.#interview,
                readScreen: this.switches.readAloud && !this.#interview ? this.#readScreen : undefined,
                start: this.#handleStart,
              })
        }`;
      case 'questions':
      case 'sending':
        // A reload in the middle of the survey, before the question screens have arrived.
        if (!questionsChunk) return loading;
        return html`${this.#renderToolbar()}
        ${questionsChunk.renderQuestionScreen({
          survey: survey!,
          steps: this.steps,
          index: steps.stepIndex(this.steps, this.stepKey),
          onePerScreen: this.#oneQuestionPerScreen,
          shown: this.shown,
          sending: this.screen === 'sending',
          answers: this.answers,
          presentation: this.#presentation,
          text: this.#text,
          interview: this.#interview,
          blankWarning: this.unanswered
            ? this.#interview!.renderBlankWarning({
                count: this.unanswered,
                send: () => void this.#send(),
                show: this.#showUnanswered,
              })
            : undefined,
          honeypot: this.#honeypot,
          honeypotChanged: (value) => (this.#honeypot = value),
          back: this.#handleBack,
          next: this.#handleNext,
        })}`;
      case 'receipt':
        return questionsChunk!.renderReceipt({
          receipt: this.#sending.receipt!,
          mode,
          thanks: this.#text(survey!, 'thanks'),
          next: survey!.privacy ? this.#text(survey!.privacy, 'purpose') : { text: '' },
          correct: this.#handleCorrect,
          startOver: () => this.startOver(),
        });
    }
  }

  /** How the question controls look and behave for this respondent. */
  get #presentation(): Presentation {
    return {
      lang: this.textLang,
      plain: this.switches.plain,
      pictograms: this.switches.pictograms,
      large: this.#childOrAac || this.switches.scanning,
      readAloud: this.switches.readAloud,
      scanning: this.switches.scanning ? this.scanMode : 'off',
      scanInterval: this.scanInterval,
      scanClock: this.clock,
      speech: this.speech,
    };
  }

  #renderToolbar(): TemplateResult {
    return html`${renderToolbar({
      survey: this.survey!,
      mode: this.mode,
      textLang: this.textLang,
      switches: this.switches,
      settingsOpen: this.settingsOpen,
      toggle: this.#toggle,
      chooseLanguage: (lang) => {
        this.#ownStartScreen = true;
        this.#chooseLanguage(lang);
      },
    })}${this.#assisting?.note}`;
  }
}
