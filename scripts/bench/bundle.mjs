// Bundles a benchmark's TypeScript entry into scripts/bench/out/ and loads it: one set of esbuild
// options for every bench that drives core code in-process.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** The analyzer's resolution, as in esbuild.js: web-tree-sitter's CJS build (its ESM one needs import.meta.url). */
export const analyzerResolution = {
  mainFields: ['module', 'main'],
  conditions: ['require', 'node'],
  plugins: [{ name: 'web-tree-sitter-cjs', setup(b) { b.onResolve({ filter: /^web-tree-sitter$/ }, () => ({ path: join(root, 'node_modules/web-tree-sitter/tree-sitter.cjs') })); } }],
};

/** Builds scripts/bench/<entry> to scripts/bench/out/<outName> (CommonJS, Node 20) and requires it. */
export async function loadBundle(entry, outName, options = {}) {
  const outfile = join(root, 'scripts/bench/out', outName);
  await esbuild.build({
    entryPoints: [join(root, 'scripts/bench', entry)],
    outfile,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    ...options,
  });
  return createRequire(import.meta.url)(outfile);
}
