import { JobsError } from './jobs-error.js';

/** The jar's manifest names no Main-Class and no class was given. */
export class EntryClassMissingError extends JobsError {
  override name = 'EntryClassMissingError';
  readonly jarPath: string;
  /** Classes in the jar that declare `main(String[])`. */
  readonly candidates: readonly string[];

  constructor(jarPath: string, candidates: readonly string[]) {
    const found =
      candidates.length > 0
        ? ` Classes with a main method in it: ${candidates.join(', ')}. Pass one with --class (e.g. --class ${candidates[0]}).`
        : ' It has no class with a main method either: is this the job jar (the shaded one, not original-*.jar)?';
    super(`${jarPath} has no Main-Class in its manifest, and no entry class was given.${found}`);
    this.jarPath = jarPath;
    this.candidates = candidates;
  }
}
