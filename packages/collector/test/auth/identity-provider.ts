/**
 * A real OpenID Connect provider for the tests: `oidc-provider` 9 on 127.0.0.1 with one confidential client
 * (PKCE required). Its sign-in page is replaced by a test hook: whoever `signInAs` names signs in and consents at
 * once, or `deny()` makes the next sign-in end with `access_denied`. `browser()` is a minimal user agent with a
 * cookie jar, for following the redirects between the collector and the provider.
 */
import { generateKeyPairSync } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export interface TestPerson {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
}

export interface TestIdentityProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  signInAs(person: TestPerson): void;
  deny(): void;
  close(): Promise<void>;
}

export async function startIdentityProvider(redirectUris: string[]): Promise<TestIdentityProvider> {
  const people = new Map<string, TestPerson>();
  let next: TestPerson | 'deny' | undefined;
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = 'svara-collector';
  const clientSecret = 'a-client-secret-for-the-tests-only';

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: redirectUris,
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    cookies: { keys: ['test-cookie-key-1'] },
    jwks: {
      keys: [
        {
          ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }),
          kid: 'k1',
        },
      ],
    },
    ttl: {
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
      AccessToken: 600,
      IdToken: 600,
      AuthorizationCode: 60,
    },
    findAccount: (_ctx, sub) => {
      const person = people.get(sub);
      return person ? { accountId: sub, claims: () => ({ ...person }) } : undefined;
    },
  });
  const handle = provider.callback();

  server.on('request', (req, res) => {
    if (!req.url?.startsWith('/interaction/')) {
      void handle(req, res);
      return;
    }
    void (async () => {
      try {
        const details = await provider.interactionDetails(req, res);
        if (next === 'deny') {
          next = undefined;
          await provider.interactionFinished(req, res, {
            error: 'access_denied',
            error_description: 'The person said no.',
          });
          return;
        }
        if (details.prompt.name === 'login') {
          if (!next) throw new Error('the test named nobody to sign in (signInAs)');
          people.set(next.sub, next);
          await provider.interactionFinished(req, res, { login: { accountId: next.sub } });
          return;
        }
        // consent: grant what the client asked for
        const accountId = details.session!.accountId;
        const grant = new provider.Grant({ accountId, clientId: details.params.client_id as string });
        grant.addOIDCScope(String(details.params.scope));
        await provider.interactionFinished(
          req,
          res,
          { consent: { grantId: await grant.save() } },
          {
            mergeWithLastSubmission: true,
          },
        );
      } catch (error) {
        res.statusCode = 500;
        res.end(String(error));
      }
    })();
  });

  return {
    issuer,
    clientId,
    clientSecret,
    signInAs(person) {
      next = person;
    },
    deny() {
      next = 'deny';
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A user agent that follows redirects by hand and keeps cookies per host (enough for these flows). */
export function browser() {
  const jars = new Map<string, Map<string, string>>();
  const cookieHeader = (url: URL) =>
    [...(jars.get(url.host) ?? new Map<string, string>())].map(([k, v]) => `${k}=${v}`).join('; ');
  const keep = (url: URL, response: Response) => {
    const jar = jars.get(url.host) ?? new Map<string, string>();
    jars.set(url.host, jar);
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (/;\s*(max-age=0|expires=Thu, 01 Jan 1970)/i.test(line) || value === '') jar.delete(name);
      else jar.set(name, value);
    }
  };
  return {
    cookies: (host: string) => jars.get(host) ?? new Map<string, string>(),
    async request(url: string | URL, init: RequestInit = {}): Promise<Response> {
      const target = new URL(url);
      const headers = new Headers(init.headers);
      const cookie = cookieHeader(target);
      if (cookie) headers.set('cookie', cookie);
      const response = await fetch(target, { ...init, headers, redirect: 'manual' });
      keep(target, response);
      return response;
    },
    /**
     * Follows redirects from `url` until one leads to `stopAt` (not requested) or a page that is not a redirect.
     * Returns the last URL and response.
     */
    async follow(url: string | URL, stopAt?: string): Promise<{ url: URL; response?: Response }> {
      let current = new URL(url);
      for (let hops = 0; hops < 20; hops++) {
        if (stopAt && current.href.startsWith(stopAt)) return { url: current };
        const response = await this.request(current);
        const location = response.headers.get('location');
        if (response.status < 300 || response.status >= 400 || !location) return { url: current, response };
        await response.arrayBuffer();
        current = new URL(location, current);
      }
      throw new Error('too many redirects');
    },
  };
}
