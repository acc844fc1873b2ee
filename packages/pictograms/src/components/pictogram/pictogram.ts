import { LitElement, html } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { resolveText } from '@svara/schema';
import type { BuiltinPictogram, Pictogram } from '@svara/schema';
import { arasaacUrl } from '../../arasaac.js';
import {
  DIRECTIONAL_PICTOGRAMS,
  builtinArt,
  hasBuiltinArt,
  isBuiltinPictogram,
  loadBuiltinArt,
} from '../../builtin.js';
import { styles } from './pictogram.styles.js';

/** Fired when an image could not be loaded; the box then shows the text label instead. */
export class SvaraPictogramErrorEvent extends Event {
  static readonly type = 'svara-pictogram-error';
  constructor(readonly src: string) {
    super(SvaraPictogramErrorEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'svara-pictogram-error': SvaraPictogramErrorEvent;
  }
}

/**
 * One pictogram: a drawing of svara's own (`builtin`), a self-hosted ARASAAC pictogram (`arasaac`) or any image
 * (`src` with `alt`). Takes the schema's pictogram reference as the `pictogram` property, or attributes:
 *
 * ```html
 * <svara-pictogram builtin="yes" decorative></svara-pictogram>
 * <svara-pictogram arasaac="5584" alt="Ja"></svara-pictogram>
 * <svara-pictogram src="/bilder/hem.png" alt="Hemma"></svara-pictogram>
 * ```
 *
 * - **Self-hosted.** An ARASAAC id becomes `{base}/{id}/{id}_500.png`, `base` being the attribute, else the
 *   page's `configurePictograms({arasaacBase})`, else `/pictograms/arasaac` on the page's own site. Nothing
 *   here ever contacts arasaac.org. Showing ARASAAC pictograms obliges the page to show their attribution:
 *   `<svara-pictogram-attribution>` (the scale and choice controls render it for you).
 * - **Decorative next to its word.** With `decorative` the picture is hidden from assistive technology: the
 *   word label beside it is the name. Without it, `alt` is its text alternative (role `img`); a picture with no
 *   `alt` is treated as decorative, never named by a file name.
 * - **A box that never jumps.** The box has its size before the image arrives (3 rem; 6 rem, 96 px, with
 *   `size="large"`; or `--svara-pictogram-size`). An image that cannot be loaded is replaced by the text label
 *   (`fallback`, else `alt`) in the same box — which grows sideways when the word is wider, never breaking it
 *   across lines — and the element fires `svara-pictogram-error`.
 * - Drawn in `currentColor`, so builtin art follows the text colour and forced colours; pictograms with a
 *   direction (hoppa över) are mirrored right to left.
 *
 * @summary A pictogram (svara's own drawings, self-hosted ARASAAC, or any image) in a box of fixed size.
 * @tag svara-pictogram
 *
 * @csspart box - The box of fixed size that holds the picture or its fallback text.
 * @csspart image - The `<img>` (ARASAAC and `src` pictograms).
 * @csspart art - The `<svg>` of a builtin pictogram.
 * @csspart fallback - The text shown instead of an image that could not be loaded.
 *
 * @cssprop --svara-pictogram-size - Width and height of the box (default 3rem; 6rem with size="large").
 * @cssprop --svara-pictogram-background - Background behind images (default white: ARASAAC art assumes it).
 * @cssprop --svara-color-text - Colour of the builtin drawings.
 *
 * @cssstate broken - The image could not be loaded; the fallback text is shown.
 *
 * @fires svara-pictogram-error - An image could not be loaded (bubbles, composed; `src` is its address).
 */
export class SvaraPictogram extends LitElement {
  // ── Static configuration ────────────────────────────────────────────────────────────────────────────────
  static override styles = styles;

  private readonly internals: ElementInternals = this.attachInternals();

  // ── Internal state ──────────────────────────────────────────────────────────────────────────────────────
  /** The address that failed to load ('' when none did). */
  @state() private brokenSrc = '';

  // ── Properties ──────────────────────────────────────────────────────────────────────────────────────────
  /** The schema's pictogram reference (`{builtin}`, `{arasaac}` or `{src, alt}`). Attributes win over it. */
  @property({ attribute: false }) pictogram?: Pictogram | null;

  /** A builtin name: `face-very-sad` … `face-very-happy`, `yes`, `no`, `partly`, `dont-know`, `skip` … */
  @property() builtin?: string;

  /** An ARASAAC pictogram id, served from the self-hosted base. */
  @property({ type: Number }) arasaac?: number;

  /** Any image address (same site, or https). */
  @property() src?: string;

  /** The text alternative, when the picture is not decorative. */
  @property() alt?: string;

  /** Hides the picture from assistive technology: the word label next to it names it. */
  @property({ type: Boolean, reflect: true }) decorative = false;

  /** Text shown in the box when the image cannot be loaded (default: `alt`). */
  @property() fallback?: string;

  /** Base address of the self-hosted ARASAAC pictograms, for this element only. */
  @property() base?: string;

  /** `large`: a box of 6 rem (96 CSS px at the default font size), for children and AAC. */
  @property({ reflect: true }) size: 'medium' | 'large' = 'medium';

  // ── Getters ─────────────────────────────────────────────────────────────────────────────────────────────
  /** The builtin name drawn, if any. */
  get builtinName(): BuiltinPictogram | undefined {
    const name =
      this.builtin ?? (this.pictogram && 'builtin' in this.pictogram ? this.pictogram.builtin : undefined);
    return isBuiltinPictogram(name) ? name : undefined;
  }

  /** The address of the image shown ('' for builtin art). */
  get imageSrc(): string {
    if (this.builtin !== undefined) return '';
    if (this.src) return this.src;
    const id =
      this.arasaac ?? (this.pictogram && 'arasaac' in this.pictogram ? this.pictogram.arasaac : undefined);
    if (id !== undefined && Number.isInteger(id) && id > 0) return arasaacUrl(id, this.base || undefined);
    if (this.pictogram && 'src' in this.pictogram) return this.pictogram.src;
    return '';
  }

  /** True when the picture is an ARASAAC pictogram (the attribution must then be on the page). */
  get isArasaac(): boolean {
    return (
      this.builtin === undefined &&
      !this.src &&
      (this.arasaac !== undefined || (!!this.pictogram && 'arasaac' in this.pictogram))
    );
  }

  /** True when the image failed to load and the fallback text is shown. */
  get broken(): boolean {
    return this.brokenSrc !== '' && this.brokenSrc === this.imageSrc;
  }

  private get textAlternative(): string {
    if (this.alt !== undefined) return this.alt;
    const alt = this.pictogram && 'alt' in this.pictogram ? this.pictogram.alt : undefined;
    if (alt === undefined) return '';
    if (typeof alt === 'string') return alt;
    const lang = this.closest('[lang]')?.getAttribute('lang') ?? '';
    const primary = lang.toLowerCase().split(/[-_]/)[0] ?? '';
    return resolveText(alt, primary, primary)?.text ?? Object.values(alt)[0] ?? '';
  }

  private get isDecorative(): boolean {
    return this.decorative || this.textAlternative === '';
  }

  // ── Lifecycle ───────────────────────────────────────────────────────────────────────────────────────────
  /** An answer pictogram's drawing that is still loading: `updateComplete` waits for it, then draws it. */
  private artLoading?: Promise<void>;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const name = this.builtinName;
    if (name && !hasBuiltinArt(name))
      this.artLoading ??= loadBuiltinArt().then(() => {
        this.artLoading = undefined;
        this.requestUpdate();
      });
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.artLoading) {
      await this.artLoading;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.internals.states?.[this.broken ? 'add' : 'delete']('broken');
  }

  // ── Event handlers ──────────────────────────────────────────────────────────────────────────────────────
  private handleError(event: Event): void {
    const src = (event.target as HTMLImageElement).getAttribute('src') ?? '';
    this.brokenSrc = src;
    this.dispatchEvent(new SvaraPictogramErrorEvent(src));
  }

  // ── Render ──────────────────────────────────────────────────────────────────────────────────────────────
  protected override render(): TemplateResult {
    const decorative = this.isDecorative;
    const alt = this.textAlternative;
    const name = this.builtinName;
    const src = this.imageSrc;
    let content: TemplateResult;
    if (name) {
      content = builtinArt(name);
    } else if (src && !this.broken) {
      content = html`<img
        part="image"
        class="image"
        src=${src}
        alt=${decorative ? '' : alt}
        draggable="false"
        decoding="async"
        @error=${this.handleError}
      />`;
    } else {
      content = html`<span part="fallback" class="fallback">${this.fallback ?? alt}</span>`;
    }
    // A builtin drawing is an aria-hidden SVG: when it is not decorative, the box carries its name.
    const named = !decorative && (name !== undefined || this.broken || !src);
    return html`<span
      part="box"
      class="box ${name && DIRECTIONAL_PICTOGRAMS.has(name) ? 'directional' : ''}"
      role=${ifDefined(named ? 'img' : undefined)}
      aria-label=${ifDefined(named ? alt : undefined)}
      aria-hidden=${ifDefined(decorative ? 'true' : undefined)}
      >${content}</span
    >`;
  }
}
