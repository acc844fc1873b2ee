import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import '@svara/elements/components/text/text.define';
import '@svara/elements/components/error-summary/error-summary.define';
import type { SvaraText } from '@svara/elements';
import type { StudioApi, Unit } from '../../api/client.js';
import { words } from '../../labels.js';
import { slugify } from '../../model/draft.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { styles } from './units.styles.js';
import { problemText } from '../../api/problems.js';

const unitNameLabel = () => msg('Namn', { id: 'studio.units.name', desc: 'Label: the unit’s name' });

/** The units below `id` (not itself), for keeping a move from making a cycle. */
export function descendants(id: string, units: readonly Unit[]): Set<string> {
  const found = new Set<string>();
  const walk = (parent: string) => {
    for (const unit of units)
      if (unit.parent === parent && !found.has(unit.id)) {
        found.add(unit.id);
        walk(unit.id);
      }
  };
  walk(id);
  return found;
}

/**
 * The organisation's units as a tree (stadsdel → avdelning → enhet), for admins: add a unit, rename or move one
 * (never below itself), remove one that has no units below it, rounds or answers, and import many from CSV
 * (`id,name,parent`; all or nothing, with the problems per line).
 *
 * @summary The unit tree.
 * @tag svara-studio-units
 *
 * @fires studio-units-changed - The tree changed; `detail` is the new list of units.
 */
@localized()
export class SvaraStudioUnits extends LitElement {
  static override styles = [sharedStyles, styles];

  @property({ attribute: false }) api?: StudioApi;
  @property({ attribute: false }) units: Unit[] = [];

  @state() private editing?: string;
  @state() private error = '';
  @state() private status = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api')) void this.reload();
  }

  private async reload(): Promise<void> {
    if (!this.api) return;
    try {
      this.units = await this.api.units();
      this.dispatchEvent(
        new CustomEvent('studio-units-changed', { detail: this.units, bubbles: true, composed: true }),
      );
    } catch (error) {
      this.failed(error);
    }
  }

  private failed(error: unknown): void {
    this.error = problemText(error);
  }

  private done(text: string): void {
    this.status = text;
    this.error = '';
  }

  private async add(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.api) return;
    const form = event.target as HTMLFormElement;
    const name = (form.querySelector('[name="name"]') as SvaraText).value.trim();
    const id = (form.elements.namedItem('id') as HTMLInputElement).value.trim() || slugify(name);
    const parent = (form.elements.namedItem('parent') as HTMLSelectElement).value || null;
    try {
      await this.api.createUnit({ id, name, parent });
      form.reset();
      await this.reload();
      this.done(
        msg(str`${name} är tillagd.`, {
          id: 'studio.units.added',
          desc: 'After adding a unit. ${0}: its name',
        }),
      );
    } catch (error) {
      this.failed(error);
    }
  }

  private async save(unit: Unit, form: HTMLFormElement): Promise<void> {
    if (!this.api) return;
    const name = (form.querySelector('[name="name"]') as SvaraText).value.trim();
    const parent = (form.elements.namedItem('parent') as HTMLSelectElement).value || null;
    try {
      await this.api.updateUnit(unit.id, { name, parent });
      this.editing = undefined;
      await this.reload();
      this.done(
        msg(str`${name} är sparad.`, {
          id: 'studio.units.saved',
          desc: 'After saving a unit. ${0}: its name',
        }),
      );
    } catch (error) {
      this.failed(error);
    }
  }

  private async removeUnit(unit: Unit): Promise<void> {
    if (!this.api) return;
    if (
      !confirm(
        msg(str`Ta bort ${unit.name}?`, {
          id: 'studio.units.confirmRemove',
          desc: 'Confirmation. ${0}: the unit',
        }),
      )
    )
      return;
    try {
      await this.api.deleteUnit(unit.id);
      await this.reload();
      this.done(
        msg(str`${unit.name} är borttagen.`, {
          id: 'studio.units.removed',
          desc: 'After removing a unit. ${0}: its name',
        }),
      );
    } catch (error) {
      this.failed(error);
    }
  }

  private async importCsv(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file || !this.api) return;
    try {
      await this.api.importUnits(await file.text());
      await this.reload();
      this.done(
        msg(str`${file.name} är importerad.`, {
          id: 'studio.units.imported',
          desc: 'After importing. ${0}: the file',
        }),
      );
    } catch (error) {
      this.failed(error);
    }
    input.value = '';
  }

  protected override render(): TemplateResult {
    return html`<div class="stack">
      <h1 tabindex="-1" data-page-heading>
        ${msg('Enheter', { id: 'studio.units.heading', desc: 'Heading: the unit tree' })}
      </h1>
      <div class="visually-hidden" role="status">${this.status}</div>
      ${
        this.error
          ? html`<div class="error" role="alert">
              <span aria-hidden="true">!</span>
              <p>${this.error}</p>
            </div>`
          : nothing
      }
      ${this.renderLevel(null)}
      <section aria-labelledby="add" class="stack">
        <h2 id="add">
          ${msg('Lägg till en enhet', { id: 'studio.units.add', desc: 'Heading: add a unit' })}
        </h2>
        <form class="stack" @submit=${this.add}>
          <svara-error-summary></svara-error-summary>
          <svara-text name="name" required label=${unitNameLabel()}></svara-text>
          ${this.parentSelect('parent-new', null, undefined)}
          <div class="field">
            <label for="id-new"
              >${msg('Id (frivilligt, görs annars av namnet)', { id: 'studio.units.id', desc: 'Label: the unit id' })}</label
            >
            <input id="id-new" name="id" type="text" spellcheck="false" pattern="[a-z0-9][a-z0-9-]*" />
          </div>
          <div>
            <button type="submit" class="primary">
              ${msg('Lägg till enheten', { id: 'studio.units.submit', desc: 'Button: add the unit' })}
            </button>
          </div>
        </form>
      </section>
      <section aria-labelledby="import" class="stack">
        <h2 id="import">
          ${msg('Importera från CSV', { id: 'studio.units.import', desc: 'Heading: import units' })}
        </h2>
        <p>
          ${msg('En rad per enhet: id,name,parent. Allt importeras, eller inget om någon rad är fel.', { id: 'studio.units.importHint', desc: 'The CSV format' })}
        </p>
        <label class="button">
          ${msg('Välj CSV-fil', { id: 'studio.units.chooseFile', desc: 'Button: choose the CSV file' })}
          <input class="visually-hidden" type="file" accept=".csv,text/csv" @change=${this.importCsv} />
        </label>
      </section>
    </div>`;
  }

  private parentSelect(id: string, current: string | null, exclude: Unit | undefined): TemplateResult {
    const blocked = exclude
      ? new Set([exclude.id, ...descendants(exclude.id, this.units)])
      : new Set<string>();
    return html`<div class="field">
      <label for=${id}
        >${msg('Ligger under', { id: 'studio.units.parent', desc: 'Label: the parent unit' })}</label
      >
      <select id=${id} name="parent">
        <option value="" ?selected=${current === null}>
          ${msg('(högst upp)', { id: 'studio.units.top', desc: 'No parent: a top-level unit' })}
        </option>
        ${this.units.filter((u) => !blocked.has(u.id)).map((u) => html`<option value=${u.id} ?selected=${u.id === current}>${u.name}</option>`)}
      </select>
    </div>`;
  }

  private renderLevel(parent: string | null): TemplateResult | typeof nothing {
    const children = this.units.filter((u) => u.parent === parent);
    if (children.length === 0) return nothing;
    return html`<ul class="tree">
      ${children.map(
        (unit) =>
          html`<li>
            ${
              this.editing === unit.id
                ? html`<form
                    class="stack edit"
                    @submit=${(e: SubmitEvent) => {
                      e.preventDefault();
                      void this.save(unit, e.target as HTMLFormElement);
                    }}
                  >
                    <svara-text name="name" required value=${unit.name} label=${unitNameLabel()}></svara-text>
                    ${this.parentSelect(`parent-${unit.id}`, unit.parent, unit)}
                    <div class="row">
                      <button type="submit" class="primary">${words.save()}</button>
                      <button type="button" @click=${() => (this.editing = undefined)}>
                        ${words.cancel()}
                      </button>
                    </div>
                  </form>`
                : html`<div class="row unit">
                    <span class="name">${unit.name}</span> <span class="muted">(${unit.id})</span>
                    <button
                      type="button"
                      class="link"
                      @click=${() => (this.editing = unit.id)}
                      aria-label=${`${msg('Ändra', { id: 'studio.units.edit', desc: 'Button: rename or move the unit' })}: ${unit.name}`}
                    >
                      ${msg('Ändra', { id: 'studio.units.edit', desc: 'Button: rename or move the unit' })}
                    </button>
                    <button
                      type="button"
                      class="link"
                      @click=${() => this.removeUnit(unit)}
                      aria-label=${`${words.remove()}: ${unit.name}`}
                    >
                      ${words.remove()}
                    </button>
                  </div>`
            }
            ${this.renderLevel(unit.id)}
          </li>`,
      )}
    </ul>`;
  }
}
