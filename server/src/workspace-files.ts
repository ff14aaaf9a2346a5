// Reads the workspace into the index when the server starts (and files changed outside the editor
// later): the folders' code, config and build files, .gitignore respected, build output skipped.
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyzeWorkspace, type WorkspaceIndex, type WorkspaceFile } from '../../core/analysis/index.js';
import { walkFiles } from '../../core/workspace/index.js';

/** Folders of `file:` workspace URIs; other schemes have no files to read. */
export function workspaceRoots(uris: readonly string[]): string[] {
  return uris.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri));
}

/** Indexes every file under `roots` except those open in the editor (their text is the editor's). */
export function indexWorkspace(index: WorkspaceIndex, roots: readonly string[], isOpen: (uri: string) => boolean): number {
  if (roots.length === 0) return 0;
  const files: WorkspaceFile[] = [];
  for (const path of walkFiles(roots, { include: (p) => index.kindOfPath(p) !== 'other' })) {
    const uri = pathToFileURL(path).href;
    if (isOpen(uri)) continue;
    try {
      files.push({ uri, text: readFileSync(path, 'utf8') });
    } catch {
      // Unreadable or removed meanwhile: it simply is not part of the index.
    }
  }
  analyzeWorkspace(index.analyzer, files, undefined, undefined, index);
  return files.length;
}

/** Re-reads one file changed on disk (not open in the editor); false when it is gone. */
export function reindexFile(index: WorkspaceIndex, uri: string): boolean {
  try {
    index.updateText(uri, readFileSync(fileURLToPath(uri), 'utf8'));
    return true;
  } catch {
    index.remove(uri);
    return false;
  }
}
