import { stat } from 'node:fs/promises';
import { walkFiles } from '../../source-files/index.js';
import { buildProject, type BuildOptions, type BuildResult } from './build-project.js';
import { detectProject } from './detect-project.js';
import { findJobJars } from './find-job-jars.js';

const BUILD_INPUTS = /\.(java|scala|kt|kts|gradle|xml|properties|conf|yaml|yml)$/;

/**
 * Builds only when a source or build file is newer than the job jar (a cheap make-style check),
 * so repeated runs (tests, "Run recovery check" twice) do not pay for Maven each time.
 */
export async function buildIfStale(dir: string, options: BuildOptions = {}): Promise<BuildResult & { skipped: boolean }> {
  const project = await detectProject(dir);
  const [jar] = await findJobJars(project.outputDir);
  if (jar) {
    const jarTime = (await stat(jar)).mtimeMs;
    const inputs = walkFiles([dir], { include: (p) => BUILD_INPUTS.test(p), respectGitignore: false });
    const newest = Math.max(0, ...(await Promise.all(inputs.map(async (p) => (await stat(p)).mtimeMs))));
    if (newest <= jarTime) return { project, jarPath: jar, warnings: [], durationMs: 0, skipped: true };
  }
  return { ...(await buildProject(dir, options)), skipped: false };
}
