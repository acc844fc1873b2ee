/** Security headers for every response, and CORS for the configured origins only. No cookies, ever. */
/** What CORS looks at in a request. */
export interface WithHeaders {
  headers: { origin?: string | undefined; host?: string | undefined };
}

/** For JSON and problem responses: nothing may load, frame or run from them. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** For the static site (the demo): same-origin scripts, styles and data only. */
export const SITE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self'; " +
  "font-src 'self'; connect-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; " +
  "frame-ancestors 'none'";

/** Headers every response carries. */
export function securityHeaders(kind: 'api' | 'site' | 'embed'): Record<string, string> {
  return {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    // The embed bundle is loaded by city pages on other origins; everything else is for this origin or CORS.
    'cross-origin-resource-policy': kind === 'embed' ? 'cross-origin' : 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'content-security-policy': kind === 'site' ? SITE_CSP : API_CSP,
  };
}

/** `https://Example.org/` → `https://example.org`; undefined when not an http(s) origin. */
export function normaliseOrigin(origin: string): string | undefined {
  if (origin === '*' || origin === 'null') return origin;
  try {
    const url = new URL(origin);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}

export class Cors {
  private readonly origins: Set<string>;
  private readonly any: boolean;

  constructor(allowOrigins: readonly string[]) {
    const normalised = allowOrigins.map((o) => normaliseOrigin(o.trim()));
    const bad = allowOrigins.filter((_, i) => normalised[i] === undefined);
    if (bad.length) throw new Error(`Not an origin (scheme://host[:port]): ${bad.join(', ')}`);
    this.origins = new Set(normalised as string[]);
    this.any = this.origins.has('*');
  }

  /** The request comes from this server's own pages (Origin equals the Host it was sent to). */
  static sameOrigin(request: WithHeaders): boolean {
    const origin = request.headers.origin;
    const host = request.headers.host;
    if (!origin || !host) return false;
    const normalised = normaliseOrigin(origin);
    return normalised === `http://${host.toLowerCase()}` || normalised === `https://${host.toLowerCase()}`;
  }

  /** True when a browser request from `origin` may read our responses. */
  allows(origin: string | undefined): boolean {
    if (origin === undefined) return false;
    if (this.any) return true;
    const normalised = normaliseOrigin(origin);
    return normalised !== undefined && this.origins.has(normalised);
  }

  /** A request with an Origin header that is neither allowed nor our own: refused before any work is done. */
  refuses(request: WithHeaders): boolean {
    const origin = request.headers.origin;
    return origin !== undefined && !this.allows(origin) && !Cors.sameOrigin(request);
  }

  /** CORS headers for a normal response. */
  headers(request: WithHeaders): Record<string, string> {
    const origin = request.headers.origin;
    const headers: Record<string, string> = { vary: 'Origin' };
    if (origin !== undefined && this.allows(origin)) {
      headers['access-control-allow-origin'] = this.any ? '*' : origin;
      headers['access-control-expose-headers'] = 'Retry-After, ETag';
    }
    return headers;
  }

  /** Headers for a preflight from an allowed origin. */
  preflight(request: WithHeaders): Record<string, string> {
    return {
      ...this.headers(request),
      'access-control-allow-methods': 'GET, HEAD, POST, OPTIONS',
      'access-control-allow-headers': 'Content-Type, Idempotency-Key, Authorization',
      'access-control-max-age': '600',
    };
  }
}
