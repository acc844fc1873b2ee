/**
 * One isolated screen-reader session, started and stopped from Node:
 * Xvfb → a D-Bus session bus → the AT-SPI bus → speech-dispatcher (text only, no audio device) → Orca 43 (started
 * by `orca/launch.py`, with `orca/orca-customizations.py`, which appends every spoken string to a transcript file)
 * → Chromium on the X
 * display with the accessibility tree forced on and remote debugging, for Playwright to connect over CDP.
 *
 * Everything lives in a fresh temporary directory (HOME, XDG dirs, profiles, logs), so nothing of the machine's
 * own desktop, Orca or Chromium settings is read or changed. `stop()` ends the processes this session started
 * (by their ids), plus the daemons D-Bus started for it (dconf, the AT-SPI registry, speech modules), which are
 * found by the session's own XDG_RUNTIME_DIR in their environment.
 */
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync } from 'node:fs';
import { chmodSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(new URL('.', import.meta.url));
/** The screen reader; orca/launch.py runs it (keep the two in step). */
const ORCA = '/usr/bin/orca';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls `check` every 50 ms until it returns something truthy.
 * @template T
 * @param {string} what for the error message
 * @param {number} timeoutMs
 * @param {() => T | Promise<T>} check
 * @returns {Promise<T>}
 */
export async function waitFor(what, timeoutMs, check) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(50);
  }
}

/** Chromium's flags: the accessibility tree on, nothing that speaks up on its own (translate, first run). */
const CHROMIUM_FLAGS = [
  '--force-renderer-accessibility',
  '--no-sandbox', // we run as root in CI
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--disable-features=Translate,TranslateUI,MediaRouter',
  '--password-store=basic',
  '--use-mock-keychain',
  '--lang=en-US',
  '--window-size=1200,900',
  '--window-position=0,0',
  '--remote-debugging-address=127.0.0.1',
  '--remote-debugging-port=0',
];

/** The first page: not about:blank, which puts focus in the address bar (Orca would follow it there). */
const START_PAGE = 'data:text/html,<!doctype html><html lang=en><title>start</title><p>start</p></html>';

/**
 * @typedef {object} Session
 * @property {string} dir the session's temporary directory
 * @property {string} transcriptPath the file Orca's hook appends to
 * @property {string} cdpUrl Chromium's DevTools endpoint (http://127.0.0.1:PORT)
 * @property {Record<string, string>} env the environment of the session's processes
 * @property {() => Promise<void>} stop
 */

/**
 * @param {{ chromium?: string, log?: (line: string) => void, keep?: boolean, orcaDebug?: boolean }} [options]
 *   `keep` leaves the session directory (logs, transcripts) in place; `orcaDebug` writes Orca's debug log there.
 * @returns {Promise<Session>}
 */
export async function startSession({
  chromium = '/usr/bin/chromium',
  log = () => {},
  keep = false,
  orcaDebug = false,
} = {}) {
  const t0 = Date.now();
  const step = (line) => log(`${((Date.now() - t0) / 1000).toFixed(2).padStart(6)} s  ${line}`);
  const dir = mkdtempSync(join(tmpdir(), 'svara-at-'));
  const home = join(dir, 'home');
  const run = join(dir, 'run');
  const logs = join(dir, 'logs');
  for (const d of [home, run, logs, join(home, '.config'), join(home, '.local/share'), join(home, '.cache')])
    mkdirSync(d, { recursive: true });
  chmodSync(run, 0o700);
  const transcriptPath = join(dir, 'orca-transcript.txt');
  writeFileSync(transcriptPath, '');

  /** @type {Record<string, string>} */
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    XDG_RUNTIME_DIR: run,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_DATA_HOME: join(home, '.local/share'),
    XDG_CACHE_HOME: join(home, '.cache'),
    LANG: 'C.UTF-8',
    ...(process.env.SVARA_AT_TRACE ? { SVARA_AT_TRACE: '1' } : {}), // Orca's own words ("radio button", "1 of 5") in English on every machine
    LC_ALL: 'C.UTF-8',
    NO_AT_BRIDGE: '0',
    GTK_MODULES: 'gail:atk-bridge',
    ACCESSIBILITY_ENABLED: '1',
    SVARA_AT_TRANSCRIPT: transcriptPath,
    SVARA_AT_SESSION: dir,
  };

  /** @type {import('node:child_process').ChildProcess[]} */
  const children = [];
  const start = (name, command, args, extra = {}) => {
    const out = openSync(join(logs, `${name}.log`), 'a');
    const child = spawn(command, args, { env, stdio: ['ignore', out, out], detached: true, ...extra });
    child.on('error', (error) => log(`${name}: ${error.message}`));
    children.push(child);
    return child;
  };

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await stopProcesses(children, run);
    if (!keep) rmSync(dir, { recursive: true, force: true });
    else log(`session kept in ${dir}`);
  };

  try {
    // 1. The X server: -displayfd picks a free display and tells us its number.
    const xvfb = start(
      'xvfb',
      'Xvfb',
      ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
      {
        stdio: ['ignore', 'ignore', openSync(join(logs, 'xvfb.log'), 'a'), 'pipe'],
      },
    );
    let displayText = '';
    xvfb.stdio[3]?.on('data', (chunk) => (displayText += chunk));
    const display = await waitFor(
      'Xvfb',
      10_000,
      () => /\d+\n/.test(displayText) && `:${displayText.trim()}`,
    );
    env.DISPLAY = display;
    step(`Xvfb on ${display}`);

    // 2. The session bus.
    const bus = join(run, 'bus');
    start('dbus', 'dbus-daemon', ['--session', `--address=unix:path=${bus}`, '--nofork', '--nopidfile']);
    await waitFor('the D-Bus session bus', 10_000, () => existsSync(bus));
    env.DBUS_SESSION_BUS_ADDRESS = `unix:path=${bus}`;
    step('session bus');

    // 3. The accessibility switches (dconf is D-Bus activated), then the AT-SPI bus and its registry.
    for (const [schema, key] of [
      ['org.gnome.desktop.interface', 'toolkit-accessibility'],
      ['org.gnome.desktop.a11y.applications', 'screen-reader-enabled'],
    ]) {
      try {
        execFileSync('gsettings', ['set', schema, key, 'true'], { env, stdio: 'ignore' });
      } catch {
        // Without gsettings the flags Chromium and Orca read stay off, but --force-renderer-accessibility suffices.
      }
    }
    start('atspi', '/usr/libexec/at-spi-bus-launcher', ['--launch-immediately']);
    await waitFor('the AT-SPI bus', 10_000, () => {
      try {
        return execFileSync(
          'dbus-send',
          [
            '--session',
            '--print-reply=literal',
            '--dest=org.a11y.Bus',
            '/org/a11y/bus',
            'org.a11y.Bus.GetAddress',
          ],
          { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
        ).trim();
      } catch {
        return '';
      }
    });
    step('AT-SPI bus');

    // 4. speech-dispatcher with the text-only module.
    const speechdConfig = join(env.XDG_CONFIG_HOME, 'speech-dispatcher');
    cpSync(join(HERE, 'speechd'), speechdConfig, { recursive: true });
    const moduleConfig = join(speechdConfig, 'modules', 'textlog.conf');
    writeFileSync(
      moduleConfig,
      readFileSync(moduleConfig, 'utf8').replaceAll('@OUT@', join(dir, 'speechd-transcript.txt')),
    );
    start('speechd', 'speech-dispatcher', ['-s', '-t', '0']);
    const socket = join(run, 'speech-dispatcher', 'speechd.sock');
    await waitFor('speech-dispatcher', 10_000, () => existsSync(socket));
    step('speech-dispatcher');

    // 5. Orca, with a fresh preferences directory holding the transcript hook.
    const prefs = join(dir, 'orca-prefs');
    mkdirSync(prefs);
    cpSync(join(HERE, 'orca', 'orca-customizations.py'), join(prefs, 'orca-customizations.py'));
    // Through orca/launch.py: /usr/bin/orca would refuse to start beside another Orca of this user, or with
    // --replace kill it, wherever it runs.
    const orcaArgs = ['-u', prefs, ...(orcaDebug ? ['--debug-file', join(logs, 'orca-debug.txt')] : [])];
    // Orca's own Python (its shebang): another python3 on PATH may lack pyatspi.
    const python = /^#!\s*(\S+)/.exec(readFileSync(ORCA, 'utf8').split('\n')[0])?.[1] ?? 'python3';
    start('orca', python, [join(HERE, 'orca', 'launch.py'), ...orcaArgs]);
    await waitFor('Orca to speak', 30_000, () =>
      readFileSync(transcriptPath, 'utf8').includes('Screen reader on'),
    );
    step('Orca');

    // 6. Chromium, headed on the X display; the DevTools port is read from the profile.
    const profile = join(dir, 'chromium-profile');
    mkdirSync(join(profile, 'Default'), { recursive: true });
    writeFileSync(
      join(profile, 'Default', 'Preferences'),
      JSON.stringify({ translate: { enabled: false }, browser: { has_seen_welcome_page: true } }),
    );
    start('chromium', chromium, [...CHROMIUM_FLAGS, `--user-data-dir=${profile}`, START_PAGE]);
    const portFile = join(profile, 'DevToolsActivePort');
    const port = await waitFor('Chromium', 30_000, () =>
      existsSync(portFile) ? readFileSync(portFile, 'utf8').split('\n')[0] : '',
    );
    await waitFor('Orca to see Chromium', 30_000, () =>
      readFileSync(transcriptPath, 'utf8').includes('Chromium'),
    );
    step('Chromium');
    return { dir, transcriptPath, cdpUrl: `http://127.0.0.1:${port}`, env, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Process ids whose environment names this session's runtime directory (daemons D-Bus started for it). */
function sessionDaemons(run) {
  const pids = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    try {
      const environ = readFileSync(`/proc/${name}/environ`, 'utf8').split('\0');
      if (environ.includes(`XDG_RUNTIME_DIR=${run}`)) pids.push(Number(name));
    } catch {
      // gone, or not ours to read
    }
  }
  return pids;
}

function alive(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return !/^State:\s+Z/m.test(status);
  } catch {
    return false;
  }
}

/**
 * Ends the children (their process groups, newest first) and the session's D-Bus-activated daemons: SIGTERM,
 * up to 2 s of grace, then SIGKILL.
 */
async function stopProcesses(children, run) {
  const pids = new Set([...children].reverse().flatMap((child) => (child.pid ? [child.pid] : [])));
  for (const pid of sessionDaemons(run)) pids.add(pid);
  const signal = (sig) => {
    for (const pid of pids) {
      for (const target of [-pid, pid]) {
        try {
          process.kill(target, sig);
        } catch {
          // already gone
        }
      }
    }
  };
  signal('SIGTERM');
  const end = Date.now() + 2000;
  while (Date.now() < end && [...pids].some(alive)) await sleep(50);
  for (const pid of sessionDaemons(run)) pids.add(pid);
  if ([...pids].some(alive)) signal('SIGKILL');
  await sleep(50);
}
