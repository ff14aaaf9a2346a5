import { stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CheckpointJobMismatchError } from '../errors/checkpoint-job-mismatch-error.js';
import { RestorePathIncompleteError } from '../errors/restore-path-incomplete-error.js';
import { RestorePathNotFoundError } from '../errors/restore-path-not-found-error.js';

export interface ValidatedRestorePath {
  /** The folder holding `_metadata` (a `_metadata` file given directly is resolved to its folder). */
  path: string;
  kind: 'checkpoint' | 'savepoint';
  /** The job the checkpoint belongs to (from `<job id>/chk-N`); savepoints do not say. */
  jobId: string | undefined;
}

const JOB_ID = /^[0-9a-f]{32}$/;

/**
 * Checks a host path before it is handed to Flink, so a typo fails here with a clear message
 * instead of deep inside the JobManager: it must exist, hold `_metadata`, and, when `expectedJobId`
 * is given, be one of that job's checkpoints.
 */
export async function validateRestorePath(hostPath: string, expectedJobId?: string): Promise<ValidatedRestorePath> {
  const stats = await stat(hostPath).catch(() => undefined);
  if (!stats) throw new RestorePathNotFoundError(hostPath);
  const path = stats.isFile() && basename(hostPath) === '_metadata' ? dirname(hostPath) : hostPath;
  const metadata = await stat(join(path, '_metadata')).catch(() => undefined);
  if (!metadata?.isFile()) throw new RestorePathIncompleteError(path);
  const isCheckpoint = /^chk-\d+$/.test(basename(path));
  const parent = basename(dirname(path));
  const jobId = isCheckpoint && JOB_ID.test(parent) ? parent : undefined;
  if (expectedJobId && jobId && jobId !== expectedJobId) throw new CheckpointJobMismatchError(path, expectedJobId, jobId);
  return { path, kind: isCheckpoint ? 'checkpoint' : 'savepoint', jobId };
}
