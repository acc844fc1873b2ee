import { LitElement, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import '@svara/elements/components/email/email.define';
import '@svara/elements/components/error-summary/error-summary.define';
import type { SvaraEmail } from '@svara/elements';
import type { Me, StudioApi } from '../../api/client.js';
import { ApiError } from '../../api/client.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { styles } from './sign-in.styles.js';
import { problemText } from '../../api/problems.js';

/** Where a sign-in may return to: an address on this site under the studio, never elsewhere. */
export function safeReturnTo(value: string | null | undefined, base = '/studio'): string {
  if (!value || !value.startsWith(`${base}/`) || value.startsWith('//') || /[\\\s]/.test(value))
    return `${base}/`;
  return value;
}

/**
 * Signing in to the studio: with the city's identity provider (OpenID Connect; a person added by an admin is
 * recognised by their verified e-mail address at the first sign-in), or with a local account where the
 * installation has them. Failed attempts get the server's own plain message; a locked account says when to try
 * again.
 *
 * @summary The studio's sign-in page.
 * @tag svara-studio-sign-in
 *
 * @fires studio-signed-in - A local sign-in succeeded (`detail`: the signed-in person).
 */
@localized()
export class SvaraStudioSignIn extends LitElement {
  static override styles = [sharedStyles, styles];

  @property({ attribute: false }) api?: StudioApi;

  /** The studio address to go to afterwards. */
  @property({ attribute: 'return-to' }) returnTo = '/studio/';

  /** The session ended while working: say so. */
  @property({ type: Boolean }) expired = false;

  @state() private error = '';
  @state() private busy = false;

  private async signIn(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.api) return;
    const form = event.target as HTMLFormElement;
    const email = (form.querySelector('svara-email') as SvaraEmail).value;
    const password = (form.elements.namedItem('password') as HTMLInputElement).value;
    if (!password) {
      this.error = msg('Skriv ditt lösenord.', {
        id: 'studio.signIn.noPassword',
        desc: 'Error: the password is empty',
      });
      return;
    }
    this.busy = true;
    this.error = '';
    try {
      const me: Me = await this.api.login(email, password);
      this.dispatchEvent(new CustomEvent('studio-signed-in', { detail: me, bubbles: true, composed: true }));
    } catch (error) {
      this.error =
        error instanceof ApiError && error.status === 401
          ? msg('E-postadressen eller lösenordet stämmer inte.', {
              id: 'studio.signIn.wrong',
              desc: 'Error: wrong e-mail or password',
            })
          : problemText(error);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.error')?.focus();
    } finally {
      this.busy = false;
    }
  }

  protected override render(): TemplateResult {
    const returnTo = safeReturnTo(this.returnTo);
    return html`<div class="stack">
      <h1 tabindex="-1" data-page-heading>
        ${msg('Logga in i svara studio', { id: 'studio.signIn.heading', desc: 'Heading of the sign-in page' })}
      </h1>
      ${
        this.expired
          ? html`<p class="warning">
              <span aria-hidden="true">!</span>${msg(
                'Du har blivit utloggad. Det du skrev finns kvar på den här datorn och sparas när du har loggat in.',
                {
                  id: 'studio.signIn.expired',
                  desc: 'The session ended while working',
                },
              )}
            </p>`
          : nothing
      }
      <section aria-labelledby="oidc" class="stack">
        <h2 id="oidc">
          ${msg('Med ditt konto i staden', { id: 'studio.signIn.oidcHeading', desc: 'Heading: sign in with the city’s identity provider' })}
        </h2>
        <p>
          ${msg(
            'Första gången du loggar in känns du igen på din e-postadress, om en administratör har lagt till dig.',
            {
              id: 'studio.signIn.oidcHint',
              desc: 'How an account added by e-mail is claimed',
            },
          )}
        </p>
        <p>
          <a
            class="button primary"
            href=${this.api?.oidcLoginUrl(returnTo) ?? `/auth/oidc/login?returnTo=${encodeURIComponent(returnTo)}`}
            >${msg('Logga in med stadens konto', {
              id: 'studio.signIn.oidc',
              desc: 'Button: sign in with the city’s identity provider',
            })}</a
          >
        </p>
      </section>
      <section aria-labelledby="local" class="stack">
        <h2 id="local">
          ${msg('Med e-post och lösenord', { id: 'studio.signIn.localHeading', desc: 'Heading: local sign-in' })}
        </h2>
        ${
          this.error
            ? html`<div class="error" tabindex="-1" role="alert">
                <span aria-hidden="true">!</span>
                <p>${this.error}</p>
              </div>`
            : nothing
        }
        <form class="stack" @submit=${this.signIn}>
          <svara-error-summary></svara-error-summary>
          <svara-email
            name="email"
            required
            autocomplete="username"
            label=${msg('E-postadress', { id: 'studio.signIn.email', desc: 'Label: e-mail address' })}
          ></svara-email>
          <div class="field">
            <label for="password"
              >${msg('Lösenord', { id: 'studio.signIn.password', desc: 'Label: password' })}</label
            >
            <input id="password" name="password" type="password" autocomplete="current-password" required />
          </div>
          <div>
            <button type="submit" class="primary" ?disabled=${this.busy}>
              ${msg('Logga in', { id: 'studio.signIn.submit', desc: 'Button: sign in' })}
            </button>
          </div>
        </form>
      </section>
    </div>`;
  }
}
