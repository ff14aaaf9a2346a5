import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { JarNotFoundError } from '../errors/jar-not-found-error.js';

// maven-shade keeps the thin jar as original-*.jar; Gradle's java plugin writes *-plain.jar next to
// Spring/Shadow fat jars; attached artifacts are never the job.
const NOT_JOB_JARS = [/^original-/, /-sources\.jar$/, /-javadoc\.jar$/, /-tests?\.jar$/, /-plain\.jar$/];

/**
 * The job jars in a build output folder, best first: a Shadow `-all` jar, then the newest
 * (a fat jar is written after the thin one it replaces), then the largest.
 */
export async function findJobJars(outputDir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(outputDir);
  } catch {
    return [];
  }
  const jars = names.filter((n) => n.endsWith('.jar') && !NOT_JOB_JARS.some((re) => re.test(n)));
  const withStats = await Promise.all(jars.map(async (n) => ({ name: n, path: join(outputDir, n), stats: await stat(join(outputDir, n)) })));
  return withStats
    .sort(
      (a, b) =>
        Number(b.name.endsWith('-all.jar')) - Number(a.name.endsWith('-all.jar')) ||
        b.stats.mtimeMs - a.stats.mtimeMs ||
        b.stats.size - a.stats.size,
    )
    .map((j) => j.path);
}

/** The best job jar of a build output folder, or JarNotFoundError. */
export async function findJobJar(outputDir: string): Promise<string> {
  const [best] = await findJobJars(outputDir);
  if (!best) throw new JarNotFoundError([outputDir]);
  return best;
}
