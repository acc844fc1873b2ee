/**
 * Static files: the embed bundle (`/svara-survey.js` and its chunks) and, optionally, a site (the demo). Correct
 * MIME types, ETag/304, and caching by name: hashed names are immutable, the entry script is revalidated.
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';

import type { AppResponse } from './types.js';

export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
  '.webm': 'audio/webm',
  '.xml': 'application/xml',
  '.xlf': 'application/xml',
};

/** `name-AbCd1234.js`, `name.abcdef12.css`: a content hash in the name, so the file never changes. */
const HASHED = /[-.][A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

export function cacheControl(path: string): string {
  if (path.endsWith('.html') || path.endsWith('/')) return 'no-cache';
  if (HASHED.test(path)) return 'public, max-age=31536000, immutable';
  return 'public, max-age=300, must-revalidate';
}

/**
 * The file under `root` that `pathname` names (index.html for a directory), or undefined when there is none or
 * the path tries to leave `root` (`..`, encoded separators, NUL, symlinks pointing out).
 */
export async function resolveFile(root: string, pathname: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const parts = decoded.split('/').filter((p) => p !== '');
  if (parts.some((p) => p === '..' || p === '.' || p.startsWith('.'))) return undefined;
  let base: string;
  try {
    base = await realpath(root);
  } catch {
    return undefined;
  }
  let file = join(base, ...parts);
  try {
    let info = await stat(file);
    if (info.isDirectory()) {
      file = join(file, 'index.html');
      info = await stat(file);
    }
    if (!info.isFile()) return undefined;
    const real = await realpath(file);
    return real === base || real.startsWith(base + sep) ? real : undefined;
  } catch {
    return undefined;
  }
}

/** A file response (or 304), with its type, length, ETag and caching. */
export async function serveFile(
  file: string,
  requestPath: string,
  method: string,
  ifNoneMatch: string | undefined,
): Promise<AppResponse> {
  const info = await stat(file);
  const etag = `W/"${info.size.toString(16)}-${Math.trunc(info.mtimeMs).toString(16)}"`;
  const headers: Record<string, string> = {
    'content-type': MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'cache-control': cacheControl(requestPath),
    etag,
    'last-modified': info.mtime.toUTCString(),
  };
  if (
    ifNoneMatch !== undefined &&
    ifNoneMatch.split(',').some((t) => t.trim() === etag || t.trim() === '*')
  ) {
    return { status: 304, headers };
  }
  headers['content-length'] = String(info.size);
  return { status: 200, headers, body: method === 'HEAD' ? undefined : createReadStream(file) };
}
