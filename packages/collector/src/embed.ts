/**
 * Where the widget's embed bundle is, so that `svara serve` serves `/svara-survey.js` without being told: the
 * built `@svara/survey` beside the collector (this repository: packages/survey/dist/embed), or an installed
 * `@svara/survey` package. `--embed-dir` overrides it.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function defaultEmbedDir(): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, '..', '..', 'survey', 'dist', 'embed')];
  try {
    const manifest = createRequire(import.meta.url).resolve('@svara/survey/package.json');
    candidates.push(join(dirname(manifest), 'dist', 'embed'));
  } catch {
    // Not installed as a package: the workspace layout above is the one to use.
  }
  return candidates.find((dir) => existsSync(join(dir, 'svara-survey.js')));
}
