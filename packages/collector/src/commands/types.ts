/** A `svara` subcommand. Commands live in their own modules and are listed in commands/index.ts. */
export interface Io {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Resolves when the process is asked to stop (SIGINT/SIGTERM); long-running commands wait on it. */
  stopped?: () => Promise<unknown>;
}

export interface Command {
  name: string;
  /** One line for `svara help`. */
  summary: string;
  /** Full usage text for `svara help <command>`. */
  usage: string;
  /** Runs the command; resolves to the exit code. */
  run(args: string[], io: Io): Promise<number>;
}

/** A wrong invocation: the message and the command's usage are printed, exit code 2. */
export class UsageError extends Error {}
