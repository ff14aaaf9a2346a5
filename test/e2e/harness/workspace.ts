// A scratch copy of examples/ per session: quick fixes edit and save files, the repo must not change.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { examplesDir } from './paths.js';

export interface Workspace {
  readonly folder: string;
  dispose(): void;
}

export function copyExamples(): Workspace {
  const parent = mkdtempSync(join(tmpdir(), 'flinkft-ws-'));
  const folder = join(parent, 'examples');
  // Build output (jars, classes) is large and irrelevant to the editor.
  cpSync(examplesDir, folder, { recursive: true, filter: (source) => basename(source) !== 'target' });
  return { folder, dispose: () => rmSync(parent, { recursive: true, force: true }) };
}
