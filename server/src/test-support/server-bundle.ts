// Language-server tests talk to the real bundle (server/out/server.cjs), as an editor would. This
// rebuilds it when a source is newer; a lock keeps parallel test files from building at once.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../../..');
export const serverBundle = join(repoRoot, 'server/out/server.cjs');

const sourceFolders = ['server/src', 'core/analysis', 'core/protocol'].map((folder) => join(repoRoot, folder));
const lockDir = join(tmpdir(), 'flink-ft-server-build.lock');
const lockTimeoutMs = 120_000;

/** Returns the bundle path, building it first if it is missing or older than its sources. */
export async function ensureServerBundle(): Promise<string> {
  if (isFresh()) return serverBundle;
  await withLock(() => {
    if (isFresh()) return; // another test file built it while we waited
    try {
      execFileSync(process.execPath, ['esbuild.js'], { cwd: repoRoot, stdio: 'pipe' });
    } catch (error) {
      // esbuild.js also bundles the client and the CLI; their breakage must not block server tests.
      if (!isFresh()) throw new Error(`Building the language server failed:\n${String((error as { stderr?: Buffer }).stderr ?? error)}`);
    }
  });
  return serverBundle;
}

function isFresh(): boolean {
  if (!existsSync(serverBundle)) return false;
  const built = statSync(serverBundle).mtimeMs;
  return sourceFolders.every((folder) => newestSource(folder) <= built);
}

function newestSource(folder: string): number {
  if (!existsSync(folder)) return 0;
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts')) continue;
    newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

async function withLock(action: () => void): Promise<void> {
  const deadline = Date.now() + lockTimeoutMs;
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch {
      // A lock older than the timeout belongs to a test run that died mid-build.
      if (existsSync(lockDir) && Date.now() - statSync(lockDir).mtimeMs > lockTimeoutMs) rmSync(lockDir, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`Timed out after ${lockTimeoutMs} ms waiting for ${lockDir}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  try {
    action();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}
