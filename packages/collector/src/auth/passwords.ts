/**
 * Password hashing with Node's own scrypt (no native add-on) at OWASP's parameters: N = 2^17, r = 8, p = 1,
 * a 16-byte random salt and a 32-byte key. The stored string names its parameters,
 * `$scrypt$ln=17,r=8,p=1$<salt>$<key>` (base64 without padding, as in the PHC string format), so they can be
 * raised later: a sign-in with a hash made at other parameters is verified at those and reported as
 * `needsRehash`, and the caller stores a new hash.
 *
 * One hash needs 128 MiB of memory (128 · N · r bytes) and up to two seconds of one core (1.9 s measured on the
 * 2-core development machine while other work ran), so at most
 * `MAX_CONCURRENT_HASHES` run at once; further sign-ins wait their turn instead of exhausting the server's memory.
 */
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { ScryptOptions } from 'node:crypto';

export interface ScryptParameters {
  /** log2 of the CPU/memory cost N. */
  ln: number;
  r: number;
  p: number;
}

export const OWASP_SCRYPT: ScryptParameters = { ln: 17, r: 8, p: 1 };
const SALT_BYTES = 16;
const KEY_BYTES = 32;
/** Longer passwords are refused before hashing (a megabyte password costs the same hash but a big body). */
export const MAX_PASSWORD_LENGTH = 1024;
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_CONCURRENT_HASHES = 2;

const FORMAT = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,3}),p=(\d{1,3})\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/;

const b64 = (bytes: Buffer): string => bytes.toString('base64').replace(/=+$/, '');

let running = 0;
const waiting: (() => void)[] = [];
async function limited<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_CONCURRENT_HASHES) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

function derive(password: string, salt: Buffer, params: ScryptParameters, length: number): Promise<Buffer> {
  const options: ScryptOptions = {
    N: 2 ** params.ln,
    r: params.r,
    p: params.p,
    // scrypt refuses to allocate more than maxmem (default 32 MiB); N = 2^17, r = 8 needs 128 MiB.
    maxmem: 128 * 2 ** params.ln * params.r * params.p + 32 * 1024 * 1024,
  };
  return limited(
    () =>
      new Promise((resolve, reject) =>
        scrypt(password.normalize('NFC'), salt, length, options, (error, key) =>
          error ? reject(error) : resolve(key),
        ),
      ),
  );
}

/** A new hash string for the password, at `params` (OWASP's by default). */
export async function hashPassword(
  password: string,
  params: ScryptParameters = OWASP_SCRYPT,
): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, params, KEY_BYTES);
  return `$scrypt$ln=${params.ln},r=${params.r},p=${params.p}$${b64(salt)}$${b64(key)}`;
}

export interface Verification {
  ok: boolean;
  /** The hash was made at other parameters than the current ones: store a new one after a good sign-in. */
  needsRehash: boolean;
}

/** The parameters of a stored hash, or undefined for a string that is not one of ours. */
export function parseHash(stored: string): (ScryptParameters & { salt: Buffer; key: Buffer }) | undefined {
  const match = FORMAT.exec(stored);
  if (!match) return undefined;
  const [, ln, r, p, salt, key] = match;
  const params = { ln: Number(ln), r: Number(r), p: Number(p) };
  // Bounds keep a tampered row from asking for terabytes of memory.
  if (params.ln < 10 || params.ln > 22 || params.r < 1 || params.r > 32 || params.p < 1 || params.p > 16) {
    return undefined;
  }
  return { ...params, salt: Buffer.from(salt!, 'base64'), key: Buffer.from(key!, 'base64') };
}

/** Checks a password against a stored hash in constant time. A malformed hash never matches. */
export async function verifyPassword(
  password: string,
  stored: string,
  current: ScryptParameters = OWASP_SCRYPT,
): Promise<Verification> {
  const parsed = parseHash(stored);
  if (!parsed || parsed.key.length < 16 || password.length > MAX_PASSWORD_LENGTH) {
    return { ok: false, needsRehash: false };
  }
  const key = await derive(password, parsed.salt, parsed, parsed.key.length);
  const ok = timingSafeEqual(key, parsed.key);
  const needsRehash = parsed.ln !== current.ln || parsed.r !== current.r || parsed.p !== current.p;
  return { ok, needsRehash };
}

const dummies = new Map<string, Promise<string>>();
/**
 * Spends the time of one verification and fails: used when the e-mail has no account (or no password), so the
 * answer takes as long as for a wrong password and does not tell which e-mails exist.
 */
export async function verifyNothing(
  password: string,
  current: ScryptParameters = OWASP_SCRYPT,
): Promise<false> {
  const id = `${current.ln},${current.r},${current.p}`;
  let dummy = dummies.get(id);
  if (!dummy) dummies.set(id, (dummy = hashPassword('svara: no such account', current)));
  await verifyPassword(password, await dummy, current);
  return false;
}

/** Plain-language problems with a new password (none: acceptable). Length is what matters (NIST SP 800-63B). */
export function passwordProblems(password: string, locale: 'sv' | 'en' = 'sv'): string[] {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) {
    return [
      locale === 'sv'
        ? `Lösenordet behöver vara minst ${MIN_PASSWORD_LENGTH} tecken långt.`
        : `The password needs at least ${MIN_PASSWORD_LENGTH} characters.`,
    ];
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    return [
      locale === 'sv'
        ? `Lösenordet får vara högst ${MAX_PASSWORD_LENGTH} tecken långt.`
        : `The password may have at most ${MAX_PASSWORD_LENGTH} characters.`,
    ];
  }
  return [];
}
