import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import '@svara/elements/components/text/text.define';
import '@svara/elements/components/email/email.define';
import '@svara/elements/components/error-summary/error-summary.define';
import type { SvaraEmail, SvaraText } from '@svara/elements';
import type { Role, RoleGrant, StaffUser, StudioApi, Unit } from '../../api/client.js';
import { roleLabel, words } from '../../labels.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { unitPath } from '../rounds/rounds.js';
import { styles } from './users.styles.js';
import { problemText } from '../../api/problems.js';

const ROLES: Role[] = ['editor', 'publisher', 'reader', 'admin'];

/**
 * The people who use the studio (admins only): add a person by e-mail address — their first sign-in with the
 * city's identity provider and that verified address claims the account; the server sends no mail — grant and
 * take back roles per unit (a role on a unit applies to every unit below it), and disable an account. Every
 * change of roles is written to the audit log by the server.
 *
 * @summary People and their roles per unit.
 * @tag svara-studio-users
 */
@localized()
export class SvaraStudioUsers extends LitElement {
  static override styles = [sharedStyles, styles];

  @property({ attribute: false }) api?: StudioApi;
  @property({ attribute: false }) units: readonly Unit[] = [];

  @state() private users: StaffUser[] = [];
  @state() private editing?: string;
  @state() private grants: RoleGrant[] = [];
  @state() private error = '';
  @state() private status = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api')) void this.load();
  }

  private async load(): Promise<void> {
    if (!this.api) return;
    try {
      this.users = await this.api.users();
    } catch (error) {
      this.error = problemText(error);
    }
  }

  private unitName(id: string | null): string {
    if (id === null)
      return msg('hela organisationen', { id: 'studio.users.everywhere', desc: 'A role on every unit' });
    const unit = this.units.find((u) => u.id === id);
    return unit ? unitPath(unit, this.units) : id;
  }

  private grantText(grant: RoleGrant): string {
    return msg(str`${roleLabel(grant.role)} för ${this.unitName(grant.unit)}`, {
      id: 'studio.users.grant',
      desc: 'A role on a unit. ${0}: role; ${1}: unit',
    });
  }

  private failed(error: unknown): void {
    this.error = problemText(error);
  }

  private async add(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.api) return;
    const form = event.target as HTMLFormElement;
    const email = (form.querySelector('svara-email') as SvaraEmail).value.trim();
    const name = (form.querySelector('[name="name"]') as SvaraText).value.trim();
    const role = (form.elements.namedItem('role') as HTMLSelectElement).value as Role;
    const unit = (form.elements.namedItem('unit') as HTMLSelectElement).value || null;
    try {
      const user = await this.api.addUser({ email, name, roles: [{ role, unit }] });
      this.users = [...this.users, user];
      this.status = msg(str`${email} är tillagd. Kontot blir aktivt när personen loggar in första gången.`, {
        id: 'studio.users.added',
        desc: 'After adding a person. ${0}: their e-mail',
      });
      this.error = '';
      form.reset();
    } catch (error) {
      this.failed(error);
    }
  }

  private edit(user: StaffUser): void {
    this.editing = user.id;
    this.grants = [...user.roles];
  }

  private async saveRoles(user: StaffUser): Promise<void> {
    if (!this.api) return;
    try {
      const updated = await this.api.setRoles(user.id, this.grants);
      this.users = this.users.map((u) =>
        u.id === user.id ? { ...u, ...updated, roles: updated.roles ?? this.grants } : u,
      );
      this.editing = undefined;
      this.status = msg(str`Rollerna för ${user.email} är sparade.`, {
        id: 'studio.users.saved',
        desc: 'After saving roles. ${0}: e-mail',
      });
      this.error = '';
    } catch (error) {
      this.failed(error);
    }
  }

  private async disable(user: StaffUser): Promise<void> {
    if (!this.api) return;
    if (
      !confirm(
        msg(str`Stänga av ${user.email}? Personen loggas ut överallt och kan inte logga in.`, {
          id: 'studio.users.confirmDisable',
          desc: 'Confirmation. ${0}: e-mail',
        }),
      )
    )
      return;
    try {
      await this.api.disableUser(user.id);
      this.users = this.users.map((u) =>
        u.id === user.id ? { ...u, disabledAt: new Date().toISOString() } : u,
      );
      this.status = msg(str`${user.email} är avstängd.`, {
        id: 'studio.users.disabled',
        desc: 'After disabling. ${0}: e-mail',
      });
    } catch (error) {
      this.failed(error);
    }
  }

  protected override render(): TemplateResult {
    return html`<div class="stack">
      <h1 tabindex="-1" data-page-heading>
        ${msg('Personer och roller', { id: 'studio.users.heading', desc: 'Heading: people and their roles' })}
      </h1>
      <div class="visually-hidden" role="status">${this.status}</div>
      ${this.status ? html`<p class="ok" aria-hidden="true">${this.status}</p>` : nothing}
      ${
        this.error
          ? html`<div class="error" role="alert">
              <span aria-hidden="true">!</span>
              <p>${this.error}</p>
            </div>`
          : nothing
      }
      <ul class="users">
        ${this.users.map((user) => this.renderUser(user))}
      </ul>
      <section aria-labelledby="add" class="stack">
        <h2 id="add">
          ${msg('Lägg till en person', { id: 'studio.users.add', desc: 'Heading: add a person' })}
        </h2>
        <p>
          ${msg(
            'Personen loggar in med stadens konto. Första gången känns hen igen på sin e-postadress. Inget mejl skickas: berätta själv att hen kan logga in.',
            {
              id: 'studio.users.addHint',
              desc: 'How adding a person works',
            },
          )}
        </p>
        <form class="stack" @submit=${this.add}>
          <svara-error-summary></svara-error-summary>
          <svara-text
            name="name"
            required
            autocomplete="off"
            label=${msg('Namn', { id: 'studio.users.name', desc: 'Label: name' })}
          ></svara-text>
          <svara-email
            name="email"
            required
            autocomplete="off"
            label=${msg('E-postadress', { id: 'studio.users.email', desc: 'Label: e-mail' })}
          ></svara-email>
          ${this.roleAndUnit('new')}
          <div>
            <button type="submit" class="primary">
              ${msg('Lägg till', { id: 'studio.users.submit', desc: 'Button: add the person' })}
            </button>
          </div>
        </form>
      </section>
    </div>`;
  }

  private roleAndUnit(key: string, onAdd?: (grant: RoleGrant) => void): TemplateResult {
    const read = (root: HTMLElement): RoleGrant => ({
      role: (root.querySelector(`#role-${key}`) as HTMLSelectElement).value as Role,
      unit: (root.querySelector(`#unit-${key}`) as HTMLSelectElement).value || null,
    });
    return html`<div class="row grant">
      <label for=${`role-${key}`}>${msg('Roll', { id: 'studio.users.role', desc: 'Label: role' })}</label>
      <select id=${`role-${key}`} name="role">
        ${ROLES.map((r) => html`<option value=${r}>${roleLabel(r)}</option>`)}
      </select>
      <label for=${`unit-${key}`}
        >${msg('för', { id: 'studio.users.for', desc: 'Label between role and unit: "Publicerare för Familjeenheten"' })}</label
      >
      <select id=${`unit-${key}`} name="unit">
        <option value="">${this.unitName(null)}</option>
        ${this.units.map((u) => html`<option value=${u.id}>${unitPath(u, this.units)}</option>`)}
      </select>
      ${
        onAdd
          ? html`<button
              type="button"
              @click=${(e: Event) => onAdd(read((e.target as HTMLElement).parentElement!))}
            >
              ${msg('Lägg till roll', { id: 'studio.users.addRole', desc: 'Button: add a role to the list' })}
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderUser(user: StaffUser): TemplateResult {
    const state = user.disabledAt
      ? msg('Avstängd', { id: 'studio.users.stateDisabled', desc: 'Account state' })
      : !user.lastSignInAt
        ? msg('Har inte loggat in än', {
            id: 'studio.users.stateUnclaimed',
            desc: 'Account state: added, never signed in',
          })
        : msg('Aktiv', { id: 'studio.users.stateActive', desc: 'Account state' });
    const editing = this.editing === user.id;
    return html`<li>
      <h2 class="name">${user.name || user.email}</h2>
      <p>${user.email} · <span class="badge">${state}</span></p>
      ${
        editing
          ? html`<div class="stack">
              <ul>
                ${this.grants.map(
                  (grant, i) =>
                    html`<li class="row">
                      ${this.grantText(grant)}
                      <button
                        type="button"
                        class="link"
                        @click=${() => (this.grants = this.grants.filter((_, j) => j !== i))}
                        aria-label=${`${words.remove()}: ${this.grantText(grant)}`}
                      >
                        ${words.remove()}
                      </button>
                    </li>`,
                )}
              </ul>
              ${this.roleAndUnit(user.id, (grant) => (this.grants = [...this.grants, grant]))}
              <div class="row">
                <button type="button" class="primary" @click=${() => this.saveRoles(user)}>
                  ${msg('Spara rollerna', { id: 'studio.users.saveRoles', desc: 'Button: save the roles' })}
                </button>
                <button type="button" @click=${() => (this.editing = undefined)}>${words.cancel()}</button>
              </div>
            </div>`
          : html`<ul>
                ${user.roles.map((grant) => html`<li>${this.grantText(grant)}</li>`)}
              </ul>
              ${
                user.disabledAt
                  ? nothing
                  : html`<div class="row">
                      <button
                        type="button"
                        @click=${() => this.edit(user)}
                        aria-label=${`${msg('Ändra roller', { id: 'studio.users.editRoles', desc: 'Button: change roles' })}: ${user.email}`}
                      >
                        ${msg('Ändra roller', { id: 'studio.users.editRoles', desc: 'Button: change roles' })}
                      </button>
                      <button
                        type="button"
                        class="danger"
                        @click=${() => this.disable(user)}
                        aria-label=${`${msg('Stäng av', { id: 'studio.users.disable', desc: 'Button: disable the account' })}: ${user.email}`}
                      >
                        ${msg('Stäng av', { id: 'studio.users.disable', desc: 'Button: disable the account' })}
                      </button>
                    </div>`
              }`
      }
    </li>`;
  }
}
