/**
 * The hosted page's protection against cross-site form posts, for respondents who have no account, no session
 * and no cookie:
 *
 * 1. The browser says where a post comes from: `Sec-Fetch-Site` (every current browser) must be `same-origin`;
 *    without it, `Origin`, when it names a site, must be this server. A form on another site is refused before
 *    anything is read.
 * 2. Each form carries a token: an HMAC over the survey and the form's `submissionId`, with the time it was
 *    made, under a key kept in the database (`server_secrets`, so it survives restarts and is shared by every
 *    process on that database). A post without a valid token is refused.
 *
 * Why not `@fastify/csrf-protection` with a cookie, as the staff side has: an anonymous respondent has no
 * session to bind a secret to, and a cookie would be the only thing the collector ever sets on a respondent (the
 * widget sends none). The `submissionId` is already unique to the form, so a token bound to it does what a
 * double-submit cookie would, and the Fetch Metadata check refuses the cross-site post a token alone could not
 * (anyone can fetch a form and its token). No personal data is in the token: the survey id, a random UUID and a
 * time. An old token (over {@link TOKEN_MAX_AGE_S}) on a same-origin post is not refused: the screen comes back
 * with a fresh one and the answers kept, so a phone left on a screen overnight loses nothing.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { serverSecret } from '../auth/http.js';
import type { AuthDb } from '../auth/schema.js';
import { Cors } from '../http/headers.js';
import type { WithHeaders } from '../http/headers.js';

/** How long a form's token is good for: a day (a respondent may pause between screens). */
export const TOKEN_MAX_AGE_S = 24 * 60 * 60;

const SECRET_NAME = 'hosted-form';

/** The form key, made once per database. */
export async function formKey(db: AuthDb, now: Date): Promise<Buffer> {
  return Buffer.from(await serverSecret(db, SECRET_NAME, now), 'base64url');
}

const mac = (key: Buffer, surveyId: string, submissionId: string, issued: number): string =>
  createHmac('sha256', key).update(`${surveyId}\n${submissionId}\n${issued}`).digest('base64url');

/** A token for the form of `submissionId`, made at `now`. */
export function formToken(key: Buffer, surveyId: string, submissionId: string, now: Date): string {
  const issued = Math.floor(now.getTime() / 1000);
  return `${issued}.${mac(key, surveyId, submissionId, issued)}`;
}

/** `valid`, `expired` (genuine but old) or `invalid` (missing, forged, or for another form). */
export function checkToken(
  key: Buffer,
  surveyId: string,
  submissionId: string,
  token: string | undefined,
  now: Date,
): 'valid' | 'expired' | 'invalid' {
  const [issuedText = '', given = ''] = (token ?? '').split('.');
  const issued = Number(issuedText);
  if (!/^\d{1,12}$/.test(issuedText) || !Number.isSafeInteger(issued)) return 'invalid';
  const expected = Buffer.from(mac(key, surveyId, submissionId, issued));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return 'invalid';
  const age = now.getTime() / 1000 - issued;
  return age > TOKEN_MAX_AGE_S || age < -300 ? 'expired' : 'valid';
}

/**
 * True when the browser says the post comes from another site. `Sec-Fetch-Site` (every current browser; a page
 * cannot set it) must be `same-origin`. A browser without it is judged by `Origin` when that names a site; the
 * hosted page's `Referrer-Policy: no-referrer` makes a browser send `Origin: null` even from the page itself, so
 * `null` leaves the judgement to the token.
 */
export function crossSite(
  request: WithHeaders & { headers: { 'sec-fetch-site'?: string | string[] | undefined } },
): boolean {
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined) return site !== 'same-origin';
  const origin = request.headers.origin;
  return origin !== undefined && origin !== 'null' && !Cors.sameOrigin(request);
}
