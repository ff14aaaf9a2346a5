// Checks a generated workspace through the real CLI bundle, as a user or CI would run it: wall
// time includes Node start-up, WASM loading, the walk, the analysis and the report.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { median } from './stats.mjs';

const PRELOAD = join(dirname(fileURLToPath(import.meta.url)), 'cpu-usage-preload.cjs');

/** Runs the CLI once; returns wall and CPU time (user + system) in ms and the process result. */
function runCli(cliBundle, args) {
  const dir = mkdtempSync(join(tmpdir(), 'flink-ft-bench-cpu-'));
  const cpuFile = join(dir, 'cpu.json');
  try {
    const t0 = performance.now();
    const run = spawnSync(process.execPath, ['-r', PRELOAD, cliBundle, ...args], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, FLINK_FT_BENCH_CPU_FILE: cpuFile },
    });
    const wallMs = performance.now() - t0;
    const { user, system } = JSON.parse(readFileSync(cpuFile, 'utf8'));
    return { run, wallMs, cpuMs: (user + system) / 1000 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Wall time of `flink-ft check` on an empty folder: Node start-up plus loading the WASM grammars. */
function startupMs(cliBundle, runs) {
  const empty = mkdtempSync(join(tmpdir(), 'flink-ft-bench-empty-'));
  try {
    const times = [];
    for (let i = 0; i < runs; i++) times.push(runCli(cliBundle, ['check', empty]).wallMs);
    return median(times);
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
}

/** `walk(root)` lists the files in-process, to show what finding them costs. */
export function benchWorkspace(cliBundle, root, expectedFiles, walk, runs = 3) {
  const t0 = performance.now();
  const walked = walk(root).length;
  const walkMs = performance.now() - t0;
  const times = [];
  const cpu = [];
  let summary = '';
  for (let i = 0; i < runs; i++) {
    const { run, wallMs, cpuMs } = runCli(cliBundle, ['check', root, '--format', 'text']);
    times.push(wallMs);
    cpu.push(cpuMs);
    if (run.status !== 0 && run.status !== 1) throw new Error(`flink-ft check failed (exit ${run.status}):\n${run.stderr}`);
    summary = run.stdout.trimEnd().split('\n').pop() ?? '';
  }
  const checked = Number(/(\d+) files? checked/.exec(summary)?.[1] ?? Number.NaN);
  if (checked !== expectedFiles) throw new Error(`expected ${expectedFiles} files checked, the CLI said: ${summary}`);
  const wall = median(times);
  return { files: checked, wallMs: wall, filesPerSecond: checked / (wall / 1000), summary, runs: times, cpuMs: median(cpu), walked, walkMs, startupMs: startupMs(cliBundle, runs) };
}
