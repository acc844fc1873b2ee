/**
 * Open data: what the collector publishes for anyone to read without credentials, so any page may fetch it
 * (`Access-Control-Allow-Origin: *`), not only the origins allowed to post answers (`--allow-origin`). The app's
 * hooks let these through before the origin check and answer their preflight (src/http/app.ts).
 */

/**
 * Published results as JSON and CSV with their index (src/http/routes/results.ts), and the register's published
 * yearly summary (src/register/routes.ts).
 */
const OPEN_DATA =
  /^\/api\/(?:results|surveys\/[^/]+\/(?:results|rounds\/[^/]+\/(?:units\/[^/]+\/)?results\.(?:json|csv))|register\/public\/[^/]+\/[^/]+)$/;

/** True for a GET, HEAD or preflight of open data. */
export function isOpenData(method: string, url: string): boolean {
  if (method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS') return false;
  const q = url.indexOf('?');
  return OPEN_DATA.test(q < 0 ? url : url.slice(0, q));
}

/** CORS headers of an open-data response, and of its preflight. */
export const OPEN_DATA_CORS: Readonly<Record<string, string>> = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'ETag',
};
export const OPEN_DATA_PREFLIGHT: Readonly<Record<string, string>> = {
  ...OPEN_DATA_CORS,
  'access-control-allow-methods': 'GET, HEAD, OPTIONS',
  'access-control-allow-headers': 'Accept, Accept-Language, If-None-Match',
  'access-control-max-age': '600',
  'cache-control': 'no-store',
};
