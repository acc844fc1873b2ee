#!/usr/bin/env node
/**
 * The `svara` command: `svara <command> [options]`. Commands are modules listed in commands/index.ts.
 * Run from sources in development: `node --conditions=source --import tsx packages/collector/src/cli.ts …`.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { commands } from './commands/index.js';
import type { Io } from './commands/types.js';
import { UsageError } from './commands/types.js';

const VERSION = '0.1.0';

function help(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  const lines = Object.entries(commands).map(([name, entry]) => `  ${name.padEnd(width)}  ${entry.summary}`);
  return `svara ${VERSION}: accessible surveys for the city's social services

Usage: svara <command> [options]

Commands:
${lines.join('\n')}

svara help <command> shows a command's options.
`;
}

/** Runs the CLI with `args` (without node and the script); resolves to the exit code. */
export async function main(args: string[], io: Io): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    const topic = rest[0];
    if (name === 'help' && topic !== undefined && Object.hasOwn(commands, topic)) {
      io.stdout.write(`${(await commands[topic]!.load()).usage}\n`);
    } else io.stdout.write(help());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (!Object.hasOwn(commands, name)) {
    io.stderr.write(`svara: unknown command "${name}".\n\n${help()}`);
    return 2;
  }
  const command = await commands[name]!.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`svara ${name}: ${error.message}\n\n${command.usage}\n`);
      return 2;
    }
    io.stderr.write(`svara ${name}: ${(error as Error)?.message ?? String(error)}\n`);
    return 1;
  }
}

/** Process I/O, with `stopped` resolving on the first SIGINT or SIGTERM. */
export function processIo(): Io {
  let stopped: Promise<unknown> | undefined;
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    stopped: () =>
      (stopped ??= new Promise((resolve) => {
        // Keep handling signals once stopping: a second Ctrl-C (a terminal sends it to the whole process
        // group, and `npm start` forwards it too) must not cut the clean shutdown short.
        let received = false;
        for (const signal of ['SIGINT', 'SIGTERM'] as const) {
          process.on(signal, () => {
            if (received) process.stderr.write('[svara] already stopping …\n');
            received = true;
            resolve(signal);
          });
        }
      })),
  };
}

function isEntry(): boolean {
  try {
    return realpathSync(process.argv[1] ?? '') === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntry()) {
  main(process.argv.slice(2), processIo()).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`svara: ${(error as Error)?.stack ?? String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
