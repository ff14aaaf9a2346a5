// Everything flink-ft creates, bind-mounts or deletes lives under `<projectRoot>/.flink`. A repository
// can ship `.flink` (or `.flink/checkpoints`, `.flink/logs/tm-1`) as a symbolic link to a folder
// elsewhere; following it would chmod, fill, mount read-write and purge that folder. So every
// component below the projectRoot is lstat-ed, links are refused, missing folders are created by us
// with the access the containers need, and folders we did not create are never re-permissioned.
import type { Stats } from 'node:fs';
import { chmod, chown, lstat, mkdir, readlink } from 'node:fs/promises';
import { isAbsolute, join, normalize, sep } from 'node:path';
import { UnsafeDataDirError } from './errors/unsafe-data-dir-error.js';

/** The uid/gid Flink runs as in the official image (and in ours). */
export const FLINK_UID = 9999;

/** What the Flink containers (uid 9999) must be able to do in a folder: list and enter it, or also write. */
export type DirAccess = 'read' | 'write';

/**
 * Makes `<projectRoot>/<relativePath>` a chain of real folders and returns its absolute path. Missing
 * folders are created (the last with `access`, the ones above it readable); an existing link or
 * file anywhere on the way throws UnsafeDataDirError, and so (on Linux) does an existing folder
 * the containers cannot use: its permissions are the owner's to change, not ours.
 */
export async function ensureProjectDir(projectRoot: string, relativePath: string, access: DirAccess): Promise<string> {
  let current = projectRoot;
  const parts = componentsBelow(projectRoot, relativePath);
  for (const [index, part] of parts.entries()) {
    current = join(current, part);
    await ensureOne(current, index === parts.length - 1 ? access : 'read');
  }
  return current;
}

/**
 * For deleting: `exists` when every component is a real folder, `missing` when one is absent;
 * throws UnsafeDataDirError when one is a link or a file. Creates nothing.
 */
export async function inspectProjectDir(projectRoot: string, relativePath: string): Promise<'exists' | 'missing'> {
  let current = projectRoot;
  for (const part of componentsBelow(projectRoot, relativePath)) {
    current = join(current, part);
    const stats = await lstatIfPresent(current);
    if (!stats) return 'missing';
    await requireRealFolder(current, stats);
  }
  return 'exists';
}

function componentsBelow(projectRoot: string, relativePath: string): string[] {
  if (!isAbsolute(projectRoot)) throw new Error(`projectRoot must be an absolute path, got '${projectRoot}'`);
  const parts = normalize(relativePath).split(sep).filter((p) => p.length > 0 && p !== '.');
  if (parts.length === 0 || parts.includes('..') || isAbsolute(relativePath)) throw new Error(`not a path inside the projectRoot: '${relativePath}'`);
  return parts;
}

async function ensureOne(path: string, access: DirAccess): Promise<void> {
  const stats = await lstatIfPresent(path);
  if (stats) {
    await requireRealFolder(path, stats);
    requireAccess(path, stats, access);
    return;
  }
  try {
    await mkdir(path);
  } catch (error) {
    // Created by someone else in between: judge what is there now like any existing entry.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return ensureOne(path, access);
    throw error;
  }
  await grantAccess(path, access);
}

async function requireRealFolder(path: string, stats: Stats): Promise<void> {
  if (stats.isSymbolicLink()) {
    const target = await readlink(path).catch(() => '?');
    throw new UnsafeDataDirError({ path, problem: 'symlink', target });
  }
  if (!stats.isDirectory()) throw new UnsafeDataDirError({ path, problem: 'not-a-folder' });
}

// Only on Linux do host permissions bind the containers; Docker Desktop's file sharing maps them.
// Approximate (owner, group, others; no ACLs or supplementary groups), enough to explain a failure early.
function requireAccess(path: string, stats: Stats, access: DirAccess): void {
  if (process.platform !== 'linux') return;
  const needed = access === 'write' ? 0o7 : 0o5;
  const shift = stats.uid === FLINK_UID ? 6 : stats.gid === FLINK_UID ? 3 : 0;
  if (((stats.mode >> shift) & needed) === needed) return;
  throw new UnsafeDataDirError({ path, problem: 'not-accessible', needs: access === 'write' ? 'write to' : 'enter', owner: stats.uid, mode: stats.mode });
}

/**
 * A folder we just created: readable ones get 0755 whatever the umask; writable ones are handed
 * to uid 9999 when we may chown (root: CI, these machines), else opened to everyone (0777) —
 * local development data in a folder of our own.
 */
async function grantAccess(path: string, access: DirAccess): Promise<void> {
  if (access === 'read') {
    await chmod(path, 0o755);
    return;
  }
  try {
    await chown(path, FLINK_UID, FLINK_UID);
    await chmod(path, 0o755);
  } catch {
    await chmod(path, 0o777);
  }
}

async function lstatIfPresent(path: string): Promise<Stats | undefined> {
  try {
    return await lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
