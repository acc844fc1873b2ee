import { LitElement, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { Pictogram } from '@svara/schema';
import '@svara/pictograms/define';
import { getLocale } from '@svara/elements/localization';
import type { CatalogueEntry } from '../../model/pictograms.js';
import {
  builtinCatalogue,
  entryName,
  loadHostedPictograms,
  samePictogram,
  searchCatalogue,
} from '../../model/pictograms.js';
import { words } from '../../labels.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { styles } from './pictogram-picker.styles.js';

/** The most results shown at once: enough to scan, few enough to Tab through. */
export const MAX_RESULTS = 24;

/**
 * Chooses a picture for a question, an answer or a statement: svara's own drawings and the ARASAAC pictograms
 * this installation hosts, found by a Swedish word ("hem", "glad", "ja") or an ARASAAC number. No drag and drop:
 * "Välj bild" opens a search field and a list of picture buttons; Enter or Space on one chooses it, closes the
 * list and returns focus to "Byt bild". Escape closes without a change.
 *
 * ARASAAC pictures carry their attribution (CC BY-NC-SA) wherever they are shown, here too.
 *
 * @summary Chooses a pictogram by searching Swedish words.
 * @tag svara-studio-pictogram-picker
 *
 * @csspart current - The chosen picture and its name.
 * @csspart panel - The search field and the results.
 * @csspart result - Each result button.
 *
 * @fires change - A picture was chosen or removed; read `value` (bubbles, composed).
 */
@localized()
export class SvaraStudioPictogramPicker extends LitElement {
  // ── Static configuration ────────────────────────────────────────────────────────────────────────────────
  static override styles = [sharedStyles, styles];

  // ── Queries ─────────────────────────────────────────────────────────────────────────────────────────────
  @query('input[type="search"]') private searchField?: HTMLInputElement;
  @query('.toggle') private toggleButton?: HTMLButtonElement;

  // ── Internal state ──────────────────────────────────────────────────────────────────────────────────────
  @state() private open = false;
  @state() private query = '';
  @state() private hosted: CatalogueEntry[] = [];

  // ── Properties ──────────────────────────────────────────────────────────────────────────────────────────
  /** The chosen picture, in the schema's form (`{builtin}`, `{arasaac}` or `{src, alt}`). */
  @property({ attribute: false }) value?: Pictogram;

  /** What the picture is for: "Bild till frågan", "Bild till svaret Ja". */
  @property() label = '';

  /** Where the self-hosted ARASAAC pictograms and their manifest are (default `/pictograms/arasaac`). */
  @property({ attribute: 'arasaac-base' }) arasaacBase = '/pictograms/arasaac';

  /** The entries to choose from (default: svara's drawings and the hosted ARASAAC pictograms). */
  @property({ attribute: false }) catalogue?: CatalogueEntry[];

  /** A key the survey page can move focus to (`data-focus` on the "Välj bild" button). */
  @property({ attribute: 'focus-key' }) focusKey = '';

  // ── Getters ─────────────────────────────────────────────────────────────────────────────────────────────
  private get entries(): CatalogueEntry[] {
    return this.catalogue ?? [...builtinCatalogue(), ...this.hosted];
  }

  private get uiLang(): string {
    return getLocale() === 'en' ? 'en' : 'sv';
  }

  private get currentName(): string {
    const value = this.value;
    if (!value) return '';
    const entry = this.entries.find((e) => samePictogram(e.pictogram, value));
    if (entry) return entryName(entry, this.uiLang);
    if ('arasaac' in value) return `ARASAAC ${value.arasaac}`;
    if ('src' in value)
      return typeof value.alt === 'string' ? value.alt : (Object.values(value.alt)[0] ?? '');
    return value.builtin;
  }

  // ── Lifecycle ───────────────────────────────────────────────────────────────────────────────────────────
  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.catalogue) void loadHostedPictograms(this.arasaacBase).then((hosted) => (this.hosted = hosted));
  }

  // ── Event handlers ──────────────────────────────────────────────────────────────────────────────────────
  private async toggle(): Promise<void> {
    this.open = !this.open;
    if (this.open) {
      await this.updateComplete;
      this.searchField?.focus();
    }
  }

  private async close(): Promise<void> {
    this.open = false;
    this.query = '';
    await this.updateComplete;
    this.toggleButton?.focus();
  }

  private handleKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.open) {
      event.preventDefault();
      event.stopPropagation();
      void this.close();
    }
  }

  private choose(pictogram: Pictogram | undefined): void {
    this.value = pictogram;
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    void this.close();
  }

  // ── Render ──────────────────────────────────────────────────────────────────────────────────────────────
  protected override render(): TemplateResult {
    const results = searchCatalogue(this.entries, this.query, this.uiLang);
    const shown = results.slice(0, MAX_RESULTS);
    const showsArasaac = shown.some((e) => e.source === 'arasaac') || (this.value && 'arasaac' in this.value);
    return html`<div class="picker" role="group" aria-labelledby="label" @keydown=${this.handleKeydown}>
      <p id="label" class="label">${this.label}</p>
      <div part="current" class="current">
        ${
          this.value
            ? html`<svara-pictogram .pictogram=${this.value} decorative></svara-pictogram>
                <span>${this.currentName}</span>`
            : html`<span class="muted"
                >${msg('Ingen bild', { id: 'studio.picker.none', desc: 'No picture chosen' })}</span
              >`
        }
        <button
          type="button"
          class="toggle"
          aria-expanded=${this.open ? 'true' : 'false'}
          data-focus=${this.focusKey || nothing}
          @click=${this.toggle}
        >
          ${
            this.value
              ? msg('Byt bild', {
                  id: 'studio.picker.change',
                  desc: 'Opens the picture search to choose another',
                })
              : msg('Välj bild', { id: 'studio.picker.choose', desc: 'Opens the picture search' })
          }
        </button>
        ${
          this.value
            ? html`<button type="button" class="danger" @click=${() => this.choose(undefined)}>
                ${msg('Ta bort bild', { id: 'studio.picker.remove', desc: 'Removes the chosen picture' })}
              </button>`
            : nothing
        }
      </div>
      ${
        this.open
          ? html`<div part="panel" class="panel">
              <label class="search">
                <span
                  >${msg('Sök bild med ett ord', { id: 'studio.picker.search', desc: 'Label of the picture search field' })}</span
                >
                <span class="muted"
                  >${msg('Till exempel glad, hem, ja eller ett ARASAAC-nummer.', {
                    id: 'studio.picker.searchHint',
                    desc: 'Hint under the picture search field',
                  })}</span
                >
                <input
                  type="search"
                  .value=${this.query}
                  @input=${(event: Event) => (this.query = (event.target as HTMLInputElement).value)}
                  @keydown=${(event: KeyboardEvent) => event.key === 'Enter' && event.preventDefault()}
                />
              </label>
              <p role="status" class="count">${this.countMessage(results.length, shown.length)}</p>
              <ul class="results">
                ${shown.map(
                  (entry) =>
                    html`<li>
                      <button
                        type="button"
                        part="result"
                        class="result"
                        aria-pressed=${samePictogram(entry.pictogram, this.value) ? 'true' : 'false'}
                        @click=${() => this.choose(entry.pictogram)}
                      >
                        <svara-pictogram .pictogram=${entry.pictogram} decorative></svara-pictogram>
                        <span>${entryName(entry, this.uiLang)}</span>
                      </button>
                    </li>`,
                )}
              </ul>
              ${showsArasaac ? html`<svara-pictogram-attribution></svara-pictogram-attribution>` : nothing}
              <button type="button" @click=${this.close}>${words.close()}</button>
            </div>`
          : nothing
      }
    </div>`;
  }

  private countMessage(found: number, shown: number): string {
    if (found === 0)
      return msg('Inga bilder hittades. Prova ett annat ord.', {
        id: 'studio.picker.noResults',
        desc: 'Status when the picture search finds nothing',
      });
    if (found > shown)
      return msg(str`${found} bilder. De ${shown} första visas.`, {
        id: 'studio.picker.manyResults',
        desc: 'Status of the picture search. ${0}: found; ${1}: shown',
      });
    return found === 1
      ? msg('1 bild.', { id: 'studio.picker.oneResult', desc: 'Status: the search found one picture' })
      : msg(str`${found} bilder.`, {
          id: 'studio.picker.results',
          desc: 'Status: how many pictures were found (2 or more)',
        });
  }
}
