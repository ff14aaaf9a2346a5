import { existsSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { GitignoreChain } from './gitignore-chain.js';

/** Folders that hold dependencies, build output or VCS data: never job sources, and often huge. */
export const ALWAYS_SKIPPED_DIRECTORIES: readonly string[] = ['node_modules', 'target', 'build', '.git', 'out'];

export interface WalkOptions {
  /** Keeps only the files this returns true for (e.g. files of a supported language). */
  include?: (path: string) => boolean;
  /** Folder names never entered below a root; defaults to {@link ALWAYS_SKIPPED_DIRECTORIES}. */
  skipDirectories?: readonly string[];
  /** Apply .gitignore files (nested ones and those between the git root and the walk root). */
  respectGitignore?: boolean;
  /** Told of every folder that could not be listed (permissions, removed mid-walk): its files are missing. */
  onUnreadableDirectory?: (path: string, error: Error) => void;
  /**
   * Lists a folder (default: `readdirSync` with file types). The one file-system read of the walk,
   * injectable so a caller's handling of a folder that fails to list can be tested even as root.
   */
  readDirectory?: (path: string) => Dirent[];
}

/**
 * Lists the files under `roots`, sorted and without duplicates, as absolute paths.
 *
 * A root that is a file is returned when `include` accepts it, even if a .gitignore matches it:
 * naming a file is a stronger signal than an ignore pattern (ESLint and ripgrep agree). A root that
 * is a folder is walked; symbolic links to folders are not followed, so link cycles cannot loop.
 * Roots must exist; the caller reports missing ones in its own words.
 */
export function walkFiles(roots: readonly string[], options: WalkOptions = {}): string[] {
  const include = options.include ?? (() => true);
  const skip = new Set(options.skipDirectories ?? ALWAYS_SKIPPED_DIRECTORIES);
  const respectGitignore = options.respectGitignore ?? true;
  const readDirectory = options.readDirectory ?? listDirectory;
  const found = new Set<string>();

  const walk = (dir: string, chain: GitignoreChain): void => {
    const here = respectGitignore ? chain.withDirectory(dir) : chain;
    for (const entry of readEntries(dir, readDirectory, options.onUnreadableDirectory)) {
      const path = join(dir, entry.name);
      const kind = entryKind(entry, path);
      if (kind === 'directory') {
        if (skip.has(entry.name) || here.ignores(path, true)) continue;
        walk(path, here);
      } else if (kind === 'file') {
        if (!here.ignores(path, false) && include(path)) found.add(path);
      }
    }
  };

  for (const root of roots) {
    const path = resolve(root);
    if (statSync(path).isDirectory()) {
      walk(path, respectGitignore ? ancestorChain(path) : GitignoreChain.empty);
    } else if (include(path)) {
      found.add(path);
    }
  }
  return [...found].sort(comparePaths);
}

/** Plain code-unit order, the same on every platform and locale, so output is reproducible. */
function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function listDirectory(path: string): Dirent[] {
  return readdirSync(path, { withFileTypes: true });
}

function readEntries(dir: string, readDirectory: (path: string) => Dirent[], onUnreadable?: (path: string, error: Error) => void): Dirent[] {
  try {
    return readDirectory(dir).sort((a, b) => comparePaths(a.name, b.name));
  } catch (error) {
    // Its files cannot be checked; the caller decides how loudly to say so (a silent skip is a false green).
    onUnreadable?.(dir, error instanceof Error ? error : new Error(String(error)));
    return [];
  }
}

function entryKind(entry: Dirent, path: string): 'file' | 'directory' | 'other' {
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'directory';
  if (entry.isSymbolicLink()) {
    try {
      // Linked files are checked; linked folders are not entered (cycles, and they live elsewhere).
      return statSync(path).isFile() ? 'file' : 'other';
    } catch {
      return 'other'; // dangling link
    }
  }
  return 'other';
}

/**
 * The .gitignore files that git would apply to `dir`: those of every folder from the enclosing
 * repository's root down to `dir`'s parent. Outside a repository, none (the walk adds `dir`'s own).
 */
function ancestorChain(dir: string): GitignoreChain {
  if (existsSync(join(dir, '.git'))) return GitignoreChain.empty;
  const between: string[] = []; // the git root first, `dir`'s parent last
  let current = dir;
  while (true) {
    const parent = dirname(current);
    if (parent === current) return GitignoreChain.empty; // not inside a repository
    between.unshift(parent);
    if (existsSync(join(parent, '.git'))) break;
    current = parent;
  }
  return between.reduce((chain, folder) => chain.withDirectory(folder), GitignoreChain.empty);
}
