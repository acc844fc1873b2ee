// Installs what a fresh machine is missing, so `npm start` and `npm test` are the only commands anyone needs:
// pnpm at the pinned version (locally, under .cache/, never touching global npm), the workspace dependencies,
// and (for tests) a Chromium. Run directly (`node scripts/setup.mjs [--browser]`) or imported by start/test.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromiumExecutable } from './chromium.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const PNPM_VERSION = '12.21.0';
const LOCAL_TOOLS = join(ROOT, '.cache', 'tools');
const LOCAL_PNPM = join(LOCAL_TOOLS, 'node_modules', '.bin', 'pnpm');

function say(line) {
  process.stdout.write(`[svara] ${line}\n`);
}

function versionOf(command) {
  const result = spawnSync(command, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

function mustRun(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: ROOT, ...options });
  if (result.status !== 0) {
    throw new Error(`"${command} ${args.join(' ')}" failed (exit ${result.status ?? result.signal}).`);
  }
}

/** Puts pnpm (pinned) on PATH for this process and its children. */
export function ensurePnpm() {
  if (versionOf('pnpm') === PNPM_VERSION) return 'pnpm';
  if (versionOf(LOCAL_PNPM) !== PNPM_VERSION) {
    say(`Installing pnpm ${PNPM_VERSION} into .cache/tools …`);
    // pnpm's own install script only re-links its native binary; the package works without it.
    mustRun('npm', [
      'install',
      '--no-save',
      '--no-audit',
      '--no-fund',
      '--prefix',
      LOCAL_TOOLS,
      `pnpm@${PNPM_VERSION}`,
    ]);
  }
  process.env.PATH = `${dirname(LOCAL_PNPM)}:${process.env.PATH}`;
  return LOCAL_PNPM;
}

function dependenciesAreCurrent() {
  const marker = join(ROOT, 'node_modules', '.modules.yaml');
  if (!existsSync(marker)) return false;
  const installedAt = statSync(marker).mtimeMs;
  return statSync(join(ROOT, 'pnpm-lock.yaml')).mtimeMs <= installedAt;
}

export function ensureDependencies(pnpm) {
  if (dependenciesAreCurrent() && !process.env.CI) return;
  // better-sqlite3 compiles with node-gyp, which would try to download Node's headers (the network is closed):
  // point it at the headers installed with Node. pnpm does not read npm's own `nodedir` setting.
  const nodePrefix = dirname(dirname(process.execPath));
  if (!process.env.npm_config_nodedir && existsSync(join(nodePrefix, 'include', 'node', 'node.h')))
    process.env.npm_config_nodedir = nodePrefix;
  say('Installing dependencies with pnpm …');
  mustRun(pnpm, ['install', ...(process.env.CI ? ['--frozen-lockfile'] : [])]);
}

function isDebianRoot() {
  return process.getuid?.() === 0 && existsSync('/etc/debian_version');
}

/** Makes sure a Chromium is available for browser tests, or explains how to provide one. */
export function ensureBrowser() {
  if (chromiumExecutable()) return true;
  if (isDebianRoot()) {
    say("No browser found: installing Debian's chromium with apt-get …");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    mustRun('apt-get', ['update', '-qq'], { env });
    mustRun('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-color-emoji'], { env });
    return Boolean(chromiumExecutable());
  }
  const playwrightBrowsers = join(process.env.HOME ?? '', '.cache', 'ms-playwright');
  if (existsSync(playwrightBrowsers)) return true; // Playwright's own browser, on machines that have one
  say(
    'No Chromium found. Install one (Debian: `apt-get install chromium`) or set CHROME_PATH=/path/to/chrome, then run `npm test` again.',
  );
  return false;
}

/** What the real-speech test needs beside the browser (test/at/speech/run.mjs says the same when it is missing). */
const SPEECH_PACKAGES = [
  'speech-dispatcher',
  'speech-dispatcher-espeak-ng',
  'espeak-ng',
  'pulseaudio',
  'pulseaudio-utils',
  'sox',
];
const SPEECH_TOOLS = ['speech-dispatcher', 'espeak-ng', 'pulseaudio', 'parecord', 'sox'];

const onPath = (tool) =>
  (process.env.PATH ?? '').split(':').some((dir) => dir && existsSync(join(dir, tool)));

/**
 * Makes sure the assistive-technology suites can run: the screen reader and its session for the transcripts
 * (test/at/setup.mjs owns that list) and espeak-ng, PulseAudio and sox for real speech. Installs them with
 * apt-get as root on Debian; elsewhere those suites say plainly that they did not run.
 */
export async function ensureAssistiveTech() {
  const { ensureAtTools } = await import('../test/at/setup.mjs');
  const transcripts = ensureAtTools({ chromium: chromiumExecutable() ?? '/usr/bin/chromium', log: say });
  const missing = SPEECH_TOOLS.filter((tool) => !onPath(tool));
  if (missing.length === 0) return transcripts;
  if (!isDebianRoot()) return false;
  say(`Installing the speech tools (${missing.join(', ')} missing) with apt-get …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  mustRun('apt-get', ['update', '-qq'], { env });
  mustRun('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...SPEECH_PACKAGES], { env });
  return transcripts && SPEECH_TOOLS.every(onPath);
}

export function packageJson() {
  return JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const pnpm = ensurePnpm();
  ensureDependencies(pnpm);
  if (process.argv.includes('--browser') && !ensureBrowser()) process.exit(1);
  say('Set-up complete.');
}
