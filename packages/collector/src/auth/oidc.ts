/**
 * Signing in through the city's identity provider with OpenID Connect, using `openid-client` 6: the
 * authorization code flow with PKCE (S256), `state` and `nonce`. `begin` makes the redirect and the values the
 * session keeps until the provider sends the person back; `finish` checks the callback against them, redeems the
 * code, validates the ID token and returns who signed in.
 *
 * The provider's metadata is discovered on first use (and again after a failure), so a provider that is down
 * when the collector starts does not stop it. Plain `http://` issuers are accepted only on the loopback
 * interface (a provider started for development or tests); anything else must be `https://`.
 */
import * as client from 'openid-client';

import type { OidcIdentity } from './accounts.js';
import type { SessionFields } from './sessions.js';

export interface OidcSettings {
  /** The issuer identifier (`https://login.stad.example/realms/staff`); its metadata is discovered. */
  issuer: string;
  clientId: string;
  /** Without a secret svara is a public client (PKCE only). */
  clientSecret?: string | undefined;
  /** This collector's callback, as registered with the provider: `https://svar.example/auth/oidc/callback`. */
  redirectUri: string;
  /** Default `openid email profile`. */
  scope?: string | undefined;
  /**
   * Treat the provider's `email` as verified even without `email_verified: true` (some enterprise providers
   * never send the claim, but only hand out addresses they manage). Off by default.
   */
  trustEmail?: boolean | undefined;
}

export type PendingOidc = NonNullable<SessionFields['oidc']>;

/** How long a started sign-in may take at the provider. */
export const OIDC_PENDING_MS = 15 * 60 * 1000;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Problems with the settings, in words (none: usable). */
export function oidcSettingsProblems(settings: Partial<OidcSettings>): string[] {
  const problems: string[] = [];
  for (const [name, value] of [
    ['issuer', settings.issuer],
    ['redirect URL', settings.redirectUri],
  ] as const) {
    if (!value) {
      problems.push(`The OIDC ${name} is missing.`);
      continue;
    }
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      problems.push(`The OIDC ${name} is not a URL: ${value}`);
      continue;
    }
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
      problems.push(`The OIDC ${name} must be https:// (http:// only on 127.0.0.1 or localhost): ${value}`);
    }
  }
  if (!settings.clientId) problems.push('The OIDC client id is missing.');
  return problems;
}

/**
 * A path on this site to return to after signing in, or the default. Only same-origin absolute paths are
 * accepted (not `//host`, not `/\host`, no scheme, no control characters), so the sign-in cannot be used to
 * send someone to another site.
 */
export function safeReturnTo(value: unknown, fallback = '/studio/'): string {
  if (typeof value !== 'string' || value.length > 2048) return fallback;
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (!value.startsWith('/') || value.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(value))
    return fallback;
  const parsed = new URL(value, 'http://svara.invalid');
  return parsed.origin === 'http://svara.invalid'
    ? `${parsed.pathname}${parsed.search}${parsed.hash}`
    : fallback;
}

export class OidcProblem extends Error {
  override name = 'OidcProblem';
  constructor(
    /** `expired`: no pending sign-in, or too old. `denied`: the provider (or the person) refused. `invalid`: the response failed a check. `unavailable`: the provider could not be reached. */
    readonly reason: 'expired' | 'denied' | 'invalid' | 'unavailable',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export class OidcClient {
  private configuration: Promise<client.Configuration> | undefined;
  readonly scope: string;

  constructor(
    readonly settings: OidcSettings,
    private readonly now: () => Date = () => new Date(),
  ) {
    const problems = oidcSettingsProblems(settings);
    if (problems.length) throw new Error(problems.join(' '));
    this.scope = settings.scope ?? 'openid email profile';
  }

  /** The provider's configuration, discovered once (a failed discovery is tried again next time). */
  config(): Promise<client.Configuration> {
    if (!this.configuration) {
      const issuer = new URL(this.settings.issuer);
      const { clientSecret } = this.settings;
      this.configuration = client
        .discovery(
          issuer,
          this.settings.clientId,
          clientSecret ? { client_secret: clientSecret } : undefined,
          clientSecret ? client.ClientSecretBasic(clientSecret) : client.None(),
          issuer.protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : undefined,
        )
        .catch((error: unknown) => {
          this.configuration = undefined;
          throw new OidcProblem('unavailable', `The identity provider ${issuer.href} could not be reached.`, {
            cause: error,
          });
        });
    }
    return this.configuration;
  }

  /** The provider's authorization URL for a new sign-in, and what the session must keep until the callback. */
  async begin(returnTo: unknown): Promise<{ url: URL; pending: PendingOidc }> {
    const config = await this.config();
    const verifier = client.randomPKCECodeVerifier();
    const pending: PendingOidc = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      verifier,
      returnTo: safeReturnTo(returnTo),
      startedAt: this.now().getTime(),
    };
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.settings.redirectUri,
      scope: this.scope,
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    return { url, pending };
  }

  /**
   * Finishes a sign-in from the callback's query string. Throws OidcProblem when there is no pending sign-in,
   * it is too old, the provider reported an error, or any check (state, PKCE, nonce, ID token) fails.
   */
  async finish(search: string, pending: PendingOidc | undefined): Promise<OidcIdentity> {
    if (!pending || this.now().getTime() - pending.startedAt > OIDC_PENDING_MS) {
      throw new OidcProblem('expired', 'No sign-in was under way in this browser, or it took too long.');
    }
    const config = await this.config();
    const callback = new URL(this.settings.redirectUri);
    callback.search = search;
    let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
    try {
      tokens = await client.authorizationCodeGrant(config, callback, {
        pkceCodeVerifier: pending.verifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
    } catch (error) {
      if (error instanceof client.AuthorizationResponseError) {
        throw new OidcProblem('denied', `The identity provider refused: ${error.error}.`, { cause: error });
      }
      throw new OidcProblem(
        'invalid',
        `The sign-in response did not pass its checks: ${(error as Error).message}`,
        {
          cause: error,
        },
      );
    }
    const claims = tokens.claims();
    if (!claims) throw new OidcProblem('invalid', 'The provider sent no ID token.');
    let email = typeof claims.email === 'string' ? claims.email : undefined;
    let emailVerified = claims.email_verified === true;
    let name = typeof claims.name === 'string' ? claims.name : undefined;
    // Many providers put e-mail and name only in the UserInfo response for the code flow.
    if ((!email || !name) && config.serverMetadata().userinfo_endpoint) {
      const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
      if (!email && typeof info.email === 'string') {
        email = info.email;
        emailVerified = info.email_verified === true;
      }
      if (!name && typeof info.name === 'string') name = info.name;
    }
    return {
      issuer: claims.iss,
      subject: claims.sub,
      email,
      emailVerified: email !== undefined && (emailVerified || this.settings.trustEmail === true),
      name,
    };
  }
}
