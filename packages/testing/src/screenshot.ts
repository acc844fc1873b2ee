/**
 * Saves a screenshot of the element matching `selector` (or the page) as artifacts/screenshots/<name>.png,
 * through the `save-screenshot` command (screenshot-plugin.mjs). For people to look at, not compared with
 * anything. Resolves to where it was saved and the size of the picture in device pixels, so a test can check that
 * the element itself was captured (its box × `devicePixelRatio`), not an empty or a different area.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export interface Screenshot {
  path: string;
  /** Device pixels. */
  width: number;
  height: number;
}

export function saveScreenshot(name: string, selector?: string): Promise<Screenshot> {
  return executeServerCommand('save-screenshot', { name, ...(selector ? { selector } : {}) });
}
