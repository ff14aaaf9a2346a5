import type { Dirent } from 'node:fs';
import type { OptionSpec } from './args.js';

/** What a command may touch of the outside world; tests pass their own. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Relative paths on the command line resolve against this folder. */
  cwd: string;
  /** Progress is redrawn in place on a terminal and printed sparingly otherwise. */
  stderrIsTTY: boolean;
  /** Milliseconds, monotonic; injected so progress can be tested without waiting. */
  now(): number;
  /**
   * Lists a folder for `check` (default: the real file system). Tests pass one that fails the way
   * a folder without read permission does: they run as root, whom chmod 000 does not stop.
   */
  readDirectory?: (path: string) => Dirent[];
}

/** One `flink-ft <name>` subcommand. Adding a subcommand is a new file plus a line in the registry. */
export interface Command {
  name: string;
  /** One line for `flink-ft --help`. */
  summary: string;
  /** Synopsis after `flink-ft`, e.g. `check [paths...] [options]`. */
  synopsis: string;
  options: readonly OptionSpec[];
  /** Extra help text after the options (exit codes, examples). */
  epilog?: string;
  /** Runs with the arguments after the subcommand name; resolves to the exit code. */
  run(argv: readonly string[], io: CliIo): Promise<number>;
}
