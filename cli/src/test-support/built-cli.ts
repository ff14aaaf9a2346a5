// Runs the bundled CLI (cli/out/flink-ft.cjs) as a real child process, rebuilding it first when a
// source under cli/src or core/ is newer, so tests exercise exactly what users install.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const CLI_BUNDLE = join(REPO_ROOT, 'cli/out/flink-ft.cjs');
export const FIXTURES = join(REPO_ROOT, 'test/fixtures/cli');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

function newestSourceMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'out') newest = Math.max(newest, newestSourceMtime(path));
    } else if (entry.name.endsWith('.ts') || entry.name.endsWith('.json')) {
      newest = Math.max(newest, statSync(path).mtimeMs);
    }
  }
  return newest;
}

function bundleMtime(): number {
  try {
    return statSync(CLI_BUNDLE).mtimeMs;
  } catch {
    return -1;
  }
}

/** Builds the bundles with the project's esbuild.js when the CLI bundle is missing or stale. */
export function ensureCliBuilt(): void {
  const sources = Math.max(newestSourceMtime(join(REPO_ROOT, 'cli/src')), newestSourceMtime(join(REPO_ROOT, 'core')));
  if (bundleMtime() >= sources) return;
  const build = spawnSync(process.execPath, ['esbuild.js'], { cwd: REPO_ROOT, encoding: 'utf8' });
  // esbuild.js also bundles the client and server; a half-written file there must not hide a
  // good CLI bundle, so only the CLI bundle's freshness decides.
  if (bundleMtime() < sources) {
    throw new Error(`Building the CLI failed (exit ${build.status}):\n${build.stdout}\n${build.stderr}`);
  }
}

/** Runs `node cli/out/flink-ft.cjs ...args` in `cwd`, with stderr not a terminal (as in CI). */
export function runBuiltCli(args: readonly string[], cwd: string = REPO_ROOT): CliRun {
  const run = spawnSync(process.execPath, [CLI_BUNDLE, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
