/**
 * `svara audio`: recorded speech for every text of a survey, so read-aloud never depends on the voices of the
 * respondent's device. Writes one WAV per text and language, named by a hash, and a `manifest.json` in the
 * `svara-audio/1` format of @svara/schema (see audio-manifest.ts there), which `svara serve --audio` serves and
 * the widget reads.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { AUDIO_MANIFEST_FORMAT, audioLanguage, audioTextsOf, surveyLanguages } from '@svara/schema';
import type { AudioManifest } from '@svara/schema';

import { formatFileIssue, readSurveyFile } from '../surveys.js';
import { parse } from './args.js';
import type { Command, Io } from './types.js';
import { UsageError } from './types.js';

/**
 * The default TTS command. `--` ends espeak-ng's options, so a text that starts with "-" is spoken, not taken
 * for an option (espeak-ng then writes nothing and still exits 0).
 */
export const DEFAULT_TTS = 'espeak-ng -v {voice} -w {out} -- {text}';

/** espeak-ng voices for svara's UI languages; other languages use their code, which espeak-ng mostly knows. */
const ESPEAK_VOICES: Readonly<Record<string, string>> = { sv: 'sv', en: 'en', fi: 'fi', ar: 'ar' };

/** A clip's file name: the first 16 hex digits of a SHA-256 (64 bits: no collision among a survey's texts). */
const CLIP_NAME = /^[0-9a-f]{16}\.wav$/;

const usage = `svara audio <survey.json> --out <dir> [--lang sv,en] [--tts "<command>"] [--force]

Inspelat tal för varje text i en enkät: frågor, lättlästa varianter, svarsalternativ och skalornas ord ("Mycket
ledsen", "Vet inte"), per språk. Uppläsningen spelar inspelningen i stället för enhetens röst.
Recorded speech for every text of a survey: questions, plain-language variants, options and the scales' own
words ("Very sad", "Don't know"), per language. Read-aloud plays the recording instead of the device's voice.

  --out <dir>      where to write <lang>/<hash>.wav and manifest.json; for \`svara serve --audio <root>\` use
                   <root>/<survey id>
  --lang <codes>   comma-separated languages (default: the survey's "languages")
  --tts <command>  the speech command, run once per text without a shell (default: ${DEFAULT_TTS});
                   {out} is the WAV file to write, {text} the text (without {text} it comes on standard input),
                   {voice} the espeak-ng voice (sv, en, fi, ar), {lang} the language code
  --force          make every file again (otherwise texts that already have a file are kept)

Files are named by a hash of the text, voice and command: a changed text gets a new file, clips of texts no
longer in the survey are removed. Needs espeak-ng for the default command (Debian/Ubuntu: apt-get install
espeak-ng). Exit code 1 when the survey is invalid or the speech command fails.`;

/** Splits a command template into words: whitespace separates, '…' and "…" quote. No shell is involved. */
export function splitCommand(template: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  let quote: '"' | "'" | undefined;
  for (const char of template) {
    if (quote) {
      if (char === quote) quote = undefined;
      else word = (word ?? '') + char;
    } else if (char === '"' || char === "'") {
      quote = char;
      word ??= '';
    } else if (/\s/.test(char)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else word = (word ?? '') + char;
  }
  if (quote) throw new UsageError(`--tts has an unclosed ${quote}.`);
  if (word !== undefined) words.push(word);
  return words;
}

/** The seconds of sound in a PCM WAV file, read from its header; undefined when it is not one. */
export async function wavSeconds(file: string): Promise<number | undefined> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const head = Buffer.alloc(Math.min(size, 4096));
    await handle.read(head, 0, head.length, 0);
    if (head.toString('ascii', 0, 4) !== 'RIFF' || head.toString('ascii', 8, 12) !== 'WAVE') return undefined;
    let byteRate: number | undefined;
    for (let at = 12; at + 8 <= head.length;) {
      const id = head.toString('ascii', at, at + 4);
      const length = head.readUInt32LE(at + 4);
      if (id === 'fmt ' && at + 16 <= head.length) byteRate = head.readUInt32LE(at + 16);
      if (id === 'data') {
        if (!byteRate) return undefined;
        // Streaming writers leave a placeholder length; the file's size is then the truth.
        return Math.min(length, size - at - 8) / byteRate;
      }
      at += 8 + length + (length % 2);
    }
    return undefined;
  } finally {
    await handle.close();
  }
}

interface Clip {
  lang: string;
  text: string;
  /** Relative to the output directory, with `/`. */
  path: string;
}

/** Runs the speech command for one clip; rejects with a message that names the command, text and problem. */
function speak(argv: string[], text: string, viaStdin: boolean, io: Io): Promise<void> {
  const [program, ...args] = argv;
  return new Promise((done, fail) => {
    const child = spawn(program!, args, {
      cwd: io.cwd,
      env: io.env as NodeJS.ProcessEnv,
      stdio: [viaStdin ? 'pipe' : 'ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (chunk: string) => {
      if (stderr.length < 4000) stderr += chunk;
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') {
        const install =
          program === 'espeak-ng'
            ? 'Install it (Debian/Ubuntu: apt-get install espeak-ng; macOS: brew install espeak-ng)'
            : 'Install it';
        fail(
          new Error(
            `the speech command "${program}" was not found. ${install}, or name another with --tts "<command> … {out} {text}".`,
          ),
        );
      } else fail(new Error(`could not run "${program}": ${error.message}`));
    });
    child.on('close', (code, signal) => {
      if (code === 0) done();
      else
        fail(
          new Error(
            `"${program}" failed (${signal ?? `exit code ${code}`}) on the text "${text}"${stderr.trim() ? `: ${stderr.trim()}` : '.'}`,
          ),
        );
    });
    if (viaStdin) child.stdin!.end(text);
  });
}

async function exists(file: string): Promise<boolean> {
  try {
    return (await stat(file)).size > 0;
  } catch {
    return false;
  }
}

export const command: Command = {
  name: 'audio',
  summary: 'make recorded speech for every text of a survey, for read-aloud',
  usage,
  async run(args, io) {
    const { values, positionals } = parse(
      args,
      {
        out: { type: 'string' },
        lang: { type: 'string' },
        tts: { type: 'string' },
        force: { type: 'boolean' },
      },
      true,
    );
    if (positionals.length !== 1) throw new UsageError('Name exactly one survey definition (survey.json).');
    if (!values.out) throw new UsageError('--out <dir> is required.');
    const template = splitCommand(values.tts ?? DEFAULT_TTS);
    if (template.length === 0) throw new UsageError('--tts is empty.');
    if (!template.some((word) => word.includes('{out}')))
      throw new UsageError('--tts must contain {out}, the WAV file the command writes.');
    const viaStdin = !template.some((word) => word.includes('{text}'));

    const file = resolve(io.cwd, positionals[0]!);
    const read = readSurveyFile(file);
    if (!read.ok) {
      io.stderr.write(`svara audio: ${positionals[0]} is not a valid survey definition:\n`);
      for (const issue of read.issues) io.stderr.write(`  ${formatFileIssue(issue)}\n`);
      return 1;
    }
    const { survey } = read;
    const offered = surveyLanguages(survey);
    const langs = values.lang
      ? values.lang
          .split(',')
          .map((l) => l.trim())
          .filter(Boolean)
      : offered;
    const unknown = langs.filter((l) => !offered.includes(l));
    if (langs.length === 0 || unknown.length) {
      throw new UsageError(
        `The survey "${survey.id}" is offered in ${offered.join(', ')}; --lang ${unknown.join(', ') || '(empty)'} is not among them.`,
      );
    }

    const out = resolve(io.cwd, values.out);
    const identity = template.join('\u0000');
    const clips: Clip[] = [];
    for (const [lang, texts] of Object.entries(audioTextsOf(survey, langs))) {
      const voice = ESPEAK_VOICES[audioLanguage(lang)] ?? audioLanguage(lang);
      for (const text of texts) {
        const hash = createHash('sha256').update(`${identity}\u0000${voice}\u0000${text}`).digest('hex');
        clips.push({ lang, text, path: `${lang}/${hash.slice(0, 16)}.wav` });
      }
    }

    let made = 0;
    let kept = 0;
    const queue = [...clips];
    const work = async (): Promise<void> => {
      for (let clip = queue.shift(); clip; clip = queue.shift()) {
        try {
          await makeClip(clip);
        } catch (error) {
          queue.length = 0; // the other worker stops after its current clip
          throw error;
        }
      }
    };
    const makeClip = async (clip: Clip): Promise<void> => {
      const target = join(out, clip.path);
      if (!values.force && (await exists(target))) {
        kept++;
        return;
      }
      await mkdir(join(out, clip.lang), { recursive: true });
      const temp = `${target}.${process.pid}.tmp.wav`;
      const voice = ESPEAK_VOICES[audioLanguage(clip.lang)] ?? audioLanguage(clip.lang);
      const fill = (word: string) =>
        word.replace(/\{(out|text|voice|lang)\}/g, (_, key: string) =>
          key === 'out' ? temp : key === 'text' ? clip.text : key === 'voice' ? voice : clip.lang,
        );
      try {
        await speak(template.map(fill), clip.text, viaStdin, io);
        if (!(await exists(temp))) {
          throw new Error(
            `"${template[0]}" wrote no sound for the text "${clip.text}" (expected a WAV file at {out}).`,
          );
        }
        await rename(temp, target);
      } finally {
        await rm(temp, { force: true });
      }
      made++;
    };
    // A couple of speech processes at a time: the machine is shared, and espeak-ng is quick.
    const settled = await Promise.allSettled(
      Array.from({ length: Math.min(2, availableParallelism()) }, work),
    );
    const failure = settled.find((result) => result.status === 'rejected');
    if (failure) throw failure.reason;

    // Clips of texts that are no longer in the survey (only files named as this command names them).
    const wanted = new Set(clips.map((clip) => clip.path));
    let removed = 0;
    for (const lang of new Set(clips.map((clip) => clip.lang))) {
      for (const name of await readdir(join(out, lang)).catch(() => [] as string[])) {
        if (CLIP_NAME.test(name) && !wanted.has(`${lang}/${name}`)) {
          await rm(join(out, lang, name), { force: true });
          removed++;
        }
      }
    }

    const manifest: AudioManifest = {
      format: AUDIO_MANIFEST_FORMAT,
      survey: survey.id,
      version: survey.version,
      clips: {},
    };
    let seconds = 0;
    const perLang = new Map<string, number>();
    for (const clip of clips) {
      (manifest.clips[clip.lang] ??= {})[clip.text] = clip.path;
      perLang.set(clip.lang, (perLang.get(clip.lang) ?? 0) + 1);
      seconds += (await wavSeconds(join(out, clip.path))) ?? 0;
    }
    await mkdir(out, { recursive: true });
    const manifestFile = join(out, 'manifest.json');
    await writeFile(`${manifestFile}.tmp`, `${JSON.stringify(manifest, null, 2)}\n`);
    await rename(`${manifestFile}.tmp`, manifestFile);

    const fromCwd = relative(io.cwd, manifestFile);
    const shown = fromCwd.startsWith('..') ? manifestFile : fromCwd;
    const counts = [...perLang].map(([lang, n]) => `${lang} ${n}`).join(', ');
    io.stdout.write(
      `Wrote ${shown}: ${clips.length} clips (${counts}); ${made} made, ${kept} unchanged, ${removed} removed; ${seconds.toFixed(1)} s of speech.\n`,
    );
    return 0;
  },
};
