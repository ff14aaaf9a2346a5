import { JobsError } from './jobs-error.js';

/** The folder has no pom.xml, build.gradle(.kts) or settings.gradle(.kts). */
export class ProjectNotFoundError extends JobsError {
  override name = 'ProjectNotFoundError';
  readonly dir: string;

  constructor(dir: string) {
    super(
      `No Maven or Gradle project in ${dir} (looked for pom.xml, build.gradle, build.gradle.kts). ` +
        'Open the folder that contains the build file, or pass a built jar or a .py script instead.',
    );
    this.dir = dir;
  }
}
