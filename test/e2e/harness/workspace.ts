// A scratch copy of the session's folder (examples/ unless told otherwise) per session: quick fixes
// edit and save files, the drill builds and writes .flink/, and the repo must not change.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { examplesDir } from './paths.js';

export interface Workspace {
  readonly folder: string;
  dispose(): void;
}

export function copyWorkspace(source: string = examplesDir): Workspace {
  const parent = mkdtempSync(join(tmpdir(), 'flinkft-ws-'));
  const folder = join(parent, basename(source));
  // Build output (jars, classes) is large and irrelevant to the editor.
  cpSync(source, folder, { recursive: true, filter: (path) => basename(path) !== 'target' });
  return { folder, dispose: () => rmSync(parent, { recursive: true, force: true }) };
}
