// Reads the workspace into the index when the server starts (and files changed outside the editor
// later): the folders' code, config and build files, .gitignore respected, build output skipped.
// Files too large, binary or not regular (a FIFO would block the server for good) are left out.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyzeWorkspaceInSlices, type WorkspaceIndex, type WorkspaceFile } from '../../core/analysis/index.js';
import { readSourceFile, walkFiles } from '../../core/source-files/index.js';

/** Folders of `file:` workspace URIs; other schemes have no files to read. */
export function workspaceRoots(uris: readonly string[]): string[] {
  return uris.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri));
}

export interface IndexedWorkspace {
  indexed: number;
  /** Files and folders left out, with why, for the server's log. */
  skipped: { path: string; reason: string }[];
}

/**
 * Indexes every file under `roots` except those open in the editor (their text is the editor's),
 * in slices that give the event loop a turn, so requests are answered while it runs.
 */
export async function indexWorkspace(
  index: WorkspaceIndex,
  roots: readonly string[],
  isOpen: (uri: string) => boolean,
  /** Awaited between slices; the server waits for the editor to be quiet (see IdleGate). */
  pause: () => Promise<void> = () => new Promise((resolve) => setImmediate(resolve)),
): Promise<IndexedWorkspace> {
  const skipped: IndexedWorkspace['skipped'] = [];
  if (roots.length === 0) return { indexed: 0, skipped };
  const files: WorkspaceFile[] = [];
  const paths = walkFiles(roots, {
    include: (p) => index.kindOfPath(p) !== 'other',
    onUnreadableDirectory: (path, error) => skipped.push({ path, reason: `folder cannot be read (${error.message})` }),
  });
  let sliceStart = performance.now();
  for (const path of paths) {
    const uri = pathToFileURL(path).href;
    if (isOpen(uri)) continue;
    const source = readSourceFile(path);
    if (source.kind === 'text') files.push({ uri, text: source.text });
    else skipped.push({ path, reason: source.kind === 'skipped' ? source.detail : `cannot be read (${source.error.message})` });
    if (performance.now() - sliceStart >= 10) {
      await pause();
      sliceStart = performance.now();
    }
  }
  await analyzeWorkspaceInSlices(index.analyzer, files, undefined, index, pause);
  return { indexed: files.length, skipped };
}

/** Re-reads one file changed on disk (not open in the editor); false when it is gone or left out. */
export function reindexFile(index: WorkspaceIndex, uri: string): boolean {
  const source = readSourceFile(fileURLToPath(uri));
  if (source.kind !== 'text') {
    index.remove(uri);
    return false;
  }
  index.updateText(uri, source.text);
  return true;
}
