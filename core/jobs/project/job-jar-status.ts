import { stat } from 'node:fs/promises';
import { ALWAYS_SKIPPED_DIRECTORIES, walkFiles } from '../../source-files/index.js';
import { detectProject, type JvmProject } from './detect-project.js';
import { findJobJars } from './find-job-jars.js';

const BUILD_INPUTS = /\.(java|scala|kt|kts|gradle|xml|properties|conf|yaml|yml)$/;
// The cluster's checkpoints and logs, Python virtualenvs and Gradle's cache hold many files and no
// build inputs; a yaml file in a virtualenv must not make the jar look stale.
const NOT_INPUTS = [...ALWAYS_SKIPPED_DIRECTORIES, '.flink', '.venv', 'venv', '.gradle'];

export interface JobJarStatus {
  project: JvmProject;
  /** The best job jar the last build left, if any. */
  jarPath: string | undefined;
  /** True when there is no jar or a source or build file is newer than it: build before submitting. */
  stale: boolean;
}

/**
 * Whether a project's job jar is up to date, without building: the editor decides from this to run
 * its build task (with problem matchers) before Submit Job; the same make-style check as buildIfStale.
 */
export async function jobJarStatus(dir: string): Promise<JobJarStatus> {
  const project = await detectProject(dir);
  const [jarPath] = await findJobJars(project.outputDir);
  if (!jarPath) return { project, jarPath: undefined, stale: true };
  const jarTime = (await stat(jarPath)).mtimeMs;
  const inputs = walkFiles([dir], { include: (p) => BUILD_INPUTS.test(p), respectGitignore: false, skipDirectories: NOT_INPUTS });
  const newest = Math.max(0, ...(await Promise.all(inputs.map(async (p) => (await stat(p)).mtimeMs))));
  return { project, jarPath, stale: newest > jarTime };
}
