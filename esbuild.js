// Bundles the three faces of the extension (VS Code client, language server, CLI) and copies the
// tree-sitter WASM files next to the bundles that parse code. Flags: --production, --watch.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const wasmFiles = [
  'node_modules/web-tree-sitter/tree-sitter.wasm',
  'node_modules/tree-sitter-java/tree-sitter-java.wasm',
  'node_modules/tree-sitter-python/tree-sitter-python.wasm',
  'node_modules/tree-sitter-scala/tree-sitter-scala.wasm',
];

/** Reports build results in the format of VS Code's esbuild problem matcher. */
const problemMatcherPlugin = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      console.log('[watch] build finished');
    });
  },
};

/**
 * The `import` condition always applies to `import` statements, so esbuild picks web-tree-sitter's
 * ESM flavour, which calls createRequire(import.meta.url) — undefined in a CJS bundle. Use its CJS build.
 */
const webTreeSitterCjsPlugin = {
  name: 'web-tree-sitter-cjs',
  setup(build) {
    const cjs = join(dirname(fileURLToPath(import.meta.url)), 'node_modules/web-tree-sitter/tree-sitter.cjs');
    build.onResolve({ filter: /^web-tree-sitter$/ }, () => ({ path: cjs }));
  },
};

const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  // web-tree-sitter's CJS build reads import.meta.url only in its ESM flavour; keep the CJS one.
  mainFields: ['module', 'main'],
  conditions: ['require', 'node'],
  // dockerode → ssh2 loads optional native add-ons inside try/catch; leave them unbundled so the
  // require fails at run time and ssh2 falls back to pure JS (we only talk to a local socket).
  external: ['*.node'],
  plugins: [problemMatcherPlugin, webTreeSitterCjsPlugin],
};

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.cjs', external: ['vscode', '*.node'], wasm: false, tools: true },
  { entryPoints: ['server/src/server.ts'], outfile: 'server/out/server.cjs', wasm: true, tools: false },
  { entryPoints: ['cli/src/flink-ft.ts'], outfile: 'cli/out/flink-ft.cjs', banner: { js: '#!/usr/bin/env node' }, wasm: true, tools: true },
];

// The savepoint check runs these Java sources in the cluster image (core/jobs/savepoints/savepoint-tools-dir.ts).
const savepointTools = ['tools/savepoint-reader/SavepointReader.java', 'tools/savepoint-reader/JobGraphLister.java'];

function copySavepointTools(outfile) {
  const dir = join(dirname(outfile), 'savepoint-tools');
  mkdirSync(dir, { recursive: true });
  for (const file of savepointTools) copyFileSync(file, join(dir, file.split('/').pop()));
}

function copyWasm(outfile) {
  const dir = dirname(outfile);
  mkdirSync(dir, { recursive: true });
  for (const file of wasmFiles) copyFileSync(file, join(dir, file.split('/').pop()));
}

const contexts = [];
for (const { wasm, tools, ...options } of entries) {
  if (wasm) copyWasm(options.outfile);
  if (tools) copySavepointTools(options.outfile);
  contexts.push(await esbuild.context({ ...common, ...options }));
}

if (watch) {
  await Promise.all(contexts.map((ctx) => ctx.watch()));
} else {
  await Promise.all(contexts.map((ctx) => ctx.rebuild()));
  await Promise.all(contexts.map((ctx) => ctx.dispose()));
}
