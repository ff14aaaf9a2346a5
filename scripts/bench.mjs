#!/usr/bin/env node
// `npm run bench`: measures the analysis engine, the CLI and the language server, prints a table
// and writes the numbers to docs/performance.md (between the bench:analysis markers). It is a
// measurement, not a test: nothing here fails on a missed target.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { benchAnalysis } from './bench/analysis-bench.mjs';
import { benchCallsTimesMethods } from './bench/calls-bench.mjs';
import { javaJob, javaPlainClass, typeAtExecute } from './bench/generate-java.mjs';
import { generateWorkspace } from './bench/generate-workspace.mjs';
import { currentLoad, printTable, renderMarkdown, writeSection } from './bench/report.mjs';
import { benchServer } from './bench/server-bench.mjs';
import { benchResponsiveness } from './bench/server-responsiveness.mjs';
import { benchWorkspace } from './bench/workspace-bench.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cliBundle = join(root, 'cli/out/flink-ft.cjs');
const serverBundle = join(root, 'server/out/server.cjs');
const benchBundle = join(root, 'scripts/bench/out/bench-entry.cjs');
const LANGUAGES = { '.java': 'java', '.py': 'python', '.scala': 'scala' };

function step(text) {
  console.error(`» ${text}`);
}

const loadAtStart = currentLoad();
step('building bundles (node esbuild.js)');
const build = spawnSync(process.execPath, ['esbuild.js'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) throw new Error('node esbuild.js failed; fix the build first.');
await esbuild.build({
  entryPoints: [join(root, 'scripts/bench/bench-entry.ts')],
  outfile: benchBundle,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // The same resolution as esbuild.js: web-tree-sitter's CJS build (its ESM one needs import.meta.url).
  mainFields: ['module', 'main'],
  conditions: ['require', 'node'],
  plugins: [
    {
      name: 'web-tree-sitter-cjs',
      setup(b) {
        b.onResolve({ filter: /^web-tree-sitter$/ }, () => ({ path: join(root, 'node_modules/web-tree-sitter/tree-sitter.cjs') }));
      },
    },
  ],
  logLevel: 'warning',
});
const bench = createRequire(import.meta.url)(benchBundle);
const wasmDir = dirname(cliBundle); // esbuild.js copies the WASM files next to the CLI bundle

function exampleFiles(dir) {
  const files = [];
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory() && !['target', 'build', 'node_modules', 'out'].includes(entry.name)) walk(path);
      else if (entry.isFile() && LANGUAGES[extname(entry.name)]) files.push(path);
    }
  };
  try {
    walk(dir);
  } catch {
    // No examples yet: the generated files still make a benchmark.
  }
  return files.sort().map((path) => ({ name: relative(root, path), languageId: LANGUAGES[extname(path)], text: readFileSync(path, 'utf8') }));
}

const analyzer = await bench.createAnalyzer({ wasmDir });
const parser = await bench.createBareParser(wasmDir);
const job2000 = javaJob({ className: 'TwoThousandLines', lines: 2_000, checkpointed: false, sink: 'print' });
const files = [
  ...exampleFiles(join(root, 'examples')),
  { name: 'generated: job, 200 lines', languageId: 'java', text: javaJob({ className: 'Small', lines: 200, checkpointed: true }) },
  { name: 'generated: plain class, 300 lines', languageId: 'java', text: javaPlainClass({ className: 'Model', lines: 300 }) },
  { name: 'generated: job, 1,000 lines', languageId: 'java', text: javaJob({ className: 'Medium', lines: 1_000, checkpointed: false, sink: 'kafka-at-least-once' }) },
  { name: 'generated: job, 2,000 lines', languageId: 'java', text: job2000 },
];

step(`analysis vs parse on ${files.length} files`);
const analysis = benchAnalysis(analyzer, parser, files);
step('5,000-line file');
const big = benchAnalysis(analyzer, parser, [
  { name: 'generated: job, 5,000 lines', languageId: 'java', text: javaJob({ className: 'FiveThousandLines', lines: 5_000, checkpointed: false, sink: 'print' }) },
]).rows[0];

step('Java calls × methods: 2,000 / 4,000 / 8,000 methods of 10 calls each');
const callsTimesMethods = benchCallsTimesMethods(analyzer, parser);

step('2,000-file workspace through the CLI');
const workspaceDir = mkdtempSync(join(tmpdir(), 'flink-ft-bench-ws-'));
let workspace;
try {
  generateWorkspace(workspaceDir, 2_000);
  const walk = (dir) => bench.walkFiles([dir], { include: (path) => analyzer.languageForPath(path) !== undefined });
  workspace = benchWorkspace(cliBundle, workspaceDir, 2_000, walk);
} finally {
  rmSync(workspaceDir, { recursive: true, force: true });
}

step('didChange → publishDiagnostics through the real server');
const serverDir = mkdtempSync(join(tmpdir(), 'flink-ft-bench-server-'));
let server;
try {
  const filePath = join(serverDir, 'TwoThousandLines.java');
  writeFileSync(filePath, job2000);
  server = await benchServer({ rpc: bench, serverBundle, filePath, text: job2000, typeAt: typeAtExecute(job2000), edits: 100 });
} finally {
  rmSync(serverDir, { recursive: true, force: true });
}

step('responsiveness: first hover while indexing, then 2,000 edits at once');
const responsiveness = await benchResponsiveness({ rpc: bench, serverBundle, jobText: job2000, typeAt: typeAtExecute(job2000) });

const results = { analysis, bigFile: big, callsTimesMethods, workspace, server, responsiveness,
  date: new Date().toISOString().slice(0, 10),
  load: { start: loadAtStart, end: currentLoad() },
};
console.log('');
printTable(results);
writeSection(join(root, 'docs/performance.md'), renderMarkdown(results));
console.log('\nwrote docs/performance.md (bench:analysis section)');
