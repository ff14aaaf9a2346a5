// Finds the tree-sitter WASM files. The same code runs as ESM under vitest (sources in
// core/analysis/parse) and as a CJS bundle (server/out, cli/out) that has the files copied next to it,
// so we probe several folders instead of trusting one module-system-specific way of locating files.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { LanguageId } from '../types.js';

/** The runtime plus one grammar per language; the names are what esbuild.js copies. */
export const RUNTIME_WASM = 'tree-sitter.wasm';

export function grammarWasmName(languageId: LanguageId): string {
  return `tree-sitter-${languageId}.wasm`;
}

/** npm package that ships each file, used when we are not running from a bundle folder. */
function packageOf(file: string): string {
  return file === RUNTIME_WASM ? 'web-tree-sitter' : file.replace(/\.wasm$/, '');
}

function moduleDir(): string | undefined {
  // Defined in the CJS bundle (the bundle's own folder) and by vitest (the source file's folder).
  return typeof __dirname === 'string' ? __dirname : undefined;
}

/** Folders to search upward from for `node_modules/<pkg>/<file>`. */
function searchRoots(): string[] {
  const roots: string[] = [];
  const own = moduleDir();
  if (own) roots.push(own);
  roots.push(process.cwd());
  return roots;
}

function findUpward(start: string, relative: string): string | undefined {
  let dir = start;
  for (;;) {
    const candidate = join(dir, relative);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * Absolute path of one WASM file. An explicit `wasmDir` wins; then the bundle's own folder;
 * then `node_modules` above this module or the working directory.
 */
export function locateWasm(file: string, wasmDir?: string): string {
  if (wasmDir) return join(wasmDir, file);
  const own = moduleDir();
  if (own && existsSync(join(own, file))) return join(own, file);
  for (const root of searchRoots()) {
    const found = findUpward(root, join('node_modules', packageOf(file), file));
    if (found) return found;
  }
  throw new Error(
    `Cannot find ${file}: pass AnalyzerOptions.wasmDir, or install the '${packageOf(file)}' package.`,
  );
}
