import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** A complete savepoint folder on disk. */
export interface SavedSavepoint {
  path: string;
  /** Flink names savepoints `savepoint-<first 6 hex of the job id>-<random>`: a hint of the job. */
  jobIdPrefix: string | undefined;
  /** When its `_metadata` was written (epoch ms). */
  completedAt: number;
}

/** Complete savepoints (a folder with `_metadata`) directly under `savepointDir`, newest first. */
export async function listSavepoints(savepointDir: string): Promise<SavedSavepoint[]> {
  const names = await readdir(savepointDir).catch(() => [] as string[]);
  const found: SavedSavepoint[] = [];
  for (const name of names) {
    const metadata = await stat(join(savepointDir, name, '_metadata')).catch(() => undefined);
    if (!metadata?.isFile()) continue;
    found.push({ path: join(savepointDir, name), jobIdPrefix: /^savepoint-([0-9a-f]{6})-/.exec(name)?.[1], completedAt: metadata.mtimeMs });
  }
  return found.sort((a, b) => b.completedAt - a.completedAt);
}
