// Checks a generated workspace through the real CLI bundle, as a user or CI would run it: wall
// time includes Node start-up, WASM loading, the walk, the analysis and the report.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { median } from './stats.mjs';

/** Wall time of `flink-ft check` on an empty folder: Node start-up plus loading the WASM grammars. */
function startupMs(cliBundle, runs) {
  const empty = mkdtempSync(join(tmpdir(), 'flink-ft-bench-empty-'));
  try {
    const times = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      spawnSync(process.execPath, [cliBundle, 'check', empty], { encoding: 'utf8' });
      times.push(performance.now() - t0);
    }
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
  let summary = '';
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const run = spawnSync(process.execPath, [cliBundle, 'check', root, '--format', 'text'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    times.push(performance.now() - t0);
    if (run.status !== 0 && run.status !== 1) throw new Error(`flink-ft check failed (exit ${run.status}):\n${run.stderr}`);
    summary = run.stdout.trimEnd().split('\n').pop() ?? '';
  }
  const checked = Number(/(\d+) files? checked/.exec(summary)?.[1] ?? Number.NaN);
  if (checked !== expectedFiles) throw new Error(`expected ${expectedFiles} files checked, the CLI said: ${summary}`);
  const wall = median(times);
  return { files: checked, wallMs: wall, filesPerSecond: checked / (wall / 1000), summary, runs: times, walked, walkMs, startupMs: startupMs(cliBundle, runs) };
}
