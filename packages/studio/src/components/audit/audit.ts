import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { AuditEntry, StudioApi } from '../../api/client.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { tableStyles } from '../../styles/table.styles.js';
import { renderTable } from '../../internal/table.js';
import { styles } from './audit.styles.js';
import { problemText } from '../../api/problems.js';
import { uiLang } from '../../internal/ui-lang.js';

/**
 * The audit log (admins): every staff action — sign-in, publish, open and close, export, erase, change of
 * roles — who, when and what, newest first, filtered by period and action, and downloadable as CSV.
 *
 * @summary The append-only log of staff actions.
 * @tag svara-studio-audit
 */
@localized()
export class SvaraStudioAudit extends LitElement {
  static override styles = [sharedStyles, tableStyles, styles];

  @property({ attribute: false }) api?: StudioApi;

  @state() private entries?: AuditEntry[];
  @state() private filter: { from?: string; to?: string; action?: string } = {};
  @state() private error = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api')) void this.load();
  }

  private async load(): Promise<void> {
    if (!this.api) return;
    try {
      const entries = await this.api.audit(this.filter);
      this.entries = [...entries].sort((a, b) => b.seq - a.seq);
      this.error = '';
    } catch (error) {
      this.error = problemText(error);
    }
  }

  private apply(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const value = (name: string) =>
      (form.elements.namedItem(name) as HTMLInputElement).value.trim() || undefined;
    this.filter = Object.fromEntries(
      Object.entries({ from: value('from'), to: value('to'), action: value('action') }).filter(([, v]) => v),
    );
    void this.load();
  }

  protected override render(): TemplateResult {
    const format = new Intl.DateTimeFormat(uiLang(), {
      dateStyle: 'short',
      timeStyle: 'medium',
    });
    return html`<div class="stack">
      <h1 tabindex="-1" data-page-heading>
        ${msg('Logg', { id: 'studio.audit.heading', desc: 'Heading: the audit log' })}
      </h1>
      <form class="row filters" @submit=${this.apply}>
        <label
          >${msg('Från (ÅÅÅÅ-MM-DD)', { id: 'studio.audit.from', desc: 'Label: from date' })}
          <input name="from" type="text" inputmode="numeric" size="10"
        /></label>
        <label
          >${msg('Till (ÅÅÅÅ-MM-DD)', { id: 'studio.audit.to', desc: 'Label: to date' })}
          <input name="to" type="text" inputmode="numeric" size="10"
        /></label>
        <label
          >${msg('Händelse', { id: 'studio.audit.action', desc: 'Label: action, e.g. publish' })}
          <input name="action" type="text" size="14"
        /></label>
        <button type="submit">
          ${msg('Visa', { id: 'studio.audit.apply', desc: 'Button: apply the filter' })}
        </button>
        ${this.api ? html`<a class="button" href=${this.api.auditCsvUrl(this.filter)} download>${msg('Ladda ner som CSV', { id: 'studio.audit.csv', desc: 'Link: download the log as CSV' })}</a>` : nothing}
      </form>
      ${
        this.error
          ? html`<div class="error" role="alert">
              <span aria-hidden="true">!</span>
              <p>${this.error}</p>
            </div>`
          : nothing
      }
      ${
        this.entries
          ? renderTable({
              id: 'caption',
              caption: msg(str`${this.entries.length} händelser, nyast först`, {
                id: 'studio.audit.caption',
                desc: 'Caption. ${0}: how many',
              }),
              columns: [
                msg('Tid', { id: 'studio.audit.at', desc: 'Column: when' }),
                msg('Vem', { id: 'studio.audit.actor', desc: 'Column: who' }),
                msg('Vad', { id: 'studio.audit.what', desc: 'Column: the action' }),
                msg('Gäller', { id: 'studio.audit.target', desc: 'Column: what it concerns' }),
                msg('Detaljer', { id: 'studio.audit.detail', desc: 'Column: details' }),
              ],
              rows: this.entries.map(
                (entry) =>
                  html`<tr>
                    <td class="at">${format.format(new Date(entry.at))}</td>
                    <td>${entry.actor ?? '–'}</td>
                    <td><code class="action">${entry.action}</code></td>
                    <td>${entry.target ?? '–'}</td>
                    <td>
                      ${entry.detail === null || entry.detail === undefined ? '' : html`<code>${JSON.stringify(entry.detail)}</code>`}
                    </td>
                  </tr>`,
              ),
            })
          : nothing
      }
    </div>`;
  }
}
