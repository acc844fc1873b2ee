/**
 * The studio’s router: a table of address patterns and a listener for the History API — under a hundred lines, not a
 * library. The studio has a dozen fixed addresses and no nested layouts, lazy routes or guards that a router
 * library would bring; what it needs is that every screen has a real address (bookmarks, the back button, a
 * link from an e-mail, returning after sign-in), which `history.pushState` and `popstate` give.
 *
 * Links are ordinary `<a href>` elements anywhere in the app (also inside shadow roots): a click on one to an
 * address under the studio's base is taken over (unless a modifier key asks for a new tab).
 */

export type RouteName =
  'surveys' | 'new-survey' | 'survey' | 'sign-in' | 'users' | 'units' | 'audit' | 'register' | 'not-found';

export interface Route {
  name: RouteName;
  params: Record<string, string>;
  /** The address's query, e.g. `returnTo` on the sign-in page. */
  query: URLSearchParams;
}

const PATTERNS: [RouteName, RegExp][] = [
  ['surveys', /^\/?$/],
  ['new-survey', /^\/surveys\/new\/?$/],
  [
    'survey',
    /^\/surveys\/(?<id>[a-z0-9][a-z0-9_-]*)(?:\/(?<tab>edit|json|translations|preview|publish|rounds|results))?\/?$/,
  ],
  ['sign-in', /^\/sign-in\/?$/],
  ['users', /^\/users\/?$/],
  ['units', /^\/units\/?$/],
  ['audit', /^\/audit\/?$/],
  ['register', /^\/register(?:\/(?<page>summary|\d+))?\/?$/],
];

/** The route of an address (`/studio/surveys/barn/edit?x=1`) under `base` (`/studio`). */
export function matchRoute(url: URL | string, base = '/studio'): Route {
  const address = typeof url === 'string' ? new URL(url, 'http://x') : url;
  const query = address.searchParams;
  if (address.pathname !== base && !address.pathname.startsWith(`${base}/`))
    return { name: 'not-found', params: {}, query };
  const path = address.pathname.slice(base.length);
  for (const [name, pattern] of PATTERNS) {
    const match = pattern.exec(path);
    if (match) {
      const params = Object.fromEntries(
        Object.entries(match.groups ?? {}).filter(([, v]) => v !== undefined),
      ) as Record<string, string>;
      return { name, params, query };
    }
  }
  return { name: 'not-found', params: {}, query };
}

/** Follows the address bar: calls `onRoute` now, after every `navigate()`, and on back/forward. */
export class Router {
  constructor(
    private readonly onRoute: (route: Route) => void,
    readonly base = '/studio',
  ) {}

  get current(): Route {
    return matchRoute(new URL(location.href), this.base);
  }

  start(): void {
    window.addEventListener('popstate', this.handlePop);
    document.addEventListener('click', this.handleClick);
    this.onRoute(this.current);
  }

  stop(): void {
    window.removeEventListener('popstate', this.handlePop);
    document.removeEventListener('click', this.handleClick);
  }

  /** Goes to `path` (an address under the base) and adds it to the history, or replaces the current entry. */
  navigate(path: string, options: { replace?: boolean } = {}): void {
    if (options.replace) history.replaceState(null, '', path);
    else if (`${location.pathname}${location.search}` !== path) history.pushState(null, '', path);
    this.onRoute(this.current);
  }

  private handlePop = (): void => this.onRoute(this.current);

  private handleClick = (event: MouseEvent): void => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    const anchor = event
      .composedPath()
      .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!anchor || !anchor.href || anchor.target || anchor.hasAttribute('download')) return;
    const url = new URL(anchor.href);
    if (url.origin !== location.origin || matchRoute(url, this.base).name === 'not-found') return;
    event.preventDefault();
    this.navigate(`${url.pathname}${url.search}`);
  };
}
