import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { LOCALE_STATUS_EVENT } from '../../localization.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { messages } from '../../validators/validators.js';
import { styles } from './error-summary.styles.js';

/** What the summary needs from a control: a validity API, and optionally svara's `scrollTarget` and `label`. */
type Control = HTMLElement & {
  readonly validity: ValidityState;
  readonly validationMessage: string;
  readonly willValidate: boolean;
  readonly form?: HTMLFormElement | null;
  reportValidity?(): boolean;
  readonly scrollTarget?: HTMLElement;
  readonly label?: unknown;
};

interface SummaryItem {
  control: Control;
  /** The question or label the error belongs to ('' when there is none). */
  question: string;
  message: string;
}

type NativeControl = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

function isNative(control: Element): control is NativeControl {
  return (
    control instanceof HTMLInputElement ||
    control instanceof HTMLTextAreaElement ||
    control instanceof HTMLSelectElement
  );
}

function isControl(element: Element): element is Control {
  const candidate = element as Partial<Control>;
  return candidate.validity !== undefined && candidate.willValidate !== undefined;
}

function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The question a control answers: svara's `label` (or `label` slot), a native control's label or legend. */
function questionOf(control: Control): string {
  if (typeof control.label === 'string' && control.label.trim() !== '') return control.label.trim();
  const slotted = control.querySelector(':scope > [slot="label"]');
  if (slotted) return textOf(slotted);
  if (isNative(control)) {
    if (control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox')) {
      const legend = control.closest('fieldset')?.querySelector(':scope > legend');
      if (legend) return textOf(legend);
    }
    const label = control.labels?.[0];
    if (label) return textOf(label);
  }
  return control.getAttribute('aria-label') ?? '';
}

/**
 * Our plain-language message. svara controls already give one; for native controls the browser's message is
 * in the browser's language, so the common cases are replaced by ours.
 */
function messageOf(control: Control): string {
  if (!isNative(control)) return control.validationMessage;
  const { validity } = control;
  const type = control instanceof HTMLInputElement ? control.type : '';
  if (validity.valueMissing) {
    if (type === 'radio' || control instanceof HTMLSelectElement) return messages.chooseOne();
    if (type === 'checkbox') return messages.checkBox();
    return messages.writeAnswer();
  }
  if (validity.typeMismatch && type === 'email') return messages.email();
  if (validity.tooLong && !(control instanceof HTMLSelectElement)) return messages.tooLong(control.maxLength);
  return control.validationMessage;
}

/** Where to scroll so the user sees the question, not just the field (GOV.UK: the legend or label). */
function scrollTargetOf(control: Control): HTMLElement {
  if (control.scrollTarget) return control.scrollTarget;
  if (isNative(control)) {
    if (control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox')) {
      const legend = control.closest('fieldset')?.querySelector<HTMLElement>(':scope > legend');
      if (legend) return legend;
    }
    return control.labels?.[0] ?? control;
  }
  return control;
}

/** The invalid controls of `form` in DOM order; one entry per native radio group. */
export function invalidControls(form: HTMLFormElement): Control[] {
  const seenRadioGroups = new Set<string>();
  return [...form.elements].filter(isControl).filter((control) => {
    if (!control.willValidate || control.validity.valid) return false;
    if (control instanceof HTMLInputElement && control.type === 'radio' && control.name) {
      if (seenRadioGroups.has(control.name)) return false;
      seenRadioGroups.add(control.name);
    }
    return true;
  });
}

function inDomOrder(controls: Iterable<Element>): Control[] {
  return [...new Set(controls)]
    .filter(isControl)
    .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

/**
 * GOV.UK's error summary, made shadow-safe: after a failed submit attempt it lists every error at the top of
 * the form and takes focus, so a screen-reader or keyboard user learns at once what to fix and can go to each
 * field from the list.
 *
 * Put it at the top of the form (inside it, or anywhere with `for` naming the form's id). It then owns the
 * form's validation UI:
 * - it sets `novalidate` on the form (and removes it again when it leaves), so the browser shows no bubble
 *   in its own language and does not move focus itself;
 * - on `submit` it checks every control of the form (svara controls and native ones, in DOM order). If any is
 *   invalid, it stops the submission — no `submit` event reaches the form's own listeners, as with the
 *   browser's validation — makes each invalid control show its error, shows the list and moves focus to it.
 *   A submitter with `formnovalidate` skips the check;
 * - a valid submit, or `form.reset()`, hides it.
 *
 * It shows nothing and never takes focus on page load or while the user is filling in the form. Checks by a
 * script (`form.checkValidity()`) do not show it; a script may call {@link SvaraErrorSummary.show} itself.
 *
 * Each error is a link-styled `<button>` reading "question + message". Activating it scrolls the question's
 * label or legend into view (`scrollTarget`), then focuses its control with `focus({preventScroll: true})` —
 * fragment links (`href="#id"`) cannot reach fields inside shadow roots. The heading and list sit in a child
 * container with `role="alert"`, as in GOV.UK, so the list is announced as well as focused.
 *
 * @summary The list of errors after a failed submit attempt, with a way to each field.
 * @tag svara-error-summary
 *
 * @slot - Optional text between the heading and the list (e.g. "Rätta felen och skicka igen.").
 *
 * @csspart base - The focusable container (tabindex -1), with the border.
 * @csspart heading - The `<h2>` heading.
 * @csspart list - The `<ul>` of errors.
 * @csspart item - Each `<li>`.
 * @csspart link - Each link-styled `<button>` that leads to a field.
 * @csspart question - The question text inside a link.
 * @csspart message - The error message inside a link.
 *
 * @cssprop --svara-color-text - Heading colour.
 * @cssprop --svara-color-error - Border and link colour.
 * @cssprop --svara-color-surface - Background.
 * @cssprop --svara-focus-color - Focus outline colour (keep ≥ 3:1 against the background).
 * @cssprop --svara-focus-width - Focus outline width (at least 2px; default 3px).
 *
 * @cssstate shown - The summary is showing errors.
 */
@localized()
export class SvaraErrorSummary extends LitElement {
  // ── Static configuration ────────────────────────────────────────────────────────────────────────────────
  static override styles = [sharedStyles, styles];

  // ── Queries ─────────────────────────────────────────────────────────────────────────────────────────────
  @query('[part~="base"]') private base?: HTMLElement;

  // ── Internal state ──────────────────────────────────────────────────────────────────────────────────────
  @state() private items: SummaryItem[] = [];
  private readonly internals: ElementInternals = this.attachInternals();
  /** The form we set `novalidate` on (to remove it again). */
  private claimedForm?: HTMLFormElement;
  /** True while we make each invalid control show its error (its `invalid` event must not open a bubble). */
  private reporting = false;

  // ── Properties ──────────────────────────────────────────────────────────────────────────────────────────
  /** The id of the form to watch (like `<label for>`). Without it, the closest ancestor `<form>`. */
  @property({ attribute: 'for' }) htmlFor = '';

  /** Own heading text. Default: "Det finns problem" in the active language. */
  @property() heading = '';

  // ── Getters ─────────────────────────────────────────────────────────────────────────────────────────────
  /** The form this summary watches, if it is in the document. */
  get form(): HTMLFormElement | null {
    if (this.htmlFor) {
      const root = this.getRootNode() as Document | ShadowRoot;
      const found = root.getElementById?.(this.htmlFor);
      return found instanceof HTMLFormElement ? found : null;
    }
    return this.closest('form');
  }

  /** Whether the summary is showing errors. */
  get shown(): boolean {
    return this.items.length > 0;
  }

  /** The controls listed, in DOM order. */
  get controls(): HTMLElement[] {
    return this.items.map((item) => item.control);
  }

  // ── Lifecycle ───────────────────────────────────────────────────────────────────────────────────────────
  override connectedCallback(): void {
    super.connectedCallback();
    const root = this.getRootNode();
    root.addEventListener('submit', this.handleSubmit, true);
    root.addEventListener('reset', this.handleReset, true);
    root.addEventListener('invalid', this.handleInvalid, true);
    window.addEventListener(LOCALE_STATUS_EVENT, this.handleLocaleStatus);
    this.claimForm();
    // A summary placed before its form may be defined before the form is parsed.
    if (!this.claimedForm) requestAnimationFrame(() => this.claimForm());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    const root = this.getRootNode();
    root.removeEventListener('submit', this.handleSubmit, true);
    root.removeEventListener('reset', this.handleReset, true);
    root.removeEventListener('invalid', this.handleInvalid, true);
    window.removeEventListener(LOCALE_STATUS_EVENT, this.handleLocaleStatus);
    this.releaseForm();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('htmlFor') && this.isConnected) this.claimForm();
  }

  protected override updated(): void {
    if (this.shown) this.internals.states.add('shown');
    else this.internals.states.delete('shown');
  }

  // ── Event handlers ──────────────────────────────────────────────────────────────────────────────────────
  private handleSubmit = (event: Event): void => {
    const form = this.form;
    if (!form || event.target !== form) return;
    const submitter = (event as SubmitEvent).submitter as HTMLButtonElement | HTMLInputElement | null;
    const invalid = submitter?.formNoValidate ? [] : invalidControls(form);
    if (invalid.length === 0) {
      this.hide();
      return;
    }
    // As the browser's own validation: an invalid form is not submitted and its listeners hear nothing.
    event.preventDefault();
    event.stopImmediatePropagation();
    this.reporting = true;
    try {
      for (const control of invalid) control.reportValidity?.();
    } finally {
      this.reporting = false;
    }
    void this.show(invalid);
  };

  private handleReset = (event: Event): void => {
    if (event.target === this.form) this.hide();
  };

  /** While we report, the browser must not open its own bubble (wrong language, and it moves focus). */
  private handleInvalid = (event: Event): void => {
    if (this.reporting) event.preventDefault();
  };

  /** After a language switch, the controls have new messages: take them over once they have re-rendered. */
  private handleLocaleStatus = (event: Event): void => {
    if ((event as CustomEvent<{ status: string }>).detail.status !== 'ready' || !this.shown) return;
    const pending = this.items.map((item) => (item.control as Partial<LitElement>).updateComplete);
    // A control that is not a Lit element gives undefined, which Promise.all takes as done (no bytes to wrap it).
    // eslint-disable-next-line @typescript-eslint/await-thenable
    void Promise.all(pending).then(() => {
      this.items = this.items.map((item) => ({
        ...item,
        question: questionOf(item.control),
        message: item.control.validity.valid ? item.message : messageOf(item.control),
      }));
    });
  };

  private handleItemClick(event: Event): void {
    const index = Number((event.currentTarget as HTMLElement).dataset['index']);
    const item = this.items[index];
    if (item) this.lead(item.control);
  }

  // ── Public methods ──────────────────────────────────────────────────────────────────────────────────────
  /**
   * Shows the errors of `controls` (invalid ones only, in DOM order) and, unless `focus: false`, moves focus to
   * the summary. For scripts that validate on their own; a watched form does this on a failed submit. Hides
   * the summary when none is invalid.
   */
  async show(controls: Iterable<Element>, options: { focus?: boolean } = {}): Promise<void> {
    this.items = inDomOrder(controls)
      .filter((control) => !control.validity.valid)
      .map((control) => ({ control, question: questionOf(control), message: messageOf(control) }))
      .filter((item) => item.message !== '');
    await this.updateComplete;
    if (this.shown && options.focus !== false) this.focus();
  }

  /** Moves focus to the summary (its container), when it is shown. */
  override focus(options?: FocusOptions): void {
    if (this.base) this.base.focus(options);
    else super.focus(options);
  }

  /** Hides the summary. */
  hide(): void {
    this.items = [];
  }

  /** Scrolls `control`'s question into view and focuses the control, as activating its error does. */
  lead(control: HTMLElement): void {
    if (isControl(control)) scrollTargetOf(control).scrollIntoView();
    control.focus({ preventScroll: true });
  }

  // ── Private helpers ─────────────────────────────────────────────────────────────────────────────────────
  private claimForm(): void {
    const form = this.form;
    if (form === this.claimedForm || (form && form.noValidate && !this.claimedForm)) {
      return;
    }
    this.releaseForm();
    if (form && !form.noValidate) {
      form.noValidate = true;
      this.claimedForm = form;
    }
  }

  private releaseForm(): void {
    if (this.claimedForm) this.claimedForm.noValidate = false;
    this.claimedForm = undefined;
  }

  // ── Render ──────────────────────────────────────────────────────────────────────────────────────────────
  protected override render(): TemplateResult | typeof nothing {
    if (!this.shown) return nothing;
    return html`
      <div part="base" class="base" tabindex="-1">
        <div role="alert">
          <h2 part="heading" class="heading">
            ${
              this.heading ||
              msg('Det finns problem', {
                id: 'elements.errorSummary.heading',
                desc: 'Heading of the list of errors shown at the top of a form after a failed submit. Short and plain',
              })
            }
          </h2>
          <slot></slot>
          <ul part="list" class="list">
            ${this.items.map(
              (item, index) => html`
                <li part="item">
                  <button
                    type="button"
                    part="link"
                    class="link"
                    data-index=${index}
                    @click=${this.handleItemClick}
                  >
                    ${
                      item.question
                        ? html`<span part="question" class="question">${item.question}</span> `
                        : nothing
                    }<span part="message" class="message">${item.message}</span>
                  </button>
                </li>
              `,
            )}
          </ul>
        </div>
      </div>
    `;
  }
}
