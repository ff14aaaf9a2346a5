import { chmod, chown, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** The uid/gid Flink runs as in the official image (and in ours). */
export const FLINK_UID = 9999;

export interface WorkspaceDirs {
  root: string;
  checkpoints: string;
  savepoints: string;
  logs: string;
}

export function workspaceDirs(workspace: string): WorkspaceDirs {
  const root = join(workspace, '.flink');
  return { root, checkpoints: join(root, 'checkpoints'), savepoints: join(root, 'savepoints'), logs: join(root, 'logs') };
}

/** `.flink/logs/<name>` of a TaskManager (tm-N) or of the JobManager (`jobmanager`). */
export function logDirOf(workspace: string, name: string): string {
  return join(workspaceDirs(workspace).logs, name);
}

/**
 * Creates the bind-mount sources writable for uid 9999. Root (CI, these machines) hands them to
 * 9999; an ordinary user cannot chown, so the folders are opened to everyone instead (local dev data).
 */
export async function prepareWritableDir(path: string): Promise<void> {
  await mkdir(path, { recursive: true });
  try {
    await chown(path, FLINK_UID, FLINK_UID);
  } catch {
    await chmod(path, 0o777);
  }
}

export async function prepareWorkspaceDirs(workspace: string, logNames: readonly string[]): Promise<WorkspaceDirs> {
  const dirs = workspaceDirs(workspace);
  for (const dir of [dirs.root, dirs.checkpoints, dirs.savepoints, dirs.logs, ...logNames.map((n) => logDirOf(workspace, n))]) {
    await prepareWritableDir(dir);
  }
  return dirs;
}

/** Deletes checkpoints, savepoints and logs (down --purge). Leaves `.flink/` itself for other tools' files. */
export async function purgeWorkspaceDirs(workspace: string): Promise<void> {
  const dirs = workspaceDirs(workspace);
  for (const dir of [dirs.checkpoints, dirs.savepoints, dirs.logs]) await rm(dir, { recursive: true, force: true });
}
