import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../usage-error.js';

/** The project folder a cluster belongs to: --workspace (relative to the working folder) or the working folder. */
export function resolveWorkspace(given: string | undefined, cwd: string): string {
  const path = resolve(cwd, given ?? '.');
  let isDir = false;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) throw new UsageError(`Workspace '${given ?? '.'}' is not a folder (resolved to ${path}). Pass the project folder with --workspace <dir>.`);
  return path;
}

/** What to say when a command needs a cluster and this workspace has none. */
export function noClusterMessage(workspace: string): string {
  return `No local Flink cluster runs for ${workspace}. Start one with 'flink-ft cluster up' (in that folder, or with --workspace).`;
}
