import { LitElement, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { getLocale, setLocale } from '@svara/elements/localization';
import type { Me, Unit } from '../../api/client.js';
import { StudioApi, hasAnyRole } from '../../api/client.js';
import type { StudioNavigateEvent } from '../../events.js';
import type { Route } from '../../router.js';
import { Router } from '../../router.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import '../survey-list/survey-list.define.js';
import '../new-survey/new-survey.define.js';
import '../survey-page/survey-page.define.js';
import '../sign-in/sign-in.define.js';
import '../users/users.define.js';
import '../units/units.define.js';
import '../audit/audit.define.js';
import { renderRegister } from '../../register/register-route.js';
import type { SurveyTab } from '../survey-page/survey-page.js';
import { safeReturnTo } from '../sign-in/sign-in.js';
import { styles } from './app.styles.js';
import { problemText } from '../../api/problems.js';

const LANGUAGE_KEY = 'svara-studio:lang';

/** A screen in main: it may say when it has loaded (`ready`) and what to call it in the title (`pageTitle`). */
type Screen = HTMLElement & {
  updateComplete?: Promise<unknown>;
  ready?: Promise<unknown>;
  pageTitle?: string;
};

/**
 * The studio: svara's staff web app, served by the collector at `/studio`. A header with the studio's sections
 * (Enkäter; for admins Enheter, Personer, Logg), the signed-in person, the studio's language (svenska, English)
 * and sign-out; below it the screen of the address. Every screen has an address of its own; going to another
 * screen moves focus to its heading and updates the page title, as a page load would.
 *
 * Anyone not signed in is taken to the sign-in page, and brought back to the address they wanted.
 *
 * @summary The studio app: header, navigation and the screen of the address.
 * @tag svara-studio-app
 */
@localized()
export class SvaraStudioApp extends LitElement {
  static override styles = [sharedStyles, styles];

  /** The collector's origin ('' for this page's). */
  @property({ attribute: 'api-base' }) apiBase = '';

  /** The studio's address prefix. */
  @property() base = '/studio';

  /** The staff API client (default: the collector at `api-base`). */
  @property({ attribute: false }) api = new StudioApi('', undefined, () => getLocale());

  @state() private route?: Route;
  @state() private me?: Me;
  @state() private units: Unit[] = [];
  @state() private checked = false;
  @state() private problem = '';

  private router = new Router((route) => void this.show(route), this.base);
  private firstRoute = true;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.apiBase && this.api.base !== this.apiBase)
      this.api = new StudioApi(this.apiBase, undefined, () => getLocale());
    this.router = new Router((route) => void this.show(route), this.base);
    void this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.router.stop();
  }

  private async start(): Promise<void> {
    try {
      this.me = await this.api.me();
      if (this.me) this.units = await this.api.units().catch(() => []);
    } catch (error) {
      this.problem = problemText(error);
    }
    this.checked = true;
    this.router.start();
  }

  private async show(route: Route): Promise<void> {
    if (!this.me && route.name !== 'sign-in' && this.checked && !this.problem) {
      const returnTo = `${location.pathname}${location.search}`;
      this.router.navigate(`${this.base}/sign-in?returnTo=${encodeURIComponent(returnTo)}`, {
        replace: true,
      });
      return;
    }
    this.route = route;
    const screen = await this.screenReady();
    document.title = this.titleOf(screen, route);
    if (!this.firstRoute) {
      // A new screen: focus its heading, as a screen reader expects after a page load.
      this.headingOf(screen)?.focus();
    }
    this.firstRoute = false;
  }

  /** The screen shown in main, once it has loaded what its heading says. */
  private async screenReady(): Promise<Screen | null> {
    await this.updateComplete;
    const screen = (this.renderRoot.querySelector('main')?.firstElementChild ?? null) as Screen | null;
    await screen?.updateComplete;
    await screen?.ready;
    await screen?.updateComplete;
    return screen;
  }

  private headingOf(screen: Screen | null): HTMLElement | null {
    if (!screen) return null;
    return screen.matches('[data-page-heading]')
      ? screen
      : (screen.shadowRoot?.querySelector<HTMLElement>('[data-page-heading]') ??
          screen.querySelector<HTMLElement>('h1'));
  }

  /**
   * "Ärende 4: Klagomål – svara studio": what the screen calls itself (its `pageTitle`, else its heading), so the
   * title names the page as its heading does; the route's name while the screen has none.
   */
  private titleOf(screen: Screen | null, route: Route): string {
    const heading = this.headingOf(screen)?.textContent?.replace(/\s+/g, ' ').trim();
    return `${screen?.pageTitle || heading || this.pageName(route)} – svara studio`;
  }

  private pageName(route: Route): string {
    switch (route.name) {
      case 'sign-in':
        return msg('Logga in', { id: 'studio.app.signInTitle', desc: 'Page title: sign in' });
      case 'new-survey':
        return msg('Ny enkät', { id: 'studio.app.newTitle', desc: 'Page title: new survey' });
      case 'survey':
        return route.params['id'] ?? '';
      case 'users':
        return msg('Personer', { id: 'studio.app.usersTitle', desc: 'Page title: people' });
      case 'units':
        return msg('Enheter', { id: 'studio.app.unitsTitle', desc: 'Page title: units' });
      case 'audit':
        return msg('Logg', { id: 'studio.app.auditTitle', desc: 'Page title: the audit log' });
      case 'register':
        return msg('Synpunkter', {
          id: 'studio.app.registerTitle',
          desc: 'Page title: the complaints register',
        });
      case 'not-found':
        return msg('Sidan finns inte', { id: 'studio.app.notFoundTitle', desc: 'Page title: not found' });
      default:
        return msg('Enkäter', { id: 'studio.app.surveysTitle', desc: 'Page title: the survey list' });
    }
  }

  private handleNavigate = (event: StudioNavigateEvent): void => {
    this.router.navigate(event.path);
  };

  private async handleSignedIn(event: CustomEvent<Me>): Promise<void> {
    this.me = event.detail;
    this.units = await this.api.units().catch(() => []);
    this.router.navigate(safeReturnTo(this.route?.query.get('returnTo'), this.base), { replace: true });
  }

  private async signOut(): Promise<void> {
    await this.api.logout().catch(() => undefined);
    this.me = undefined;
    this.router.navigate(`${this.base}/sign-in`);
  }

  private async switchLanguage(lang: 'sv' | 'en'): Promise<void> {
    try {
      localStorage.setItem(LANGUAGE_KEY, lang);
    } catch {
      // Storage blocked: the choice lasts for this page only.
    }
    await setLocale(lang);
    document.documentElement.lang = lang;
    const route = this.route;
    if (route) document.title = this.titleOf(await this.screenReady(), route);
  }

  protected override render(): TemplateResult {
    const admin = hasAnyRole(this.me, 'admin');
    const route = this.route;
    const here = (name: Route['name']) => (route?.name === name ? 'page' : 'false');
    const lang = getLocale();
    // A button, not a #fragment link: the main element is inside this shadow root, where fragments cannot reach.
    return html`<button type="button" class="skip" @click=${this.skip}>
        ${msg('Till innehållet', { id: 'studio.app.skip', desc: 'Skip link to the main content' })}
      </button>
      <header class="bar">
        <a class="brand" href=${`${this.base}/`}>svara studio</a>
        ${
          this.me
            ? html`<nav
                aria-label=${msg('Studion', { id: 'studio.app.nav', desc: 'Name of the main navigation' })}
              >
                <ul>
                  <li>
                    <a
                      href=${`${this.base}/`}
                      aria-current=${route?.name === 'surveys' || route?.name === 'survey' ? 'page' : 'false'}
                      >${msg('Enkäter', { id: 'studio.app.surveys', desc: 'Navigation: surveys' })}</a
                    >
                  </li>
                  <li>
                    <a href=${`${this.base}/register`} aria-current=${here('register')}
                      >${msg('Synpunkter', { id: 'studio.app.register', desc: 'Navigation: the register of comments, complaints and praise' })}</a
                    >
                  </li>
                  ${
                    admin
                      ? html`<li>
                            <a href=${`${this.base}/units`} aria-current=${here('units')}
                              >${msg('Enheter', { id: 'studio.app.units', desc: 'Navigation: units' })}</a
                            >
                          </li>
                          <li>
                            <a href=${`${this.base}/users`} aria-current=${here('users')}
                              >${msg('Personer', { id: 'studio.app.users', desc: 'Navigation: people' })}</a
                            >
                          </li>
                          <li>
                            <a href=${`${this.base}/audit`} aria-current=${here('audit')}
                              >${msg('Logg', { id: 'studio.app.audit', desc: 'Navigation: the audit log' })}</a
                            >
                          </li>`
                      : nothing
                  }
                </ul>
              </nav>`
            : nothing
        }
        <div class="account row">
          <button
            type="button"
            class="link"
            lang=${lang === 'sv' ? 'en' : 'sv'}
            @click=${() => this.switchLanguage(lang === 'sv' ? 'en' : 'sv')}
          >
            ${lang === 'sv' ? 'English' : 'Svenska'}
          </button>
          ${
            this.me
              ? html`<span class="who">${this.me.user.name || this.me.user.email}</span>
                  <button type="button" @click=${this.signOut}>
                    ${msg('Logga ut', { id: 'studio.app.signOut', desc: 'Button: sign out' })}
                  </button>`
              : nothing
          }
        </div>
      </header>
      <main
        id="main"
        tabindex="-1"
        @studio-navigate=${this.handleNavigate}
        @studio-signed-in=${this.handleSignedIn}
        @studio-units-changed=${(e: CustomEvent<Unit[]>) => (this.units = e.detail)}
      >
        ${this.renderScreen()}
      </main>`;
  }

  private skip(): void {
    this.renderRoot.querySelector<HTMLElement>('main')?.focus();
  }

  private renderScreen(): TemplateResult {
    if (this.problem)
      return html`<div class="error" role="alert">
        <span aria-hidden="true">!</span>
        <p>${this.problem}</p>
      </div>`;
    const route = this.route;
    if (!route)
      return html`<p role="status">
        ${msg('Studion laddas …', { id: 'studio.app.loading', desc: 'The app is starting' })}
      </p>`;
    switch (route.name) {
      case 'sign-in':
        return html`<svara-studio-sign-in
          .api=${this.api}
          return-to=${route.query.get('returnTo') ?? ''}
          ?expired=${route.query.has('expired')}
        ></svara-studio-sign-in>`;
      case 'new-survey':
        return html`<svara-studio-new-survey
          .api=${this.api}
          .me=${this.me}
          .units=${this.units}
          base=${this.base}
        ></svara-studio-new-survey>`;
      case 'survey':
        return html`<svara-studio-survey-page
          survey-id=${route.params['id']!}
          tab=${(route.params['tab'] ?? 'edit') as SurveyTab}
          base=${this.base}
          preview-url=${`${this.base}/preview.html`}
          .api=${this.api}
          .me=${this.me}
          .units=${this.units}
        ></svara-studio-survey-page>`;
      case 'users':
        return html`<svara-studio-users .api=${this.api} .units=${this.units}></svara-studio-users>`;
      case 'units':
        return html`<svara-studio-units .api=${this.api}></svara-studio-units>`;
      case 'audit':
        return html`<svara-studio-audit .api=${this.api}></svara-studio-audit>`;
      case 'register':
        return renderRegister(route, this.base, this.api);
      case 'not-found':
        return html`<h1 tabindex="-1" data-page-heading>
            ${msg('Sidan finns inte', { id: 'studio.app.notFound', desc: 'Heading: no such page' })}
          </h1>
          <p>
            <a href=${`${this.base}/`}
              >${msg('Till enkäterna', { id: 'studio.app.toSurveys', desc: 'Link back to the survey list' })}</a
            >
          </p>`;
      default:
        return html`<svara-studio-survey-list
          .api=${this.api}
          .me=${this.me}
          .units=${this.units}
          base=${this.base}
        ></svara-studio-survey-list>`;
    }
  }
}

/** The studio's language: chosen before, else the browser's if English, else Swedish. */
export function initialLanguage(): 'sv' | 'en' {
  try {
    const saved = localStorage.getItem(LANGUAGE_KEY);
    if (saved === 'sv' || saved === 'en') return saved;
  } catch {
    // blocked storage: fall through
  }
  return navigator.language.toLowerCase().startsWith('en') ? 'en' : 'sv';
}
