/**
 * Saves a screenshot of the element matching `selector` (or the page) as artifacts/screenshots/<name>.png,
 * through the `save-screenshot` command (screenshot-plugin.mjs). For people to look at; it
 * asserts nothing. Resolves to the file's path.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export function saveScreenshot(name: string, selector?: string): Promise<string> {
  return executeServerCommand('save-screenshot', { name, ...(selector ? { selector } : {}) });
}
