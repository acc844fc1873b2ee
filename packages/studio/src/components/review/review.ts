import { LitElement, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { StudioAcknowledgeEvent, StudioRevealEvent } from '../../events.js';
import { findingListStyles } from '../../internal/finding-list.js';
import { countErrors, countWarnings, findingText, pathLabel, words } from '../../labels.js';
import type { Finding } from '../../model/check.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { styles } from './review.styles.js';

/**
 * Every error and warning of the draft in one list: where it is in words ("Fråga 2 · text"), what to do, a
 * button that leads to the field, and for warnings a "Läst" box — an author may decide a warning does not
 * apply; the go-live checklist then counts it as handled. Errors cannot be acknowledged: they must be fixed.
 *
 * @summary The list of a draft's errors and warnings.
 * @tag svara-studio-review
 *
 * @fires studio-reveal - Go to the field a finding is about (StudioRevealEvent).
 * @fires studio-acknowledge - A warning was marked as read, or unmarked (StudioAcknowledgeEvent).
 */
@localized()
export class SvaraStudioReview extends LitElement {
  static override styles = [sharedStyles, findingListStyles, styles];

  /** Every finding of the draft. */
  @property({ attribute: false }) findings: readonly Finding[] = [];

  /** Acknowledged warning keys. */
  @property({ attribute: false }) acknowledged: ReadonlySet<string> = new Set();

  /** Heading level of the list's own heading (2 on a page of its own, 3 in a side panel). */
  @property({ type: Number }) level: 2 | 3 = 3;

  protected override render(): TemplateResult {
    const errors = this.findings.filter((f) => f.severity === 'error');
    const warnings = this.findings.filter((f) => f.severity === 'warning');
    const open = warnings.filter((w) => !this.acknowledged.has(w.key)).length;
    const heading = msg('Granskning', {
      id: 'studio.review.heading',
      desc: 'Heading: the list of errors and warnings',
    });
    return html`<section aria-labelledby="heading">
      ${this.level === 2 ? html`<h2 id="heading">${heading}</h2>` : html`<h3 id="heading">${heading}</h3>`}
      <p class="summary">
        ${
          errors.length === 0 && warnings.length === 0
            ? msg('Inga fel och inga varningar.', {
                id: 'studio.review.clean',
                desc: 'The draft has no findings',
              })
            : msg(
                str`${countErrors(errors.length)}, ${countWarnings(warnings.length)} (${open} inte lästa).`,
                {
                  id: 'studio.review.counts',
                  desc: 'Summary. ${0}: errors; ${1}: warnings; ${2}: warnings not yet marked as read',
                },
              )
        }
      </p>
      ${errors.length ? this.renderList(errors) : nothing}
      ${warnings.length ? this.renderList(warnings) : nothing}
    </section>`;
  }

  private renderList(findings: Finding[]): TemplateResult {
    return html`<ul class="findings">
      ${findings.map((f) => {
        const where = pathLabel(f.path);
        const read = this.acknowledged.has(f.key);
        return html`<li class="${f.severity} ${read ? 'read' : ''}">
          <p class="where">
            <strong
              >${f.severity === 'error' ? msg('Fel', { id: 'studio.review.error', desc: 'Kind of finding: error' }) : msg('Varning', { id: 'studio.review.warning', desc: 'Kind of finding: warning' })}:</strong
            >
            ${where}
          </p>
          <p>${findingText(f)}</p>
          <div class="row">
            <button
              type="button"
              class="link"
              @click=${() => this.dispatchEvent(new StudioRevealEvent(f.path))}
              aria-label=${`${words.goToField()}: ${where}`}
            >
              ${words.goToField()}
            </button>
            ${
              f.severity === 'warning'
                ? html`<label class="check">
                    <input
                      type="checkbox"
                      .checked=${read}
                      @change=${(e: Event) => this.dispatchEvent(new StudioAcknowledgeEvent(f.key, (e.target as HTMLInputElement).checked))}
                    />
                    ${msg('Läst, gäller inte här', { id: 'studio.review.acknowledge', desc: 'Checkbox: the author has read the warning and decided it does not apply' })}<span
                      class="visually-hidden"
                      >: ${where}</span
                    >
                  </label>`
                : nothing
            }
          </div>
        </li>`;
      })}
    </ul>`;
  }
}
