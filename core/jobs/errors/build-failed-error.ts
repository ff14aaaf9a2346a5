import { JobsError } from './jobs-error.js';
import type { CompilerMessage } from '../project/compiler-messages.js';

/** The build tool exited non-zero. Carries the compiler errors with their locations, and the output tail. */
export class BuildFailedError extends JobsError {
  override name = 'BuildFailedError';
  readonly command: string;
  readonly exitCode: number | null;
  readonly errors: readonly CompilerMessage[];
  readonly outputTail: string;

  constructor(details: { command: string; exitCode: number | null; errors: readonly CompilerMessage[]; outputTail: string }) {
    const first = details.errors[0];
    const where = first ? ` ${first.file}:${first.line}:${first.column}: ${first.message}` : '';
    const more = details.errors.length > 1 ? ` (and ${details.errors.length - 1} more)` : '';
    const hint = first ? 'Fix the compiler error(s) and build again.' : `Its last output:\n${details.outputTail}`;
    super(`Build failed: \`${details.command}\` exited with ${details.exitCode ?? 'a signal'}.${where}${more} ${hint}`);
    this.command = details.command;
    this.exitCode = details.exitCode;
    this.errors = details.errors;
    this.outputTail = details.outputTail;
  }
}
