import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { NoRetainedCheckpointError } from '../errors/no-retained-checkpoint-error.js';

/** A retained, complete checkpoint folder on disk. */
export interface RetainedCheckpoint {
  jobId: string;
  /** The N of chk-N. */
  checkpointId: number;
  /** The chk-N folder (pass it as savepointPath, mapped into the container). */
  path: string;
  /** When its `_metadata` was written (epoch ms): the moment the checkpoint completed. */
  completedAt: number;
}

const JOB_ID = /^[0-9a-f]{32}$/;
const CHK = /^chk-(\d+)$/;

/**
 * Complete checkpoints (a chk-N folder with `_metadata`; Flink writes it last) under
 * `<checkpointDir>/<jobId>/`, newest first. Without `jobId`, those of every job.
 */
export async function listRetainedCheckpoints(checkpointDir: string, jobId?: string): Promise<RetainedCheckpoint[]> {
  const jobIds = jobId ? [jobId] : (await readdirOrEmpty(checkpointDir)).filter((n) => JOB_ID.test(n));
  const found: RetainedCheckpoint[] = [];
  for (const job of jobIds) {
    for (const name of await readdirOrEmpty(join(checkpointDir, job))) {
      const match = CHK.exec(name);
      if (!match) continue;
      const path = join(checkpointDir, job, name);
      const metadata = await stat(join(path, '_metadata')).catch(() => undefined);
      if (metadata?.isFile()) found.push({ jobId: job, checkpointId: Number(match[1]), path, completedAt: metadata.mtimeMs });
    }
  }
  // Within a job the id orders checkpoints; across jobs only the completion time can.
  return found.sort((a, b) => (a.jobId === b.jobId ? b.checkpointId - a.checkpointId : b.completedAt - a.completedAt));
}

/**
 * The newest complete checkpoint of `jobId` (or of any job) in `checkpointDir`, the host folder
 * `.flink/checkpoints`. Throws NoRetainedCheckpointError when there is none.
 */
export async function findLatestCheckpoint(checkpointDir: string, jobId?: string): Promise<RetainedCheckpoint> {
  const [latest] = await listRetainedCheckpoints(checkpointDir, jobId);
  if (!latest) throw new NoRetainedCheckpointError(checkpointDir, jobId);
  return latest;
}

async function readdirOrEmpty(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch {
    return [];
  }
}
