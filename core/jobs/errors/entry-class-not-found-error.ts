import { JobsError } from './jobs-error.js';

/** The requested entry class is not in the jar. */
export class EntryClassNotFoundError extends JobsError {
  override name = 'EntryClassNotFoundError';
  readonly jarPath: string;
  readonly entryClass: string;
  readonly candidates: readonly string[];

  constructor(jarPath: string, entryClass: string, candidates: readonly string[]) {
    const found = candidates.length > 0 ? ` Classes with a main method in it: ${candidates.join(', ')}.` : '';
    super(`Class ${entryClass} is not in ${jarPath}.${found} Check the fully qualified name (package.Class) and rebuild the jar.`);
    this.jarPath = jarPath;
    this.entryClass = entryClass;
    this.candidates = candidates;
  }
}
