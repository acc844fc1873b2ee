import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { localized, msg, str } from '@lit/localize';
import type { Survey } from '@svara/schema';
import { StudioAcknowledgeEvent } from '../../events.js';
import { previewLabel } from '../../labels.js';
import { previewKey } from '../../model/checklist.js';
import type { PreviewFrameMessage, PreviewKind, PreviewShowMessage } from '../../model/preview.js';
import { previewKinds, previewSpec, previewStart, requiredPreviews } from '../../model/preview.js';
import { styleProps } from '../../internal/style-props.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { styles } from './preview.styles.js';

/** How long the previews wait after the last change before they show it (ms): typing is not interrupted. */
export const PREVIEW_DELAY_MS = 400;

/** How long `updateComplete` waits at most for the frames to draw what they were sent and say how tall it is. */
const FRAMES_WAIT_MS = 5000;

/**
 * The live preview: the real `<svara-survey>` once per audience, side by side — as a child gets it (faces, one
 * question per screen), as an AAC user gets it (pictures, Lyssna), in lättläst, in each of the survey's languages
 * (Arabic right to left) and as the interviewer's script on the phone. Each runs in a frame of its own
 * (`preview.html`), so each can have its own language. The previews open at the question being edited and
 * follow the text while the author types (after a short pause). Nothing answered in a preview is sent.
 *
 * Each preview has a "Granskad" box: the go-live checklist asks for every audience the survey is for.
 *
 * @summary Live previews of a survey for every audience, side by side.
 * @tag svara-studio-preview
 *
 * @csspart frame - Each preview's frame.
 *
 * @fires studio-acknowledge - A preview was marked as looked at, or unmarked (StudioAcknowledgeEvent).
 */
@localized()
export class SvaraStudioPreview extends LitElement {
  static override styles = [sharedStyles, styles];

  /** The definition to show (the last valid one). */
  @property({ attribute: false }) survey?: Survey;

  /** The question being edited (undefined: the start screen). */
  @property({ attribute: 'question-id' }) questionId?: string;

  /** Which previews are shown (default: the survey's own audience, lättläst and the first other language). */
  @property({ attribute: false }) kinds?: PreviewKind[];

  /** Where the preview page is. */
  @property({ attribute: 'preview-url' }) previewUrl = '/studio/preview.html';

  /** Acknowledged checklist keys (`preview:child`, …). */
  @property({ attribute: false }) acknowledged: ReadonlySet<string> = new Set();

  /** The draft is not valid right now: the previews show its last valid state. */
  @property({ type: Boolean }) stale = false;

  /** Questions left out of the previews because they are not valid yet. */
  @property({ attribute: false }) leftOut: readonly string[] = [];

  @state() private chosen?: PreviewKind[];
  @state() private heights: Partial<Record<PreviewKind, number>> = {};

  private timer?: ReturnType<typeof setTimeout>;
  private ready = new Set<Window>();
  /** Per frame: the number of the last show message sent, and of the last one whose height came back. */
  private sent = new WeakMap<Window, number>();
  private sized = new WeakMap<Window, number>();
  private shownCount = 0;
  private whenSized: (() => void)[] = [];

  private get shown(): PreviewKind[] {
    if (!this.survey) return [];
    const offered = previewKinds(this.survey);
    const wanted = this.chosen ?? this.kinds ?? this.defaultKinds(this.survey);
    return offered.filter((kind) => wanted.includes(kind));
  }

  private defaultKinds(survey: Survey): PreviewKind[] {
    const required = requiredPreviews(survey);
    return required.length > 1 ? required.slice(0, 3) : [required[0]!, 'plain'];
  }

  // ── Lifecycle ───────────────────────────────────────────────────────────────────────────────────────────
  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('message', this.handleMessage);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('message', this.handleMessage);
    clearTimeout(this.timer);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('survey') || changed.has('questionId')) {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.sendAll(), PREVIEW_DELAY_MS);
    }
  }

  /**
   * Also waits (at most a few seconds) until every frame has drawn the last thing it was sent and has its height,
   * so whoever awaits `updateComplete` — a test, a screenshot — sees the previews as tall as they will stay.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    if (this.framesSized()) return result;
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([
      new Promise<void>((done) => this.whenSized.push(done)),
      new Promise<void>((done) => (timer = setTimeout(done, FRAMES_WAIT_MS))),
    ]);
    clearTimeout(timer);
    return (await super.getUpdateComplete()) && result;
  }

  /** Every frame has been sent what to show and has answered with its height after drawing it. */
  private framesSized(): boolean {
    if (!this.survey || !this.isConnected) return true;
    return this.frames().every(({ frame }) => {
      const target = frame.contentWindow;
      const sent = target ? this.sent.get(target) : undefined;
      return sent !== undefined && this.sized.get(target!) === sent;
    });
  }

  // ── Messages ────────────────────────────────────────────────────────────────────────────────────────────
  private frames(): { kind: PreviewKind; frame: HTMLIFrameElement }[] {
    return [...this.renderRoot.querySelectorAll<HTMLIFrameElement>('iframe[data-kind]')].map((frame) => ({
      kind: frame.dataset['kind'] as PreviewKind,
      frame,
    }));
  }

  private handleMessage = (event: MessageEvent<PreviewFrameMessage>): void => {
    if (event.origin !== location.origin) return;
    const entry = this.frames().find(({ frame }) => frame.contentWindow === event.source);
    if (!entry) return;
    if (event.data?.type === 'svara-preview-ready') {
      this.ready.add(entry.frame.contentWindow!);
      this.send(entry.kind, entry.frame);
    } else if (event.data?.type === 'svara-preview-height') {
      this.heights = { ...this.heights, [entry.kind]: Math.max(240, Math.min(event.data.height, 2000)) };
      this.sized.set(entry.frame.contentWindow!, event.data.shown);
      if (this.framesSized()) this.whenSized.splice(0).forEach((done) => done());
    }
  };

  private send(kind: PreviewKind, frame: HTMLIFrameElement): void {
    const survey = this.survey;
    const target = frame.contentWindow;
    if (!survey || !target || !this.ready.has(target)) return;
    const spec = previewSpec(kind, survey);
    const message: PreviewShowMessage = {
      type: 'svara-preview-show',
      spec,
      start: previewStart(survey, spec, { questionId: this.questionId }),
      shown: ++this.shownCount,
    };
    this.sent.set(target, message.shown);
    target.postMessage(message, location.origin);
  }

  private sendAll(): void {
    for (const { kind, frame } of this.frames()) this.send(kind, frame);
  }

  private toggleKind(kind: PreviewKind, on: boolean): void {
    const current = this.shown;
    this.chosen = on ? [...current, kind] : current.filter((k) => k !== kind);
  }

  // ── Render ──────────────────────────────────────────────────────────────────────────────────────────────
  protected override render(): TemplateResult {
    const survey = this.survey;
    if (!survey)
      return html`<p class="muted">
        ${msg('Förhandsvisningen visas när enkäten har en rubrik och minst en giltig fråga.', {
          id: 'studio.preview.nothing',
          desc: 'Shown instead of the previews while the draft cannot be shown at all',
        })}
      </p>`;
    const shown = this.shown;
    const required = new Set(requiredPreviews(survey));
    return html`
      <fieldset class="choose">
        <legend>
          ${msg('Visa som', { id: 'studio.preview.choose', desc: 'Legend: which previews to show' })}
        </legend>
        ${previewKinds(survey).map(
          (kind) =>
            html`<label class="chip">
              <input
                type="checkbox"
                .checked=${shown.includes(kind)}
                @change=${(e: Event) => this.toggleKind(kind, (e.target as HTMLInputElement).checked)}
              />
              ${previewLabel(kind)}
            </label>`,
        )}
      </fieldset>
      ${
        this.stale
          ? html`<p class="warning" role="status">
              <span aria-hidden="true">!</span>${msg(
                'Utkastet har fel just nu. Förhandsvisningen visar hur det såg ut senast det gick att visa.',
                {
                  id: 'studio.preview.stale',
                  desc: 'The draft is invalid; the previews show its last valid state',
                },
              )}
            </p>`
          : nothing
      }
      ${
        this.leftOut.length > 0
          ? html`<p class="warning">
              <span aria-hidden="true">!</span>${msg(
                str`Visas inte förrän de är klara: ${this.leftOut.join(', ')}.`,
                {
                  id: 'studio.preview.leftOut',
                  desc: 'Questions not in the preview because they are not valid yet. ${0}: their ids',
                },
              )}
            </p>`
          : nothing
      }
      <div class="frames">
        ${repeat(
          shown,
          (kind) => kind,
          (kind) => {
            const spec = previewSpec(kind, survey);
            const key = previewKey(kind);
            const label = previewLabel(kind);
            return html`<figure class="preview">
              <figcaption>
                <span class="name">${label}</span>
                ${required.has(kind) ? html`<span class="badge">${msg('Krävs före publicering', { id: 'studio.preview.required', desc: 'Badge: this preview must be looked at before publishing' })}</span>` : nothing}
                <label class="check">
                  <input
                    type="checkbox"
                    .checked=${this.acknowledged.has(key)}
                    @change=${(e: Event) => this.dispatchEvent(new StudioAcknowledgeEvent(key, (e.target as HTMLInputElement).checked))}
                  />
                  ${msg('Granskad', { id: 'studio.preview.reviewed', desc: 'Checkbox: I have looked at this preview' })}<span
                    class="visually-hidden"
                    >: ${label}</span
                  >
                </label>
              </figcaption>
              <iframe
                part="frame"
                data-kind=${kind}
                title=${msg(str`Förhandsvisning: ${label}`, { id: 'studio.preview.frameTitle', desc: 'Title of a preview frame. ${0}: the audience or language' })}
                src=${this.previewUrl}
                ${styleProps({ 'inline-size': `${spec.width}px`, 'block-size': `${this.heights[kind] ?? 480}px` })}
              ></iframe>
            </figure>`;
          },
        )}
      </div>
    `;
  }
}
