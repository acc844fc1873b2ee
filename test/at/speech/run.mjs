#!/usr/bin/env node
/**
 * Real read-aloud in Chromium with a real Swedish voice (issue 8).
 *
 * PulseAudio with a null sink "tts" → speech-dispatcher with espeak-ng, speaking into PulseAudio → Chromium
 * (headless=new) started with --enable-speech-dispatcher, driven by Playwright. Everything lives in a fresh
 * temporary directory (HOME, XDG dirs, sockets, logs, the page), so nothing of the machine's own sound or speech
 * set-up is read or changed. What the page speaks is observed twice: by an init script that wraps
 * `speechSynthesis.speak` and `HTMLMediaElement.prototype.play` (texts, languages, voices, start/end events), and
 * as sound, recorded from the null sink's monitor with parecord and measured with sox.
 *
 * The page (page.ts, bundled from the elements' sources) has two questions with "Lyssna":
 *   #speech    read by speech synthesis: a Swedish voice found by language prefix, sentence by sentence;
 *   #recorded  read from recordings only: the audio manifest that `svara audio` made for survey.json (question
 *              text and "Bra"), and the option's own `audio` field ("Dåligt"), which wins over the manifest.
 * The widget page (widget-page.ts, the embed's sources) shows the children's survey: the toolbar's "Lyssna" reads
 * the start screen sentence by sentence, "Börja svara" moves reading to the first question (and only to it), and
 * a second press on "Lyssna" stops at once.
 * Then the elements page in Chromium without --enable-speech-dispatcher: no voices, so #speech says in words that
 * Swedish read-aloud is not available on this device, and #recorded still plays its recordings.
 *
 * usage: node test/at/speech/run.mjs [--keep]   (--keep leaves the temporary directory for inspection)
 * Prints one line per check and ends with `N passed, N failed`; exits 1 when a check failed. When a tool is
 * missing it prints one line saying the test was not run and how to run it, then `0 passed, 0 failed`, exit 0
 * (exit 1 instead with SVARA_AT_REQUIRED=1, for CI where the tools must be there).
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { appendFileSync, createReadStream, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const KEEP = process.argv.includes('--keep');
const started = Date.now();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

// ─── Tools ──────────────────────────────────────────────────────────────────────────────────────────────────

const APT =
  'chromium pulseaudio pulseaudio-utils speech-dispatcher speech-dispatcher-espeak-ng espeak-ng sox';
const onPath = (name) => spawnSync('sh', ['-c', 'command -v "$0"', name], { stdio: 'ignore' }).status === 0;
const chromiumPath = (await import('../../../scripts/chromium.mjs')).chromiumExecutable();
const missing = [
  ...['pulseaudio', 'pactl', 'parecord', 'speech-dispatcher', 'espeak-ng', 'sox'].filter((t) => !onPath(t)),
  ...(existsSync('/usr/lib/speech-dispatcher-modules/sd_espeak-ng') ? [] : ['speech-dispatcher-espeak-ng']),
  ...(chromiumPath && existsSync(chromiumPath) ? [] : ['chromium (or CHROME_PATH)']),
];
if (missing.length) {
  console.log(
    `speech test not run: ${missing.join(', ')} missing. To run it: apt-get install ${APT}, then node test/at/speech/run.mjs`,
  );
  console.log('0 passed, 0 failed');
  process.exit(process.env.SVARA_AT_REQUIRED === '1' ? 1 : 0);
}
const { CHROMIUM_ARGS } = await import('../../../scripts/chromium.mjs');
const { chromium } = await import('playwright-core');
const esbuild = await import('esbuild');

// ─── Checks ─────────────────────────────────────────────────────────────────────────────────────────────────

let passed = 0;
let failed = 0;
/** Records one check: prints `ok` or `not ok` with what was seen. */
function check(name, ok, seen) {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok' : 'not ok'} - ${name}${seen ? ` (${seen})` : ''}`);
}

// ─── An isolated session ────────────────────────────────────────────────────────────────────────────────────

const TMP = mkdtempSync(join(tmpdir(), 'svara-speech-'));
const RUN = join(TMP, 'run');
const HOME = join(TMP, 'home');
const SITE = join(TMP, 'site');
const LOG = join(TMP, 'log');
for (const dir of [RUN, HOME, SITE, LOG, join(HOME, '.config')]) mkdirSync(dir, { recursive: true });
chmodSync(RUN, 0o700);
const env = { ...process.env, HOME, XDG_RUNTIME_DIR: RUN, XDG_CONFIG_HOME: join(HOME, '.config') };
for (const name of ['DISPLAY', 'WAYLAND_DISPLAY', 'DBUS_SESSION_BUS_ADDRESS', 'PULSE_SERVER', 'PULSE_SINK'])
  delete env[name];

/** @type {import('node:child_process').ChildProcess[]} */
const children = [];
function start(command, args) {
  const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const log = join(LOG, `${command}.log`);
  child.stderr.on('data', (chunk) => appendFileSync(log, chunk));
  children.push(child);
  return child;
}

async function until(what, timeoutMs, test) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await test();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(50);
  }
}

/** Ends what this run started: its own children by id, then helpers started for it (sd_espeak-ng, found by
 * this run's XDG_RUNTIME_DIR in their environment), then removes the temporary directory. */
async function stopAll() {
  for (const child of children.reverse()) if (child.exitCode === null) child.kill('SIGTERM');
  await sleep(200);
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    if (Number(entry) === process.pid) continue;
    try {
      const environ = readFileSync(`/proc/${entry}/environ`, 'latin1').split('\0');
      if (environ.includes(`XDG_RUNTIME_DIR=${RUN}`)) process.kill(Number(entry), 'SIGKILL');
    } catch {
      // gone already, or not ours to read
    }
  }
  if (!KEEP) rmSync(TMP, { recursive: true, force: true });
  else console.log(`kept ${TMP}`);
}

const timings = {};
let server;
try {
  // 1. PulseAudio with a null sink "tts", paced in real time; its monitor is what the speakers would play.
  let t = Date.now();
  start('pulseaudio', [
    '-n',
    '--daemonize=no',
    '--exit-idle-time=-1',
    '--disallow-exit',
    '--log-target=stderr',
    '-L',
    'module-native-protocol-unix',
    '-L',
    'module-null-sink sink_name=tts',
  ]);
  await until(
    'PulseAudio',
    10_000,
    () => spawnSync('pactl', ['info'], { env, stdio: 'ignore' }).status === 0,
  );
  execFileSync('pactl', ['set-default-sink', 'tts'], { env });

  // 2. speech-dispatcher: the stock configuration, speaking with espeak-ng into PulseAudio.
  const conf = join(HOME, '.config', 'speech-dispatcher');
  cpSync('/etc/speech-dispatcher', conf, { recursive: true, dereference: true });
  appendFileSync(
    join(conf, 'speechd.conf'),
    '\nAudioOutputMethod "pulse"\nDefaultModule espeak-ng\nLanguageDefaultModule "sv" "espeak-ng"\n',
  );
  start('speech-dispatcher', ['-s', '-t', '0']);
  await until('speech-dispatcher', 10_000, () => existsSync(join(RUN, 'speech-dispatcher', 'speechd.sock')));
  timings.session = Date.now() - t;

  // 3. The page: bundled from sources, with recordings made by `svara audio` (and one made by espeak-ng directly).
  t = Date.now();
  await esbuild.build({
    entryPoints: [join(HERE, 'page.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['source'],
    outfile: join(SITE, 'page.js'),
    logLevel: 'error',
    tsconfig: join(ROOT, 'tsconfig.json'),
  });
  await esbuild.build({
    entryPoints: [join(HERE, 'widget-page.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['source'],
    outfile: join(SITE, 'widget-page.js'),
    logLevel: 'error',
    tsconfig: join(ROOT, 'tsconfig.json'),
  });
  cpSync(
    join(ROOT, 'examples', 'surveys', 'familjeenheten-barn.json'),
    join(SITE, 'familjeenheten-barn.json'),
  );
  writeFileSync(
    join(SITE, 'widget.html'),
    `<!doctype html>
<html lang="sv">
  <head><meta charset="utf-8" /><title>Widget</title><link rel="icon" href="data:," /></head>
  <body>
    <svara-survey></svara-survey>
    <script type="module" src="widget-page.js"></script>
  </body>
</html>
`,
  );
  writeFileSync(
    join(SITE, 'index.html'),
    `<!doctype html>
<html lang="sv">
  <head><meta charset="utf-8" /><title>Uppläsning</title><link rel="icon" href="data:," /></head>
  <body>
    <svara-choice id="speech" name="speech" read-aloud label="Jag vet varför vi träffades. Det var bra."></svara-choice>
    <svara-choice id="recorded" name="recorded" read-aloud label="Hur var det att träffa oss?"></svara-choice>
    <script type="module" src="page.js"></script>
  </body>
</html>
`,
  );
  execFileSync(
    process.execPath,
    [
      '--conditions=source',
      '--import',
      'tsx',
      join(ROOT, 'packages', 'collector', 'src', 'cli.ts'),
      'audio',
      join(HERE, 'survey.json'),
      '--out',
      join(SITE, 'audio'),
    ],
    { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  mkdirSync(join(SITE, 'own'));
  execFileSync('espeak-ng', ['-v', 'sv', '-w', join(SITE, 'own', 'daligt.wav'), '--', 'Dåligt']);
  timings.page = Date.now() - t;

  const types = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript',
    '.json': 'application/json',
    '.wav': 'audio/wav',
  };
  server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = join(SITE, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(SITE + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/`;

  /** Logs every utterance and every played recording, with their events, in one ordered list. */
  const OBSERVE = () => {
    const log = [];
    Object.defineProperty(window, '__readAloud', { value: log });
    const synth = window.speechSynthesis;
    const speak = synth.speak.bind(synth);
    synth.speak = (utterance) => {
      const entry = {
        kind: 'speech',
        text: utterance.text,
        lang: utterance.lang,
        voice: utterance.voice?.name ?? null,
        voiceLang: utterance.voice?.lang ?? null,
        events: [],
      };
      log.push(entry);
      for (const type of ['start', 'end', 'error'])
        utterance.addEventListener(type, (event) =>
          entry.events.push({ type, at: performance.now(), error: event.error }),
        );
      speak(utterance);
    };
    const play = HTMLMediaElement.prototype.play;
    HTMLMediaElement.prototype.play = function () {
      const entry = { kind: 'audio', src: this.currentSrc || this.src, events: [] };
      log.push(entry);
      for (const type of ['playing', 'ended', 'error'])
        this.addEventListener(type, () => entry.events.push({ type, at: performance.now() }), { once: true });
      return play.call(this);
    };
  };

  async function open(browser, path = '') {
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.log(`page error: ${error.message}`));
    await page.addInitScript(OBSERVE);
    await page.goto(url + path);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 15_000 });
    return page;
  }
  const entries = (page) => page.evaluate(() => window.__readAloud);
  /** `"text" start>end, …` for a check's report. */
  const describe = (list) =>
    list
      .map((e) => `"${e.text ?? e.src}" ${e.events.map((x) => x.type).join('>') || '(no events)'}`)
      .join(', ');
  const finished = (entry) => entry.events.some((e) => ['end', 'ended', 'error'].includes(e.type));
  /** Presses "Lyssna" of `id` and waits until `count` utterances and recordings have finished. */
  async function listen(page, id, count) {
    const before = (await entries(page)).length;
    await page.locator(`#${id} button[part="read-aloud-button"]`).click();
    const all = await until(`${count} texts read aloud by #${id}`, 30_000, async () => {
      const now = (await entries(page)).slice(before);
      return now.length >= count && now.every(finished) ? now : undefined;
    });
    await until(`#${id} to stop reading`, 5_000, async () =>
      /Lyssna/.test(await page.locator(`#${id} button[part="read-aloud-button"]`).innerText()),
    );
    return all;
  }
  /** Records the null sink while `action` runs; resolves to the seconds of sound that is not silence. */
  async function recordWhile(name, action) {
    const wav = join(TMP, `${name}.wav`);
    const recorder = start('parecord', ['-d', 'tts.monitor', '--file-format=wav', wav]);
    await sleep(300);
    const result = await action();
    await sleep(300);
    recorder.kill('SIGINT');
    await new Promise((resolve) => (recorder.exitCode !== null ? resolve() : recorder.once('exit', resolve)));
    const total = Number(execFileSync('sox', ['--i', '-D', wav], { encoding: 'utf8' }));
    // Remove every stretch of more than 0.1 s below 1 % of full scale; what is left is sound.
    const sound = join(TMP, `${name}-sound.wav`);
    execFileSync('sox', [wav, sound, 'silence', '1', '0.02', '1%', '-1', '0.1', '1%']);
    const heard = Number(execFileSync('sox', ['--i', '-D', sound], { encoding: 'utf8' }));
    return { result, total, heard };
  }

  // 4. Chromium with speech-dispatcher: real Swedish speech.
  t = Date.now();
  const launch = (withSpeech) =>
    chromium.launch({
      executablePath: chromiumPath,
      headless: false,
      env,
      args: [
        ...CHROMIUM_ARGS,
        '--headless=new',
        '--autoplay-policy=no-user-gesture-required',
        ...(withSpeech ? ['--enable-speech-dispatcher'] : []),
      ],
    });
  const browser = await launch(true);
  const page = await open(browser);
  timings.browser = Date.now() - t;

  t = Date.now();
  const voices = await until('voices', 10_000, () =>
    page.evaluate(() => {
      const all = speechSynthesis.getVoices();
      return all.length
        ? { count: all.length, swedish: all.filter((v) => /^sv\b/i.test(v.lang)).map((v) => v.name) }
        : undefined;
    }),
  ).catch(() => ({ count: 0, swedish: [] }));
  check(
    'Chromium lists a Swedish voice, lang by prefix "sv"',
    voices.swedish.length > 0,
    `${voices.count} voices, ${voices.swedish.length} Swedish, e.g. ${voices.swedish[0] ?? 'none'}`,
  );

  const spoken = await recordWhile('speech', () => listen(page, 'speech', 4));
  timings.speech = Date.now() - t;
  const utterances = spoken.result;
  check(
    'Lyssna reads the question sentence by sentence, then the options',
    JSON.stringify(utterances.map((u) => u.text)) ===
      JSON.stringify(['Jag vet varför vi träffades.', 'Det var bra.', 'Ja', 'Nej']),
    utterances.map((u) => `${u.kind}:"${u.text ?? u.src}"`).join(', '),
  );
  check(
    'every utterance is Swedish, with a Swedish voice',
    utterances.every((u) => u.kind === 'speech' && /^sv/i.test(u.lang) && /^sv/i.test(u.voiceLang ?? '')),
    [...new Set(utterances.map((u) => `lang ${u.lang}, voice ${u.voice} (${u.voiceLang})`))].join('; '),
  );
  const events = utterances.map((u) => u.events.map((e) => e.type).join('>'));
  const spans = utterances.map((u) => {
    const startAt = u.events.find((e) => e.type === 'start')?.at ?? 0;
    return (u.events.find((e) => e.type === 'end')?.at ?? 0) - startAt;
  });
  check(
    'each utterance fires start, then end, and no error',
    events.every((e) => e === 'start>end'),
    events.map((e, i) => `${e} ${seconds(spans[i])}`).join(', '),
  );
  check(
    'the sink heard over half a second of speech',
    spoken.heard > 0.5,
    `${spoken.heard.toFixed(2)} s of sound in ${spoken.total.toFixed(2)} s recorded`,
  );

  t = Date.now();
  const played = await recordWhile('recorded', () => listen(page, 'recorded', 3));
  timings.recorded = Date.now() - t;
  const manifest = JSON.parse(readFileSync(join(SITE, 'audio', 'manifest.json'), 'utf8'));
  const expected = [
    `${url}audio/${manifest.clips.sv['Hur var det att träffa oss?']}`,
    `${url}audio/${manifest.clips.sv.Bra}`,
    `${url}own/daligt.wav`,
  ];
  check(
    'recordings take precedence: the manifest for the question and "Bra", the option\'s own audio for "Dåligt"',
    played.result.every((e) => e.kind === 'audio') &&
      JSON.stringify(played.result.map((e) => e.src)) === JSON.stringify(expected),
    played.result
      .map((e) => (e.kind === 'audio' ? e.src.replace(url, '/') : `speech:"${e.text}"`))
      .join(', '),
  );
  check(
    'each recording plays to its end',
    played.result.every((e) => e.events.map((x) => x.type).join('>') === 'playing>ended'),
    played.result.map((e) => e.events.map((x) => x.type).join('>')).join(', '),
  );
  check(
    'the sink heard the recordings',
    played.heard > 0.5,
    `${played.heard.toFixed(2)} s of sound in ${played.total.toFixed(2)} s recorded`,
  );

  // 5. The widget: "Lyssna" in the toolbar of <svara-survey>, on the children's survey.
  t = Date.now();
  const widget = await open(browser, 'widget.html');
  const begin = widget.getByRole('button', { name: 'Börja svara' });
  await begin.waitFor({ timeout: 15_000 });
  const toggle = widget.locator('svara-survey button[part="toggle"]', { hasText: 'Lyssna' });
  await toggle.click();
  const startScreen = await until('the start screen read aloud', 30_000, async () => {
    const now = await entries(widget);
    return now.length >= 3 && now.slice(0, 3).every(finished) ? now.slice(0, 3) : undefined;
  });
  check(
    'widget: Lyssna in the toolbar reads the start screen in Swedish, sentence by sentence',
    JSON.stringify(startScreen.map((e) => e.text)) ===
      JSON.stringify(['Vad tyckte du om att träffa oss?', 'Du får svara på sju frågor.', 'Det går fort.']) &&
      startScreen.every(
        (e) => /^sv/i.test(e.voiceLang ?? '') && e.events.map((x) => x.type).join('>') === 'start>end',
      ),
    describe(startScreen),
  );

  // "Börja svara" while the start screen is still being read: now only the first question may be heard.
  const atClick = (await entries(widget)).length;
  await begin.click();
  const QUESTION = [
    'Jag vet varför vi träffades.',
    'Stämmer inte alls',
    'Stämmer inte så bra',
    'Stämmer delvis',
    'Stämmer ganska bra',
    'Stämmer helt',
  ];
  const question = await until('the first question read aloud', 20_000, async () => {
    const now = (await entries(widget)).slice(atClick);
    return now.length >= 2 && now.slice(0, 2).every(finished) ? now : undefined;
  }).catch(async () => (await entries(widget)).slice(atClick));
  check(
    'widget: on the next screen the question is read, and the start screen is not read any more',
    question.length >= 2 &&
      question.every((e) => QUESTION.includes(e.text)) &&
      question.slice(0, 2).every((e) => e.events.map((x) => x.type).join('>') === 'start>end'),
    describe(question),
  );
  await toggle.click();
  const atStop = (await entries(widget)).length;
  await sleep(1500);
  const afterStop = (await entries(widget)).length - atStop;
  const speaking = await widget.evaluate(() => speechSynthesis.speaking);
  check(
    'widget: pressing Lyssna again stops reading at once',
    afterStop === 0 && !speaking && (await toggle.getAttribute('aria-pressed')) === 'false',
    `${afterStop} utterances after, speaking ${speaking}`,
  );
  timings.widget = Date.now() - t;
  await browser.close();

  // 6. Chromium without speech-dispatcher: no voices.
  t = Date.now();
  const silent = await launch(false);
  const mute = await open(silent);
  await mute.locator('#speech button[part="read-aloud-button"]').click();
  const message = await until('the no-voice message', 10_000, async () =>
    (await mute.locator('#speech [part="read-aloud-message"]').innerText()).trim(),
  ).catch(() => '');
  const noVoices = await mute.evaluate(() => speechSynthesis.getVoices().length);
  check(
    'without speech, the control says so in words and speaks nothing',
    message === 'Uppläsning på svenska finns inte på den här enheten.' &&
      noVoices === 0 &&
      (await entries(mute)).length === 0,
    `"${message}", ${noVoices} voices, ${(await entries(mute)).length} utterances`,
  );
  const offline = await listen(mute, 'recorded', 3);
  check(
    'without speech, a question with recordings is still read',
    offline.every((e) => e.kind === 'audio' && e.events.at(-1)?.type === 'ended'),
    offline.map((e) => (e.kind === 'audio' ? e.src.replace(url, '/') : `speech:"${e.text}"`)).join(', '),
  );
  await silent.close();
  timings.noSpeech = Date.now() - t;
} catch (error) {
  check('the speech test ran to the end', false, error?.stack ?? String(error));
  for (const name of existsSync(LOG) ? readdirSync(LOG) : [])
    console.log(`--- ${name}\n${readFileSync(join(LOG, name), 'utf8').slice(-2000)}`);
} finally {
  server?.close();
  await stopAll();
}

console.log(
  `timings: ${Object.entries(timings)
    .map(([name, ms]) => `${name} ${seconds(ms)}`)
    .join(', ')}; total ${seconds(Date.now() - started)}`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
