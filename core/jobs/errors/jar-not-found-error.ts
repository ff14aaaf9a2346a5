import { JobsError } from './jobs-error.js';

/** A build finished (or was never run) but no job jar is where the build tool puts it. */
export class JarNotFoundError extends JobsError {
  override name = 'JarNotFoundError';
  readonly searched: readonly string[];

  constructor(searched: readonly string[]) {
    super(
      `No job jar found in ${searched.join(', ')}. Build the project first (mvn package / gradle build), ` +
        'or pass the jar path. Sources, javadoc and original-* jars are not job jars.',
    );
    this.searched = searched;
  }
}
