import { JobsError } from './jobs-error.js';

/** A jar that cannot be read: not a zip, a format we do not read, damaged, or an entry that inflates past the cap. */
export class JarUnreadableError extends JobsError {
  override name = 'JarUnreadableError';
  readonly jarPath: string;

  /** `problem` continues "<path> …", e.g. "is a zip64 archive, which is not supported". */
  constructor(jarPath: string, problem: string, options?: { cause?: unknown }) {
    super(`${jarPath} ${problem}. Rebuild the jar (mvn package / gradle build) or pass another one.`, options);
    this.jarPath = jarPath;
  }
}
