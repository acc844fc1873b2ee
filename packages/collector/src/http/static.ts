/**
 * Static files: the embed bundle (`/svara-survey.js` and its chunks) and, optionally, a site (the demo). Correct
 * MIME types, ETag/304, and caching by name: hashed names are immutable, the entry script is revalidated. Text
 * files go gzipped to a browser that accepts it: the widget's scripts are a third of their size, which is what a
 * respondent on a slow phone network waits for (the survey bench's throttled cell).
 */
import { createReadStream } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';

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

const gzip = promisify(gzipCallback);

/** Types worth compressing (images, fonts and audio are compressed already). */
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.map',
  '.txt',
  '.svg',
  '.xml',
  '.xlf',
]);
/** Smaller files gain less than a header costs; larger ones are streamed as they are. */
const GZIP_MIN_BYTES = 1024;
const GZIP_MAX_BYTES = 4 * 1024 * 1024;
/** Compressed once per file version (path, size, mtime) and kept: a server has a few dozen such files. */
const gzipped = new Map<string, Promise<Buffer>>();
const GZIP_CACHE_ENTRIES = 256;

function compressed(file: string, version: string): Promise<Buffer> {
  const key = `${file}\0${version}`;
  let entry = gzipped.get(key);
  if (!entry) {
    if (gzipped.size >= GZIP_CACHE_ENTRIES) gzipped.delete(gzipped.keys().next().value!);
    entry = readFile(file).then((bytes) => gzip(bytes, { level: 9 }));
    entry.catch(() => gzipped.delete(key));
    gzipped.set(key, entry);
  }
  return entry;
}

/** True when `Accept-Encoding` lists gzip without `q=0`. */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  if (!acceptEncoding) return false;
  return acceptEncoding.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (coding !== 'gzip' && coding !== 'x-gzip') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

/** A file response (or 304), with its type, length, ETag and caching; gzipped when `acceptEncoding` allows. */
export async function serveFile(
  file: string,
  requestPath: string,
  method: string,
  ifNoneMatch: string | undefined,
  acceptEncoding?: string,
): Promise<AppResponse> {
  const info = await stat(file);
  const etag = `W/"${info.size.toString(16)}-${Math.trunc(info.mtimeMs).toString(16)}"`;
  const headers: Record<string, string> = {
    'content-type': MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'cache-control': cacheControl(requestPath),
    etag,
    'last-modified': info.mtime.toUTCString(),
  };
  const compressible = COMPRESSIBLE.has(extname(file).toLowerCase());
  // One URL, two encodings: a shared cache must key on the request's Accept-Encoding (and, as every response
  // here, on Origin: the CORS headers app.ts adds depend on it).
  if (compressible) headers.vary = 'Origin, Accept-Encoding';
  if (
    ifNoneMatch !== undefined &&
    ifNoneMatch.split(',').some((t) => t.trim() === etag || t.trim() === '*')
  ) {
    return { status: 304, headers };
  }
  if (
    compressible &&
    info.size >= GZIP_MIN_BYTES &&
    info.size <= GZIP_MAX_BYTES &&
    acceptsGzip(acceptEncoding)
  ) {
    const body = await compressed(file, etag);
    headers['content-encoding'] = 'gzip';
    headers['content-length'] = String(body.byteLength);
    return { status: 200, headers, body: method === 'HEAD' ? undefined : body };
  }
  headers['content-length'] = String(info.size);
  return { status: 200, headers, body: method === 'HEAD' ? undefined : createReadStream(file) };
}
