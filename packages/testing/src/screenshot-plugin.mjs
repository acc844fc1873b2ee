// web-test-runner plugin: the `save-screenshot` command, which saves a PNG of the element matching a selector
// (or the page) under artifacts/ (gitignored), for people to look at — e.g. the faces in normal and forced
// colours. Test artefacts, never committed and never compared by a test.
//
// Register in web-test-runner.config.mjs: `plugins: [screenshotPlugin(), …]`; call it from a test through
// `saveScreenshot()` from @svara/testing/screenshot.
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ARTIFACTS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../artifacts/screenshots');

export function screenshotPlugin() {
  return {
    name: 'svara-save-screenshot-command',
    /** @param {{command: string, payload?: {name: string, selector?: string}, session: any}} args */
    async executeCommand({ command, payload, session }) {
      if (command !== 'save-screenshot') return undefined;
      const name = String(payload?.name ?? '');
      if (!/^[\w.-]+$/.test(name)) throw new Error(`save-screenshot: a plain file name, not "${name}"`);
      const page = session.browser.getPage(session.id);
      const path = join(ARTIFACTS, `${name}.png`);
      await mkdir(ARTIFACTS, { recursive: true });
      const target = payload?.selector ? page.locator(payload.selector).first() : page;
      const png = await target.screenshot({ path });
      // The size of what was captured, from the PNG's header (IHDR: width and height at bytes 16 and 20).
      return { path, width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
    },
  };
}
