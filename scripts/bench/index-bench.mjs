// Whole-workspace index bench (issue 6): a generated 2,000-file workspace, plus a helper class that
// 200 jobs use and a config.yaml, indexed in-process the way the language server does on start and
// the CLI does for a folder. Target: ≤ 5 s. Run: node scripts/bench/index-bench.mjs [files]
import { readFileSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyzerResolution, loadBundle } from './bundle.mjs';
import { generateWorkspace } from './generate-workspace.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const fileCount = Number(process.argv[2] ?? 2000);

const bench = await loadBundle('bench-entry.ts', 'index-bench-entry.cjs', analyzerResolution);

const dir = mkdtempSync(join(tmpdir(), 'flink-ft-index-bench-'));
try {
  generateWorkspace(dir, fileCount);
  // Cross-file facts: a shared environment factory used by 200 jobs, and a cluster config file.
  const helperDir = join(dir, 'module-0/src/main/java/com/example/shared');
  mkdirSync(helperDir, { recursive: true });
  writeFileSync(join(helperDir, 'FlinkSetup.java'), `package com.example.shared;\npublic final class FlinkSetup {\n  public static StreamExecutionEnvironment create() {\n    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();\n    env.enableCheckpointing(10_000);\n    return env;\n  }\n}\n`);
  for (let i = 0; i < 200; i++) {
    const jobDir = join(dir, `module-${i % 20}/src/main/java/com/example/uses`);
    mkdirSync(jobDir, { recursive: true });
    writeFileSync(join(jobDir, `UsesSetup${i}.java`), `package com.example.uses;\npublic class UsesSetup${i} {\n  public static void main(String[] args) throws Exception {\n    StreamExecutionEnvironment env = FlinkSetup.create();\n    env.fromSequence(1, 10).print();\n    env.execute();\n  }\n}\n`);
  }
  writeFileSync(join(dir, 'config.yaml'), 'execution:\n  checkpointing:\n    interval: 30 s\n');

  const load = loadavg()[0];
  const t0 = performance.now();
  const analyzer = await bench.createAnalyzer({ wasmDir: join(root, 'cli/out') });
  const t1 = performance.now();
  const index = new bench.WorkspaceIndex(analyzer);
  const paths = bench.walkFiles([dir], { include: (p) => index.kindOfPath(p) !== 'other' });
  const t2 = performance.now();
  const files = paths.map((p) => ({ uri: pathToFileURL(p).href, text: readFileSync(p, 'utf8') }));
  const t3 = performance.now();
  const result = bench.analyzeWorkspace(analyzer, files, undefined, undefined, index);
  const t4 = performance.now();
  // One edit to the shared helper: re-index it and list its dependents (what the server re-analyses).
  const helper = files.find((f) => f.uri.endsWith('FlinkSetup.java'));
  const t5 = performance.now();
  const before = index.declaredClassesOf(helper.uri);
  index.updateText(helper.uri, helper.text.replace('env.enableCheckpointing(10_000);', ''));
  const dependents = index.dependentsOf(helper.uri, before);
  const t6 = performance.now();
  const withFlink001 = [...result.results.entries()].filter(([uri, r]) => uri.includes('UsesSetup') && r.findings.some((f) => f.ruleId === 'FLINK001')).length;
  const report = {
    files: files.length,
    codeFiles: result.results.size,
    reanalysed: result.reanalysed,
    grammarsMs: Math.round(t1 - t0),
    walkMs: Math.round(t2 - t1),
    readMs: Math.round(t3 - t2),
    indexMs: Math.round(t4 - t3),
    totalMs: Math.round(t4 - t0),
    helperEditMs: Math.round(t6 - t5),
    dependentsOfHelper: dependents.length,
    usesSetupWithFlink001: withFlink001,
    rssMiB: Math.round(process.memoryUsage().rss / 2 ** 20),
    loadAverage: Number(load.toFixed(1)),
    target: 'totalMs ≤ 5000',
  };
  console.log(JSON.stringify(report, null, 2));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
