/**
 * A static file server on 127.0.0.1 over built sites (the demo, Storybook), plus the one API call the survey widget
 * makes: `POST /api/surveys/{id}/responses` is answered 201 like the reference collector. Scenarios that need the
 * network down abort that request in the browser instead (see run.mjs).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/** How long the fake collector takes to answer, like a network would (also used for a failing network). */
export const RESPONSE_DELAY_MS = 400;

/**
 * Serves each directory under its own prefix (`{ '/demo/': dir }` → http://127.0.0.1:PORT/demo/…); a prefix `/`
 * serves the root. Resolves with the base URL and a `close()`.
 * @param {Record<string, string>} roots
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serve(roots) {
  const prefixes = Object.keys(roots).sort((x, y) => y.length - x.length);
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (request.method === 'POST' && /^\/api\/surveys\/[^/]+\/responses$/.test(path)) {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', async () => {
        // A network takes a moment: "Skickar …" is shown (and heard) on every run, not only on slow ones.
        await new Promise((resolve) => setTimeout(resolve, RESPONSE_DELAY_MS));
        let submissionId = '';
        try {
          submissionId = String(JSON.parse(body).submissionId ?? '');
        } catch {
          // an empty or broken body still gets an answer
        }
        response.writeHead(201, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ submissionId }));
      });
      return;
    }
    const prefix = prefixes.find((p) => path.startsWith(p));
    if (!prefix || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(404).end();
      return;
    }
    const root = roots[prefix];
    let file = normalize(join(root, path.slice(prefix.length)));
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      await stat(file);
    } catch {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
