// Finds the Java sources of the savepoint helpers. Under vitest they are in tools/savepoint-reader
// above this file; the bundles (cli/out, client/out) get a copy in `savepoint-tools/` beside them
// (esbuild.js), so we probe both instead of trusting one module system's way of locating files.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const SAVEPOINT_TOOL_FILES = ['SavepointReader.java', 'JobGraphLister.java'] as const;

function hasTools(dir: string): boolean {
  return SAVEPOINT_TOOL_FILES.every((f) => existsSync(join(dir, f)));
}

export function savepointToolsDir(): string {
  const own = typeof __dirname === 'string' ? __dirname : process.cwd();
  if (hasTools(join(own, 'savepoint-tools'))) return join(own, 'savepoint-tools');
  for (let dir = own; ; dir = dirname(dir)) {
    if (hasTools(join(dir, 'tools', 'savepoint-reader'))) return join(dir, 'tools', 'savepoint-reader');
    if (dirname(dir) === dir) break;
  }
  throw new Error(`Cannot find the savepoint helpers (${SAVEPOINT_TOOL_FILES.join(', ')}) beside ${own}: reinstall the extension or rebuild with 'node esbuild.js'.`);
}
