import { LitElement, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { Survey } from '@svara/schema';
import { StudioRequestEvent, StudioRevealEvent } from '../../events.js';
import { previewLabel, versionChangeText } from '../../labels.js';
import type { CheckResult } from '../../model/check.js';
import type { Approval, ChecklistItem } from '../../model/checklist.js';
import { goLiveChecklist, readyToPublish } from '../../model/checklist.js';
import type { PreviewKind } from '../../model/preview.js';
import { compareVersions } from '../../model/versions.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { styles } from './publish.styles.js';
import { uiLang } from '../../internal/ui-lang.js';

/**
 * The go-live checklist and publishing (after GOV.UK Forms): every item a survey needs before respondents see
 * it — the privacy texts, a contact, what happens next, no errors and every warning fixed or read, every
 * audience's preview looked at, and a second publisher's approval of exactly this revision (four eyes: the
 * author cannot approve their own) — each with a way to it. Then what changed since the published version,
 * in words ("Fråga 3: ny formulering"), and "Publicera".
 *
 * @summary The go-live checklist, the changes in words, approval and publishing.
 * @tag svara-studio-publish
 *
 * @fires studio-request - `approve` or `publish` (StudioRequestEvent); the page calls the server.
 * @fires studio-reveal - Go to a field (StudioRevealEvent).
 */
@localized()
export class SvaraStudioPublish extends LitElement {
  static override styles = [sharedStyles, styles];

  /** The draft's checks. */
  @property({ attribute: false }) check?: CheckResult;

  /** Acknowledged warnings and previews. */
  @property({ attribute: false }) acknowledged: ReadonlySet<string> = new Set();

  /** The draft's revision on the server, and who saved it last. */
  @property({ type: Number }) revision = 0;
  @property({ attribute: 'updated-by' }) updatedBy = '';

  /** Approvals of the draft. */
  @property({ attribute: false }) approvals: readonly Approval[] = [];

  /** The version published before, and its number. */
  @property({ attribute: false }) previous?: Survey;
  @property({ type: Number, attribute: 'previous-version' }) previousVersion = 0;

  /** The signed-in person's user id (as the server writes `updatedBy` and approvals' `by`). */
  @property() me = '';

  /** May approve and publish (the publisher role on the survey's unit). */
  @property({ type: Boolean, attribute: 'can-publish' }) canPublish = false;

  /** Saving, approving or publishing is under way. */
  @property({ type: Boolean }) busy = false;

  /** Unsaved changes: approval and publishing wait for the save. */
  @property({ type: Boolean }) unsaved = false;

  /** The server's answer to the last approve/publish, in words. */
  @property() message = '';

  /** Where the author goes for each item's fix: the page's paths. */
  @property({ attribute: false }) links: { write: string; preview: string } = { write: '', preview: '' };

  private items(): ChecklistItem[] {
    if (!this.check) return [];
    return goLiveChecklist({
      check: this.check,
      acknowledged: this.acknowledged,
      revision: this.revision,
      updatedBy: this.updatedBy,
      approvals: this.approvals,
    });
  }

  protected override render(): TemplateResult {
    const items = this.items();
    const ready = readyToPublish(items);
    const beforeApproval = items.filter((i) => i.id !== 'approval').every((i) => i.done);
    const mine = this.updatedBy !== '' && this.updatedBy === this.me;
    const approved = items.find((i) => i.id === 'approval')?.done ?? false;
    const changes = this.check?.survey ? compareVersions(this.previous, this.check.survey) : [];
    return html`
      <section aria-labelledby="checklist" class="stack">
        <h2 id="checklist">
          ${msg('Innan enkäten publiceras', { id: 'studio.publish.heading', desc: 'Heading of the go-live checklist' })}
        </h2>
        <ol class="items">
          ${items.map((item) => this.renderItem(item))}
        </ol>
      </section>

      <section aria-labelledby="changes" class="stack">
        <h2 id="changes">
          ${
            this.previousVersion
              ? msg(str`Ändringar sedan version ${this.previousVersion}`, {
                  id: 'studio.publish.changesSince',
                  desc: 'Heading. ${0}: the published version',
                })
              : msg('Första versionen', {
                  id: 'studio.publish.firstVersion',
                  desc: 'Heading: nothing was published before',
                })
          }
        </h2>
        ${
          changes.length === 0
            ? html`<p>
                ${msg('Inga ändringar.', { id: 'studio.publish.noChanges', desc: 'The draft equals the published version' })}
              </p>`
            : html`<ul class="changes">
                ${changes.map((change) => html`<li>${versionChangeText(change)}</li>`)}
              </ul>`
        }
      </section>

      <section aria-labelledby="approve" class="stack">
        <h2 id="approve">
          ${msg('Godkänn och publicera', { id: 'studio.publish.approveHeading', desc: 'Heading: approval and publishing' })}
        </h2>
        ${this.renderApprovals()}
        ${
          this.unsaved
            ? html`<p class="warning">
                <span aria-hidden="true">!</span>${msg(
                  'Utkastet sparas först. Vänta tills det står Sparat.',
                  {
                    id: 'studio.publish.unsaved',
                    desc: 'Approval and publishing wait for the save',
                  },
                )}
              </p>`
            : nothing
        }
        <div class="row">
          ${
            !approved && this.canPublish
              ? html`<button
                  type="button"
                  aria-disabled=${!beforeApproval || mine || this.busy || this.unsaved ? 'true' : 'false'}
                  aria-describedby="approve-why"
                  @click=${() => beforeApproval && !mine && !this.busy && !this.unsaved && this.dispatchEvent(new StudioRequestEvent('approve', { revision: this.revision }))}
                >
                  ${msg('Godkänn den här versionen', { id: 'studio.publish.approve', desc: 'Button: approve this revision of the draft' })}
                </button>`
              : nothing
          }
          ${
            this.canPublish
              ? html`<button
                  type="button"
                  class="primary"
                  aria-disabled=${!ready || this.busy || this.unsaved ? 'true' : 'false'}
                  aria-describedby="approve-why"
                  @click=${() => ready && !this.busy && !this.unsaved && this.dispatchEvent(new StudioRequestEvent('publish', { revision: this.revision }))}
                >
                  ${msg('Publicera', { id: 'studio.publish.publish', desc: 'Button: publish the draft as a new version' })}
                </button>`
              : html`<p>
                  ${msg(
                    'Du kan inte godkänna eller publicera: det kräver rollen publicerare för enkätens enhet.',
                    {
                      id: 'studio.publish.noRole',
                      desc: 'The signed-in person is not a publisher',
                    },
                  )}
                </p>`
          }
        </div>
        <p id="approve-why" class="muted">${this.why(beforeApproval, mine, approved, ready)}</p>
        ${this.message ? html`<p class="ok" role="status">${this.message}</p>` : nothing}
      </section>
    `;
  }

  private why(beforeApproval: boolean, mine: boolean, approved: boolean, ready: boolean): string {
    if (ready)
      return msg('Allt är klart. Publicera gör utkastet till en ny version som svarande får.', {
        id: 'studio.publish.readyWhy',
        desc: 'Everything is done',
      });
    if (!beforeApproval)
      return msg('Punkterna ovan behöver bli klara först.', {
        id: 'studio.publish.notReady',
        desc: 'The checklist is not done',
      });
    if (mine && !approved)
      return msg(
        'En annan person med rollen publicerare ska godkänna. Den som sparade senast kan inte godkänna sin egen version.',
        {
          id: 'studio.publish.fourEyes',
          desc: 'Four eyes: the author cannot approve their own',
        },
      );
    return msg('Väntar på godkännande.', { id: 'studio.publish.waiting', desc: 'Waiting for approval' });
  }

  private renderApprovals(): TemplateResult {
    const current = this.approvals.filter((a) => a.revision === this.revision && a.by !== this.updatedBy);
    if (current.length === 0)
      return html`<p>
        ${msg('Ingen har godkänt den här versionen än.', { id: 'studio.publish.noApproval', desc: 'No approval of this revision yet' })}
      </p>`;
    return html`<ul>
      ${current.map(
        (a) =>
          html`<li>
            ${msg(str`Godkänd av en annan publicerare, ${formatTime(a.at)}.`, {
              id: 'studio.publish.approvedBy',
              desc: 'An approval of this revision by another publisher. ${0}: when',
            })}
          </li>`,
      )}
    </ul>`;
  }

  private renderItem(item: ChecklistItem): TemplateResult {
    const status = item.done
      ? msg('Klart', { id: 'studio.publish.done', desc: 'Checklist item status: done' })
      : msg('Inte klart', { id: 'studio.publish.notDone', desc: 'Checklist item status: not done' });
    return html`<li class=${item.done ? 'done' : 'todo'}>
      <span class="mark" aria-hidden="true">${item.done ? '✓' : '○'}</span>
      <div>
        <p><strong>${this.itemTitle(item)}</strong> <span class="status">${status}</span></p>
        ${item.done ? nothing : this.itemHelp(item)}
      </div>
    </li>`;
  }

  private itemTitle(item: ChecklistItem): string {
    switch (item.id) {
      case 'valid':
        return msg('Enkäten har inga fel', { id: 'studio.publish.item.valid', desc: 'Checklist item' });
      case 'privacy':
        return msg(
          'Anonym eller inte, varför vi frågar, vem som ser svaren och hur länge de sparas är skrivet',
          {
            id: 'studio.publish.item.privacy',
            desc: 'Checklist item',
          },
        );
      case 'contact':
        return msg('Vem man kan fråga är skrivet', {
          id: 'studio.publish.item.contact',
          desc: 'Checklist item',
        });
      case 'next':
        return msg('Vad som händer med svaren är skrivet', {
          id: 'studio.publish.item.next',
          desc: 'Checklist item: the thanks text',
        });
      case 'warnings':
        return msg('Varje varning är åtgärdad eller läst', {
          id: 'studio.publish.item.warnings',
          desc: 'Checklist item',
        });
      case 'previews':
        return msg('Förhandsvisad för varje målgrupp och språk', {
          id: 'studio.publish.item.previews',
          desc: 'Checklist item',
        });
      case 'approval':
        return msg('Godkänd av en annan publicerare', {
          id: 'studio.publish.item.approval',
          desc: 'Checklist item: four eyes',
        });
    }
  }

  private itemHelp(item: ChecklistItem): TemplateResult | typeof nothing {
    const reveal = (path: string) =>
      html`<button type="button" class="link" @click=${() => this.dispatchEvent(new StudioRevealEvent(path))}>
        ${msg('Skriv det nu', { id: 'studio.publish.writeNow', desc: 'Button: go to the missing text' })}
      </button>`;
    switch (item.id) {
      case 'valid':
        return html`<p>
          ${msg(str`${item.missing.length} fel. Se Granskning nedan.`, { id: 'studio.publish.errorsLeft', desc: 'How many errors are left. ${0}: count' })}
        </p>`;
      case 'privacy':
      case 'contact':
      case 'next':
        return reveal(item.missing[0]!);
      case 'warnings':
        return html`<p>
          ${msg(
            str`${item.missing.length} varningar kvar. Åtgärda dem, eller markera dem som lästa i listan nedan.`,
            {
              id: 'studio.publish.warningsLeft',
              desc: 'How many warnings are open. ${0}: count',
            },
          )}
        </p>`;
      case 'previews':
        return html`<p>
          ${msg(
            str`Kvar att granska: ${item.missing.map((kind) => previewLabel(kind as PreviewKind)).join(', ')}.`,
            {
              id: 'studio.publish.previewsLeft',
              desc: 'Previews not yet marked as looked at. ${0}: their names',
            },
          )}
          ${this.links.preview ? html`<a href=${this.links.preview}>${msg('Öppna förhandsvisningen', { id: 'studio.publish.openPreview', desc: 'Link to the previews' })}</a>` : nothing}
        </p>`;
      default:
        return nothing;
    }
  }
}

function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString(uiLang(), { dateStyle: 'medium', timeStyle: 'short' });
}
