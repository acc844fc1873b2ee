import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { parseSurvey, resolveText } from '@svara/schema';
import type { Survey } from '@svara/schema';
import type { Me, StudioApi, SurveyDetail, Unit } from '../../api/client.js';
import { hasRole } from '../../api/client.js';
import type {
  StudioAcknowledgeEvent,
  StudioCountsEvent,
  StudioEditEvent,
  StudioFocusEvent,
  StudioRequestEvent,
  StudioRevealEvent,
} from '../../events.js';
import { StudioNavigateEvent } from '../../events.js';
import { findFocusTarget, settled } from '../../internal/focus.js';
import { versionChangeText } from '../../labels.js';
import type { DraftSource } from '../../model/draft-session.js';
import { DraftSession } from '../../model/draft-session.js';
import { mainLanguage } from '../../model/draft.js';
import { loadHostedPictograms } from '../../model/pictograms.js';
import { directionOf, previewKinds } from '../../model/preview.js';
import { compareVersions } from '../../model/versions.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import '../editor/editor.define.js';
import '../json-view/json-view.define.js';
import '../preview/preview.define.js';
import '../publish/publish.define.js';
import '../review/review.define.js';
import '../rounds/rounds.define.js';
import '../results/results.define.js';
import '../translations/translations.define.js';
import type { SvaraStudioEditor } from '../editor/editor.js';
import { styles } from './survey-page.styles.js';
import { problemText } from '../../api/problems.js';
import { uiLang } from '../../internal/ui-lang.js';

export type SurveyTab = 'edit' | 'json' | 'translations' | 'preview' | 'publish' | 'rounds' | 'results';

export const SURVEY_TABS: readonly SurveyTab[] = [
  'edit',
  'json',
  'translations',
  'preview',
  'publish',
  'rounds',
  'results',
];

/** The draft on the server, through the staff API. */
export function serverDraftSource(api: StudioApi, surveyId: string): DraftSource {
  return {
    load: () => api.draft(surveyId),
    save: (definition, acknowledged, revision) => api.saveDraft(surveyId, definition, acknowledged, revision),
  };
}

/**
 * One survey in the studio: its draft in the form editor beside live previews, the same definition as JSON, the
 * translations, the previews of every audience side by side, the go-live checklist with publishing, and the
 * rounds. Owns the author's session with the draft: the undo history (Ångra and Gör om, also Ctrl+Z and
 * Ctrl+Y outside text fields), the checks, autosave to the server and this device, and what happens when the
 * session ends or another author saved meanwhile (both versions are shown; nothing is overwritten silently).
 *
 * @summary A survey: write, preview, translate, check, publish and run it.
 * @tag svara-studio-survey-page
 *
 * @fires studio-navigate - A link inside the page was followed (StudioNavigateEvent, from the tabs).
 */
@localized()
export class SvaraStudioSurveyPage extends LitElement {
  static override styles = [sharedStyles, styles];

  // ── Properties ──────────────────────────────────────────────────────────────────────────────────────────
  /** The survey's id. */
  @property({ attribute: 'survey-id' }) surveyId = '';

  /** Which view is shown. */
  @property() tab: SurveyTab = 'edit';

  /** The staff API (absent in examples, which give `source`). */
  @property({ attribute: false }) api?: StudioApi;

  /** Where the draft comes from and goes to (default: the server, through `api`). */
  @property({ attribute: false }) source?: DraftSource;

  /** The signed-in person. */
  @property({ attribute: false }) me?: Me;

  /** The units (for roles). */
  @property({ attribute: false }) units: readonly Unit[] = [];

  /** The version published before (examples; otherwise loaded through `api`). */
  @property({ attribute: false }) previous?: Survey;

  /** Every published version, newest first (loaded through `api`): comparability is checked against them all. */
  @state() private published: Survey[] = [];

  /** The studio's address prefix (`/studio`). */
  @property() base = '/studio';

  /** Where the preview page is. */
  @property({ attribute: 'preview-url' }) previewUrl = '/studio/preview.html';

  // ── State ───────────────────────────────────────────────────────────────────────────────────────────────
  @state() private session?: DraftSession;
  @state() private detail?: SurveyDetail;
  @state() private loadError = '';
  @state() private announcement = '';
  @state() private questionId?: string;
  @state() private busy = false;
  @state() private serverMessage = '';
  /** The survey that "Behåll båda" made of this author's version. */
  @state() private keptCopy = '';
  @state() private tick = 0;
  @state() private draftLoaded = false;

  @query('svara-studio-editor') private editor?: SvaraStudioEditor;

  private hosted: number[] | undefined;
  private loaded?: Promise<void>;

  /** Resolves when the draft has been loaded (or could not be): the page has its heading then. */
  get ready(): Promise<void> {
    return this.loaded ?? Promise.resolve();
  }

  /** The page's name for the document title: the tab, then the survey's title ("Förhandsvisning – Vad tyckte …"). */
  get pageTitle(): string {
    return `${this.tabName(this.tab)} – ${this.surveyTitle}`;
  }

  // ── Getters ─────────────────────────────────────────────────────────────────────────────────────────────
  private get surveyTitle(): string {
    const draft = this.session?.draft ?? {};
    const lang = mainLanguage(draft);
    return resolveText(draft['title'] as never, lang, lang)?.text || this.surveyId;
  }

  private get canPublish(): boolean {
    if (!this.me) return !this.api; // examples without a server show the buttons
    return hasRole(this.me, 'publisher', this.detail?.ownerUnit ?? null, this.units);
  }

  private href(tab: SurveyTab): string {
    return `${this.base}/surveys/${encodeURIComponent(this.surveyId)}/${tab}`;
  }

  // ── Lifecycle ───────────────────────────────────────────────────────────────────────────────────────────
  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.handleHidden);
    window.addEventListener('pagehide', this.handleHidden);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.handleHidden);
    window.removeEventListener('pagehide', this.handleHidden);
    this.session?.dispose();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('surveyId') || changed.has('source') || changed.has('api')) this.loaded = this.load();
    if (changed.has('previous') && this.session) this.session.recheck();
    // Another tab: the status line (version, responses so far) is fetched again, as a page load would.
    if (changed.has('tab') && changed.get('tab') !== undefined && this.api && this.detail)
      void this.api
        .survey(this.surveyId)
        .then((detail) => (this.detail = detail))
        .catch(() => undefined);
  }

  private async load(): Promise<void> {
    const source = this.source ?? (this.api ? serverDraftSource(this.api, this.surveyId) : undefined);
    if (!source || !this.surveyId) return;
    this.session?.dispose();
    const session = new DraftSession({
      source,
      surveyId: this.surveyId,
      context: () => ({
        locale: uiLang(),
        previous: this.previous,
        published: this.published,
        hosted: this.hosted,
      }),
      onChange: () => this.tick++,
    });
    this.session = session;
    this.draftLoaded = false;
    this.loadError = '';
    try {
      if (this.api) {
        this.detail = await this.api.survey(this.surveyId);
        const latest = this.detail.latestVersion;
        // Every version, newest first: the collector refuses a publish that breaks comparability with any of them.
        const numbers = this.detail.versions.map((v) => v.version).sort((a, b) => b - a);
        if (latest && !numbers.includes(latest)) numbers.unshift(latest);
        this.published = await Promise.all(
          numbers.map(async (n) => (await this.api!.version(this.surveyId, n)).definition),
        );
        this.previous = this.published[0];
      }
      await session.load();
      this.draftLoaded = true;
      if (session.restored)
        this.announcement = msg(
          'Ändringar som inte hann sparas har hämtats från den här datorn och sparas nu.',
          {
            id: 'studio.page.restored',
            desc: 'Unsaved changes kept on this device were brought back',
          },
        );
    } catch (error) {
      this.loadError = problemText(error);
    }
    void loadHostedPictograms().then((entries) => {
      this.hosted = entries.flatMap((e) => ('arasaac' in e.pictogram ? [e.pictogram.arasaac] : []));
      // An installation with no self-hosted pictograms says nothing about ids: only warn when it has a list.
      if (this.hosted.length === 0) this.hosted = undefined;
      session.recheck();
      this.tick++;
    });
  }

  // ── Event handlers ──────────────────────────────────────────────────────────────────────────────────────
  private handleHidden = (event: Event): void => {
    if (event.type === 'pagehide' || document.visibilityState === 'hidden') void this.session?.save();
  };

  private async handleEdit(event: StudioEditEvent): Promise<void> {
    const session = this.session;
    if (!session) return;
    session.commit(event.draft, { label: event.label, ...(event.group ? { group: event.group } : {}) });
    if (event.announcement) this.announce(event.announcement);
    if (event.focus) await this.focusTarget(event.focus.target);
  }

  /** A round's counts were fetched again: so is the survey's own count in the header ("3 svar"). */
  private async handleCounts(_event: StudioCountsEvent): Promise<void> {
    if (!this.api) return;
    try {
      this.detail = await this.api.survey(this.surveyId);
    } catch {
      // The header keeps the count it had; the round's table beside it says when its counts were fetched.
    }
  }

  private handleAcknowledge(event: StudioAcknowledgeEvent): void {
    this.session?.acknowledge(event.key, event.acknowledged);
  }

  private async handleReveal(event: StudioRevealEvent): Promise<void> {
    if (this.tab !== 'edit') {
      this.dispatchEvent(new StudioNavigateEvent(this.href('edit')));
      this.tab = 'edit';
      await this.updateComplete;
    }
    await this.editor?.reveal(event.path);
  }

  private handleFocus(event: StudioFocusEvent): void {
    this.questionId = event.questionId;
  }

  private handleKeydown(event: KeyboardEvent): void {
    const key = event.key.toLowerCase();
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const target = event.composedPath()[0] as HTMLElement | undefined;
    // Text fields keep their own undo (the browser's): the survey's undo is for everything else.
    if (
      target &&
      (target.localName === 'textarea' ||
        (target.localName === 'input' && /^(text|search|email|)$/.test((target as HTMLInputElement).type)))
    )
      return;
    if (key === 'z' && !event.shiftKey) {
      event.preventDefault();
      this.undo();
    } else if ((key === 'z' && event.shiftKey) || key === 'y') {
      event.preventDefault();
      this.redo();
    }
  }

  private undo(): void {
    const label = this.session?.undo();
    if (label)
      this.announce(
        msg(str`Ångrat: ${label}.`, {
          id: 'studio.page.undone',
          desc: 'Said after undo. ${0}: what was undone',
        }),
      );
  }

  private redo(): void {
    const label = this.session?.redo();
    if (label)
      this.announce(
        msg(str`Gjort om: ${label}.`, {
          id: 'studio.page.redone',
          desc: 'Said after redo. ${0}: what was redone',
        }),
      );
  }

  private async handleRequest(event: StudioRequestEvent): Promise<void> {
    const session = this.session;
    if (!session) return;
    if (event.action === 'sign-in-again') {
      location.assign(`${this.base}/sign-in?returnTo=${encodeURIComponent(location.pathname)}`);
      return;
    }
    if (!this.api) return;
    this.busy = true;
    this.serverMessage = '';
    try {
      await session.save();
      if (event.action === 'approve') {
        await this.api.approve(this.surveyId, session.revision);
        const record = await this.api.draft(this.surveyId);
        session.approvals = record.approvals;
        this.serverMessage = msg('Godkänt. Nu kan den här versionen publiceras.', {
          id: 'studio.page.approved',
          desc: 'After approving',
        });
      } else if (event.action === 'publish') {
        const before = this.previous;
        const result = await this.api.publish(this.surveyId, session.revision);
        const published = session.check.survey;
        const changes = published ? compareVersions(before, published).map(versionChangeText) : [];
        this.serverMessage = msg(str`Version ${result.version} är publicerad. ${changes.join('. ')}`, {
          id: 'studio.page.published',
          desc: 'After publishing. ${0}: the version; ${1}: the changes in words',
        });
        this.detail = await this.api.survey(this.surveyId);
        this.previous = published;
        if (published) this.published = [published, ...this.published];
        session.recheck();
      }
      this.announce(this.serverMessage);
    } catch (error) {
      this.serverMessage = problemText(error);
      this.announce(this.serverMessage);
    } finally {
      this.busy = false;
    }
  }

  // ── Helpers ─────────────────────────────────────────────────────────────────────────────────────────────
  private announce(text: string): void {
    // Cleared first so the same sentence twice is said twice.
    this.announcement = '';
    void this.updateComplete.then(() => (this.announcement = text));
  }

  private async focusTarget(target: string): Promise<void> {
    await this.updateComplete;
    if (target === 'undo') {
      this.renderRoot.querySelector<HTMLButtonElement>('[data-focus="undo"]')?.focus();
      return;
    }
    // Only the editor, never the previews: they redraw after a pause in typing and may take seconds (longer with
    // a screen reader running), while the author's next keys would still land on the button just pressed.
    const editor = this.editor;
    if (!editor) return;
    await editor.updateComplete;
    await settled(editor.renderRoot);
    const element = findFocusTarget(editor.renderRoot, target);
    if (element) element.focus();
    else await editor.reveal(target);
  }

  // ── Render ──────────────────────────────────────────────────────────────────────────────────────────────
  protected override render(): TemplateResult {
    if (this.loadError)
      return html`<div class="error" role="alert">
        <span aria-hidden="true">!</span>
        <p>
          ${msg(str`Utkastet kunde inte hämtas: ${this.loadError}`, {
            id: 'studio.page.loadError',
            desc: 'The draft could not be loaded. ${0}: why',
          })}
        </p>
      </div>`;
    const session = this.session;
    if (!session)
      return html`<p role="status">
        ${msg('Hämtar enkäten …', { id: 'studio.page.loading', desc: 'Loading the survey' })}
      </p>`;
    // The survey's title is in the survey's language and direction (an Arabic survey in the Swedish studio).
    const lang = mainLanguage(session.draft);
    return html`<div
      class="page"
      @keydown=${this.handleKeydown}
      @studio-edit=${this.handleEdit}
      @studio-acknowledge=${this.handleAcknowledge}
      @studio-reveal=${this.handleReveal}
      @studio-focus=${this.handleFocus}
      @studio-request=${this.handleRequest}
      @studio-counts=${this.handleCounts}
    >
      <header class="head">
        <h1 tabindex="-1" data-page-heading lang=${lang} dir=${directionOf(lang)}>${this.surveyTitle}</h1>
        <p class="meta">${this.statusText()}</p>
        <div
          class="row tools"
          role="group"
          aria-label=${msg('Ångra och spara', { id: 'studio.page.tools', desc: 'Name of the undo/save toolbar' })}
        >
          <button
            type="button"
            data-focus="undo"
            aria-disabled=${session.history.canUndo ? 'false' : 'true'}
            @click=${this.undo}
          >
            ${msg('Ångra', { id: 'studio.page.undo', desc: 'Button: undo' })}${session.history.undoLabel ? html`<span class="label">: ${session.history.undoLabel}</span>` : nothing}
          </button>
          <button
            type="button"
            aria-disabled=${session.history.canRedo ? 'false' : 'true'}
            @click=${this.redo}
          >
            ${msg('Gör om', { id: 'studio.page.redo', desc: 'Button: redo' })}${session.history.redoLabel ? html`<span class="label">: ${session.history.redoLabel}</span>` : nothing}
          </button>
          <span class="save ${session.state}" role="status">${this.saveText()}</span>
          ${
            session.state === 'signed-out'
              ? html`<a
                  href=${`${this.base}/sign-in?returnTo=${encodeURIComponent(`${this.base}/surveys/${this.surveyId}/${this.tab}`)}`}
                  >${msg('Logga in igen', { id: 'studio.page.signInAgain', desc: 'Link: sign in again after the session ended' })}</a
                >`
              : nothing
          }
        </div>
      </header>
      ${session.conflict ? this.renderConflict() : nothing}
      ${
        this.keptCopy
          ? html`<p class="ok" role="status">
              ${msg('Din version finns nu som en egen enkät:', { id: 'studio.conflict.copyAt', desc: 'Before the link to the copy made by Behåll båda' })}
              <a href=${`${this.base}/surveys/${encodeURIComponent(this.keptCopy)}/edit`}>${this.keptCopy}</a>
            </p>`
          : nothing
      }
      <nav
        class="tabs"
        aria-label=${msg('Enkäten', { id: 'studio.page.tabs', desc: 'Name of the survey’s tab navigation' })}
      >
        <ul>
          ${SURVEY_TABS.map((tab) => html`<li><a href=${this.href(tab)} aria-current=${tab === this.tab ? 'page' : 'false'}>${this.tabName(tab)}</a></li>`)}
        </ul>
      </nav>
      <div class="view">${this.renderTab()}</div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  private tabName(tab: SurveyTab): string {
    switch (tab) {
      case 'edit':
        return msg('Skriv', { id: 'studio.tab.edit', desc: 'Tab: the form editor' });
      case 'json':
        return msg('JSON', { id: 'studio.tab.json', desc: 'Tab: the JSON view' });
      case 'translations':
        return msg('Översättningar', { id: 'studio.tab.translations', desc: 'Tab: translations' });
      case 'preview':
        return msg('Förhandsvisning', { id: 'studio.tab.preview', desc: 'Tab: previews of every audience' });
      case 'publish':
        return msg('Publicera', { id: 'studio.tab.publish', desc: 'Tab: checklist and publishing' });
      case 'rounds':
        return msg('Omgångar och länkar', { id: 'studio.tab.rounds', desc: 'Tab: rounds, links and counts' });
      case 'results':
        return msg('Resultat', { id: 'studio.tab.results', desc: 'Tab: publish results, Ni sa – vi gör' });
    }
  }

  private statusText(): string {
    const detail = this.detail;
    if (!detail) return '';
    const version = detail.latestVersion
      ? msg(str`Publicerad version ${detail.latestVersion}`, {
          id: 'studio.page.version',
          desc: 'Status. ${0}: the latest version',
        })
      : msg('Inte publicerad än', { id: 'studio.page.notPublished', desc: 'Status: never published' });
    return `${version} · ${msg(str`${detail.responses} svar`, { id: 'studio.page.responses', desc: 'Status. ${0}: responses so far' })}`;
  }

  private saveText(): string {
    const session = this.session!;
    switch (session.state) {
      case 'saved':
        return msg('Sparat', { id: 'studio.save.saved', desc: 'Autosave status: everything is saved' });
      case 'pending':
      case 'saving':
        return msg('Sparar …', { id: 'studio.save.saving', desc: 'Autosave status: saving' });
      case 'signed-out':
        return msg(
          'Du är utloggad. Ändringarna finns kvar på den här datorn och sparas när du loggar in igen.',
          {
            id: 'studio.save.signedOut',
            desc: 'Autosave status: the session ended',
          },
        );
      case 'offline':
        return msg('Servern svarar inte. Ändringarna finns kvar på den här datorn, och vi försöker igen.', {
          id: 'studio.save.offline',
          desc: 'Autosave status: the server cannot be reached',
        });
      case 'conflict':
        return msg('Inte sparat: någon annan har sparat samtidigt.', {
          id: 'studio.save.conflict',
          desc: 'Autosave status: a conflict',
        });
      case 'failed':
        return msg(str`Inte sparat: ${session.problem}`, {
          id: 'studio.save.failed',
          desc: 'Autosave status: the server refused. ${0}: its message',
        });
    }
  }

  /**
   * Keeps both versions: the saved one stays this survey's draft, the author's own becomes a new survey of the
   * same unit (`{id}-kopia`, `-kopia-2`, …), so nothing either author wrote is lost and they can merge by hand.
   */
  private keepBoth = async (): Promise<void> => {
    const session = this.session;
    const conflict = session?.conflict;
    if (!session || !conflict || !this.api) return;
    this.busy = true;
    try {
      const taken = new Set((await this.api.surveys()).map((s) => s.id));
      let copy = `${this.surveyId}-kopia`;
      for (let n = 2; taken.has(copy); n++) copy = `${this.surveyId}-kopia-${n}`;
      await this.api.createSurvey(copy, this.detail?.ownerUnit ?? null, { ...conflict.mine, id: copy });
      session.takeTheirs();
      this.serverMessage = msg(
        str`Din version är sparad som en ny enkät, ${copy}. Här visas den sparade versionen.`,
        { id: 'studio.conflict.keptBoth', desc: 'After keeping both versions. ${0}: the new survey’s id' },
      );
      this.keptCopy = copy;
    } catch (error) {
      this.serverMessage = problemText(error);
    } finally {
      this.busy = false;
    }
    this.announce(this.serverMessage);
  };

  private renderConflict(): TemplateResult {
    const conflict = this.session!.conflict!;
    const theirs = conflict.theirs;
    const mine = parseSurvey(conflict.mine);
    const saved = parseSurvey(theirs.definition);
    const differences =
      mine.ok && saved.ok ? compareVersions(saved.survey, mine.survey).map(versionChangeText) : [];
    // updatedBy is an account id: say who in words, never the id.
    const who =
      theirs.updatedBy && theirs.updatedBy === this.me?.user.id
        ? msg('Du (i en annan flik eller på en annan dator)', {
            id: 'studio.conflict.youElsewhere',
            desc: 'The same author saved from another tab or device',
          })
        : msg('Någon annan', { id: 'studio.conflict.someone', desc: 'An unknown other author' });
    return html`<section class="conflict" role="alert" aria-labelledby="conflict">
      <h2 id="conflict">
        ${msg('Två versioner av utkastet', { id: 'studio.conflict.heading', desc: 'Heading: a save conflict' })}
      </h2>
      <p>
        ${msg(
          str`${who} sparade utkastet medan du skrev. Inget har skrivits över. Välj vilken version som ska gälla; den andra finns kvar ett steg bak med Ångra. Vill du ha kvar båda blir din version en egen enkät.`,
          {
            id: 'studio.conflict.text',
            desc: 'Explains a save conflict. ${0}: who saved',
          },
        )}
      </p>
      ${
        differences.length
          ? html`<p>
                ${msg('Din version skiljer sig så här:', { id: 'studio.conflict.differences', desc: 'Before the list of differences' })}
              </p>
              <ul>
                ${differences.map((d) => html`<li>${d}</li>`)}
              </ul>`
          : nothing
      }
      <div class="versions">
        <details>
          <summary>
            ${msg('Din version (JSON)', { id: 'studio.conflict.mine', desc: 'Disclosure: this author’s version' })}
          </summary>
          <pre>${JSON.stringify(conflict.mine, null, 2)}</pre>
        </details>
        <details>
          <summary>
            ${msg('Den sparade versionen (JSON)', { id: 'studio.conflict.theirs', desc: 'Disclosure: the version on the server' })}
          </summary>
          <pre>${JSON.stringify(theirs.definition, null, 2)}</pre>
        </details>
      </div>
      <div class="row">
        <button type="button" class="primary" @click=${() => this.session!.keepMine()}>
          ${msg('Behåll min version', { id: 'studio.conflict.keepMine', desc: 'Button: keep this author’s version' })}
        </button>
        <button type="button" @click=${() => this.session!.takeTheirs()}>
          ${msg('Använd den sparade versionen', { id: 'studio.conflict.takeTheirs', desc: 'Button: take the version on the server' })}
        </button>
        <button type="button" ?disabled=${this.busy} @click=${this.keepBoth}>
          ${msg('Behåll båda', { id: 'studio.conflict.keepBoth', desc: 'Button: keep the saved version here and this author’s version as a new survey' })}
        </button>
      </div>
    </section>`;
  }

  private renderTab(): TemplateResult {
    const session = this.session!;
    const findings = [...session.check.errors, ...session.check.warnings];
    const preview = session.check.previewable ?? session.lastPreviewable;
    const published = new Set<string>();
    for (const q of this.previous?.questions ?? this.previous?.pages?.flatMap((p) => p.questions) ?? []) {
      published.add(q.id);
      if (q.type === 'choice' || q.type === 'multi')
        for (const o of q.options) published.add(String(o.value));
    }
    switch (this.tab) {
      case 'json':
        return html`<svara-studio-json-view
          schema-url=${`${this.base}/survey.schema.json`}
          .draft=${session.draft}
          .findings=${findings}
        ></svara-studio-json-view>`;
      case 'translations':
        return html`<svara-studio-translations .draft=${session.draft}></svara-studio-translations>`;
      case 'preview':
        return html`<svara-studio-preview
          preview-url=${this.previewUrl}
          question-id=${this.questionId ?? ''}
          .survey=${preview}
          .kinds=${preview ? previewKinds(preview) : []}
          .acknowledged=${session.acknowledged}
          ?stale=${!session.check.previewable}
          .leftOut=${session.check.leftOut}
        ></svara-studio-preview>`;
      case 'publish':
        return html`<svara-studio-publish
            .check=${session.check}
            .acknowledged=${session.acknowledged}
            .revision=${session.revision}
            updated-by=${session.updatedBy ?? ''}
            .approvals=${session.approvals}
            .previous=${this.previous}
            previous-version=${this.detail?.latestVersion ?? 0}
            me=${this.me?.user.id ?? ''}
            ?can-publish=${this.canPublish}
            ?busy=${this.busy}
            ?unsaved=${session.unsaved}
            message=${this.serverMessage}
            .links=${{ write: this.href('edit'), preview: this.href('preview') }}
          ></svara-studio-publish>
          <svara-studio-review
            level="2"
            .findings=${findings}
            .acknowledged=${session.acknowledged}
          ></svara-studio-review>`;
      case 'rounds':
        return html`<svara-studio-rounds
          survey-id=${this.surveyId}
          .api=${this.api}
          .me=${this.me}
          .units=${this.units}
          .published=${(this.detail?.latestVersion ?? 0) > 0}
        ></svara-studio-rounds>`;
      case 'results':
        return html`<svara-studio-results
          survey-id=${this.surveyId}
          .api=${this.api}
          .me=${this.me}
          .units=${this.units}
          .survey=${this.previous}
        ></svara-studio-results>`;
      default:
        return html`<div class="columns">
          <div class="main">
            <svara-studio-editor
              .draft=${session.draft}
              .findings=${findings}
              .published=${published}
            ></svara-studio-editor>
          </div>
          <aside class="side" aria-labelledby="side-preview">
            <h2 id="side-preview">
              ${msg('Förhandsvisning', { id: 'studio.page.preview', desc: 'Heading of the preview beside the editor' })}
            </h2>
            <svara-studio-preview
              preview-url=${this.previewUrl}
              question-id=${this.questionId ?? ''}
              .survey=${preview}
              .acknowledged=${session.acknowledged}
              ?stale=${!session.check.previewable}
              .leftOut=${session.check.leftOut}
            ></svara-studio-preview>
            <svara-studio-review
              .findings=${findings}
              .acknowledged=${session.acknowledged}
            ></svara-studio-review>
          </aside>
        </div>`;
    }
  }
}
