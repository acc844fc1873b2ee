// What an embed bundle really loads before its first screen, measured in Chromium rather than read from the
// import graph: a page with the widget (the definition fetched from `src`, as a city page embeds it) is served
// from the bundle's directory, and every script the page requested before the widget's start-screen heading
// appeared is its first load: the entry, the chunks it imports statically, and any chunk it requests on the
// way (a lazy chunk asked for "beside the definition" counts). The chunks requested after it, until the network
// has been quiet for a while, are what loads while the respondent reads the start screen.
//
// Used by size.mjs for packages whose `svara.embed` names `firstScreen: { survey, tag }`.
import { readFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { basename, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumExecutable } from './chromium.mjs';

/** How long the network must be quiet after the start screen before the loads "right after" it are complete. */
const QUIET_MS = 1500;

const page = (bundle, tag) => `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>size</title>
<script type="module" src="/${bundle}"></script></head>
<body><${tag} src="/definition.json"></${tag}></body></html>`;

/**
 * Loads `bundleFile` (in `dir`) in Chromium with `surveyFile` as the widget's definition. Resolves with the
 * scripts (file names in `dir`) requested before the start screen (`before`) and after it (`after`), each with
 * its gzip size (level 9) as served.
 */
export async function firstScreenLoad({ dir, bundleFile, surveyFile, tag }) {
  const definition = readFileSync(surveyFile);
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    if (path === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return response.end(page(basename(bundleFile), tag));
    }
    if (path === '/definition.json') {
      response.writeHead(200, { 'content-type': 'application/json' });
      return response.end(definition);
    }
    const file = join(dir, normalize(path));
    if (!file.startsWith(dir) || !existsSync(file)) {
      response.writeHead(404);
      return response.end();
    }
    response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
    response.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({
    args: CHROMIUM_ARGS,
    ...(executablePath ? { executablePath } : {}),
  });
  try {
    const tab = await browser.newPage();
    // Before any of the page's scripts: note the time of the frame in which the start screen's heading is there.
    await tab.addInitScript((selector) => {
      const check = () => {
        const heading = document.querySelector(selector)?.shadowRoot?.querySelector('[data-screen-heading]');
        if (heading) window.__svaraFirstScreen = performance.now();
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    }, tag);
    const requested = [];
    tab.on('request', (request) => requested.push(request.url()));
    const { port } = server.address();
    await tab.goto(`http://127.0.0.1:${port}/`);
    await tab.waitForFunction(() => window.__svaraFirstScreen !== undefined, null, { timeout: 30_000 });
    // Quiet network: nothing new requested for QUIET_MS.
    for (let count = -1; count !== requested.length;) {
      count = requested.length;
      await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
    }
    const { shown, scripts } = await tab.evaluate(() => ({
      shown: window.__svaraFirstScreen,
      scripts: performance
        .getEntriesByType('resource')
        .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
        .map((entry) => ({ name: new URL(entry.name).pathname.slice(1), start: entry.startTime })),
    }));
    const sized = (list) =>
      list.map(({ name }) => ({
        name,
        gzip: gzipSync(readFileSync(join(dir, name)), { level: 9 }).byteLength,
      }));
    return {
      before: sized(scripts.filter((script) => script.start < shown)),
      after: sized(scripts.filter((script) => script.start >= shown)),
    };
  } finally {
    await browser.close();
    server.close();
  }
}
