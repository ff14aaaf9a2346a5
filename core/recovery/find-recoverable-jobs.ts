// The workspace's jobs the drill can run: JVM entry classes that call execute (with the Maven or
// Gradle project that builds them) and PyFlink scripts. For the Test Explorer and the CodeLens.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import { findEntryClasses, isPyFlinkJob } from '../jobs/index.js';
import { walkFiles } from '../source-files/index.js';
import { isProbeJob } from './probe-jobs.js';

export interface RecoverableJob {
  /** Stable across scans: `jvm:<class>` or `py:<path relative to the root>`. */
  id: string;
  label: string;
  kind: 'jvm' | 'python';
  /** The source file with the execute call. */
  file: string;
  /** 1-based line of the execute call. */
  executeLine: number;
  /** What the drill submits: the project folder (built when stale) or the script. */
  artifact: string;
  entryClass?: string;
  /** The bundled probes take `--checkpointing false`, so they get a negative control. */
  probe: boolean;
}

const BUILD_FILES = ['pom.xml', 'build.gradle', 'build.gradle.kts'];
const PY_EXECUTE = /\.\s*(?:execute|execute_sql|execute_insert)\s*\(|\.\s*wait\s*\(\s*\)/;

export async function findRecoverableJobs(root: string): Promise<RecoverableJob[]> {
  const jobs: RecoverableJob[] = [];
  for (const entry of await findEntryClasses(root)) {
    const project = projectDirOf(entry.file, root);
    if (!project) continue; // nothing to build it with
    jobs.push({
      id: `jvm:${entry.className}`,
      label: entry.className.split('.').pop() ?? entry.className,
      kind: 'jvm',
      file: entry.file,
      executeLine: entry.executeLine,
      artifact: project,
      entryClass: entry.className,
      probe: isProbeJob(entry.className),
    });
  }
  for (const file of walkFiles([root], { include: (p) => p.endsWith('.py') })) {
    const text = await readFile(file, 'utf8').catch(() => '');
    if (!isPyFlinkJob(text)) continue;
    const lines = text.split('\n');
    const index = lines.findIndex((l) => PY_EXECUTE.test(l) && !l.trimStart().startsWith('#'));
    jobs.push({
      id: `py:${relative(root, file).split(sep).join('/')}`,
      label: basename(file),
      kind: 'python',
      file,
      executeLine: index + 1,
      artifact: file,
      probe: isProbeJob(file),
    });
  }
  return jobs.sort((a, b) => a.id.localeCompare(b.id));
}

/** The nearest folder at or above the file (not above the root) with a Maven or Gradle build. */
function projectDirOf(file: string, root: string): string | undefined {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    if (BUILD_FILES.some((f) => existsSync(join(dir, f)))) return dir;
    if (dir === root || dirname(dir) === dir || relative(root, dir).startsWith('..')) return undefined;
  }
}
