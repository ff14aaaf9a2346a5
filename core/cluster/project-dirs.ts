import { rm } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { PurgeFailedError } from './errors/purge-failed-error.js';
import { ensureProjectDir, inspectProjectDir } from './project-dir-guard.js';

export { FLINK_UID } from './project-dir-guard.js';

export interface ProjectDirs {
  root: string;
  checkpoints: string;
  savepoints: string;
  logs: string;
}

const DATA_DIR = '.flink';
const PURGED = ['checkpoints', 'savepoints', 'logs'] as const;
/** Purged too, but only made by the clusters that use it (`.flink/ha`: high availability). */
const PURGED_IF_PRESENT = ['ha'] as const;

export function projectDirs(projectRoot: string): ProjectDirs {
  // A relative projectRoot (e.g. from a missing label) would put .flink, and a purge, in the current folder.
  if (!isAbsolute(projectRoot)) throw new Error(`the project folder must be an absolute path, got '${projectRoot}'`);
  const root = join(projectRoot, DATA_DIR);
  return { root, checkpoints: join(root, 'checkpoints'), savepoints: join(root, 'savepoints'), logs: join(root, 'logs') };
}

/** `.flink/logs/<name>` of a TaskManager (tm-N) or of the JobManager (`jobmanager`). */
export function logDirOf(projectRoot: string, name: string): string {
  return join(projectDirs(projectRoot).logs, name);
}

/** `.flink/logs/<name>` as a real folder uid 9999 can write (a new TaskManager's bind-mount source). */
export async function prepareLogDir(projectRoot: string, name: string): Promise<string> {
  return ensureProjectDir(projectRoot, join(DATA_DIR, 'logs', name), 'write');
}

/** Creates (or checks) the bind-mount sources: `.flink` readable, its data folders writable for uid 9999, no links. */
export async function prepareProjectDirs(projectRoot: string, logNames: readonly string[]): Promise<ProjectDirs> {
  await ensureProjectDir(projectRoot, DATA_DIR, 'read');
  for (const name of PURGED) await ensureProjectDir(projectRoot, join(DATA_DIR, name), 'write');
  for (const name of logNames) await prepareLogDir(projectRoot, name);
  return projectDirs(projectRoot);
}

/** Throws UnsafeDataDirError when `.flink` or a folder a purge deletes is a link; run before anything is deleted. */
export async function checkPurgeable(projectRoot: string): Promise<void> {
  for (const name of [...PURGED, ...PURGED_IF_PRESENT]) await inspectProjectDir(projectRoot, join(DATA_DIR, name));
}

/**
 * Deletes checkpoints, savepoints and logs (down --purge); leaves `.flink/` itself for other tools'
 * files. Refuses links (nothing outside the project is deleted). Returns the folders it deleted.
 */
export async function purgeProjectDirs(projectRoot: string): Promise<string[]> {
  await checkPurgeable(projectRoot);
  const deleted: string[] = [];
  for (const name of [...PURGED, ...PURGED_IF_PRESENT]) {
    const path = join(projectRoot, DATA_DIR, name);
    if ((await inspectProjectDir(projectRoot, join(DATA_DIR, name))) === 'missing') continue;
    try {
      await rm(path, { recursive: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const denied = code === 'EACCES' || code === 'EPERM';
      throw new PurgeFailedError(
        {
          path,
          reason: denied ? 'permission denied' : String((error as Error).message),
          hint: denied
            ? 'The files were written by the Flink containers (uid 9999). Purge through a running cluster ' +
              "('flink-ft cluster up', then 'flink-ft cluster down --purge'), or delete them as root."
            : 'Delete the folder by hand.',
        },
        { cause: error },
      );
    }
    deleted.push(path);
  }
  return deleted;
}
