/**
 * The tools the screen-reader transcripts need, and their installation on Debian (as root) when missing.
 *
 *   node test/at/setup.mjs          # prints what is missing; installs it with apt-get as root on Debian
 *
 * `missingTools()` and `ensureAtTools()` are for scripts/setup.mjs and test/at/run.mjs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Debian packages: the browser, the X server, the buses, the screen reader, its speech server, X key events. */
export const AT_PACKAGES = [
  'chromium',
  'xvfb',
  'dbus',
  'at-spi2-core',
  'orca',
  'speech-dispatcher',
  'xdotool',
  'libglib2.0-bin', // gsettings
];

/** A command on PATH or an absolute path, and the package that provides it. */
const TOOLS = [
  ['Xvfb', 'xvfb'],
  ['dbus-daemon', 'dbus'],
  ['dbus-send', 'dbus'],
  ['/usr/libexec/at-spi-bus-launcher', 'at-spi2-core'],
  ['orca', 'orca'],
  ['speech-dispatcher', 'speech-dispatcher'],
  ['xdotool', 'xdotool'],
];

function onPath(command) {
  if (command.startsWith('/')) return existsSync(command);
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, command)));
}

/**
 * What is missing to run the transcripts here: a list of Debian packages (empty when everything is present), or
 * `null` when this is not Linux.
 * @param {string | undefined} chromium the browser to use (test/at/run.mjs finds it like the other browser tests)
 */
export function missingTools(chromium) {
  if (process.platform !== 'linux') return null;
  const missing = new Set(TOOLS.filter(([tool]) => !onPath(tool)).map(([, pkg]) => pkg));
  if (!chromium || !existsSync(chromium)) missing.add('chromium');
  return [...missing];
}

const isDebianRoot = () => process.getuid?.() === 0 && existsSync('/etc/debian_version');

/**
 * Installs the missing packages with apt-get when running as root on Debian. Returns true when every tool is
 * present afterwards.
 * @param {{ chromium?: string, log?: (line: string) => void }} [options]
 */
export function ensureAtTools({ chromium = '/usr/bin/chromium', log = (line) => console.log(line) } = {}) {
  const missing = missingTools(chromium);
  if (missing === null) return false;
  if (missing.length === 0) return true;
  if (!isDebianRoot()) return false;
  log(`[svara] Installing the screen-reader test tools with apt-get: ${AT_PACKAGES.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', '--no-install-recommends', ...AT_PACKAGES],
  ]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) return false;
  }
  return (missingTools(chromium) ?? ['?']).length === 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const ok = ensureAtTools();
  const missing = missingTools('/usr/bin/chromium');
  console.log(
    ok
      ? '[svara] The screen-reader test tools are installed.'
      : `[svara] Missing for the screen-reader transcripts: ${missing === null ? 'Linux' : missing.join(' ')} (as root on Debian: apt-get install ${AT_PACKAGES.join(' ')})`,
  );
  process.exit(ok ? 0 : 1);
}
